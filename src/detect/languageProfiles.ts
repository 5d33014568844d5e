import { NGRAM_ORDERS, textWords } from './ngrams.js'
import { toFrancCode } from './languageCodes.js'
import type { TrigramModels } from './francRanking.js'
import { textNgramNodes } from './ngramTrie.js'
import { buildPosteriorTables, distinctFeatureRows, likelihoodSums, wordKnownBy, tableColumns, type PosteriorTables } from './posteriorTables.js'
import { readFileSync } from 'node:fs'
import { codePointTest } from '../util/codePointCounter.js'
import { lightProfiles } from './lightProfiles.js'
import type { PairDiscriminatorData } from './pairDiscriminator.js'

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
  /**
   * The language's 300 most frequent character trigrams in franc's model format (`|`-joined, most frequent first),
   * scored in franc's ranking instead of franc's own model (absent: franc's model; see {@link profileTrigramModels}).
   */
  trigrams?: string | undefined
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
  /** Discriminators between close pairs of profiled languages (absent in older files: none). */
  pairs?: PairDiscriminatorData[] | undefined
}

/** Smoothing and weights of the profile models (see {@link createProfileScorer}). */
export interface ProfileModelOptions {
  /** Additive (Lidstone) smoothing of character n-gram counts. */
  charAlpha: number
  /** Additive smoothing of word unigram and bigram counts. */
  wordAlpha: number
  /**
   * Weight of the word model against the character model. Words separate close languages that share
   * most of their character n-grams (Malay `bahawa`, `daripada`, `boleh` against Indonesian `bahwa`,
   * `dari`, `bisa`), as in the DSL shared tasks.
   */
  wordWeight: number
  /**
   * Share of a language's own counts in its character model; the rest is a background model shared by
   * all profiles (the mean of their distributions). Jelinek–Mercer interpolation: an n-gram a language
   * never showed costs it what the background says it costs any language, not less the more text the
   * language was trained on, so profiles trained on very different amounts of text stay comparable.
   * At `1` a language's own n-grams keep their additive-smoothed probability, and an n-gram it never showed
   * costs it the mean unseen probability of all profiles (still the same for every language).
   */
  charLambda: number
  /** The same share for the word model. */
  wordLambda: number
}

/**
 * The settings used by {@link profilePosterior}, chosen by cross-validation inside the training half
 * (`scripts/langid/tune.ts`), never on the held-out sentences.
 */
export const PROFILE_MODEL_OPTIONS: Readonly<ProfileModelOptions> = { charAlpha: 0.03, wordAlpha: 0.003, wordWeight: 2, charLambda: 1, wordLambda: 1 }

/** A scorer over a set of profiles: language posterior of a text (see {@link profilePosterior}). */
export type ProfileScorer = (text: string, languages: readonly string[]) => Map<string, number>

/**
 * Build the naive-Bayes models of a profiles file and return a scorer over them.
 * @param data Profiles (as in `profiles.json`).
 * @param options Smoothing and weights.
 * @returns The scorer.
 */
export function createProfileScorer(data: LanguageProfilesData, options: Readonly<ProfileModelOptions> = PROFILE_MODEL_OPTIONS): ProfileScorer {
  const tables = buildTables(data, options)
  return (text, languages) => posterior(tables, options, text, languages)
}

function buildTables(data: LanguageProfilesData, options: Readonly<ProfileModelOptions>): PosteriorTables {
  return buildPosteriorTables(data.languages, options, (word, count) => count >= KNOWN_WORD_MIN_COUNT && !word.includes(' '))
}

/**
 * A word belongs to a language's known vocabulary (see {@link knownWords}) once its (source-weighted) count in
 * the training sentences reaches this: a word seen once or twice is as likely a quoted English term in
 * code-mixed text (`pasting`, `console`) as a word of the language, and English sentences made of such words
 * were taken for Indonesian (27 of 518 English interface strings when every word counted, 2 at this threshold).
 */
const KNOWN_WORD_MIN_COUNT = 5

