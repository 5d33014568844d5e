import type { Bead } from '../types.js'
import type { AlignOptions } from './types.js'
import type { Lexicon } from './lexical/Lexicon.js'
import { alignBitext } from './alignBitext.js'
import { trainCorpusLexicon } from './lexical/trainCorpusLexicon.js'
import { countBeadTypes, learnBeadPriors } from './priors/learnBeadPriors.js'
import { checkOptions } from '../errors/checkArgument.js'
import { BITEXT_SHAPE, checkShapeArray } from '../errors/checkShape.js'

/**
 * Folds of a corpus for cross-training: pair `k` is realigned with the lexicon learned on the pairs of the other
 * folds (`k mod folds`). pud-dev strict F1: one lexicon for all 0.955, 2 folds 0.945, 5 folds 0.954, 10 folds and
 * leave-one-out 0.957.
 */
export const CROSS_FOLDS = 10

/** Fewest pairs a corpus needs for cross-training (fewer: every pair is realigned with the lexicon of all). */
export const CROSS_MIN_PAIRS = 4

/** One document pair of a corpus to align. */
export interface BitextPair {
  /** Source items. */
  source: readonly string[]
  /** Target items. */
  target: readonly string[]
  /** Options of this pair only (e.g. its structure), merged over the corpus options. */
  options?: AlignOptions | undefined
}

/** Result of {@link alignBitextCorpus}. */
export interface BitextCorpusAlignment {
  /** Beads per pair, in input order. */
  beads: Bead[][]
  /** The lexicon learned on the corpus (or the one given), `undefined` when none could be learned. */
  lexicon: Lexicon | undefined
}

/**
 * Align many document pairs of one language pair with a word model learned on all of them: each pair is aligned
 * on its own, the confident 1-1 beads of all pairs are pooled to learn one lexicon (`trainCorpusLexicon`), and
 * every pair is aligned again with it (from `CROSS_MIN_PAIRS` pairs on, with the lexicon learned on the other
 * folds' beads: see `CROSS_FOLDS`) and with bead-type priors learned on all of them. With `options.lexicon` given, that lexicon is used in a single pass.
 * @param pairs Document pairs (all sources in one language, all targets in another).
 * @param options Alignment options of every pair.
 * @returns Beads per pair and the lexicon.
 * @throws {UsageError} `INVALID_OPTION` for bad alignment options.
 */
export function alignBitextCorpus(pairs: readonly BitextPair[], options: AlignOptions = {}): BitextCorpusAlignment {
  checkShapeArray(pairs, 'pairs', 'a bitext pair', BITEXT_SHAPE)
  checkOptions(options)
  const run = (lexicon: Lexicon | undefined, beadPriors: Readonly<Record<string, number>> | undefined): Bead[][] =>
    pairs.map((p) => alignBitext(p.source, p.target, { ...options, ...p.options, ...(lexicon === undefined ? {} : { lexicon }), beadPriors }))
  if (options.lexicon !== undefined) return { beads: run(options.lexicon, options.beadPriors), lexicon: options.lexicon }
  const first = run(undefined, options.beadPriors)
  const lexicon = trainCorpusLexicon(pairs.map((p, k) => ({ source: p.source, target: p.target, beads: first[k] ?? [] })))
  const priors = options.learnPriors !== true ? options.beadPriors : learnBeadPriors(countBeadTypes(first), options.beadPriors)
  if (lexicon === undefined && priors === options.beadPriors) return { beads: first, lexicon }
  if (lexicon !== undefined && options.lexicon === undefined && pairs.length >= CROSS_MIN_PAIRS) {
    // Cross-training: each pair is aligned again with a lexicon learned on the other folds' beads only, so a wrong
    // confident bead of its first alignment cannot teach the model to confirm itself.
    const folds = Math.min(CROSS_FOLDS, pairs.length)
    const byFold = new Map<number, Lexicon | undefined>()
    const lexiconOf = (fold: number): Lexicon | undefined => {
      if (!byFold.has(fold)) byFold.set(fold, trainCorpusLexicon(pairs.map((p, k) => ({ source: p.source, target: p.target, beads: k % folds === fold ? [] : (first[k] ?? []) }))))
      return byFold.get(fold)
    }
    const beads = pairs.map((p, k) => {
      const own = lexiconOf(k % folds) ?? lexicon
      return alignBitext(p.source, p.target, { ...options, ...p.options, lexicon: own, beadPriors: priors })
    })
    return { beads, lexicon }
  }
  return { beads: run(lexicon, priors), lexicon }
}
