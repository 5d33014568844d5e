import type { LengthModel } from './signals/lengthCost.js'
import { lengthDelta } from './signals/lengthCost.js'

/** Gale–Church's variance for characters of closely related European languages. */
export const DEFAULT_VARIANCE = 6.8

/**
 * Initial length model of a text pair: the ratio of total letters (target / source), and Gale–Church's
 * variance. Falls back to ratio 1 when a side has no letters.
 * @param sourceLetters Total letters of the source side.
 * @param targetLetters Total letters of the target side.
 * @returns Ratio and variance.
 */
export function initialLengthModel(sourceLetters: number, targetLetters: number): LengthModel {
  const ratio = sourceLetters > 0 && targetLetters > 0 ? targetLetters / sourceLetters : 1
  return { ratio, variance: DEFAULT_VARIANCE }
}

/**
 * Re-estimate the length model from the 1-1 beads of a first alignment: the ratio from their letter totals
 * and the variance robustly as `median(δ²) / 0.455` (0.455 is the median of χ²₁), clamped to [1, 60].
 * With fewer than 8 usable beads the given model is returned.
 * @param pairs Letters of the source and target item of each 1-1 bead.
 * @param model Current model.
 * @returns Calibrated model.
 */
export function recalibrateLength(pairs: ReadonlyArray<readonly [number, number]>, model: LengthModel): LengthModel {
  const usable = pairs.filter(([s, t]) => s > 0 && t > 0)
  if (usable.length < 8) return model
  let ss = 0
  let tt = 0
  for (const [s, t] of usable) {
    ss += s
    tt += t
  }
  const ratio = tt / ss
  const squares = usable.map(([s, t]) => lengthDelta(s, t, ratio) ** 2).sort((a, b) => a - b)
  const median = squares[Math.floor(squares.length / 2)] ?? DEFAULT_VARIANCE
  return { ratio, variance: Math.min(60, Math.max(1, median / 0.455)) }
}