/**
 * The profiles in use, read on first use: the shipped `profiles.json` (next to this module in the sources, in
 * `dist/profiles/` in the package, read rather than imported: a thread that never detects a language never holds
 * them), unless {@link useProfileData} replaced them. Kept whole only until their tables are built; after that the
 * thread keeps the tables and {@link lightProfiles} of the file (letters, trigrams, pair discriminators).
 */
let source: LanguageProfilesData | undefined

/** The profiles in use without their n-gram and word counts (`undefined`: not read yet). */
let light: LanguageProfilesData | undefined

/** The tables of the profiles in use (`undefined`: not built yet). */
let tables: PosteriorTables | undefined

/** The profiles given to {@link useProfileData}, if any. */
let replaced: LanguageProfilesData | undefined

function readProfiles(): LanguageProfilesData {
  return replaced ?? (JSON.parse(readFileSync(new URL('./profiles/profiles.json', import.meta.url), 'utf8')) as LanguageProfilesData)
}

/** The profiles in use, without their n-gram and word counts (those are in the tables). */
function currentProfiles(): LanguageProfilesData {
  if (light === undefined) {
    source = readProfiles()
    light = lightProfiles(source)
  }
  return light
}

function load(): PosteriorTables {
  if (tables === undefined) {
    currentProfiles()
    tables = buildTables(source ?? readProfiles(), PROFILE_MODEL_OPTIONS)
    source = undefined
  }
  return tables
}

/** Forget everything derived from the profiles in use. */
function forgetDerived(): void {
  source = undefined
  light = undefined
  tables = undefined
  inventories = undefined
  letterUsers = undefined
  evidenceCache = []
  trigramModels = undefined
}

/**
 * The models of the profiles in use as another thread can adopt them ({@link adoptProfileModels}): the tables in
 * shared memory, and the rest of the profiles as UTF-8 JSON in shared memory too, so sending them with every task
 * of a pool costs no copy. Built here unless this thread holds them already; not kept when built for others.
 */
export interface SharedProfileModels {
  /** Tells one build from another (a thread adopts each once). */
  id: string
  /** The tables. */
  tables: PosteriorTables
  /** {@link lightProfiles} of the profiles, as UTF-8 JSON. */
  light: Uint8Array
}

let shareCount = 0

/**
 * The models of the profiles in use, for worker threads (see {@link SharedProfileModels}).
 * @returns The models, in shared memory.
 */
export function shareProfileModels(): SharedProfileModels {
  const data = tables === undefined ? (source ?? readProfiles()) : undefined
  const built = tables ?? buildTables(data!, PROFILE_MODEL_OPTIONS)
  const json = new TextEncoder().encode(JSON.stringify(light ?? lightProfiles(data!)))
  const bytes = new Uint8Array(typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(json.length) : new ArrayBuffer(json.length))
  bytes.set(json)
  return { id: `${process.pid}:${++shareCount}:${built.codes.join(',')}`, tables: built, light: bytes }
}

let adopted: string | undefined

/**
 * Use models built by another thread ({@link shareProfileModels}) for every detection in this thread, instead of
 * reading and building the profiles here. Adopting the same models again does nothing.
 * @param shared The models.
 */
export function adoptProfileModels(shared: SharedProfileModels): void {
  if (adopted === shared.id) return
  forgetDerived()
  replaced = undefined
  tables = shared.tables
  light = JSON.parse(new TextDecoder().decode(shared.light)) as LanguageProfilesData
  adopted = shared.id
}

/**
 * Replace the profiles every detection uses, or restore the shipped ones. For evaluation: the
 * leave-one-source-out run of `scripts/eval-langid.ts` detects each held-out source with profiles built
 * without it. Not part of the public API.
 * @param data Profiles (as in `profiles.json`); `undefined` restores `profiles.json`.
 */
export function useProfileData(data?: LanguageProfilesData): void {
  forgetDerived()
  replaced = data
  adopted = undefined
}

let trigramModels: TrigramModels | undefined

