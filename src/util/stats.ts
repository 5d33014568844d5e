/**
 * The median of some numbers (the mean of the two middle ones when their count is even).
 * @param values Any numbers, in any order (not modified).
 * @returns The median, or `0` when there are none.
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * A number rounded to 4 decimals, as scores, shares and confidences are written out.
 * @param x Any number.
 * @returns The nearest multiple of 0.0001 (`Math.round` of `x × 10⁴`, divided back).
 */
export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4
}

/**
 * A number rounded to 6 decimals, as a pivot's slot shares and spreads are written out.
 * @param x Any number.
 * @returns The nearest multiple of 0.000001 (`Math.round` of `x × 10⁶`, divided back).
 */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6
}

/**
 * A number held to [0, 1], as drift scores are.
 * @param x Any number.
 * @returns `0` below 0, `1` above 1, else `x`.
 */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}
