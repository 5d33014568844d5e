import { NGRAM_ORDERS, textNgrams } from './ngrams.js'
import profilesJson from './profiles/profiles.json' with { type: 'json' }

/** Serialised character n-gram counts of one language (see scripts/build-langid-profiles.ts). */
export interface LanguageProfileData {
  /** Sum of all n-gram counts seen in training (including those pruned from `ngrams`). */
  total: number
  /** N-gram → count, for the n-grams kept. */
  ngrams: Record<string, number>
}

/** The profiles file: one n-gram count table per ISO 639-3 code. */
export interface LanguageProfilesData {
  /** Format version. */
  version: number
  /** Where the training sentences came from. */
  source: string
  /** ISO 639-3 code → counts. */
  languages: Record<string, LanguageProfileData>
}

/** Additive smoothing of unseen n-grams. */
const ALPHA = 0.5

interface Model {
  logProb: Map<string, number>
  unseen: number
}

let models: Map<string, Model> | undefined

function load(): Map<string, Model> {
  if (models !== undefined) return models
  const data = profilesJson as LanguageProfilesData
  const vocabulary = new Set<string>()
  for (const profile of Object.values(data.languages)) for (const gram of Object.keys(profile.ngrams)) vocabulary.add(gram)
  const v = vocabulary.size + 1
  models = new Map()
  for (const [code, profile] of Object.entries(data.languages)) {
    const denominator = Math.log(profile.total + ALPHA * v)
    const logProb = new Map<string, number>()
    for (const [gram, count] of Object.entries(profile.ngrams)) logProb.set(gram, Math.log(count + ALPHA) - denominator)
    models.set(code, { logProb, unseen: Math.log(ALPHA) - denominator })
  }
  return models
}

/**
 * ISO 639-3 codes that have a trained n-gram profile.
 * @returns The codes, in file order.
 */
export function profiledLanguages(): string[] {
  return [...load().keys()]
}

/**
 * Posterior probability of each language given a text, under the character n-gram profiles
 * (multinomial naive Bayes with a uniform prior). The log-likelihood is divided by the number of
 * n-gram orders, because the overlapping n-grams of one position are not independent evidence.
 * @param text Text in one script (see `scriptText`).
 * @param languages ISO 639-3 codes to compare; those without a profile are ignored.
 * @returns Language → probability (summing to 1), empty when fewer than two languages have a profile
 *   or the text has no letters.
 */
export function profilePosterior(text: string, languages: readonly string[]): Map<string, number> {
  const all = load()
  const chosen = languages.filter((code) => all.has(code))
  const result = new Map<string, number>()
  const grams = textNgrams(text)
  if (chosen.length < 2 || grams.length === 0) return result
  const scores: number[] = []
  for (const code of chosen) {
    const model = all.get(code)
    if (model === undefined) continue
    let sum = 0
    for (const gram of grams) sum += model.logProb.get(gram) ?? model.unseen
    scores.push(sum / NGRAM_ORDERS.length)
  }
  const max = Math.max(...scores)
  let z = 0
  for (const s of scores) z += Math.exp(s - max)
  chosen.forEach((code, i) => result.set(code, Math.exp((scores[i] ?? -Infinity) - max) / z))
  return result
}
