/**
 * Count character n-gram and word profiles and letter inventories from labelled sentences
 * (data/langid/sources/). Only languages that share their script with another language franc knows get a
 * profile (a Khmer profile would never be consulted). Used by `scripts/build-langid-profiles.ts` and by
 * the cross-validation in `scripts/langid/tune.ts`.
 */
import { data as francData } from 'franc/data.js'
import { scriptLanguages } from '../../src/detect/data/scriptLanguages.js'
import { detectScript } from '../../src/detect/detectScript.js'
import { fromFrancCode, toFrancCode } from '../../src/detect/languageCodes.js'
import { textNgrams } from '../../src/detect/ngrams.js'
import { scriptText } from '../../src/detect/scriptText.js'
import { wordFeatures } from '../../src/detect/languageProfiles.js'
import type { LanguageProfilesData, LetterInventory } from '../../src/detect/languageProfiles.js'
import type { LabelledSentences } from './corpus.js'
import { udhrLetters } from './udhrLetters.js'

/** N-grams and word features whose (source-weighted) count in a language is below this are dropped, except unigrams. */
const MIN_COUNT = 1

/**
 * A letter makes up at least this share of a language's training letters to count as one of its
 * common letters (rarer ones may be loanwords or typos; see `LetterInventory.common`).
 */
const COMMON_LETTER_SHARE = 0.001

/** franc's letters, read once per process (every leave-one-source-out fold asks for them). */
let francLetterSets: Map<string, Set<string>> | undefined

/** The letters of franc's trigram model of each language (franc code → letters), by script name. */
function francLetters(): Map<string, Set<string>> {
  if (francLetterSets !== undefined) return francLetterSets
  const letters = new Map<string, Set<string>>()
  francLetterSets = letters
  for (const languages of Object.values(francData as Record<string, Record<string, string>>)) {
    for (const [code, trigrams] of Object.entries(languages)) {
      const set = letters.get(code) ?? new Set<string>()
      for (const char of trigrams.normalize('NFC').toLowerCase()) if (/\p{L}/u.test(char)) set.add(char)
      letters.set(code, set)
    }
  }
  return letters
}

/** Trigrams in a model for franc's ranking (as many as franc's own models have). */
const TRIGRAM_MODEL_SIZE = 300

/**
 * Fewest registers a language's training sentences span for its trigram model to replace franc's: the most
 * frequent trigrams of one register are that register's words (`файл`, `почта` in interface strings).
 */
const TRIGRAM_MODEL_MIN_REGISTERS = 2

/**
 * A language's most frequent (source-weighted) character trigrams in franc's model format, most frequent first
 * (ties in code-point order), or `undefined` when its sentences span fewer than {@link TRIGRAM_MODEL_MIN_REGISTERS}
 * registers.
 */
function trigramModel(counts: ReadonlyMap<string, number>, registers: number): string | undefined {
  if (registers < TRIGRAM_MODEL_MIN_REGISTERS) return undefined
  const trigrams = [...counts].filter(([gram]) => [...gram].length === 3)
  trigrams.sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
  return trigrams.slice(0, TRIGRAM_MODEL_SIZE).map(([gram]) => gram).join('|')
}

/** Counts of one source's sentences. */
interface SourceCounts {
  grams: Map<string, number>
  words: Map<string, number>
  gramTotal: number
  wordTotal: number
}

/**
 * Counts already made, by sentence list and script: the leave-one-source-out evaluation builds the profiles
 * once per source from the same lists, and counting is most of the build time.
 */
const counted = new WeakMap<readonly string[], Map<string, SourceCounts>>()

/** Character n-gram and word counts of one source's sentences, in one script. */
function countSource(sentences: readonly string[], script: string): SourceCounts {
  const known = counted.get(sentences)?.get(script)
  if (known !== undefined) return known
  const grams = new Map<string, number>()
  const words = new Map<string, number>()
  let gramTotal = 0
  let wordTotal = 0
  for (const sentence of sentences) {
    const kept = scriptText(sentence, script)
    for (const gram of textNgrams(kept)) {
      grams.set(gram, (grams.get(gram) ?? 0) + 1)
      gramTotal++
    }
    for (const word of wordFeatures(kept)) {
      words.set(word, (words.get(word) ?? 0) + 1)
      wordTotal++
    }
  }
  const counts = { grams, words, gramTotal, wordTotal }
  counted.set(sentences, new Map([...(counted.get(sentences) ?? new Map<string, SourceCounts>()), [script, counts]]))
  return counts
}

/**
 * Count the profiles and letter inventories of labelled sentences.
 * @param corpus Sentences per language; `train` and `extra` are read (each list weighted as one source).
 * @param log Called with one line per profiled language.
 * @returns The profiles file's content.
 */
