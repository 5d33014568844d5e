import type { PairVerdict } from '../types.js'

/** How well a group of documents fits one document: the mean score of its judged pairs with them. */
export interface FamilyFit {
  /** Mean score of the judged pairs (0 when none was judged). */
  mean: number
  /** Pairs judged. */
  judged: number
}

/**
 * The mean score of a document's judged pairs with the members of a group (the document itself left out).
 * @param doc The document's id.
 * @param members The group's member ids.
 * @param verdicts Pair verdicts.
 */
export function familyFit(doc: string, members: readonly string[], verdicts: readonly PairVerdict[]): FamilyFit {
  const group = new Set(members)
  group.delete(doc)
  let sum = 0
  let judged = 0
  for (const v of verdicts) {
    const other = v.a === doc ? v.b : v.b === doc ? v.a : undefined
    if (other === undefined || !group.has(other)) continue
    sum += v.score
    judged++
  }
  return { mean: judged === 0 ? 0 : sum / judged, judged }
}

/**
 * A fit in words: `0.41 on average over 3 judged pairs`.
 * @param fit The fit.
 */
export function fitText(fit: FamilyFit): string {
  return `${fit.mean.toFixed(2)} on average over ${fit.judged} judged pair${fit.judged === 1 ? '' : 's'}`
}
