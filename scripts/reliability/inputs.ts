/**
 * Generated inputs shared by the reliability script (`scripts/eval-reliability.ts`) and the bad-input tests: long
 * prose and one paragraph of many hard-wrapped lines, built from real paragraphs so that no line repeats.
 */

/**
 * Paragraphs between blank lines, each copy numbered so that no line repeats, up to `bytes` UTF-8 bytes.
 *
 * @param paragraphs - The paragraphs to cycle through (non-empty).
 * @param bytes - The size to reach (the last paragraph may pass it).
 * @returns The text.
 */
export function numberedParagraphs(paragraphs: readonly string[], bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const p = `${paragraphs[i % paragraphs.length]!} (${Math.floor(i / paragraphs.length) + 1})`
    parts.push(p)
    size += Buffer.byteLength(p) + 2
  }
  return parts.join('\n\n')
}

/**
 * One paragraph of `count` lines of a little over 40 characters, cut at spaces, each ending with its number.
 *
 * @param words - The words to cycle through (non-empty).
 * @param count - How many lines.
 * @returns The paragraph (lines joined by `\n`).
 */
export function hardWrappedLines(words: readonly string[], count: number): string {
  const out: string[] = []
  let line = ''
  for (let k = 0; out.length < count; k++) {
    line += `${line === '' ? '' : ' '}${words[k % words.length]!}`
    if (line.length > 40) {
      out.push(`${line} ${out.length}`)
      line = ''
    }
  }
  return out.join('\n')
}
