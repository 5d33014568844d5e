/**
 * What an {@link Affinity} says about a text and a slot: the words clearly disagree, or agree. Shared by the steps
 * that re-fit a member's segments to slots (`refitCells.ts`, `refitSplits.ts`, `undoLengthSwaps.ts`).
 */
import type { Affinity } from './slotAffinity.js'

/** Pooled matches at most this share of the usual rate (and {@link FAR_Z} deviations under it): the words disagree. */
export const DISAGREE_RATIO = 0.35
/** Deviations under the usual rate that make a disagreement clear. */
export const FAR_Z = 2.5
/** Pooled matches at least this share of the usual rate: the words agree. */
export const AGREE_RATIO = 0.7
/** Confidence of a cell placed by content. */
export const REFIT_CONFIDENCE = 0.5

/**
 * Whether the words clearly disagree with a slot (see {@link DISAGREE_RATIO}).
 * @param a A text against a slot.
 */
export function disagrees(a: Affinity): boolean {
  return a.ratio !== undefined && a.z !== undefined && a.ratio <= DISAGREE_RATIO && a.z <= -FAR_Z
}

/**
 * Whether the words agree with a slot (see {@link AGREE_RATIO}).
 * @param a A text against a slot.
 */
export function agrees(a: Affinity): boolean {
  return a.ratio !== undefined && a.ratio >= AGREE_RATIO
}
