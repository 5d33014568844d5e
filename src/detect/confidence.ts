import { round4 } from '../util/stats.js'

/**
 * Temperature turning franc's normalised scores into probabilities: `p ∝ exp((score − 1) / τ)`.
 * franc's scores are `1 − distance gap / (300 × text length)`, so a gap of 0.02 already separates
 * languages clearly; τ = 0.01 maps that gap to odds of e² ≈ 7.4 : 1.
 */
export const FRANC_TEMPERATURE = 0.01

/**
 * The length at which {@link FRANC_TEMPERATURE} applies; longer text gets a lower temperature, shorter a higher one.
 */
export const FRANC_TEMPERATURE_LETTERS = 200

/**
 * The temperature for a text of a given length. franc's normalised score gaps are averages over the
 * text's trigrams, whose noise shrinks like `1 / √n`; the temperature follows it, `τ = FRANC_TEMPERATURE ×
 * √(200 / n)`: a long document's consistent lead counts as much evidence as it is, a short sentence's lead
 * less (n is held between {@link FRANC_SHORTEST_LETTERS} and ∞; `FRANC_TEMPERATURE` at 200 letters).
 * @param letters Letters in the text (`Infinity`/unknown: pass `0` for the base temperature).
 * @returns The temperature τ.
 */
export function francTemperature(letters: number): number {
  const n = letters > 0 ? Math.max(FRANC_SHORTEST_LETTERS, letters) : FRANC_TEMPERATURE_LETTERS
  return FRANC_TEMPERATURE * Math.sqrt(FRANC_TEMPERATURE_LETTERS / n)
}

/**
 * Below this many letters the temperature stops growing. franc's score gaps on a five-word sentence are
 * noise as often as signal (a Malay line scored 0.76 against Luba's 1.0); from 200 letters down to this
 * length the temperature grows like `1 / √n`, as the noise does, so that evidence franc does not see
 * (known words, letters, profiles) can outweigh a short text's accidental trigram lead.
 */
export const FRANC_SHORTEST_LETTERS = 20

/**
 * Turn franc's scores (best `1`, others in [0, 1]) into probabilities summing to 1.
 * @param scores franc scores, any order.
 * @param letters Letters in the text scored (default `0`: the base temperature, see {@link francTemperature}).
 * @returns Probabilities in the same order.
 */
export function francProbabilities(scores: readonly number[], letters = 0): number[] {
  const tau = francTemperature(letters)
  const weights = scores.map((s) => Math.exp((s - 1) / tau))
  const z = weights.reduce((a, b) => a + b, 0)
  return weights.map((w) => (z > 0 ? w / z : 0))
}

/**
 * Confidence of a guess: the probability gap between the best and the runner-up language, scaled
 * by how much of the text is in the dominant script and by how much text there is.
 *
 * `confidence = (p₁ − p₂) × share × min(1, letters / fullLetters)`
 *
 * where `p₁`, `p₂` are the two best candidate probabilities (`p₂ = 0` when there is a single candidate),
 * `share` the dominant script's share of the letters and `fullLetters` the length from which text counts
 * as long enough to judge (see `DetectLanguageOptions.fullConfidenceLength`).
 * @param best Probability of the best candidate.
 * @param runnerUp Probability of the second candidate (`0` if none).
 * @param share Share of letters in the dominant script, in [0, 1].
 * @param letters Letters in the text.
 * @param fullLetters Letters from which length no longer lowers confidence.
 * @returns Confidence in [0, 1].
 */
export function guessConfidence(best: number, runnerUp: number, share: number, letters: number, fullLetters: number): number {
  const gap = Math.max(0, Math.min(1, best - runnerUp))
  const length = fullLetters <= 0 ? 1 : Math.min(1, letters / fullLetters)
  return round4(gap * Math.max(0, Math.min(1, share)) * length)
}
