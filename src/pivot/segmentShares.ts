import { countLetters } from '../align/text/countLetters.js'
import type { Segment } from '../types.js'

/** Share of each segment in the total letters of the given segments (sums to 1; all 0 for empty text). */
export function segmentShares(segments: readonly Segment[]): number[] {
  const letters = segments.map((s) => countLetters(s.text))
  const total = letters.reduce((a, b) => a + b, 0)
  return letters.map((n) => (total === 0 ? 0 : n / total))
}
