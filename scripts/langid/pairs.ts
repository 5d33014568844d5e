/**
 * Train the discriminator of a close pair of languages (Malay and Indonesian; see
 * `src/detect/pairDiscriminator.ts`) from labelled source files.
 *
 * Feature weights: a logistic regression on the distinct words and word endings of each sentence (see
 * `pairFeatures`), every register weighing alike, both languages alike within a register and every source alike
 * within its language and register — so a word as common in Indonesian news as in Malay news (`kepada`) learns no
 * weight merely because one language has more news sources, and a register only one language has cannot become
 * that language's mark.
 *
 * Combination: `a × profile log-odds + b × feature log-odds` (the feature log-odds with the regression's own constant
 * term), a second logistic regression on predictions for each register held out in turn (the profiles and the
 * feature weights learned without that register), so the combination is fitted on text of a register the parts did
 * not see. It has no constant term of its own: with a whole register held out, the language whose register words
 * occur in no other register (Malay informal words) reads as the other, and a constant fitted there tilted every
 * line without evidence towards it at run time, when every register is known. Everything is learned from the sources
 * given: the leave-one-source-out evaluation calls {@link trainPair} without the held-out source.
 */
import { createProfileScorer } from '../../src/detect/languageProfiles.js'
import { PAIR_LOG_ODDS_CLIP, pairFeatures } from '../../src/detect/pairDiscriminator.js'
import type { PairDiscriminatorData } from '../../src/detect/pairDiscriminator.js'
import { scriptText } from '../../src/detect/scriptText.js'
import { bySourceLanguage } from './corpus.js'
import type { SourceFile } from './corpus.js'
import { buildProfiles } from './profiles.js'

/** Settings of the feature regression. */
export interface PairFeatureOptions {
  /** Sentences (all sources of the pair) a feature must occur in to be learned. */
  minSentences: number
  /** Passes over the sentences (AdaGrad; few passes stop the weights of rare words short of overfitting). */
  epochs: number
  /** Base step of AdaGrad. */
  step: number
  /** Weights smaller than this are not shipped (they move no decision). */
  minWeight: number
}

/** The settings used (fixed before the leave-one-source-out evaluation; see docs/detect.md). */
export const PAIR_FEATURE_OPTIONS: Readonly<PairFeatureOptions> = { minSentences: 3, epochs: 3, step: 0.1, minWeight: 0.05 }
/** Sentences per source of a held-out register used to fit the combination. */
const FIT_SENTENCES = 100

/** Per sentence list and script: the features of each sentence. */
const featureCache = new WeakMap<readonly string[], Map<string, string[][]>>()

function sentenceFeatures(sentences: readonly string[], script: string): string[][] {
  const known = featureCache.get(sentences)?.get(script)
  if (known !== undefined) return known
  const features = sentences.map((sentence) => pairFeatures(scriptText(sentence, script)))
  featureCache.set(sentences, new Map([...(featureCache.get(sentences) ?? new Map<string, string[][]>()), [script, features]]))
  return features
}

/** The learned feature regression: constant term and feature weights (log-odds for the first language). */
export interface PairFeatureModel {
  /** Constant term. */
  bias: number
  /** Feature → weight, sorted by feature. */
  weights: Record<string, number>
}

/**
 * Weight of each source's sentences: registers alike, the languages alike within a register, sources alike within
 * their language and register, normalised to a mean of 1 per sentence.
 */
function sentenceWeights(own: readonly SourceFile[]): number[] {
  const registers = new Set(own.map((s) => s.register))
  const raw = own.map((s) => {
    const inRegister = own.filter((o) => o.register === s.register)
    const languages = new Set(inRegister.map((o) => o.iso6393)).size
    const siblings = inRegister.filter((o) => o.iso6393 === s.iso6393).length
    return 1 / registers.size / languages / siblings / s.sentences.length
  })
  const sentences = own.reduce((n, s) => n + s.sentences.length, 0)
  const total = raw.reduce((sum, w, i) => sum + w * (own[i]?.sentences.length ?? 0), 0)
  return raw.map((w) => (total > 0 ? (w * sentences) / total : 0))
}

/**
 * Learn the feature weights of a pair by logistic regression (AdaGrad, a fixed order of the sentences, so the
 * same sources give the same weights).
 * @param sources Source files (those of other languages are ignored).
 * @param languages The pair; positive weights favour the first.
 * @param script Script of the pair (`Latn`).
 * @param options Settings.
 * @returns The constant term and the weights.
 */
