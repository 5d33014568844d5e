import type { VFile } from 'vfile'
import type { Bead } from '../types.js'
import { itemLines } from '../diagnostics/vfileInput.js'
import type { AlignOptions, SignalName } from './types.js'
import type { ResolvedWeights, WordEvidence } from './costModel.js'
import type { SideFeatures } from './features.js'
import type { LengthModel } from './signals/lengthCost.js'
import { UsageError } from '../errors/UsageError.js'
import type { LinkedAnchors } from './anchors/linkAnchors.js'
import { PairItems } from './pairItems.js'
import { beadShapes } from './beadShapes.js'
import { learnBeadPriors } from './priors/learnBeadPriors.js'
import { buildSideFeatures } from './features.js'
import { makeBeadCost } from './costModel.js'
import { alignPath } from './dp/alignPath.js'
import { bandAroundPath } from './dp/Band.js'
import type { Band, PathNode } from './dp/Band.js'
import { anchorWindows } from './dp/anchorWindows.js'
import type { BeadShape } from './beadShapes.js'
import type { DecodedBead } from './dp/decode.js'
import { decode } from './dp/decode.js'
import { initialLengthModel, recalibrateLength } from './calibrateLength.js'
import { WordIds } from './lexical/tokenizeWords.js'
import { trainLexicon } from './lexical/trainLexicon.js'
import type { WordLinks } from './lexical/trainLexicon.js'
import { LexicalTable } from './signals/lexicalCost.js'
import { lexicalOnTop } from './lexicalOnTop.js'
import type { Model1 } from './lexical/model1.js'
import { TranslationTable } from './signals/translationCost.js'
import { checkOptions as checkOptionsObject } from '../errors/checkArgument.js'
import { checkTextArray } from '../errors/checkShape.js'

/** Default temperature of the bead posterior (calibrated on the synthetic gold in data/gold). */
export const DEFAULT_TEMPERATURE = 1

/** Default weight of the lexical cost (per-word log-likelihood ratios overlap, so they are damped). */
export const DEFAULT_LEXICAL_WEIGHT = 0.3

/** The lexical pass runs only when the first alignment has at least this many confident 1-1 beads. */
export const LEXICAL_MIN_BEADS = 30

/** Posterior a 1-1 bead needs to train the lexicon. */
export const LEXICAL_MIN_CONFIDENCE = 0.9

const ALL_SIGNALS: readonly SignalName[] = ['length', 'anchors', 'shape', 'structure', 'similarity', 'lexical', 'cognates', 'translation', 'boundaries']

/**
 * Default weight of the translation signal: IBM Model 1 log-likelihood ratios of a lexicon learned on a corpus
 * (tuned on pud-dev and the text+berg dev file: 0.5, 0.7, 1 and 1.5 within 0.001 of each other).
 */
export const DEFAULT_TRANSLATION_WEIGHT = 1

/** Default weight of the cognate signal, relative to the anchors' (tuned on pud-dev and the text+berg dev file). */
export const DEFAULT_COGNATE_WEIGHT = 1

/** Default weight of the boundary signal: each mismatch costs this times `BOUNDARY_MISMATCH` nats. */
export const DEFAULT_BOUNDARY_WEIGHT = 1

function resolveWeights(options: AlignOptions): ResolvedWeights {
  const on = new Set(options.signals ?? ALL_SIGNALS)
  const w = options.weights ?? {}
  return {
    length: on.has('length') ? (w.length ?? 1) : 0,
    anchors: on.has('anchors') ? (w.anchors ?? 1) : 0,
    shape: on.has('shape') ? (w.shape ?? 1) : 0,
    structure: on.has('structure') ? (w.structure ?? 1) : 0,
    similarity: on.has('similarity') ? (w.similarity ?? 4) : 0,
    lexical: on.has('lexical') ? (w.lexical ?? DEFAULT_LEXICAL_WEIGHT) : 0,
    cognates: on.has('cognates') ? (w.cognates ?? DEFAULT_COGNATE_WEIGHT) : 0,
    translation: on.has('translation') ? (w.translation ?? DEFAULT_TRANSLATION_WEIGHT) : 0,
    boundaries: on.has('boundaries') ? (w.boundaries ?? DEFAULT_BOUNDARY_WEIGHT) : 0,
  }
}

function checkOptions(options: AlignOptions): void {
  const maxBead = options.maxBead
  if (maxBead !== undefined && (!Number.isInteger(maxBead) || maxBead < 1 || maxBead > 4)) {
    throw new UsageError('INVALID_OPTION', `\`maxBead\` must be an integer from 1 to 4, got ${String(maxBead)}`)
  }
  const t = options.temperature
  if (t !== undefined && !(t > 0 && Number.isFinite(t))) {
    throw new UsageError('INVALID_OPTION', `\`temperature\` must be a positive number, got ${String(t)}`)
  }
}

