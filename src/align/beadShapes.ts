/** One allowed bead type with its prior cost. */
export interface BeadShape {
  /** Items taken from the source side. */
  source: number
  /** Items taken from the target side. */
  target: number
  /** `-ln` prior probability of the type, in nats. */
  cost: number
}

/** Default prior weights (before normalisation) of the usual bead types (Gale–Church 1993, extended). */
export const DEFAULT_BEAD_PRIORS: Readonly<Record<string, number>> = {
  '1-1': 0.89,
  '1-0': 0.006,
  '0-1': 0.006,
  '2-1': 0.04,
  '1-2': 0.04,
  '2-2': 0.0005,
  '3-1': 0.001,
  '1-3': 0.001,
}

/**
 * Bead types allowed by `maxBead`: 1-0 and 0-1 always; `a`-`b` with a, b ≥ 1 and a + b ≤ maxBead + 1.
 * `maxBead` 1 → 1-1; 2 → 1-1, 1-2, 2-1; 3 (default) → also 2-2, 1-3, 3-1; 4 → also 2-3, 3-2, 1-4, 4-1.
 * @param maxBead Largest number of items on one side, clamped to [1, 4].
 * @param priors Prior weights per type `"a-b"` (default: `DEFAULT_BEAD_PRIORS`; types missing get the default).
 * @returns Allowed types with normalised prior costs, 1-1 first.
 */
export function beadShapes(maxBead: number, priors: Readonly<Record<string, number>> = DEFAULT_BEAD_PRIORS): BeadShape[] {
  const prior = (key: string): number | undefined => {
    const p = priors[key] ?? DEFAULT_BEAD_PRIORS[key]
    return p === undefined || !(p > 0) ? undefined : p
  }
  const max = Math.max(1, Math.min(4, Math.floor(maxBead)))
  const raw: Array<{ source: number; target: number; p: number }> = [
    { source: 1, target: 1, p: prior('1-1') ?? 0.89 },
    { source: 1, target: 0, p: prior('1-0') ?? 0.006 },
    { source: 0, target: 1, p: prior('0-1') ?? 0.006 },
  ]
  for (let a = 1; a <= max; a++) {
    for (let b = 1; b <= max; b++) {
      if ((a === 1 && b === 1) || a + b > max + 1) continue
      raw.push({ source: a, target: b, p: prior(`${a}-${b}`) ?? 0.001 * 0.3 ** (a + b - 5) })
    }
  }
  const total = raw.reduce((sum, r) => sum + r.p, 0)
  return raw.map((r) => ({ source: r.source, target: r.target, cost: -Math.log(r.p / total) }))
}
