import type { LanguageGuess } from '../types.js'
import { francProbabilities, guessConfidence } from './confidence.js'
import { round4 } from '../util/stats.js'
import { scriptLanguages } from './data/scriptLanguages.js'
import { detectScript } from './detectScript.js'
import { fromFrancCode, toBcp47, toFrancCode } from './languageCodes.js'
import { majorLanguages } from './data/majorLanguages.js'
import { francRanking } from './francRanking.js'
import { foreignLetters, knownWords, profiledSet, profilePairs, profilePosterior, profileTrigramModels } from './languageProfiles.js'
import { discriminatePairs } from './pairDiscriminator.js'
import { profiledLetterEvidence } from './profiledLetters.js'
import { usualScriptCandidates } from './usualScriptCandidates.js'
import { likelyScript } from './likelyScript.js'
import { scriptText, withoutUrls } from './scriptText.js'
import { undetermined } from './undetermined.js'
import { sampleText } from './sampleText.js'
import { letterRuns } from './ngrams.js'
import type { VFile } from 'vfile'
import { documentInput } from '../diagnostics/vfileInput.js'

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /** ISO 639-3 codes to choose from; others are never returned (default: every language franc knows). */
  only?: readonly string[] | undefined
  /** ISO 639-3 codes never to return (default: none). */
  ignore?: readonly string[] | undefined
  /** Fewest letters (URLs excluded) to attempt a guess; shorter text is `und` (default: `5`). */
  minLength?: number | undefined
  /** Letters from which the length of a text no longer lowers its confidence (default: `40`). */
  fullConfidenceLength?: number | undefined
  /** How many candidates to report (default: `5`). */
  candidates?: number | undefined
  /**
   * Re-rank franc's candidates with the character n-gram profiles trained on labelled sentences
   * (Malay/Indonesian, Kazakh/Kyrgyz/Tatar/Russian, …) (default: `true`).
   */
  profiles?: boolean | undefined
}

/**
 * Odds against a candidate for each distinct letter of the text it never uses while another candidate
 * commonly does (see `foreignLetters`): e⁻²⁰ per letter: franc's short-text odds are steep, and a letter a language lacks is near proof.
 */
const FOREIGN_LETTER_LOG_ODDS = 20

/**
 * Identify the language of a text.
 *
 * 1. {@link detectScript} finds the dominant script; only languages written in it (a table derived from
 *    franc's data) are candidates, further limited by `only`/`ignore`.
 * 2. `franc` ranks the candidates on the text's words in that script (URLs removed).
 * 3. Among franc's best candidates, those with a trained n-gram profile are re-ordered by the profiles'
 *    posterior (they share the probability franc gave them), which separates close pairs franc confuses.
 * 4. Confidence is the gap between the two best probabilities, scaled by script share and length
 *    (see `guessConfidence`).
 *
 * @param input Any text, or a `VFile` holding it (longer than 64 K code units: evenly spaced windows of it, see
 *   `sampleText`).
 * @param options Candidate lists and thresholds.
 * @returns The guess; `und` (confidence `0`) for empty, too short or unrecognisable text.
 * @throws {UsageError} `INVALID_OPTION` when `input` is neither a string nor a `VFile`.
 */