/**
 * The trigram models franc's ranking uses instead of its own for the profiled languages that have one (see
 * {@link LanguageProfileData.trigrams}): franc's models come from one short text per language (the Universal
 * Declaration of Human Rights), ours from the training sentences of several registers, so that a language we
 * trained is ranked on its own writing against the languages we did not.
 * @returns franc code → model, one object per profiles in use (see {@link useProfileData}).
 */
export function profileTrigramModels(): TrigramModels {
  if (trigramModels !== undefined) return trigramModels
  const models: Record<string, string> = {}
  for (const [code, profile] of Object.entries(currentProfiles().languages)) if (profile.trigrams !== undefined) models[toFrancCode(code)] = profile.trigrams
  trigramModels = models
  return models
}

/**
 * Word features of a text for the word model: its words and each pair of adjacent words
 * (`"bahasa melayu"`), as counted by the profile builder.
 * @param text Text in one script (see `scriptText`).
 * @returns Unigrams then bigrams, with repetitions.
 */
export function wordFeatures(text: string): string[] {
  const words = textWords(text)
  const features = [...words]
  for (let i = 0; i + 1 < words.length; i++) features.push(`${words[i] ?? ''} ${words[i + 1] ?? ''}`)
  return features
}

/**
 * The discriminators between close pairs of the profiles in use (see `discriminatePairs`).
 * @returns The discriminators, empty when the profiles file has none.
 */
export function profilePairs(): readonly PairDiscriminatorData[] {
  return currentProfiles().pairs ?? []
}

/**
 * ISO 639-3 codes that have a trained n-gram profile.
 * @returns The codes, in file order.
 */
export function profiledLanguages(): string[] {
  return [...load().codes]
}

/** {@link profiledSet} of each set of tables in use (one per profiles, see {@link useProfileData}). */
const profiledSets = new WeakMap<PosteriorTables, ReadonlySet<string>>()

/**
 * The codes of {@link profiledLanguages} as a set, the same object detection after detection while the same profiles
 * are in use (a new one after {@link useProfileData} or {@link adoptProfileModels}).
 * @returns ISO 639-3 codes that have a trained n-gram profile.
 */
export function profiledSet(): ReadonlySet<string> {
  const current = load()
  let set = profiledSets.get(current)
  if (set === undefined) profiledSets.set(current, (set = new Set(current.codes)))
  return set
}

/**
 * Letters seen in a language's training sentences (its character unigrams).
 * @param code ISO 639-3 code.
 * @returns The lower-cased letters, empty when the language has no profile.
 */
export function profileLetters(code: string): Set<string> {
  const profile = currentProfiles().languages[code]
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
  for (const [code, inventory] of Object.entries(currentProfiles().letters ?? {})) {
    inventories.set(code, { all: new Set(inventory.all), common: new Set(inventory.common) })
  }
  return inventories
}

/**
 * Letter evidence against each candidate: how many distinct letters of the text the candidate never
 * uses (not in its inventory) although another candidate commonly does (so a letter no candidate
 * knows, such as a typo, counts against none). Kazakh `қ ғ ұ і` thus count against Kyrgyz, Tatar and
 * Russian, Russian `ы э` against Ukrainian and Serbian. For languages without training text the inventory
 * comes from franc's 300 trigrams and misses rare letters, so there only distinctive letters (used by fewer
 * than half the candidates, or half of two) beyond ASCII count.
 * @param text Text in one script (see `scriptText`).
 * @param languages ISO 639-3 codes to compare; those without an inventory get `0`.
 * @returns Language → number of foreign letters (each weighted {@link PARTIAL_INVENTORY_WEIGHT} for an inventory from franc alone).
 */
export function foreignLetters(text: string, languages: readonly string[]): Map<string, number> {
  const all = loadInventories()
  const letters = distinctLetters(text.normalize('NFC').toLowerCase())
  // A letter's evidence depends only on the letter and the set of candidates: it is worked out once per letter
  // and candidate set (the candidates of a script are the same list, in another order, text after text). Each
  // piece of evidence is 1 or ½, so the sums are exact in any order.
  const evidence = candidateEvidence(languages)
  const foreign = new Map<string, number>()
  for (const letter of letters) {
    for (const [code, weight] of evidence.of(letter)) foreign.set(code, (foreign.get(code) ?? 0) + weight)
  }
  const result = new Map<string, number>()
  for (const code of languages) result.set(code, all.has(code) ? (foreign.get(code) ?? 0) : 0)
  return result
}

