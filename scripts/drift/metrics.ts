/** Measures of the drift evaluation: pair precision/recall of families, ROC AUC, a length baseline. */

/** Precision and recall of "same family" over document pairs. */
export function pairPrecisionRecall(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): { precision: number; recall: number; predictedPairs: number; goldPairs: number } {
  const docs = [...gold.keys()].sort()
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = docs[i]!
      const b = docs[j]!
      const p = predicted.get(a) !== undefined && predicted.get(a) === predicted.get(b)
      const g = gold.get(a) === gold.get(b)
      if (p && g) tp++
      else if (p) fp++
      else if (g) fn++
    }
  }
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), predictedPairs: tp + fp, goldPairs: tp + fn }
}

/** ROC AUC of scores for positives (label true) against negatives; ties count half. */
export function rocAuc(items: ReadonlyArray<{ score: number; positive: boolean }>): number {
  const pos = items.filter((i) => i.positive)
  const neg = items.filter((i) => !i.positive)
  if (pos.length === 0 || neg.length === 0) return Number.NaN
  let sum = 0
  for (const p of pos) for (const n of neg) sum += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0
  return sum / (pos.length * neg.length)
}

/**
 * One document of the fault rounds as scored: a faulty copy (`positive`) or an unmodified translation, with its
 * drift score and the length baseline's, and whether it is (or is a copy of) a translation known to be faithful.
 */
export interface ScoredDocument {
  score: number
  baseline: number
  positive: boolean
  faithful: boolean
}

/** A document ROC AUC of paracorpus's drift score and of the length baseline, over the same documents. */
export interface AucPair {
  auc: number
  baseline: number
}

/**
 * The document ROC AUCs of the fault rounds. `all`: every faulty copy against every unmodified translation (most of
 * them not known to be faithful, several stale: a stale translation scored high counts against the score).
 * `faithful`: every faulty copy against the unmodified translations known to be faithful only (the "faulty
 * vs faithful"). `faithfulCopies`: the copies of the known-faithful translations against those translations (each
 * fault on a translation with nothing else to find). NaN where a side is empty.
 */
export function documentAucs(scored: readonly ScoredDocument[]): { all: AucPair; faithful: AucPair; faithfulCopies: AucPair } {
  const pair = (items: readonly ScoredDocument[]): AucPair => ({
    auc: rocAuc(items.map((s) => ({ score: s.score, positive: s.positive }))),
    baseline: rocAuc(items.map((s) => ({ score: s.baseline, positive: s.positive }))),
  })
  return { all: pair(scored), faithful: pair(scored.filter((s) => s.positive || s.faithful)), faithfulCopies: pair(scored.filter((s) => s.faithful)) }
}

function letters(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length
}

/**
 * The simple baseline: compare a translation with its source by paragraph count and per-paragraph length ratio
 * (paragraphs paired by position): |Δ paragraphs| / source paragraphs + the mean absolute log deviation of each
 * pair's length ratio from the document's median ratio.
 */
export function lengthBaseline(source: string, translation: string): number {
  const ps = source.split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p !== '')
  const pt = translation.split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p !== '')
  const n = Math.min(ps.length, pt.length)
  const ratios: number[] = []
  for (let i = 0; i < n; i++) ratios.push(Math.log((letters(pt[i]!) + 1) / (letters(ps[i]!) + 1)))
  const sorted = [...ratios].sort((a, b) => a - b)
  const median = sorted[sorted.length >> 1] ?? 0
  const deviation = ratios.reduce((a, r) => a + Math.abs(r - median), 0) / Math.max(1, n)
  return Math.abs(ps.length - pt.length) / Math.max(1, ps.length) + deviation
}

/** Format a share as a percentage with its counts. */
export function pct(hit: number, total: number): string {
  return total === 0 ? '–' : `${((100 * hit) / total).toFixed(0)}% (${hit}/${total})`
}
