import type { AlignDocumentsOptions } from '../align/types.js'
import { alignPair } from '../pivot/alignPair.js'
import type { AlignmentCache, PivotOptions } from '../pivot/types.js'
import type { PairVerdict, ParsedDocument } from '../types.js'
import { candidatePairsOf, fingerprint, type Fingerprint, PAIR_FILTER_MIN_DOCUMENTS } from './candidatePairs.js'
import { checkJudgeOptions, checkParsedDocuments } from './checkPipelineOptions.js'
import { sharedText } from './sharedText.js'

function allPairs(n: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j])
  return pairs
}

/** Options of {@link judgePairs}. */
export interface JudgePairsOptions {
  /** Options of the document aligner (threshold, …). */
  align?: AlignDocumentsOptions | undefined
  /** Alignments computed already; filled as pairs are aligned. */
  cache?: AlignmentCache | undefined
  /** Called after each pair. */
  onPair?: ((done: number, total: number) => void) | undefined
  /**
   * Which pairs to align (default: `'all'` up to 50 documents, `'candidates'` above): every pair, or only the
   * pairs whose cheap fingerprints (shared rare anchors, length) could be translations (see `candidatePairs`).
   * Verdicts are returned for the pairs aligned.
   */
  pairs?: 'all' | 'candidates' | undefined
}

/**
 * Decide for every pair of documents whether they are mutual translations, with the aligner's parallelism
 * score and its reasons. Pairs are taken in id order; every pair is aligned once (O(k²) pairs for k documents),
 * or, for large corpora, only candidate pairs found from cheap fingerprints (see `pairs`).
 */
export function judgePairs(documents: readonly ParsedDocument[], options: JudgePairsOptions = {}): PairVerdict[] {
  checkParsedDocuments(documents)
  checkJudgeOptions(options)
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1))
  const verdicts: PairVerdict[] = []
  const pairs = pairsToJudge(sorted, options.pairs)
  for (const [i, j] of pairs) {
    verdicts.push(judgePair(sorted[i]!, sorted[j]!, { align: options.align, cache: options.cache }))
    options.onPair?.(verdicts.length, pairs.length)
  }
  return verdicts
}

/**
 * The pairs {@link judgePairs} aligns.
 * @param sorted Documents sorted by id.
 * @param filter `pairs` of {@link JudgePairsOptions}.
 * @returns Pairs `[i, j]` of indices, `i < j`.
 */
export function pairsToJudge(sorted: readonly ParsedDocument[], filter?: 'all' | 'candidates' | undefined): Array<[number, number]> {
  const chosen = filter ?? (sorted.length > PAIR_FILTER_MIN_DOCUMENTS ? 'candidates' : 'all')
  return chosen === 'candidates' ? pairsToJudgeOf(sorted.map(fingerprint), chosen) : allPairs(sorted.length)
}

/**
 * {@link pairsToJudge} from the documents' fingerprints alone.
 * @param prints Fingerprints of the documents sorted by id.
 * @param filter `pairs` of {@link JudgePairsOptions}.
 * @returns Pairs `[i, j]` of indices, `i < j`.
 */
export function pairsToJudgeOf(prints: readonly Fingerprint[], filter?: 'all' | 'candidates' | undefined): Array<[number, number]> {
  const chosen = filter ?? (prints.length > PAIR_FILTER_MIN_DOCUMENTS ? 'candidates' : 'all')
  return chosen === 'candidates' ? candidatePairsOf(prints) : allPairs(prints.length)
}

/**
 * Align one pair (through the cache) and give its verdict; for two documents of one language, with the share of
 * their text they hold word for word (`sharedText`).
 * @param a First document (by id).
 * @param b Second document.
 * @param options Aligner options and cache.
 */
export function judgePair(a: ParsedDocument, b: ParsedDocument, options: PivotOptions): PairVerdict {
  const { parallelism } = alignPair(a, b, options)
  const verdict: PairVerdict = { a: a.id, b: b.id, score: Math.round(parallelism.score * 1e4) / 1e4, parallel: parallelism.parallel, reasons: parallelism.reasons.map((r) => r.message) }
  const shared = sharedText(a, b)
  if (shared !== undefined) verdict.sharedText = Math.round(shared * 1e4) / 1e4
  return verdict
}
