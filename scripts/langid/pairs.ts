/**
 * Train the discriminator of a close pair of languages (Malay and Indonesian; see
 * `src/detect/pairDiscriminator.ts`) from data/langid/sources/.
 *
 * Feature weights: for each feature, its rate (share of sentences containing it) is taken in every source of
 * each language and averaged over the sources (each register counts alike); the weight is the log-ratio of the
 * two languages' rates. A feature is kept only when it is common enough and found in at least
 * `minSources` sources of the language it favours: a topic word of one source (`pelanggan` in interface
 * strings) is no evidence about the language of another register, a spelling such as `kerana` is.
 *
 * Combination: `bias + a × profile log-odds + b × feature score`, by logistic regression on predictions for
 * sources held out one at a time (profiles and feature weights built without the held-out source), each
 * source weighted alike. So the combination is fitted on text of registers the parts did not see.
 */
import { createProfileScorer } from '../../src/detect/languageProfiles.js'
import { pairFeatures, pairScore } from '../../src/detect/pairDiscriminator.js'
import type { PairDiscriminatorData } from '../../src/detect/pairDiscriminator.js'
import { scriptText } from '../../src/detect/scriptText.js'
import { bySourceLanguage } from './corpus.js'
import type { SourceFile } from './corpus.js'
import { buildProfiles } from './profiles.js'

/** Thresholds of feature selection. */
export interface PairFeatureOptions {
  /** Sources of the favoured language a feature must occur in. */
  minSources: number
  /** Sentences (all sources of the pair) a feature must occur in. */
  minSentences: number
  /** Smallest |weight| kept. */
  minWeight: number
  /** Compare the languages within each register they share, then average (see {@link pairFeatureWeights}). */
  byRegister: boolean
}

/** The thresholds used (chosen on held-out sources, see docs/detect.md). */
export const PAIR_FEATURE_OPTIONS: Readonly<PairFeatureOptions> = { minSources: 2, minSentences: 5, minWeight: 1, byRegister: true }
/** Added to each rate before the log-ratio (a feature one language never shows is not infinitely strong). */
const RATE_FLOOR = 0.0005
/** Sentences per held-out source used to fit the combination. */
const FIT_SENTENCES = 400

/** Per source: how many of its sentences contain each feature. */
const featureCounts = new WeakMap<readonly string[], Map<string, number>>()

function sentenceCounts(sentences: readonly string[], script: string): Map<string, number> {
  const known = featureCounts.get(sentences)
  if (known !== undefined) return known
  const counts = new Map<string, number>()
  for (const sentence of sentences) for (const f of pairFeatures(scriptText(sentence, script))) counts.set(f, (counts.get(f) ?? 0) + 1)
  featureCounts.set(sentences, counts)
  return counts
}

/** A feature's rate in one language: the mean share of sentences containing it over some sources, and how many had it. */
interface Rate {
  rate: number
  sources: number
}

/** Per language of the pair: feature → its rate over the given sources (each source counts alike). */
function languageRates(sources: readonly SourceFile[], languages: readonly string[], script: string): Array<Map<string, Rate>> {
  return languages.map((code) => {
    const own = sources.filter((s) => s.iso6393 === code && s.sentences.length > 0)
    const rates = new Map<string, Rate>()
    for (const source of own) {
      for (const [f, n] of sentenceCounts(source.sentences, script)) {
        const entry = rates.get(f) ?? { rate: 0, sources: 0 }
        entry.rate += n / source.sentences.length / own.length
        entry.sources++
        rates.set(f, entry)
      }
    }
    return rates
  })
}

/**
 * Feature weights of a pair from labelled sources.
 *
 * With `byRegister`, the two languages are compared within each register both have (news with news, informal
 * with informal, see `SourceFile.register`) and a feature's weight is the mean of its log-ratios over the
 * registers where either language shows it: `kepada` is as common in Indonesian news as in Malay news, and
 * only looked Malay because Malay had more formal sources than Indonesian; `gak` is evidence wherever it
 * occurs, not diluted by the registers where neither language writes it.
 * @param sources Source files (those of other languages are ignored).
 * @param languages The pair; positive weights favour the first.
 * @param script Script of the pair (`Latn`).
 * @param options Selection thresholds.
 * @returns Feature → weight, sorted by feature.
 */
export function pairFeatureWeights(
  sources: readonly SourceFile[],
  languages: readonly string[],
  script: string,
  options: Readonly<PairFeatureOptions> = PAIR_FEATURE_OPTIONS,
): Record<string, number> {
  const own = sources.filter((s) => languages.includes(s.iso6393))
  const overall = languageRates(own, languages, script)
  const total = new Map<string, number>()
  for (const source of own) for (const [f, n] of sentenceCounts(source.sentences, script)) total.set(f, (total.get(f) ?? 0) + n)
  const registers = [...new Set(own.map((s) => s.register))]
    .sort()
    .filter((register) => languages.every((code) => own.some((s) => s.iso6393 === code && s.register === register)))
  const byRegister = options.byRegister && registers.length > 0 ? registers.map((register) => languageRates(own.filter((s) => s.register === register), languages, script)) : [overall]
  const logRatio = (a: Rate | undefined, b: Rate | undefined): number => Math.log(((a?.rate ?? 0) + RATE_FLOOR) / ((b?.rate ?? 0) + RATE_FLOOR))
  const weights: Record<string, number> = {}
  for (const f of [...total.keys()].sort()) {
    if ((total.get(f) ?? 0) < options.minSentences) continue
    let sum = 0
    let shown = 0
    for (const [a, b] of byRegister) {
      if (a?.has(f) !== true && b?.has(f) !== true) continue
      sum += logRatio(a?.get(f), b?.get(f))
      shown++
    }
    const weight = shown === 0 ? 0 : sum / shown
    const support = (weight > 0 ? overall[0] : overall[1])?.get(f)?.sources ?? 0
    if (Math.abs(weight) >= options.minWeight && support >= options.minSources) weights[f] = Math.round(weight * 1000) / 1000
  }
  return weights
}

