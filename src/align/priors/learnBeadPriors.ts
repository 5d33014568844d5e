/**
 * Bead-type priors learned on the text itself (one step of Viterbi EM): how often a pair merges, splits or
 * deletes differs from corpus to corpus, so the counts of the bead types of a first alignment are blended with
 * the default priors (a Dirichlet prior worth `strength` beads) and the pair is aligned again with them.
 */
import type { Bead } from '../../types.js'
import { DEFAULT_BEAD_PRIORS } from '../beadShapes.js'

/** Default weight of the default priors, in beads. */
export const PRIOR_STRENGTH = 40

/**
 * Count bead types (`"a-b"`) of alignments.
 * @param alignments Beads of one or more alignments.
 * @param into Counts to add to (default: new).
 * @returns Counts per type.
 */
export function countBeadTypes(alignments: ReadonlyArray<readonly Bead[]>, into: Map<string, number> = new Map()): Map<string, number> {
  for (const beads of alignments) {
    for (const b of beads) {
      const key = `${b.source.length}-${b.target.length}`
      into.set(key, (into.get(key) ?? 0) + b.confidence)
    }
  }
  return into
}

/**
 * Blend observed bead-type counts with base priors: `p(type) ∝ count + strength · base(type)`.
 * @param counts Observed counts per type.
 * @param base Base priors (default: the aligner's defaults); types missing get the default.
 * @param strength Weight of the base, in beads (default: `PRIOR_STRENGTH`).
 * @returns Priors per type (not normalised over the allowed types; `beadShapes` normalises).
 */
export function learnBeadPriors(
  counts: ReadonlyMap<string, number>,
  base: Readonly<Record<string, number>> = DEFAULT_BEAD_PRIORS,
  strength = PRIOR_STRENGTH,
): Record<string, number> {
  const types = new Set([...Object.keys(DEFAULT_BEAD_PRIORS), ...Object.keys(base), ...counts.keys()])
  let baseTotal = 0
  for (const t of types) baseTotal += base[t] ?? DEFAULT_BEAD_PRIORS[t] ?? 0
  let total = 0
  for (const c of counts.values()) total += c
  const out: Record<string, number> = {}
  for (const t of types) {
    const b = (base[t] ?? DEFAULT_BEAD_PRIORS[t] ?? 0) / (baseTotal || 1)
    out[t] = ((counts.get(t) ?? 0) + strength * b) / (total + strength)
  }
  return out
}