/** The letter evidence of one set of candidates, filled letter by letter. */
interface CandidateEvidence {
  /** Candidate → its number. */
  index: Map<string, number>
  /** Evidence a letter gives: the candidates it counts against, each with its weight. */
  of: (letter: string) => Array<[string, number]>
}

/** Candidate sets met so far (a handful: one per script and candidate list), newest last. */
let evidenceCache: CandidateEvidence[] = []
let stamp = new Uint32Array(0)
let stampRound = 0

function candidateEvidence(languages: readonly string[]): CandidateEvidence {
  for (const entry of evidenceCache) if (sameSet(entry.index, languages)) return entry
  const index = new Map<string, number>()
  for (const code of languages) if (!index.has(code)) index.set(code, index.size)
  const entry = newEvidence(languages, index)
  // Only a list without repeats can be matched by set later (see `sameSet`).
  if (index.size === languages.length) evidenceCache = [...evidenceCache.slice(-(EVIDENCE_CACHE_SIZE - 1)), entry]
  return entry
}

/** Candidate sets kept (one per script and candidate list is what a run meets). */
const EVIDENCE_CACHE_SIZE = 16

/** Whether `languages` lists each code of `index` exactly once and nothing else. */
function sameSet(index: Map<string, number>, languages: readonly string[]): boolean {
  if (index.size !== languages.length) return false
  if (stamp.length < index.size) stamp = new Uint32Array(Math.max(index.size, 2 * stamp.length))
  stampRound = (stampRound + 1) >>> 0
  if (stampRound === 0) {
    stamp.fill(0)
    stampRound = 1
  }
  for (const code of languages) {
    const i = index.get(code)
    if (i === undefined || stamp[i] === stampRound) return false
    stamp[i] = stampRound
  }
  return true
}

function newEvidence(languages: readonly string[], index: Map<string, number>): CandidateEvidence {
  const all = loadInventories()
  // Most letters of a text are in most inventories: each letter's few lacking inventories are listed once per
  // process, so a letter costs the candidates lacking it, not every candidate.
  const listed = new Map<string, number>()
  let known = 0
  for (const code of languages) {
    listed.set(code, (listed.get(code) ?? 0) + 1)
    if (all.has(code)) known++
  }
  // A letter's lacking inventories, among the candidates: from the shorter of its lacking list and the candidates.
  const lackingCandidates = (letter: string): string[] => {
    const lacking = lackingLetter(letter)
    if (lacking.length <= listed.size) return lacking.filter((code) => listed.has(code))
    const result: string[] = []
    for (const code of listed.keys()) if (all.get(code)?.all.has(letter) === false) result.push(code)
    return result
  }
  const trained = tableColumns(load())
  const byLetter = new Map<string, Array<[string, number]>>()
  const of = (letter: string): Array<[string, number]> => {
    let found = byLetter.get(letter)
    if (found !== undefined) return found
    const codes = lackingCandidates(letter)
    let lacking = 0
    for (const code of codes) lacking += listed.get(code) ?? 0
    // Only distinctive letters are evidence: a letter most candidates use (Latin `z`, Cyrillic `ф`) missing from
    // one inventory says more about that inventory (franc's 300 trigrams miss rare letters) than about the text.
    const distinctive = known > 0 && (known - lacking) / known <= DISTINCTIVE_SHARE
    found = []
    for (const code of codes) {
      // An inventory learned from our training text is complete; one from franc's trigrams only for distinctive letters.
      const complete = trained.has(code)
      // franc's 300 trigrams of a Latin-script language often lack a plain letter (`x`, `q`) the language uses:
      // only letters beyond ASCII (diacritics, other scripts) are evidence against an inventory that partial.
      if (!complete && (!distinctive || ASCII_LETTER.test(letter))) continue
      if (commonLetter(letter).some((other) => other !== code && listed.has(other))) found.push([code, complete ? 1 : PARTIAL_INVENTORY_WEIGHT])
    }
    byLetter.set(letter, found)
    return found
  }
  return { index, of }
}

