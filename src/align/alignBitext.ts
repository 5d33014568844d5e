import type { VFile } from 'vfile'
import type { Bead } from '../types.js'
import { itemLines } from '../diagnostics/vfileInput.js'
import type { AlignOptions, SignalName } from './types.js'
import type { ResolvedWeights } from './costModel.js'
import type { SideFeatures } from './features.js'
import type { LengthModel } from './signals/lengthCost.js'
import { UsageError } from '../errors/UsageError.js'
import { countLetters } from './text/countLetters.js'
import { extractAnchors, latinShareOf } from './anchors/extractAnchors.js'
import { linkAnchors } from './anchors/linkAnchors.js'
import { linkCognates, mergeLinks } from './signals/cognates.js'
import { shapeFeatures } from './signals/shape.js'
import { beadShapes } from './beadShapes.js'
import { learnBeadPriors } from './priors/learnBeadPriors.js'
import { buildSideFeatures } from './features.js'
import { makeBeadCost } from './costModel.js'
import { alignPath } from './dp/alignPath.js'
import { bandAroundPath, fullBand } from './dp/Band.js'
import { decode } from './dp/decode.js'
import { initialLengthModel, recalibrateLength } from './calibrateLength.js'
import { WordIds } from './lexical/tokenizeWords.js'
import { trainLexicon } from './lexical/trainLexicon.js'
import { LexicalTable } from './signals/lexicalCost.js'
import { lexicalOnTop } from './lexicalOnTop.js'
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

const ALL_SIGNALS: readonly SignalName[] = ['length', 'anchors', 'shape', 'structure', 'similarity', 'lexical', 'cognates']

/** Default weight of the cognate signal, relative to the anchors' (tuned on pud-dev and the text+berg dev file). */
export const DEFAULT_COGNATE_WEIGHT = 1

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

function sideIsLatin(texts: readonly string[]): boolean {
  // A sample of the side is enough to tell its dominant script.
  const sample: string[] = []
  let characters = 0
  for (let i = 0; i < texts.length && characters < 20_000; i += Math.max(1, Math.floor(texts.length / 200))) {
    sample.push(texts[i] ?? '')
    characters += 1 + (texts[i] ?? '').length
  }
  return latinShareOf(sample) >= 0.5
}