export function detectLanguage(input: string | VFile, options: DetectLanguageOptions = {}): LanguageGuess {
  const { text } = documentInput(input, 'text')
  const minLength = options.minLength ?? 5
  const fullLength = options.fullConfidenceLength ?? 40
  const reported = options.candidates ?? 5
  const cleaned = withoutUrls(sampleText(text))
  const script = detectScript(cleaned)
  if (script.letters < minLength) return undetermined(script.script)

  const languages = candidateLanguages(script.script, options)
  if (languages.length === 0) return undetermined(script.script)

  const sample = scriptText(cleaned, script.script)
  if (fewDistinctLetters(sample)) return undetermined(script.script)
  let ranked: Array<{ code: string; probability: number }>
  if (languages.length === 1) {
    ranked = [{ code: languages[0] ?? 'und', probability: 1 }]
  } else {
    // With the profiles on, the languages we trained are ranked by trigram models of their training sentences.
    const models = options.profiles === false ? undefined : profileTrigramModels()
    const tuples = francRanking(sample, languages, models).filter(([code]) => code !== 'und')
    if (tuples.length === 0) return undetermined(script.script)
    const probabilities = francProbabilities(tuples.map(([, score]) => score), script.letters)
    ranked = tuples.map(([code], i) => ({ code: fromFrancCode(code), probability: probabilities[i] ?? 0 }))
    if (options.profiles !== false) ranked = rerank(usualScriptCandidates(ranked, script, fullLength), sample, script.script, Math.max(2, reported))
  }

  const best = ranked[0]
  if (best === undefined) return undetermined(script.script)
  const iso6393 = fromFrancCode(best.code)
  return {
    iso6393,
    bcp47: toBcp47(iso6393),
    script: script.script,
    confidence: guessConfidence(best.probability, ranked[1]?.probability ?? 0, script.share, script.letters, fullLength),
    candidates: ranked.slice(0, reported).map((c) => ({ iso6393: c.code, score: round4(c.probability) })),
  }
}

/** The candidates of each script when no option narrows them (the same list, text after text). */
const allCandidates = new Map<string, readonly string[]>()

/** franc codes of the script's languages allowed by `only` and `ignore`. */
function candidateLanguages(script: string, options: DetectLanguageOptions): readonly string[] {
  const open = options.only === undefined && (options.ignore === undefined || options.ignore.length === 0)
  if (open) {
    const cached = allCandidates.get(script)
    if (cached !== undefined) return cached
  }
  const only = options.only === undefined ? undefined : new Set(options.only.map(toFrancCode))
  const ignore = new Set((options.ignore ?? []).map(toFrancCode))
  const languages = (scriptLanguages[script] ?? []).filter((code) => (only === undefined || only.has(code)) && !ignore.has(code))
  if (open) allCandidates.set(script, languages)
  return languages
}

/**
 * Re-rank franc's candidates: letters a candidate never uses count against it (see `foreignLetters`), and so does,
 * for a language without a profile, a script other than its usual one (see {@link OTHER_SCRIPT_LOG_ODDS});
 * the profiled candidates, together, gain odds for the words their training sentences know (see
 * {@link KNOWN_WORD_LOG_ODDS}); then they share their total probability by the profiles' posterior, a close pair
 * (Malay and Indonesian) re-split by its discriminator (see `discriminatePairs`).
 * Unprofiled languages keep franc's relative odds.
 *
 * Only the first `kept` candidates of the answer are read (the best two and those reported). When what the profiled
 * candidates hold together cannot change them (see {@link outweighed}: a Turkish text, whose letters English, Malay and
 * Indonesian lack), the posterior that would share it out is not computed, nor is a pair's discriminator when what
 * the pair holds cannot: the first `kept` candidates come out the same, bit for bit.
 */