/** Per letter: the languages whose inventory lacks it, and those that commonly use it (filled as letters are met). */
let letterUsers: { lacking: Map<string, string[]>; common: Map<string, string[]> } | undefined

function lackingLetter(letter: string): string[] {
  letterUsers ??= { lacking: new Map(), common: new Map() }
  let codes = letterUsers.lacking.get(letter)
  if (codes === undefined) {
    codes = []
    for (const [code, inventory] of loadInventories()) if (!inventory.all.has(letter)) codes.push(code)
    letterUsers.lacking.set(letter, codes)
  }
  return codes
}

function commonLetter(letter: string): string[] {
  letterUsers ??= { lacking: new Map(), common: new Map() }
  let codes = letterUsers.common.get(letter)
  if (codes === undefined) {
    codes = []
    for (const [code, inventory] of loadInventories()) if (inventory.common.has(letter)) codes.push(code)
    letterUsers.common.set(letter, codes)
  }
  return codes
}

/** Whether a code point is a letter (`\p{L}`), each tested once per process. */
const isLetter = codePointTest(/^\p{L}$/u)

/** The distinct letters of a text, as strings of one code point, in order of first sight. */
function distinctLetters(text: string): Set<string> {
  const points = new Set<number>()
  for (let i = 0; i < text.length; ) {
    const point = text.codePointAt(i)!
    i += point > 0xffff ? 2 : 1
    if (isLetter(point)) points.add(point)
  }
  const letters = new Set<string>()
  for (const point of points) letters.add(String.fromCodePoint(point))
  return letters
}

const ASCII_LETTER = /^[a-z]$/

/**
 * Weight of a letter missing from an inventory known only from franc's 300 trigrams: such an inventory
 * misses letters its language uses (Bulgarian text lost to Russian on `ю` or `щ` absent from the trigrams),
 * so the absence is weak evidence, not the near proof a missing letter is for a language we trained.
 */
const PARTIAL_INVENTORY_WEIGHT = 0.5

/** A letter used by more than this share of the candidates is not distinctive (see {@link foreignLetters}). */
const DISTINCTIVE_SHARE = 0.5

/** Fewest letters of a word that counts in {@link knownWords}. */
const KNOWN_WORD_MIN_LETTERS = 3

/**
 * How many of a text's words the training sentences of some of the given languages contain at least
 * {@link KNOWN_WORD_MIN_COUNT} times.
 * @param text Text in one script (see `scriptText`).
 * @param languages ISO 639-3 codes; those without a profile are ignored.
 * @returns Known and total word counts (with repetitions; unknown capitalised words, likely names, and words of fewer
 *   than three letters are left out).
 */
export function knownWords(text: string, languages: readonly string[]): { known: number; total: number } {
  const all = load()
  const column = tableColumns(all)
  const chosen = languages.map((code) => column.get(code)).filter((c): c is number => c !== undefined)
  const verdicts = wordVerdicts(all, chosen)
  const value = text.normalize('NFC')
  let known = 0
  let total = 0
  // The words: runs of letters and marks (the pieces `split(/[^\p{L}\p{M}]+/u)` gives that are not empty).
  for (let i = 0, start = -1, points = 0; i <= value.length; ) {
    const point = i < value.length ? value.codePointAt(i)! : -1
    const end = i
    i += point > 0xffff ? 2 : 1
    if (point >= 0 && isWordLetter(point)) {
      if (start < 0) [start, points] = [end, 0]
      points++
      continue
    }
    if (start < 0) continue
    const token = value.slice(start, end)
    start = -1
    // Words of one or two letters (`a`, `as`, `di`, `ke`) are written alike in too many languages to say which.
    if (points < KNOWN_WORD_MIN_LETTERS) continue
    let verdict = verdicts.get(token)
    if (verdict === undefined) {
      const word = token.toLowerCase()
      verdict = wordKnownBy(all, word, chosen) ? KNOWN : token[0] === word[0] ? UNKNOWN : NAME
      if (verdicts.size >= VERDICT_CACHE_SIZE) verdicts.clear()
      verdicts.set(token, verdict)
    }
    if (verdict === KNOWN) known++
    // An unknown capitalised word is most likely a name (`Jarvis`, `Mulholland`): no evidence either way.
    if (verdict !== NAME) total++
  }
  return { known, total }
}

