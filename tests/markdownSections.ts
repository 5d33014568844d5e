/**
 * The starts of a page's sections headed by `marker` (a `## ` or `### ` at the start of a line).
 * @param text A Markdown page.
 * @param marker The heading marker, with its space.
 */
function sectionStarts(text: string, marker: string): number[] {
  return [...text.matchAll(new RegExp(`^${marker}`, 'gmu'))].map((m) => m.index)
}

/**
 * A Markdown text with its sections `k` and `k + 1` (from 0) in each other's place: a translation that moved a
 * section, as tests build it from a real page. A section runs to the next heading of its marker.
 * @param text A Markdown page with at least `k + 2` headings of `marker`.
 * @param k The first of the two sections.
 * @param marker The heading marker of the sections (default `## `).
 */
export function swapSections(text: string, k: number, marker = '## '): string {
  const starts = sectionStarts(text, marker)
  const [a, b, c] = [starts[k]!, starts[k + 1]!, starts[k + 2] ?? text.length]
  return text.slice(0, a) + text.slice(b, c) + text.slice(a, b) + text.slice(c)
}

/**
 * A Markdown text without its section `k` (from 0; heading and content up to the next heading of its marker): a
 * translation that lost a section, as tests build it from a real page.
 * @param text A Markdown page with at least `k + 1` headings of `marker`.
 * @param k The section removed.
 * @param marker The heading marker of the sections (default `## `).
 */
export function removeSection(text: string, k: number, marker = '## '): string {
  const starts = sectionStarts(text, marker)
  return text.slice(0, starts[k]!) + text.slice(starts[k + 1] ?? text.length)
}

/**
 * The lines of the paragraph (up to a blank line) whose first line starts with `text`.
 * @param lines A Markdown page's lines.
 * @param text How the paragraph's first line starts.
 * @returns Its first line and the line after its last (`-1` and `-1` when no line starts so).
 */
export function paragraphAt(lines: readonly string[], text: string): { start: number; end: number } {
  const start = lines.findIndex((l) => l.startsWith(text))
  let end = start
  while (end >= 0 && end < lines.length && lines[end]!.trim() !== '') end++
  return { start, end }
}
