/**
 * Render rows as a plain-text table: columns padded to their widest cell (in code points), two spaces apart,
 * the last column left ragged.
 */
export function formatTable(rows: readonly string[][]): string {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)))
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(Math.max(0, (widths[c] ?? 0) - [...cell].length)))).join('  ').trimEnd()).join('\n')
}