export function pairFeatureModel(
  sources: readonly SourceFile[],
  languages: readonly string[],
  script: string,
  options: Readonly<PairFeatureOptions> = PAIR_FEATURE_OPTIONS,
): PairFeatureModel {
  const own = sources.filter((s) => languages.includes(s.iso6393) && s.sentences.length > 0)
  const weights = sentenceWeights(own)
  const examples: Array<{ features: string[]; truth: 0 | 1; weight: number }> = []
  const seen = new Map<string, number>()
  own.forEach((source, i) => {
    for (const features of sentenceFeatures(source.sentences, script)) {
      examples.push({ features, truth: source.iso6393 === languages[0] ? 1 : 0, weight: weights[i] ?? 0 })
      for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1)
    }
  })
  const learned = new Map<string, number>()
  for (const [f, n] of seen) if (n >= options.minSentences) learned.set(f, 0)
  const squares = new Map<string, number>()
  let bias = 0
  let biasSquares = 0
  // A fixed pseudo-random order (multiplicative hashing of the index): sources are not met one after another.
  const order = examples.map((_, i) => i).sort((a, b) => ((a * 2654435761) % 1000003) - ((b * 2654435761) % 1000003) || a - b)
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of order) {
      const example = examples[i]!
      let logOdds = bias
      for (const f of example.features) logOdds += learned.get(f) ?? 0
      const gradient = (1 / (1 + Math.exp(-logOdds)) - example.truth) * example.weight
      if (gradient === 0) continue
      biasSquares += gradient * gradient
      bias -= (options.step * gradient) / Math.sqrt(biasSquares)
      for (const f of example.features) {
        const w = learned.get(f)
        if (w === undefined) continue
        const sum = (squares.get(f) ?? 0) + gradient * gradient
        squares.set(f, sum)
        learned.set(f, w - (options.step * gradient) / Math.sqrt(sum))
      }
    }
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000
  const result: Record<string, number> = {}
  for (const f of [...learned.keys()].sort()) {
    const w = learned.get(f) ?? 0
    if (Math.abs(w) >= options.minWeight) result[f] = round(w)
  }
  return { bias: round(bias), weights: result }
}

/**
 * The feature log-odds of a text under a feature model.
 * @param text Text in the pair's script.
 * @param model The feature model.
 * @returns Constant term plus the weights of the text's distinct features.
 */
export function featureLogOdds(text: string, model: PairFeatureModel): number {
  let sum = model.bias
  for (const f of pairFeatures(text)) sum += model.weights[f] ?? 0
  return sum
}

/** One held-out prediction: profile log-odds, feature log-odds, truth, and its source. */
export interface PairSample {
  /** Held-out source (`zsm.news-articles`). */
  source: string
  /** Profile log-odds, first against second language. */
  profile: number
  /** Feature log-odds (constant term included). */
  score: number
  /** `1` when the sentence is in the first language. */
  truth: 0 | 1
}

function evenly<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items]
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T)
}

/**
 * Held-out predictions for the combination: each register of the pair's sources held out in turn, profiles of the
 * two languages and feature weights learned from the other registers score (at most {@link FIT_SENTENCES} of) each
 * of its sources' sentences.
 * @param sources Source files.
 * @param languages The pair.
 * @param script Script of the pair.
 * @param options Feature settings.
 * @returns One sample per scored sentence.
 */
export function heldOutPairSamples(
  sources: readonly SourceFile[],
  languages: readonly string[],
  script: string,
  options: Readonly<PairFeatureOptions> = PAIR_FEATURE_OPTIONS,
): PairSample[] {
  const own = sources.filter((s) => languages.includes(s.iso6393) && s.sentences.length > 0)
  const samples: PairSample[] = []
  for (const register of [...new Set(own.map((s) => s.register))].sort()) {
    const rest = own.filter((s) => s.register !== register)
    if (!languages.every((code) => rest.some((s) => s.iso6393 === code))) continue
    const scorer = createProfileScorer(buildProfiles(bySourceLanguage(rest)))
    const model = pairFeatureModel(rest, languages, script, options)
    for (const held of own.filter((s) => s.register === register)) {
      for (const sentence of evenly(held.sentences, FIT_SENTENCES)) {
        const text = scriptText(sentence, script)
        const posterior = scorer(text, [...languages])
        const p = posterior.get(languages[0] ?? '') ?? 0.5
        const q = posterior.get(languages[1] ?? '') ?? 0.5
        const profile = Math.max(-700, Math.min(700, Math.log(p) - Math.log(q)))
        samples.push({ source: `${held.iso6393}.${held.source}`, profile, score: featureLogOdds(text, model), truth: held.iso6393 === languages[0] ? 1 : 0 })
      }
    }
  }
  return samples
}