/** Whether a code point is a letter or mark (`[\p{L}\p{M}]`), each tested once per process. */
const isWordLetter = codePointTest(/^[\p{L}\p{M}]$/u)

/** A word's verdict in {@link knownWords}: known to some language, unknown, or an unknown capitalised word (a name). */
const KNOWN = 0
const UNKNOWN = 1
const NAME = 2

/** Most words whose verdicts are kept per set of languages (cleared when full: a run meets a few such sets). */
const VERDICT_CACHE_SIZE = 1 << 16

/** Verdicts of the words met so far, per tables and set of columns (a script's profiled languages, text after text). */
const verdictCaches = new WeakMap<PosteriorTables, Map<string, Map<string, number>>>()

/** The verdicts of {@link knownWords} for one set of columns of the tables (the same answer for the same word and set). */
function wordVerdicts(tables: PosteriorTables, chosen: readonly number[]): Map<string, number> {
  let bySet = verdictCaches.get(tables)
  if (bySet === undefined) verdictCaches.set(tables, (bySet = new Map()))
  const key = [...chosen].sort((a, b) => a - b).join(',')
  let verdicts = bySet.get(key)
  if (verdicts === undefined) bySet.set(key, (verdicts = new Map()))
  return verdicts
}

/**
 * Posterior probability of each language given a text, under the character n-gram profiles and
 * the word unigram profiles (multinomial naive Bayes with a uniform prior). The character
 * log-likelihood is divided by the number of n-gram orders, because the overlapping n-grams of one
 * position are not independent evidence; the word log-likelihood (unigrams and bigrams, see {@link wordFeatures}) is added with weight
 * `PROFILE_MODEL_OPTIONS.wordWeight`.
 * @param text Text in one script (see `scriptText`).
 * @param languages ISO 639-3 codes to compare; those without a profile are ignored.
 * @returns Language → probability (summing to 1), empty when fewer than two languages have a profile
 *   or the text has no letters.
 */
export function profilePosterior(text: string, languages: readonly string[]): Map<string, number> {
  return posterior(load(), PROFILE_MODEL_OPTIONS, text, languages)
}

function posterior(tables: PosteriorTables, options: Readonly<ProfileModelOptions>, text: string, languages: readonly string[]): Map<string, number> {
  const column = tableColumns(tables)
  const chosen = languages.filter((code) => column.has(code))
  const result = new Map<string, number>()
  if (chosen.length < 2) return result
  const grams = textNgramNodes(tables.trie, text)
  // Each distinct word feature counts once: a topic word repeated through a paragraph (a customer-service
  // article says `pelanggan` ten times) would otherwise outweigh everything else on the strength of
  // one accident of the training sample.
  if (grams.length === 0) return result
  // Every sum runs over the n-grams in text order (the same floating-point result as a lookup per n-gram).
  const sums = likelihoodSums(tables, grams, distinctFeatureRows(tables, textWords(text)), chosen)
  const scores: number[] = []
  for (let j = 0; j < chosen.length; j++) scores.push(sums.ngrams[j]! / NGRAM_ORDERS.length + options.wordWeight * sums.words[j]!)
  const max = Math.max(...scores)
  let z = 0
  for (const s of scores) z += Math.exp(s - max)
  chosen.forEach((code, i) => result.set(code, Math.exp((scores[i] ?? -Infinity) - max) / z))
  return result
}