/** One held-out prediction: profile log-odds, feature score, truth, and the weight of its source. */
export interface PairSample {
  /** Held-out source (`zsm.news-articles`). */
  source: string
  /** Profile log-odds, first against second language. */
  profile: number
  /** Feature score. */
  score: number
  /** `1` when the sentence is in the first language. */
  truth: 0 | 1
}

/** Profile scorers of the pair built without one source name, kept for repeated calls with other options. */
const scorers = new Map<string, ReturnType<typeof createProfileScorer>>()

function profileScorerWithout(own: readonly SourceFile[], name: string): ReturnType<typeof createProfileScorer> {
  const key = `${own.map((s) => `${s.iso6393}.${s.source}:${s.sentences.length}`).join(',')}-${name}`
  let scorer = scorers.get(key)
  if (scorer === undefined) scorers.set(key, (scorer = createProfileScorer(buildProfiles(bySourceLanguage(own.filter((s) => s.source !== name))))))
  return scorer
}

function evenly<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items]
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T)
}

/**
 * Held-out predictions: for each source name of the pair, profiles and feature weights built without it score
 * its sentences.
 * @param sources Source files.
 * @param languages The pair.
 * @param script Script of the pair.
 * @param options Feature selection thresholds.
 * @returns One sample per scored sentence.
 */
export function heldOutPairSamples(
  sources: readonly SourceFile[],
  languages: readonly string[],
  script: string,
  options: Readonly<PairFeatureOptions> = PAIR_FEATURE_OPTIONS,
): PairSample[] {
  const own = sources.filter((s) => languages.includes(s.iso6393))
  const samples: PairSample[] = []
  for (const name of [...new Set(own.map((s) => s.source))].sort()) {
    const rest = own.filter((s) => s.source !== name)
    const scorer = profileScorerWithout(own, name)
    const features = pairFeatureWeights(rest, languages, script, options)
    for (const held of own.filter((s) => s.source === name)) {
      for (const sentence of evenly(held.sentences, FIT_SENTENCES)) {
        const text = scriptText(sentence, script)
        const posterior = scorer(text, [...languages])
        const p = posterior.get(languages[0] ?? '') ?? 0.5
        const q = posterior.get(languages[1] ?? '') ?? 0.5
        const profile = Math.max(-700, Math.min(700, Math.log(p) - Math.log(q)))
        samples.push({ source: `${held.iso6393}.${held.source}`, profile, score: pairScore(text, { features }), truth: held.iso6393 === languages[0] ? 1 : 0 })
      }
    }
  }
  return samples
}

/**
 * Fit `bias + a × profile + b × score` by logistic regression (gradient descent, each language weighted alike
 * and each source alike within its language, a little L2 regularisation).
 * @param samples Held-out predictions.
 * @returns The three coefficients.
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
  const clip = (x: number): number => Math.max(-30, Math.min(30, x))
  let bias = 0
  let a = 0.5
  let b = 0.5
  const rate = 0.05
  const l2 = 1e-3
  for (let step = 0; step < 3000; step++) {
    let g0 = 0
    let ga = 0
    let gb = 0
    for (const s of samples) {
      const x1 = clip(s.profile)
      const x2 = clip(s.score)
      const p = 1 / (1 + Math.exp(-(bias + a * x1 + b * x2)))
      const e = (p - s.truth) * weightOf(s)
      g0 += e
      ga += e * x1
      gb += e * x2
    }
    bias -= rate * g0
    a -= rate * (ga + l2 * a)
    b -= rate * (gb + l2 * b)
  }
  const round = (x: number): number => Math.round(x * 10_000) / 10_000
  return { bias: round(bias), profileWeight: round(a), featureWeight: round(b) }
}

/**
 * Train a pair discriminator: feature weights from every source, the combination from held-out predictions.
 * @param sources Source files.
 * @param languages The pair.
 * @param script Script of the pair.
 * @returns The discriminator and the held-out predictions it was fitted on (for the calibration report).
 */
export function trainPair(sources: readonly SourceFile[], languages: readonly string[], script: string): { pair: PairDiscriminatorData; samples: PairSample[] } {
  const samples = heldOutPairSamples(sources, languages, script)
  const combination = fitPairCombination(samples)
  return { pair: { languages: [...languages], features: pairFeatureWeights(sources, languages, script), ...combination }, samples }
}
