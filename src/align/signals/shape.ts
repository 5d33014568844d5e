import { QUESTION_MARKS } from '../../util/questionMark.js'

/** Number of shape features per item (see {@link shapeFeatures}). */
export const SHAPE_FEATURES = 6

const EXCLAIM = /[!！¡՜߹᥄‼]/gu
const QUOTE = /["«»“”„‟‹›「」『』〝〞]/gu
const PAREN = /[()（）[\]［］{}【】〔〕]/gu
const LIST = /^\s*(?:[-*•·‣◦▪–—]|\p{Nd}{1,3}[.)]|[a-zA-Z][.)])\s/u
const COLON = /[:：]/gu

/**
 * Script-independent shape of a sentence: counts of question marks (`?` `？` `؟` `;` `՞` …), exclamation marks,
 * quote characters (pairs of `"`, `«»`, `“”`, `「」` … counted as one), parentheses/brackets (pairs),
 * a list marker at the start (0/1) and colons.
 * @param text One sentence or item.
 * @returns Array of {@link SHAPE_FEATURES} counts.
 */
export function shapeFeatures(text: string): number[] {
  return [
    text.match(QUESTION_MARKS)?.length ?? 0,
    text.match(EXCLAIM)?.length ?? 0,
    Math.ceil((text.match(QUOTE)?.length ?? 0) / 2),
    Math.ceil((text.match(PAREN)?.length ?? 0) / 2),
    LIST.test(text) ? 1 : 0,
    text.match(COLON)?.length ?? 0,
  ]
}

/** Cost of a count difference per feature, in nats (question, exclamation, quote, paren, list, colon). */
const MISMATCH = Float64Array.of(1.2, 0.6, 0.5, 0.8, 1.0, 0.3)
/** Reward for a feature present on both sides, in nats. */
const SHARED = Float64Array.of(0.6, 0.3, 0.3, 0.5, 0.5, 0.15)

/**
 * Shape cost of a bead from the summed shape features of its two sides: each count difference (capped at 2)
 * costs, each feature present on both sides earns a small reward.
 * @param source Summed features of the source group (from `sourceAt` on).
 * @param target Summed features of the target group (from `targetAt` on).
 * @param sourceAt Index of the source group's first feature (default `0`).
 * @param targetAt Index of the target group's first feature (default `0`).
 * @returns Cost in nats (negative when the shapes agree on marked features).
 */
export function shapeCost(source: ArrayLike<number>, target: ArrayLike<number>, sourceAt = 0, targetAt = 0): number {
  let cost = 0
  for (let f = 0; f < SHAPE_FEATURES; f++) {
    const a = source[sourceAt + f] ?? 0
    const b = target[targetAt + f] ?? 0
    cost += (MISMATCH[f] ?? 0) * Math.min(2, Math.abs(a - b))
    if (a > 0 && b > 0) cost -= SHARED[f] ?? 0
  }
  return cost
}
