import type { AlignDocumentsOptions } from '../align/types.js'
import { alignPair } from '../pivot/alignPair.js'
import type { AlignmentCache } from '../pivot/types.js'
import type { PairVerdict, ParsedDocument } from '../types.js'

/** Options of {@link judgePairs}. */
export interface JudgePairsOptions {
  /** Options of the document aligner (threshold, …). */
  align?: AlignDocumentsOptions | undefined
  /** Alignments computed already; filled as pairs are aligned. */
  cache?: AlignmentCache | undefined
  /** Called after each pair. */
  onPair?: ((done: number, total: number) => void) | undefined
}

/**
 * Decide for every pair of documents whether they are mutual translations, with the aligner's parallelism
 * score and its reasons. Pairs are taken in id order; every pair is aligned once (O(k²) pairs for k documents:
 * shard large corpora by candidate family first, see the README).
 */
export function judgePairs(documents: readonly ParsedDocument[], options: JudgePairsOptions = {}): PairVerdict[] {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1))
  const verdicts: PairVerdict[] = []
  const total = (sorted.length * (sorted.length - 1)) / 2
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!
      const b = sorted[j]!
      const { parallelism } = alignPair(a, b, { align: options.align, cache: options.cache })
      verdicts.push({ a: a.id, b: b.id, score: Math.round(parallelism.score * 1e4) / 1e4, parallel: parallelism.parallel, reasons: parallelism.reasons.map((r) => r.message) })
      options.onPair?.(verdicts.length, total)
    }
  }
  return verdicts
}
