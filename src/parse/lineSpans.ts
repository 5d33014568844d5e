/** Where one line of a text lies: `text.slice(start, end)` is the line without its `\n`. */
export interface LineSpan {
  /** Offset of the line's first character. */
  start: number
  /** Offset just past its last character (the `\n`, or the end of the text). */
  end: number
}

/**
 * The lines of a text as offsets, without copying them (a text of one long line, or of millions of short ones,
 * costs one pass).
 *
 * @param text - The text.
 * @returns One span per line; a text ending in `\n` ends with an empty line.
 */
export function splitLineSpans(text: string): LineSpan[] {
  const lines: LineSpan[] = []
  let start = 0
  for (;;) {
    const end = text.indexOf('\n', start)
    lines.push({ start, end: end < 0 ? text.length : end })
    if (end < 0) return lines
    start = end + 1
  }
}