function rerank(ranked: Array<{ code: string; probability: number }>, sample: string, script: string, kept: number): Array<{ code: string; probability: number }> {
  const codes = ranked.map((c) => c.code)
  const trained = profiledSet()
  const profiled = (code: string): boolean => trained.has(code) || trained.has(toFrancCode(code))
  const letters = profiledLetterEvidence(foreignLetters(sample, codes), profiled, FOREIGN_LETTER_LOG_ODDS)
  const priors = candidatePriors(trained, script)
  let result = normalise(
    ranked.map((c) => {
      const prior = priors(c.code)
      const logOdds = -FOREIGN_LETTER_LOG_ODDS * (letters.group.get(c.code) ?? 0) - prior.minor - prior.elsewhere
      return { code: c.code, probability: c.probability * Math.exp(logOdds) }
    }),
  )
  // The profiled candidates the posterior compares (those with a column in the profiles' tables); it has no answer for
  // fewer than two of them or a text without letters.
  const compared = codes.filter((code) => trained.has(code))
  if (compared.length < 2 || letterRuns(sample) === '') return result
  const { known, total } = knownWords(sample, compared)
  // Capped: a long document's net known words would overflow `exp` (and it needs no more than this).
  const odds = Math.exp(Math.min(MAX_KNOWN_WORD_LOG_ODDS, KNOWN_WORD_LOG_ODDS * Math.max(0, known - (total - known))))
  result = normalise(result.map((c) => (trained.has(c.code) ? { code: c.code, probability: c.probability * odds } : c)))
  let mass = 0
  for (const c of result) if (trained.has(c.code)) mass += c.probability
  // Each share of the posterior is at most about the mass (twice it bounds any rounding).
  if (outweighed(result, (c) => trained.has(c.code), 2 * mass, kept)) return normalise(result)
  const within = letters.within(profilePosterior(sample, codes))
  const posterior = pairsOutweighed(result, within, mass, kept) ? within : discriminatePairs(within, sample, profilePairs())
  return normalise(
    result.map((c) => {
      const p = posterior.get(c.code)
      return p === undefined ? c : { code: c.code, probability: mass * p }
    }),
  )
}

/** A candidate's prior log-odds against it, each term as {@link rerank} subtracts it. */
interface CandidatePrior {
  /** {@link MINOR_LANGUAGE_LOG_ODDS} for a minor language without a profile, else `0`. */
  minor: number
  /** {@link OTHER_SCRIPT_LOG_ODDS} for a language without a profile usually written in another script, else `0`. */
  elsewhere: number
}

/** The priors of each code, per script, per set of profiled languages (they depend on nothing else). */
const priorsByProfiles = new WeakMap<ReadonlySet<string>, Map<string, Map<string, CandidatePrior>>>()

/**
 * A candidate's prior log-odds in a script (see {@link MINOR_LANGUAGE_LOG_ODDS}, {@link OTHER_SCRIPT_LOG_ODDS}),
 * worked out once per code, script and set of profiled languages: the candidates of a script are the same, text after
 * text.
 * @param trained The profiled languages (see `profiledSet`).
 * @param script ISO 15924 code of the text's script.
 */
function candidatePriors(trained: ReadonlySet<string>, script: string): (code: string) => CandidatePrior {
  let byScript = priorsByProfiles.get(trained)
  if (byScript === undefined) priorsByProfiles.set(trained, (byScript = new Map()))
  let known = byScript.get(script)
  if (known === undefined) byScript.set(script, (known = new Map()))
  const priors = known
  return (code) => {
    let prior = priors.get(code)
    if (prior === undefined) {
      const profiled = trained.has(code) || trained.has(toFrancCode(code))
      const minor = !majorLanguages.has(toFrancCode(code)) && !majorLanguages.has(code) && !profiled
      const likely = likelyScript(code)
      const elsewhere = likely !== undefined && likely !== script && !profiled
      priors.set(code, (prior = { minor: minor ? MINOR_LANGUAGE_LOG_ODDS : 0, elsewhere: elsewhere ? OTHER_SCRIPT_LOG_ODDS : 0 }))
    }
    return prior
  }
}

/**
 * Whether the pairs of the discriminators hold too little for their re-split to change the first `kept` candidates:
 * each pair both of whose languages are compared is {@link outweighed} at what it holds (the re-split keeps a pair's
 * total, and changes no other language).
 */
function pairsOutweighed(result: ReadonlyArray<{ code: string; probability: number }>, posterior: ReadonlyMap<string, number>, mass: number, kept: number): boolean {
  const paired = new Set<string>()
  let held = 0
  for (const pair of profilePairs()) {
    const [first = '', second = ''] = pair.languages
    const p = posterior.get(first)
    const q = posterior.get(second)
    if (p === undefined || q === undefined) continue
    paired.add(first).add(second)
    held += p + q
  }
  if (paired.size === 0) return true
  // The other candidates as the answer will hold them: the profiled ones at their share of the posterior.
  const others = result.map((c) => {
    const p = posterior.get(c.code)
    return p === undefined || paired.has(c.code) ? c : { code: c.code, probability: mass * p }
  })
  return outweighed(others, (c) => paired.has(c.code), 2 * mass * held, kept)
}

