/** Longest stretch of text handed to `Intl.Segmenter` at once, in UTF-16 code units. */
export const MAX_SEGMENTER_CHARS = 8192

const TERMINATOR = /[.!?…។៕।॥。！？።။۔]/u
const SPACE = /\s/u

/**
 * Where to end a chunk that starts at `start`: after the last sentence terminator followed by a space in the
 * second half of the window, else after the last space there, else after the last script terminator, else at
 * the window's end (moved off a low surrogate so that no letter is cut).
 */
function chunkEnd(text: string, start: number): number {
  const limit = start + MAX_SEGMENTER_CHARS
  const floor = start + MAX_SEGMENTER_CHARS / 2
  let space = -1
  let terminator = -1
  for (let i = limit - 1; i > floor; i--) {
    if (SPACE.test(text[i]!)) {
      if (TERMINATOR.test(text[i - 1]!) || (i >= 2 && /["'”’»)\]]/u.test(text[i - 1]!) && TERMINATOR.test(text[i - 2]!))) return i + 1
      if (space === -1) space = i + 1
    } else if (terminator === -1 && TERMINATOR.test(text[i - 1]!)) terminator = i
  }
  if (space !== -1) return space
  if (terminator !== -1) return terminator
  const unit = text.charCodeAt(limit)
  return unit >= 0xdc00 && unit <= 0xdfff ? limit - 1 : limit
}

/**
 * ICU sentence segments of a text of any length. ICU's sentence iteration slows down quadratically on long runs
 * without spaces (a Khmer or Thai line of megabytes), so a text longer than {@link MAX_SEGMENTER_CHARS} is cut
 * into chunks first, at sentence ends where there are any, and each chunk segmented on its own.
 * @param segmenter A sentence segmenter.
 * @param text Any text.
 * @returns Segments with their offsets in `text`.
 */
export function* sentenceChunks(segmenter: Intl.Segmenter, text: string): Generator<{ index: number; segment: string }> {
  let start = 0
  while (start < text.length) {
    const end = text.length - start <= MAX_SEGMENTER_CHARS ? text.length : chunkEnd(text, start)
    const chunk = start === 0 && end === text.length ? text : text.slice(start, end)
    for (const s of segmenter.segment(chunk)) yield { index: start + s.index, segment: s.segment }
    start = end
  }
}
