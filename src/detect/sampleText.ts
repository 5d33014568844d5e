/** Longest text, in UTF-16 code units, that language detection reads whole. */
export const MAX_DETECTION_CHARS = 65_536

/** Windows a longer text is sampled with. */
const WINDOWS = 16

/** Move `i` back to a whitespace (within 200 code units) or at least off a low surrogate, so no letter is cut. */
function boundary(text: string, i: number): number {
  for (let j = i; j > i - 200 && j > 0; j--) if (/\s/u.test(text[j]!)) return j
  const unit = text.charCodeAt(i)
  return unit >= 0xdc00 && unit <= 0xdfff ? i - 1 : i
}

/**
 * A bounded sample of a text for language detection: the text itself up to {@link MAX_DETECTION_CHARS}, else
 * evenly spaced windows of it (cut at spaces where there are any, never inside a letter) joined by line breaks,
 * so that detecting a 50 MB string costs what detecting 64 KB does and never builds per-character arrays of it.
 * @param text Any text.
 */
export function sampleText(text: string): string {
  if (text.length <= MAX_DETECTION_CHARS) return text
  const size = Math.floor(MAX_DETECTION_CHARS / WINDOWS)
  const step = (text.length - size) / (WINDOWS - 1)
  const windows: string[] = []
  for (let w = 0; w < WINDOWS; w++) {
    const start = w === 0 ? 0 : boundary(text, Math.floor(w * step))
    const end = boundary(text, Math.min(text.length, Math.floor(w * step) + size))
    windows.push(text.slice(start, end))
  }
  return windows.join('\n')
}