export function buildProfiles(corpus: readonly LabelledSentences[], log: (line: string) => void = () => undefined): LanguageProfilesData {
  const letters: Record<string, LetterInventory> = {}
  const data: LanguageProfilesData = {
    version: 1,
    source: 'data/langid/sources/*.txt; see data/langid/README.md',
    languages: {},
    letters,
  }
  /** Scripts that have at least one profiled language: their languages all get a letter inventory. */
  const profiledScripts = new Set<string>()
  const trainLetters = new Map<string, Map<string, number>>()
  for (const { iso6393, train, extra } of corpus) {
    const script = detectScript([...train, ...extra.flatMap((e) => e.sentences)].join(' ')).script
    const neighbours = scriptLanguages[script] ?? []
    if (neighbours.length < 2 || !neighbours.includes(toFrancCode(iso6393))) continue
    // Each source (each file of data/langid/sources/) is counted on its own, then weighted so that every
    // register carries the same share of the language's total, and every source the same share of its register's:
    // a large file of one register (subtitles) must not make the other registers look foreign to the language.
    // Registers weigh alike too: a language with four informal sources and two formal ones would otherwise
    // make its formal text look like the other language's.
    const labelled = [{ sentences: train, register: '' }, ...extra.map((e) => ({ sentences: e.sentences, register: e.register ?? e.source }))].filter(
      ({ sentences }) => sentences.length > 0,
    )
    const sources = labelled.map(({ sentences }) => sentences)
    const inRegister = new Map<string, number>()
    for (const { register } of labelled) inRegister.set(register, (inRegister.get(register) ?? 0) + 1)
    const share = labelled.map(({ register }) => 1 / (inRegister.size * (inRegister.get(register) ?? 1)))
    const perSource = sources.map((sentences) => countSource(sentences, script))
    const total = perSource.reduce((sum, p) => sum + p.gramTotal, 0)
    const wordTotal = perSource.reduce((sum, p) => sum + p.wordTotal, 0)
    const counts = new Map<string, number>()
    const wordCounts = new Map<string, number>()
    for (const [i, p] of perSource.entries()) {
      const weight = p.gramTotal > 0 ? (total * (share[i] ?? 0)) / p.gramTotal : 0
      for (const [gram, n] of p.grams) counts.set(gram, (counts.get(gram) ?? 0) + n * weight)
      const wordWeight = p.wordTotal > 0 ? (wordTotal * (share[i] ?? 0)) / p.wordTotal : 0
      for (const [word, n] of p.words) wordCounts.set(word, (wordCounts.get(word) ?? 0) + n * wordWeight)
    }
    for (const [key, n] of counts) counts.set(key, Math.round(n * 1000) / 1000)
    for (const [key, n] of wordCounts) wordCounts.set(key, Math.round(n * 1000) / 1000)
    const sentenceCount = sources.reduce((sum, sentences) => sum + sentences.length, 0)
    const letterCounts = new Map<string, number>()
    for (const [gram, n] of counts) if ([...gram].length === 1 && /\p{L}/u.test(gram)) letterCounts.set(gram, n)
    trainLetters.set(iso6393, letterCounts)
    profiledScripts.add(script)
    const ngrams: Record<string, number> = {}
    for (const [gram, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (n >= MIN_COUNT || [...gram].length === 1) ngrams[gram] = n
    }
    const words: Record<string, number> = {}
    for (const [word, n] of [...wordCounts].sort(([a], [b]) => (a < b ? -1 : 1))) if (n >= MIN_COUNT) words[word] = n
    data.languages[iso6393] = { total, ngrams, wordTotal, words }
    const trigrams = trigramModel(counts, inRegister.size)
    if (trigrams !== undefined) data.languages[iso6393].trigrams = trigrams
    log(`${iso6393} (${script}): ${sentenceCount} sentences in ${sources.length} sources, ${total} n-grams, kept ${Object.keys(ngrams).length}`)
  }
  Object.assign(letters, letterInventories(profiledScripts, trainLetters))
  return data
}

/**
 * The letter inventory of every language of the scripts that have a profiled language: for a trained language the
 * letters of franc's model and of its training sentences; for the others franc's and their declaration's (see
 * `udhrLetters`).
 * @param profiledScripts Scripts with a profiled language.
 * @param trainLetters Letter counts of each trained language's sentences (ISO 639-3 code → letter → count).
 */
function letterInventories(profiledScripts: ReadonlySet<string>, trainLetters: ReadonlyMap<string, Map<string, number>>): Record<string, LetterInventory> {
  const letters: Record<string, LetterInventory> = {}
  const fromFranc = francLetters()
  const declaredLetters = udhrLetters()
  const commonOf = (iso6393: string): string[] => {
    const seen = trainLetters.get(iso6393) ?? new Map<string, number>()
    const seenTotal = [...seen.values()].reduce((a, b) => a + b, 0)
    return [...seen].filter(([, n]) => n >= COMMON_LETTER_SHARE * seenTotal).map(([c]) => c)
  }
  // Letters a trained language commonly uses: the evaluation measures how they separate it from its untrained
  // neighbours, with those neighbours' inventories as franc has them (a language franc models in two scripts is
  // listed under both, so every trained language counts).
  const trainedCommon = new Set([...trainLetters.keys()].flatMap(commonOf))
  for (const script of [...profiledScripts].sort()) {
    for (const francCode of scriptLanguages[script] ?? []) {
      const iso6393 = fromFrancCode(francCode)
      const franc = fromFranc.get(francCode) ?? new Set<string>()
      const seen = trainLetters.get(iso6393) ?? new Map<string, number>()
      // Without training sentences of ours, the inventory is franc's, whose 300 trigrams miss letters a language uses
      // all the time (Spanish `é í ú ñ`): the declaration they were counted from has them, beside the letters of
      // the trained languages.
      const declared = seen.size > 0 ? [] : [...(declaredLetters.get(iso6393) ?? declaredLetters.get(francCode) ?? [])].filter((c) => !trainedCommon.has(c))
      const all = new Set([...franc, ...seen.keys(), ...declared])
      const common = new Set([...franc, ...commonOf(iso6393)])
      const sorted = (set: Set<string>): string => [...set].sort().join('')
      letters[iso6393] = { all: sorted(all), common: sorted(common) }
    }
  }
  return letters
}