/** Both sides' features: letters, shapes, structure, and anchor and cognate links shared by the two sides. */
function pairFeatures(items: PairItems, order: readonly number[] | undefined, options: AlignOptions, weights: ResolvedWeights): { S: SideFeatures; T: SideFeatures; linked: LinkedAnchors } {
  const linked = items.links(order, weights)
  if (weights.anchors === 0 && weights.cognates !== 0) weights.anchors = 1
  const measures = items.measures(order)
  const S = buildSideFeatures(measures.source.letters, measures.source.shapes, linked.source, options.sourceStructure, items.source)
  const T = buildSideFeatures(measures.target.letters, measures.target.shapes, linked.target, options.targetStructure, items.targetIn(order))
  return { S, T, linked }
}

/**
 * Align two lists of sentences (or any items) of a translation pair.
 *
 * Each bead's cost (nats) is its type's prior plus the weighted costs of the signals: Gale–Church length with a
 * ratio and variance calibrated on the pair itself (letters = grapheme clusters with a letter or digit),
 * anchors (numbers, URLs, e-mails, names linked across scripts), punctuation shape, structure (when
 * `sourceStructure`/`targetStructure` are given), word links (the lexical pass) and an optional similarity
 * plug-in. Three passes of dynamic programming: the cheapest bead sequence under a first length model (exact for
 * small inputs, coarse-to-fine otherwise); the same with the calibrated model in a narrow band around it; then,
 * anchor first, then fill, through its confident 1-1 beads, every bead type searched in the windows between them.
 *
 * `confidence` is the bead's posterior probability under `P(alignment) ∝ exp(-cost / temperature)` summed
 * over all alignments in the search band (forward–backward): the probability mass of the alignments that
 * contain exactly this bead. `score` is `-cost`.
 *
 * @param sourceInput Source items (blank strings are items too), or a `VFile` holding one per line.
 * @param targetInput Target items, or a `VFile` holding one per line.
 * @param options See {@link AlignOptions}.
 * @returns Beads covering every index of both sides exactly once, in order.
 * @throws {UsageError} `INVALID_OPTION` for a bad `maxBead` or `temperature`, or a side that is neither an array nor a `VFile`.
 */
export function alignBitext(sourceInput: readonly string[] | VFile, targetInput: readonly string[] | VFile, options: AlignOptions = {}): Bead[] {
  const source = itemLines(sourceInput, 'source')
  const target = itemLines(targetInput, 'target')
  checkTextArray(source, 'source')
  checkTextArray(target, 'target')
  return alignItems(new PairItems(source, target), options)
}

function toBead(b: DecodedBead, shapes: readonly BeadShape[]): Bead {
  const shape = shapes[b.shape]
  const a = shape?.source ?? 0
  const t = shape?.target ?? 0
  return {
    source: range(b.i - a, b.i),
    target: range(b.j - t, b.j),
    score: -b.cost,
    confidence: Number.isNaN(b.posterior) ? 0 : b.posterior,
  }
}

/**
 * The total cost (nats) of {@link alignBitext}'s alignment of two lists: `−Σ score` over its beads, the same number
 * to the last bit, without the last pass's forward–backward (the posteriors, which a total does not read; the
 * beads are the Viterbi path either way).
 * @param source Source items.
 * @param target Target items.
 * @param options See {@link AlignOptions}.
 * @returns The cost of the best alignment (0 when a side is empty).
 * @throws {UsageError} As {@link alignBitext}.
 */
export function alignmentCost(source: readonly string[], target: readonly string[], options: AlignOptions = {}): number {
  checkTextArray(source, 'source')
  checkTextArray(target, 'target')
  return itemsAlignmentCost(new PairItems(source, target), undefined, options)
}

/** The very sum `alignBitext`'s caller would make of its beads' scores, in bead order, negated. */
function costOfDecoded(beads: readonly DecodedBead[]): number {
  return -beads.reduce((sum, bead) => sum + -bead.cost, 0)
}

/**
 * {@link alignBitext} on items measured once for several alignments ({@link PairItems}): the same beads as
 * `alignBitext(items.source, items.target, options)`.
 * @param items Both sides' items.
 * @param options See {@link AlignOptions}.
 * @returns Beads covering every index of both sides exactly once, in order.
 * @throws {UsageError} `INVALID_OPTION` for a bad `maxBead` or `temperature`.
 */
export function alignItems(items: PairItems, options: AlignOptions): Bead[] {
  checkOptions(checkOptionsObject(options) as AlignOptions)
  const n = items.source.length
  const m = items.target.length
  if (n === 0 || m === 0) {
    const beads: Bead[] = []
    for (let i = 0; i < n; i++) beads.push({ source: [i], target: [], score: 0, confidence: 1 })
    for (let j = 0; j < m; j++) beads.push({ source: [], target: [j], score: 0, confidence: 1 })
    return beads
  }
  const { beads, shapes } = decodeBitext(items, undefined, options, true)
  return beads.map((b) => toBead(b, shapes))
}