/**
 * Fit `a × profile + b × score` by logistic regression (projected gradient descent with `a, b ≥ 0`, each language
 * weighted alike and each source alike within its language, a little L2 regularisation; no constant term: see the
 * module comment — `bias` is returned as 0).
 * @param samples Held-out predictions.
 * @returns The coefficients (`bias` 0).
 */
export function fitPairCombination(samples: readonly PairSample[]): Pick<PairDiscriminatorData, 'bias' | 'profileWeight' | 'featureWeight'> {
  const perSource = new Map<string, number>()
  for (const s of samples) perSource.set(s.source, (perSource.get(s.source) ?? 0) + 1)
  // Each language weighs half and each of its sources alike: with more sources of one language than of the
  // other, weighting sources alike would tilt the constant term towards the language with more of them.
  const sourcesOf = new Map<0 | 1, number>()
  for (const source of perSource.keys()) {
    const truth = samples.find((s) => s.source === source)?.truth ?? 0
    sourcesOf.set(truth, (sourcesOf.get(truth) ?? 0) + 1)
  }
  const weightOf = (s: PairSample): number => 1 / (perSource.get(s.source) ?? 1) / (sourcesOf.get(s.truth) ?? 1) / sourcesOf.size
  // Log-odds of long texts are large; the fit clips them to where the logistic curve still bends.
  const clip = (x: number): number => Math.max(-PAIR_LOG_ODDS_CLIP, Math.min(PAIR_LOG_ODDS_CLIP, x))
  const bias = 0
  let a = 0.5
  let b = 0.5
  const rate = 0.05
  const l2 = 1e-3
  for (let step = 0; step < 3000; step++) {
    let ga = 0
    let gb = 0
    for (const s of samples) {
      const x1 = clip(s.profile)
      const x2 = clip(s.score)
      const p = 1 / (1 + Math.exp(-(bias + a * x1 + b * x2)))
      const e = (p - s.truth) * weightOf(s)
      ga += e * x1
      gb += e * x2
    }
    // Projected onto a, b ≥ 0: more profile or feature evidence for a language never counts against it. Unconstrained,
    // a build without a register fitted a negative profile weight (the two parts' evidence is correlated), which at run
    // time turns a line the profiles are sure of towards the other language.
    a = Math.max(0, a - rate * (ga + l2 * a))
    b = Math.max(0, b - rate * (gb + l2 * b))
  }
  const round = (x: number): number => Math.round(x * 10_000) / 10_000
  return { bias: round(bias), profileWeight: round(a), featureWeight: round(b) }
}

/**
 * Train a pair discriminator from some sources only: feature weights from all of them, the combination from
 * predictions for each of their registers held out in turn.
 * @param sources Source files (the leave-one-source-out evaluation passes every file but the held-out source's).
 * @param languages The pair.
 * @param script Script of the pair.
 * @returns The discriminator, the held-out predictions its combination was fitted on and that combination (whose
 *   constant term applies to their `score`, which includes the feature regression's own; for the calibration report).
 */
export function trainPair(
  sources: readonly SourceFile[],
  languages: readonly string[],
  script: string,
): { pair: PairDiscriminatorData; samples: PairSample[]; combination: Pick<PairDiscriminatorData, 'bias' | 'profileWeight' | 'featureWeight'> } {
  const samples = heldOutPairSamples(sources, languages, script)
  // With a single register there is nothing held out to fit on: the feature regression alone decides.
  const combination = samples.length > 0 ? fitPairCombination(samples) : { bias: 0, profileWeight: 0, featureWeight: 1 }
  const model = pairFeatureModel(sources, languages, script)
  const bias = Math.round((combination.bias + combination.featureWeight * model.bias) * 10_000) / 10_000
  return { pair: { languages: [...languages], features: model.weights, ...combination, bias }, samples, combination }
}
