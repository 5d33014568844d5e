import { normalTailCost } from './normalTailCost.js'

/** Length model calibrated on one text pair. */
export interface LengthModel {
  /** Expected target letters per source letter. */
  ratio: number
  /** Variance of the length difference per source letter (Gale–Church `s²`, in source units). */
  variance: number
}

/**
 * Gale–Church length cost of matching `sourceLetters` with `targetLetters`: the standardised difference
 * `δ = (t/c − s) / √(s² · (s + t/c) / 2)` (symmetric in the two sides, so an empty side stays finite), scored
 * as the two-sided normal tail `-ln P(|Z| ≥ |δ|)`.
 * @param sourceLetters Letters of the source group.
 * @param targetLetters Letters of the target group.
 * @param model Calibrated ratio and variance.
 * @returns Cost in nats (0 for a perfect match).
 */
export function lengthCost(sourceLetters: number, targetLetters: number, model: LengthModel): number {
  return normalTailCost(lengthDelta(sourceLetters, targetLetters, model.ratio) / Math.sqrt(model.variance))
}

/**
 * Unscaled length difference `(t/c − s) / √((s + t/c) / 2)` (0 when both are empty); its square divided by the
 * variance is the Gale–Church statistic.
 * @param sourceLetters Letters of the source group.
 * @param targetLetters Letters of the target group.
 * @param ratio Expected target letters per source letter.
 * @returns The raw difference.
 */
export function lengthDelta(sourceLetters: number, targetLetters: number, ratio: number): number {
  const t = targetLetters / ratio
  const mean = (sourceLetters + t) / 2
  return (t - sourceLetters) / Math.sqrt(Math.max(mean, 1))
}