/**
 * {@link alignmentCost} of the items with the target in a given order, on items measured once ({@link PairItems}):
 * the same number as `alignmentCost(items.source, order.map((k) => items.target[k]), options)`.
 * @param items Both sides' items.
 * @param order Target indices, a permutation (`undefined`: the target's own order).
 * @param options See {@link AlignOptions}.
 * @returns The cost of the best alignment (0 when a side is empty).
 * @throws {UsageError} As {@link alignItems}.
 */
export function itemsAlignmentCost(items: PairItems, order: readonly number[] | undefined, options: AlignOptions): number {
  checkOptions(checkOptionsObject(options) as AlignOptions)
  if (items.source.length === 0 || items.target.length === 0) return -0
  return costOfDecoded(decodeBitext(items, order, options, false).beads)
}

/**
 * The three passes of {@link alignBitext} on two non-empty lists: decoded beads and the shapes they index.
 * `lastPosteriors: false` leaves the last pass's posteriors out (NaN); its beads and costs are the same.
 */
function decodeBitext(items: PairItems, order: readonly number[] | undefined, options: AlignOptions, lastPosteriors: boolean): { beads: DecodedBead[]; shapes: BeadShape[] } {
  const source = items.source
  const target = items.targetIn(order)
  const n = source.length
  const m = target.length
  const maxBead = options.maxBead ?? 3
  let shapes = beadShapes(maxBead, options.beadPriors)
  const weights = resolveWeights(options)
  const { S, T, linked } = pairFeatures(items, order, options, weights)
  const exactLimit = options.exactLimit ?? DEFAULT_EXACT_LIMIT
  const bandWidth = options.bandWidth ?? DEFAULT_BAND_WIDTH
  const scorer = options.scorer
  const costFor = (model: LengthModel, withScorer: boolean, lexical?: WordEvidence) => (a: SideFeatures, b: SideFeatures) =>
    makeBeadCost({ source: a, target: b, length: model, anchorWeight: linked.weight, weights, scorer: withScorer ? scorer : undefined, lexical })

  // Pass 1: initial length model, Viterbi only (no plug-in: it may be slow); exact, or coarse-to-fine when large.
  let model = initialLengthModel(S.letters[n] ?? 0, T.letters[m] ?? 0)
  const first = alignPath(S, T, shapes, costFor(model, false), { exactLimit, bandWidth })
  if (weights.length !== 0) model = recalibrateLength(oneToOneLetters(first, S, T), model)

  // Pass 2: calibrated model, Viterbi + forward–backward posteriors in a narrow band around pass 1's path.
  const decodeOptions = { posterior: true, temperature: options.temperature ?? DEFAULT_TEMPERATURE }
  const band = bandAroundPath(n, m, first, REFINE_WIDTH)
  let { beads, costs } = decode(band, shapes, costFor(model, true)(S, T), decodeOptions)
  // Bead-type priors learned on the pair (one Viterbi EM step), used by the next pass.
  const learn = options.learnPriors ?? false
  if (learn) shapes = beadShapes(maxBead, learnBeadPriors(countDecoded(beads, shapes), options.beadPriors))

  // Pass 3, anchor first, then fill (Bertalign): the confident 1-1 beads of pass 2 are anchors (and the lexicon's
  // training data); the path is searched again through them, every allowed bead type in the windows between them.
  const anchors = confidentOneToOne(beads, shapes)
  const lexicon = weights.lexical === 0 && weights.translation === 0 ? undefined : lexicalLinks(source, target, anchors, options.lexicon, weights.translation !== 0)
  if (lexicon !== undefined || learn) {
    const lastOptions = lastPosteriors ? decodeOptions : { ...decodeOptions, posterior: false }
    const windows = anchorWindows(n, m, anchors, ANCHOR_MARGIN)
    const table = lexicon === undefined ? undefined : wordEvidence(windows, shapes, lexicon, weights)
    const full = costFor(model, true, table)(S, T)
    // Same shapes and model as pass 2 and no plug-in: pass 2's costs plus the lexical term where pass 2 had them.
    const reuse = table !== undefined && !learn && scorer === undefined && costs !== undefined
    ;({ beads } = decode(windows, shapes, reuse ? lexicalOnTop(costs!, shapes, table, full) : full, { ...lastOptions, keepCosts: !reuse }))
  }
  return { beads, shapes }
}

/**
 * Items of slack around every anchor window of the last pass (0 would force the path through every anchor; 1, 2
 * and 4 gave the same dev F1, 0 a little lower).
 */
