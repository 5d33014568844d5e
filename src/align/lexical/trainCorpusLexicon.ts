/**
 * Learn one lexicon from many aligned documents of the same language pair (Moore 2002 trains its word model on
 * the confident beads of the whole bitext): the confident 1-1 beads of every document are pooled and the word
 * links are learned once.
 */
import type { Bead } from '../../types.js'
import { Lexicon } from './Lexicon.js'
import { WordIds } from './tokenizeWords.js'
import { trainLexicon } from './trainLexicon.js'
import { model1ToWords, trainModel1 } from './model1.js'
import type { TrainLexiconOptions } from './trainLexicon.js'
import { checkOptions } from '../../errors/checkArgument.js'
import { BITEXT_SHAPE, checkShapeArray } from '../../errors/checkShape.js'

/** Default confidence a 1-1 bead needs to train the translation model (pud-dev: 0.5 → 0.929, 0.9 → 0.947, 0.97 → 0.951, 0.99 → 0.950). */
export const DEFAULT_MODEL_CONFIDENCE = 0.97

/** One aligned document pair to learn from. */
export interface AlignedBitext {
  /** Source items. */
  source: readonly string[]
  /** Target items. */
  target: readonly string[]
  /** Beads of an alignment of the two (e.g. from `alignBitext`). */
  beads: readonly Bead[]
}

/** Options of {@link trainCorpusLexicon}. */
export interface TrainCorpusLexiconOptions extends TrainLexiconOptions {
  /** Confidence a 1-1 bead needs to be learned from (default: `0.9`). */
  minConfidence?: number | undefined
  /**
   * Confidence a 1-1 bead needs to train the translation model (IBM Model 1; default:
   * `DEFAULT_MODEL_CONFIDENCE`). The model learns what it is shown word by word, so it is trained only on the
   * surest beads: a wrong bead it learns from confirms itself when the same text is aligned again.
   */
  modelConfidence?: number | undefined
  /** Fewest pooled beads worth learning from (default: `30`). */
  minBeads?: number | undefined
}

/**
 * Learn a lexicon from the confident 1-1 beads of many aligned document pairs of one language pair.
 * @param bitexts Aligned document pairs (all source texts in one language, all target texts in another).
 * @param options See {@link TrainCorpusLexiconOptions}.
 * @returns The lexicon, or `undefined` when there are too few confident beads or no word could be linked.
 */
export function trainCorpusLexicon(bitexts: readonly AlignedBitext[], options: TrainCorpusLexiconOptions = {}): Lexicon | undefined {
  checkShapeArray(bitexts, 'bitexts', 'an aligned bitext', { ...BITEXT_SHAPE, beads: 'array' })
  checkOptions(options)
  const minConfidence = options.minConfidence ?? 0.9
  const sourceIds = new WordIds()
  const targetIds = new WordIds()
  const sourceWords: Int32Array[] = []
  const targetWords: Int32Array[] = []
  const training: Array<[number, number]> = []
  const modelTraining: Array<[number, number]> = []
  const modelConfidence = options.modelConfidence ?? DEFAULT_MODEL_CONFIDENCE
  for (const bitext of bitexts) {
    for (const bead of bitext.beads) {
      if (bead.source.length !== 1 || bead.target.length !== 1 || bead.confidence < minConfidence) continue
      const s = bitext.source[bead.source[0] ?? -1]
      const t = bitext.target[bead.target[0] ?? -1]
      if (s === undefined || t === undefined) continue
      const pair: [number, number] = [sourceWords.push(sourceIds.encode(s)) - 1, targetWords.push(targetIds.encode(t)) - 1]
      training.push(pair)
      if (bead.confidence >= modelConfidence) modelTraining.push(pair)
    }
  }
  if (training.length < (options.minBeads ?? 30)) return undefined
  const links = trainLexicon(sourceWords, targetWords, training, options)
  if (links === undefined) return undefined
  const sw = sourceIds.words()
  const tw = targetIds.words()
  const pairs: Array<[string, string]> = []
  for (const [s, targets] of links.sourceLinks) for (const t of targets) pairs.push([sw[s] ?? '', tw[t] ?? ''])
  const model = trainModel1(sourceWords, targetWords, modelTraining)
  return new Lexicon(pairs, { p1: links.p1, p0: links.p0, model: model === undefined ? undefined : model1ToWords(model, sw, tw) })
}