/**
 * Whether some candidates of a list, whatever values in `[0, most]` they take, leave the first `kept` candidates of
 * `normalise(list)` as they are, bit for bit: none of them is first in the list (the sum starts there), each is below
 * 2⁻⁵⁴ of the first (so adding it leaves the running sum as it was: the divisor is the same), and at most half the
 * `kept`-th largest of the others (so, divided by that divisor, it still sorts after them, ties or not).
 * @param list Candidates, best first (as `normalise` gives them); the others at their final values.
 * @param open Whether a candidate's value is open.
 * @param most The largest value an open candidate can take.
 * @param kept How many candidates of the answer are read.
 */
function outweighed<T extends { probability: number }>(list: readonly T[], open: (c: T) => boolean, most: number, kept: number): boolean {
  const first = list[0]
  if (first === undefined || open(first) || !(most < first.probability * 2 ** -54)) return false
  const others: number[] = []
  for (const c of list) if (!open(c)) others.push(c.probability)
  if (others.length < kept) return false
  others.sort((a, b) => b - a)
  return most <= others[kept - 1]! / 2
}

/**
 * Odds for the profiled candidates, together, for each word of the text that their training sentences
 * contain (often enough, see `knownWords`) beyond the words they do not (e³ ≈ 20 : 1 per net known word;
 * unknown capitalised words, likely names, count neither way). franc's unprofiled guesses on short text
 * (Sundanese, Balinese or Sesotho for a short Malay sentence) cannot be compared by the profiles, but a
 * sentence made of Malay words is unlikely to be Sesotho.
 */
const KNOWN_WORD_LOG_ODDS = 5

/** Largest log-odds the known words can give (e³⁰⁰ stays a finite double). */
const MAX_KNOWN_WORD_LOG_ODDS = 300

/**
 * Prior odds against languages with fewer than 8 million speakers (not in franc-min) that have no profile of
 * ours (e^1.5 ≈ 4.5 : 1). franc's full set holds small languages whose trigram profiles sit close to major ones
 * (Scots beside English, Tiv or Haitian beside others) and win on plain text by noise; a text has to speak clearly
 * for them. Languages we have trained profiles for are judged by those instead.
 */
const MINOR_LANGUAGE_LOG_ODDS = 1.5

/**
 * Prior odds against a language without a profile of ours whose usual script (CLDR's likely script, see
 * `likelyScript`) is not the text's (e³ ≈ 20 : 1): franc keeps trigram models of orthographies little written
 * today — Turkmen and Azerbaijani in Cyrillic — which on a short Tatar or Kyrgyz line score above the language
 * itself. Taken as 1 in 20: at most that share of such a language's text is in the other script.
 */
const OTHER_SCRIPT_LOG_ODDS = 3

/** Scale probabilities to sum to 1 and sort them, best first. */
function normalise(ranked: Array<{ code: string; probability: number }>): Array<{ code: string; probability: number }> {
  const z = ranked.reduce((sum, c) => sum + c.probability, 0)
  return ranked.map((c) => ({ code: c.code, probability: z > 0 ? c.probability / z : 0 })).sort((a, b) => b.probability - a.probability)
}

/** Fewer different letters than this and a text is no language's writing (`aaaa…`, `ha ha ha`), however long. */
const MIN_DISTINCT_LETTERS = 3

/** Whether a text uses fewer than {@link MIN_DISTINCT_LETTERS} different letters (case folded); stops at the third. */
function fewDistinctLetters(text: string): boolean {
  const seen = new Set<string>()
  for (const char of text.toLowerCase()) {
    if (!/\p{L}/u.test(char) || seen.has(char)) continue
    seen.add(char)
    if (seen.size >= MIN_DISTINCT_LETTERS) return false
  }
  return true
}
