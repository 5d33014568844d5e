/**
 * `-ln P(|Z| ≥ |x|)` for a standard normal Z: the Gale–Church length cost of a standardised difference,
 * in nats. Uses the Abramowitz–Stegun 7.1.26 approximation of erfc in the body and the asymptotic series in the
 * tail, so it stays finite and monotone for any x.
 * @param x Standardised difference.
 * @returns Cost ≥ 0 (0 at x = 0).
 */
export function normalTailCost(x: number): number {
  const z = Math.abs(x) / Math.SQRT2
  if (z < 3) {
    const t = 1 / (1 + 0.3275911 * z)
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    const erfc = poly * Math.exp(-z * z)
    return Math.max(0, -Math.log(erfc))
  }
  // erfc(z) ≈ exp(-z²) / (z √π) · (1 − 1/(2z²))
  return z * z + Math.log(z * Math.sqrt(Math.PI)) - Math.log(1 - 1 / (2 * z * z))
}
