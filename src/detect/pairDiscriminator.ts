import { textWords } from './ngrams.js'

/**
 * A discriminator between two close languages (Malay and Indonesian), trained by
 * `scripts/langid/pairs.ts`: weights of words and word endings learned by a logistic regression in which every
 * register weighs alike (spelling pairs such as `kerana`/`karena`, endings such as `-iti`/`-tas`, function words
 * such as `boleh`/`bisa`), and a logistic combination of their score with the profiles' log-odds, fitted on
 * registers held out of training.
 */
export interface PairDiscriminatorData {
  /** The two ISO 639-3 codes; positive scores favour the first. */
  languages: string[]
  /** Feature (see {@link pairFeatures}) → weight, its log-odds for the first language in the feature regression. */
  features: Record<string, number>
  /** Weight of the profiles' log-odds (first against second language) in the combined log-odds. */
  profileWeight: number
  /** Weight of the feature score in the combined log-odds. */
  featureWeight: number
  /** Constant term of the combined log-odds. */
  bias: number
}

/** Words shorter than this give no ending feature (`-nya` of `dia` says nothing). */
const ENDING_MIN_LETTERS = 6

/** Letters of a word ending feature. */
const ENDING_LETTERS = 3

/**
 * The distinct features of a text for a pair discriminator: its lower-cased words, and the last three
 * letters of each word of six letters or more, as `-xyz` (`universiti` gives `-iti`, `universitas` `-tas`).
 * @param text Text in one script (see `scriptText`).
 * @returns Each feature once, in order of first occurrence.
 */
export function pairFeatures(text: string): string[] {
  const features = new Set<string>()
  for (const word of textWords(text)) {
    features.add(word)
    const letters = [...word]
    if (letters.length >= ENDING_MIN_LETTERS) features.add(`-${letters.slice(-ENDING_LETTERS).join('')}`)
  }
  return [...features]
}

/**
 * The feature score of a text: the sum of the weights of its distinct features.
 * @param text Text in one script.
 * @param pair The discriminator.
 * @returns Positive for the first language of the pair, negative for the second.
 */
export function pairScore(text: string, pair: Pick<PairDiscriminatorData, 'features'>): number {
  let score = 0
  for (const feature of pairFeatures(text)) score += pair.features[feature] ?? 0
  return score
}

/**
 * When the combination is fitted (`scripts/langid/pairs.ts`), profile and feature log-odds are held within ± this:
 * past it the logistic curve no longer bends. At run time they are not (only a probability that underflowed is
 * held, at ±700): a document's evidence grows with its length, and ten sentences of one language outweigh a few
 * that read as the other.
 */
export const PAIR_LOG_ODDS_CLIP = 30

/** Largest profile log-odds taken from probabilities (a probability that underflowed to 0). */
const MAX_LOG_ODDS = 700

/**
 * Re-split the probability two close languages share, by the discriminator: the combined log-odds are
 * `bias + profileWeight × profile log-odds + featureWeight × feature score` (see {@link PAIR_LOG_ODDS_CLIP}).
 * Other languages keep theirs.
 * @param posterior Language → probability under the profiles (left unchanged).
 * @param text The text scored (in one script).
 * @param pairs The discriminators; those whose two languages are not both in `posterior` are skipped.
 * @returns A new map with the same languages and total probability.
 */
export function discriminatePairs(posterior: ReadonlyMap<string, number>, text: string, pairs: readonly PairDiscriminatorData[]): Map<string, number> {
  const result = new Map(posterior)
  for (const pair of pairs) {
    const [first = '', second = ''] = pair.languages
    const p = result.get(first)
    const q = result.get(second)
    if (p === undefined || q === undefined || p + q <= 0) continue
    const profileLogOdds = Math.max(-MAX_LOG_ODDS, Math.min(MAX_LOG_ODDS, Math.log(p) - Math.log(q)))
    const logOdds = pair.bias + pair.profileWeight * profileLogOdds + pair.featureWeight * pairScore(text, pair)
    const share = 1 / (1 + Math.exp(-logOdds))
    result.set(first, (p + q) * share)
    result.set(second, (p + q) * (1 - share))
  }
  return result
}
