/**
 * Background colour of a cell with a given drift: one warm hue whose lightness falls from 98% (no drift) to
 * 58% (drift 1), so dark text stays readable (contrast ≥ 6:1) and the scale reads without colour vision.
 * @param score Drift in [0, 1] (clamped).
 * @returns A CSS `hsl()` colour.
 */
export function driftShade(score: number): string {
  const s = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0
  const lightness = Math.round((98 - 40 * s) * 10) / 10
  return `hsl(20 85% ${lightness}%)`
}

/** A drift score as shown in the report: two decimals. */
export function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(2) : '–'
}
