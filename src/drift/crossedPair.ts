/**
 * Whether the words put two segments in each other's slots: both segments fit the other's slot and one of them
 * clearly disagrees with its own or both fit there far better than where they are; or one clearly belongs in the other's slot (it agrees there and disagrees where it
 * is) and the other fits the exchanged slot at least as well as its own. Judged with links learned without the
 * family, and vetoed when the whole corpus's links find the two far better where they are.
 */
import { agrees, disagrees } from './affinityVerdict.js'
import type { Affinity } from './slotAffinity.js'

/** Summed match rates in place above those exchanged by at least this much: the placement is clearly right. */
const PLACE_MARGIN = 1

/**
 * Summed match rates exchanged above those in place by at least this much, both exchanged placements agreeing:
 * the segments are in each other's slots even when neither disagrees clearly where it is (neighbouring paragraphs
 * of one story share words).
 */
const CROSS_MARGIN = 1.5

/** Summed match rates of the exchanged placements less those in place (`-Infinity` when a rate is unknown). */
function gain(straight: readonly Affinity[], cross: readonly Affinity[]): number {
  const rates = [...straight, ...cross].map((a) => a.ratio)
  if (rates.some((r) => r === undefined)) return Number.NEGATIVE_INFINITY
  const [ra, rb, xa, xb] = rates as [number, number, number, number]
  return xa + xb - (ra + rb)
}

/** Whether the words find two segments far better in their slots than exchanged (see {@link PLACE_MARGIN}). */
function leansToPlace(affinity: (words: Int32Array, slot: number) => Affinity, wa: Int32Array, wb: Int32Array, a: number, b: number): boolean {
  const rates = [affinity(wa, a).ratio, affinity(wb, b).ratio, affinity(wa, b).ratio, affinity(wb, a).ratio]
  if (rates.some((r) => r === undefined)) return false
  const [ra, rb, xa, xb] = rates as [number, number, number, number]
  return ra + rb - (xa + xb) >= PLACE_MARGIN
}

/**
 * Whether two segments sit in each other's slots.
 * @param wa The words of the segment in slot `a`.
 * @param wb The words of the segment in slot `b`.
 * @param a A slot.
 * @param b Another slot of the same kind.
 * @param affinity Word-set against slot affinity from the whole corpus's links.
 * @param moveAffinity The same from links learned without the family.
 */
export function crossedPair(wa: Int32Array, wb: Int32Array, a: number, b: number, affinity: (words: Int32Array, slot: number) => Affinity, moveAffinity: (words: Int32Array, slot: number) => Affinity): boolean {
  const straight = [moveAffinity(wa, a), moveAffinity(wb, b)]
  const cross = [moveAffinity(wa, b), moveAffinity(wb, a)]
  const clear = (k: number): boolean => agrees(cross[k]!) && disagrees(straight[k]!) && (cross[1 - k]!.ratio ?? -1) >= (straight[1 - k]!.ratio ?? Number.POSITIVE_INFINITY)
  if (!(cross.every(agrees) && (straight.some(disagrees) || gain(straight, cross) >= CROSS_MARGIN)) && !clear(0) && !clear(1)) return false
  // The whole corpus's links lean to the placement they were learned from, a move's too; when even so they find the
  // segments far better where they are, the half-corpus links misled (a paragraph pasted into another article links
  // words across articles in the half it trains).
  return !leansToPlace(affinity, wa, wb, a, b)
}
