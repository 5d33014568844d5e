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

/** The family that fits a document best, and how well. */
export interface NearestFamily extends FamilyFit {
  /** The family's id. */
  family: string
}

/**
 * The family of two or more documents whose members fit a document best on average (its judged pairs with them;
 * ties to the family listed first), or `undefined` when none of its pairs with such a family was judged: what a
 * person checks first when a document is left out of every family (a translation of an older or rewritten version
 * of a page scores low with every document of that page's family, and still lower with the others).
 * @param doc The document's id.
 * @param families The corpus's families (the document's own is skipped).
 * @param verdicts Pair verdicts.
 * @returns The nearest family with its mean score and the pairs judged, or `undefined`.
 */
export function nearestFamily(doc: string, families: ReadonlyArray<{ id: string; documents: readonly string[] }>, verdicts: readonly PairVerdict[]): NearestFamily | undefined {
  // One pass over the verdicts: each of the document's judged pairs adds to the family its other member is in.
  const familyOf = new Map<string, number>()
  families.forEach((family, f) => {
    if (family.documents.length < 2 || family.documents.includes(doc)) return
    for (const member of family.documents) familyOf.set(member, f)
  })
  const sums = new Map<number, FamilyFit>()
  for (const v of verdicts) {
    const other = v.a === doc ? v.b : v.b === doc ? v.a : undefined
    const f = other === undefined ? undefined : familyOf.get(other)
    if (f === undefined) continue
    const fit = sums.get(f) ?? { mean: 0, judged: 0 }
    sums.set(f, { mean: fit.mean + v.score, judged: fit.judged + 1 })
  }
  let best: NearestFamily | undefined
  for (const [f, fit] of [...sums].sort((x, y) => x[0] - y[0])) {
    const mean = fit.mean / fit.judged
    if (best === undefined || mean > best.mean) best = { family: families[f]!.id, mean, judged: fit.judged }
  }
  return best
}
