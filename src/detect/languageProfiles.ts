import { NGRAM_ORDERS, textNgrams, textWords } from './ngrams.js'
import profilesJson from './profiles/profiles.json' with { type: 'json' }

/** Serialised character n-gram counts of one language (see scripts/build-langid-profiles.ts). */
export interface LanguageProfileData {
  /** Sum of all n-gram counts seen in training (including those pruned from `ngrams`). */
  total: number
  /** N-gram → count, for the n-grams kept. */
  ngrams: Record<string, number>
  /** Sum of all word counts seen in training (absent in older files: no word model). */
  wordTotal?: number | undefined
  /** Lower-cased word → count (see {@link textWords}). */
  words?: Record<string, number> | undefined
}

/**
 * The letters a language is known to use: those of its training sentences (when it has a profile)
 * and those of franc's trigram model, as lower-cased strings.
 */
export interface LetterInventory {
  /** Every letter seen. */
  all: string
  /** Letters of franc's model plus letters making up at least 0.1% of the training letters. */
  common: string
}

/** The profiles file: one n-gram count table per ISO 639-3 code. */
export interface LanguageProfilesData {
  /** Format version. */
  version: number
  /** Where the training sentences came from. */
  source: string
  /** ISO 639-3 code → counts. */
  languages: Record<string, LanguageProfileData>
  /**
   * ISO 639-3 code → letter inventory, for every language franc knows in a script that has a profiled
   * language (absent in older files: no letter evidence).
   */
  letters?: Record<string, LetterInventory> | undefined
}

/** Additive smoothing of unseen n-grams. */
const ALPHA = 0.5

/**
 * Weight of the word model against the character model. Words separate close languages that share
 * most of their character n-grams (Malay `bahawa`, `daripada`, `boleh` against Indonesian `bahwa`,
 * `dari`, `bisa`), as in the DSL shared tasks.
 */
const WORD_WEIGHT = 1

interface Model {
  logProb: Map<string, number>
  unseen: number
  wordLogProb: Map<string, number>
  wordUnseen: number
}

let models: Map<string, Model> | undefined

function load(): Map<string, Model> {
  if (models !== undefined) return models
  const data = profilesJson as LanguageProfilesData
  const vocabulary = new Set<string>()
  for (const profile of Object.values(data.languages)) for (const gram of Object.keys(profile.ngrams)) vocabulary.add(gram)
  const v = vocabulary.size + 1
  const wordVocabulary = new Set<string>()
  for (const profile of Object.values(data.languages)) for (const word of Object.keys(profile.words ?? {})) wordVocabulary.add(word)
  const wv = wordVocabulary.size + 1
  models = new Map()
  for (const [code, profile] of Object.entries(data.languages)) {
    const denominator = Math.log(profile.total + ALPHA * v)
    const logProb = new Map<string, number>()
    for (const [gram, count] of Object.entries(profile.ngrams)) logProb.set(gram, Math.log(count + ALPHA) - denominator)
    const wordDenominator = Math.log((profile.wordTotal ?? 0) + ALPHA * wv)
    const wordLogProb = new Map<string, number>()
    for (const [word, count] of Object.entries(profile.words ?? {})) wordLogProb.set(word, Math.log(count + ALPHA) - wordDenominator)
    models.set(code, { logProb, unseen: Math.log(ALPHA) - denominator, wordLogProb, wordUnseen: Math.log(ALPHA) - wordDenominator })
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
 * Letters seen in a language's training sentences (its character unigrams).
 * @param code ISO 639-3 code.
 * @returns The lower-cased letters, empty when the language has no profile.
 */
export function profileLetters(code: string): Set<string> {
  const profile = (profilesJson as LanguageProfilesData).languages[code]
  const letters = new Set<string>()
  if (profile === undefined) return letters
  for (const gram of Object.keys(profile.ngrams)) if ([...gram].length === 1 && gram !== ' ') letters.add(gram)
  return letters
}

/** Letter inventories by language, as sets. */
let inventories: Map<string, { all: Set<string>; common: Set<string> }> | undefined

function loadInventories(): Map<string, { all: Set<string>; common: Set<string> }> {
  if (inventories !== undefined) return inventories
  inventories = new Map()
  for (const [code, inventory] of Object.entries((profilesJson as LanguageProfilesData).letters ?? {})) {
    inventories.set(code, { all: new Set(inventory.all), common: new Set(inventory.common) })
  }
  return inventories
}

/**
 * Letter evidence against each candidate: how many distinct letters of the text the candidate never
 * uses (not in its inventory) although another candidate commonly does (so a letter no candidate
 * knows, such as a typo, counts against none). Kazakh `қ ғ ұ і` thus count against Kyrgyz, Tatar and
 * Russian, Russian `ы э` against Ukrainian and Serbian.
 * @param text Text in one script (see `scriptText`).
 * @param languages ISO 639-3 codes to compare; those without an inventory get `0`.
 * @returns Language → number of foreign letters.
 */
export function foreignLetters(text: string, languages: readonly string[]): Map<string, number> {
  const all = loadInventories()
  const result = new Map<string, number>()
  const letters = new Set<string>()
  for (const char of text.normalize('NFC').toLowerCase()) if (NON_LETTER_TEST.test(char) === false) letters.add(char)
  for (const code of languages) {
    const own = all.get(code)
    if (own === undefined) {
      result.set(code, 0)
      continue
    }
    let foreign = 0
    for (const letter of letters) {
      if (own.all.has(letter)) continue
      if (languages.some((other) => other !== code && (all.get(other)?.common.has(letter) ?? false))) foreign++
    }
    result.set(code, foreign)
  }
  return result
}

const NON_LETTER_TEST = /[^\p{L}]/u

/**
 * Posterior probability of each language given a text, under the character n-gram profiles and
 * the word unigram profiles (multinomial naive Bayes with a uniform prior). The character
 * log-likelihood is divided by the number of n-gram orders, because the overlapping n-grams of one
 * position are not independent evidence; the word log-likelihood is added with weight `WORD_WEIGHT`.
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
  const words = textWords(text)
  if (chosen.length < 2 || grams.length === 0) return result
  const scores: number[] = []
  for (const code of chosen) {
    const model = all.get(code)
    if (model === undefined) continue
    let sum = 0
    for (const gram of grams) sum += model.logProb.get(gram) ?? model.unseen
    let wordSum = 0
    if (model.wordLogProb.size > 0) for (const word of words) wordSum += model.wordLogProb.get(word) ?? model.wordUnseen
    scores.push(sum / NGRAM_ORDERS.length + WORD_WEIGHT * wordSum)
  }
  const max = Math.max(...scores)
  let z = 0
  for (const s of scores) z += Math.exp(s - max)
  chosen.forEach((code, i) => result.set(code, Math.exp((scores[i] ?? -Infinity) - max) / z))
  return result
}