export const ANCHOR_MARGIN = 2

/**
 * Half-width of the band around the first pass's path searched by the second (4, 8 and 16 gave the same dev F1: the
 * calibrated model moves beads locally, the first pass has already placed long gaps).
 */
export const REFINE_WIDTH = 4

/**
 * Default half-width of the band around a projected coarse path (8 and 16 gave the same dev F1 and the same
 * exact-bead accuracy of the 10k and 100k bench pairs; 8 is a fifth faster there).
 */
export const DEFAULT_BAND_WIDTH = 8

/** Default largest grid (n × m cells) of the first pass searched exactly; past it, coarse-to-fine. */
export const DEFAULT_EXACT_LIMIT = 2_500

/** Source and target letters of each 1-1 step of a path. */
function oneToOneLetters(path: readonly PathNode[], S: SideFeatures, T: SideFeatures): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  for (let k = 1; k < path.length; k++) {
    const p = path[k - 1]
    const q = path[k]
    if (p === undefined || q === undefined || q.i - p.i !== 1 || q.j - p.j !== 1) continue
    pairs.push([(S.letters[q.i] ?? 0) - (S.letters[p.i] ?? 0), (T.letters[q.j] ?? 0) - (T.letters[p.j] ?? 0)])
  }
  return pairs
}

/** Bead-type counts of decoded beads, each weighted by its posterior. */
function countDecoded(beads: readonly DecodedBead[], shapes: readonly BeadShape[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const b of beads) {
    const key = `${shapes[b.shape]?.source ?? 0}-${shapes[b.shape]?.target ?? 0}`
    counts.set(key, (counts.get(key) ?? 0) + (Number.isNaN(b.posterior) ? 0 : b.posterior))
  }
  return counts
}

/** End cuts of the 1-1 beads with posterior ≥ `LEXICAL_MIN_CONFIDENCE`. */
function confidentOneToOne(beads: readonly DecodedBead[], shapes: readonly BeadShape[]): PathNode[] {
  const out: PathNode[] = []
  for (const b of beads) {
    const shape = shapes[b.shape]
    if (shape?.source === 1 && shape.target === 1 && b.posterior >= LEXICAL_MIN_CONFIDENCE) out.push({ i: b.i, j: b.j })
  }
  return out
}

interface LexicalLinks {
  sourceWords: Int32Array[]
  targetWords: Int32Array[]
  links: WordLinks
  model: Model1 | undefined
}

/**
 * Word links and translation model of the pair: from the given lexicon, or learned on the anchors when there are
 * enough of them.
 */
function lexicalLinks(source: readonly string[], target: readonly string[], anchors: readonly PathNode[], given: AlignOptions['lexicon'], withModel: boolean): LexicalLinks | undefined {
  if (given === undefined && anchors.length < LEXICAL_MIN_BEADS) return undefined
  const sourceIds = new WordIds()
  const targetIds = new WordIds()
  const sourceWords = source.map((t) => sourceIds.encode(t))
  const targetWords = target.map((t) => targetIds.encode(t))
  const training = anchors.map((a): [number, number] => [a.i - 1, a.j - 1])
  const links = given !== undefined ? given.linksFor(sourceIds, targetIds) : trainLexicon(sourceWords, targetWords, training)
  if (links === undefined) return undefined
  // The translation model comes with a lexicon learned on a corpus; one pair's own anchors are too few to train it
  // (on a 150-sentence pair it lowered exact beads 0.78 → 0.75 and doubled the time).
  const model = withModel && given !== undefined ? given.modelFor(sourceIds, targetIds) : undefined
  return { sourceWords, targetWords, links, model }
}

/** The lexical pass's word evidence: the lexicon's links and the translation model, each with its weight. */
function wordEvidence(band: Band, shapes: readonly BeadShape[], lexicon: LexicalLinks, weights: ResolvedWeights): WordEvidence {
  const maxSource = shapes.reduce((x, sh) => Math.max(x, sh.source), 0)
  const maxTarget = shapes.reduce((x, sh) => Math.max(x, sh.target), 0)
  const links = weights.lexical === 0 ? undefined : new LexicalTable(band, maxSource, maxTarget, lexicon.sourceWords, lexicon.targetWords, lexicon.links)
  const model = weights.translation === 0 || lexicon.model === undefined ? undefined : new TranslationTable(band, maxSource, maxTarget, lexicon.sourceWords, lexicon.targetWords, lexicon.model)
  const wl = weights.lexical
  const wt = weights.translation
  return {
    cost: (i0, i1, j0, j1) => (links === undefined ? 0 : wl * links.cost(i0, i1, j0, j1)) + (model === undefined ? 0 : wt * model.cost(i0, i1, j0, j1)),
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let k = from; k < to; k++) out.push(k)
  return out
}