/**
 * Align two lists of sentences (or any items) of a translation pair.
 *
 * Each bead's cost (nats) is its type's prior plus the weighted costs of the signals: Gale–Church length with a
 * ratio and variance calibrated on the pair itself (letters = grapheme clusters with a letter or digit),
 * anchors (numbers, URLs, e-mails, names linked across scripts), punctuation shape, structure (when
 * `sourceStructure`/`targetStructure` are given) and an optional similarity plug-in. Dynamic programming
 * finds the cheapest bead sequence: exactly for small inputs, coarse-to-fine in a band otherwise.
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
  checkOptions(checkOptionsObject(options) as AlignOptions)
  const n = source.length
  const m = target.length
  if (n === 0 || m === 0) {
    const beads: Bead[] = []
    for (let i = 0; i < n; i++) beads.push({ source: [i], target: [], score: 0, confidence: 1 })
    for (let j = 0; j < m; j++) beads.push({ source: [], target: [j], score: 0, confidence: 1 })
    return beads
  }
  const maxBead = options.maxBead ?? 3
  let shapes = beadShapes(maxBead, options.beadPriors)
  const weights = resolveWeights(options)
  const latinS = sideIsLatin(source)
  const latinT = sideIsLatin(target)
  const anchorLinks =
    weights.anchors === 0
      ? { source: source.map(() => new Int32Array(0)), target: target.map(() => new Int32Array(0)), weight: new Float64Array(0) }
      : linkAnchors(
          source.map((t) => extractAnchors(t, { latin: latinS })),
          target.map((t) => extractAnchors(t, { latin: latinT })),
        )
  // Cognates share the anchors' ids and cost, their weights scaled relative to the anchors' weight.
  const linked = weights.cognates === 0 ? anchorLinks : mergeLinks(anchorLinks, linkCognates(source, target), weights.cognates / (weights.anchors || 1))
  if (weights.anchors === 0 && weights.cognates !== 0) weights.anchors = 1
  const S = buildSideFeatures(source.map(countLetters), source.map(shapeFeatures), linked.source, options.sourceStructure, source)
  const T = buildSideFeatures(target.map(countLetters), target.map(shapeFeatures), linked.target, options.targetStructure, target)
  const exactLimit = options.exactLimit ?? 250_000
  const bandWidth = options.bandWidth ?? 16
  const scorer = options.scorer
  const costFor = (model: LengthModel, withScorer: boolean, lexical?: LexicalTable) => (a: SideFeatures, b: SideFeatures) =>
    makeBeadCost({ source: a, target: b, length: model, anchorWeight: linked.weight, weights, scorer: withScorer ? scorer : undefined, lexical })

  // Pass 1: initial length model, Viterbi only (no plug-in: it may be slow).
  let model = initialLengthModel(S.letters[n] ?? 0, T.letters[m] ?? 0)
  const exact = (n + 1) * (m + 1) <= exactLimit
  let band = fullBand(n, m)
  if (weights.length !== 0) {
    const first = alignPath(S, T, shapes, costFor(model, false), { exactLimit, bandWidth })
    const pairs: Array<[number, number]> = []
    for (let k = 1; k < first.length; k++) {
      const p = first[k - 1]
      const q = first[k]
      if (p === undefined || q === undefined || q.i - p.i !== 1 || q.j - p.j !== 1) continue
      pairs.push([(S.letters[q.i] ?? 0) - (S.letters[p.i] ?? 0), (T.letters[q.j] ?? 0) - (T.letters[p.j] ?? 0)])
    }
    model = recalibrateLength(pairs, model)
    if (!exact) band = bandAroundPath(n, m, first, bandWidth)
  } else if (!exact) {
    band = bandAroundPath(n, m, alignPath(S, T, shapes, costFor(model, false), { exactLimit, bandWidth }), bandWidth)
  }

  // Pass 2: calibrated model, Viterbi + forward–backward posteriors.
  const decodeOptions = { posterior: true, temperature: options.temperature ?? DEFAULT_TEMPERATURE }
  let { beads, path, costs } = decode(band, shapes, costFor(model, true)(S, T), decodeOptions)
  // Bead-type priors learned on the pair (one Viterbi EM step), used by the next pass.
  const learn = options.learnPriors ?? false
  if (learn) {
    const counts = new Map<string, number>()
    for (const b of beads) {
      const key = `${shapes[b.shape]?.source ?? 0}-${shapes[b.shape]?.target ?? 0}`
      counts.set(key, (counts.get(key) ?? 0) + (Number.isNaN(b.posterior) ? 0 : b.posterior))
    }
    shapes = beadShapes(maxBead, learnBeadPriors(counts, options.beadPriors))
  }
  let realigned = false

  // Pass 3 (lexical): learn word links from the confident 1-1 beads, add their cost, align again around pass 2.
  if (weights.lexical !== 0) {
    const training: Array<[number, number]> = []
    for (const b of beads) {
      const shape = shapes[b.shape]
      if (shape?.source === 1 && shape.target === 1 && b.posterior >= LEXICAL_MIN_CONFIDENCE) training.push([b.i - 1, b.j - 1])
    }
    if (options.lexicon !== undefined || training.length >= LEXICAL_MIN_BEADS) {
      const sourceIds = new WordIds()
      const targetIds = new WordIds()
      const sourceWords = source.map((t) => sourceIds.encode(t))
      const targetWords = target.map((t) => targetIds.encode(t))
      const lexicon = options.lexicon !== undefined ? options.lexicon.linksFor(sourceIds, targetIds) : trainLexicon(sourceWords, targetWords, training)
      if (lexicon !== undefined) {
        const band3 = exact ? fullBand(n, m) : bandAroundPath(n, m, path, bandWidth)
        const maxSource = shapes.reduce((x, sh) => Math.max(x, sh.source), 0)
        const maxTarget = shapes.reduce((x, sh) => Math.max(x, sh.target), 0)
        const table = new LexicalTable(band3, maxSource, maxTarget, sourceWords, targetWords, lexicon)
        const full = costFor(model, true, table)(S, T)
        // Same full band, shapes and model as pass 2 and no plug-in: pass 2's costs plus the lexical term.
        const reuse = exact && !learn && scorer === undefined && costs !== undefined
        ;({ beads, path } = decode(band3, shapes, reuse ? lexicalOnTop(costs!, shapes, table, weights.lexical, full) : full, decodeOptions))
        realigned = true
      }
    }
  }
  if (learn && !realigned) ({ beads, path } = decode(band, shapes, costFor(model, true)(S, T), decodeOptions))
  return beads.map((b) => {
    const shape = shapes[b.shape]
    const a = shape?.source ?? 0
    const t = shape?.target ?? 0
    return {
      source: range(b.i - a, b.i),
      target: range(b.j - t, b.j),
      score: -b.cost,
      confidence: Number.isNaN(b.posterior) ? 0 : b.posterior,
    }
  })
}

function range(from: number, to: number): number[] {
  const out: number[] = []
  for (let k = from; k < to; k++) out.push(k)
  return out
}
