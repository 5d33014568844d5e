/**
 * Two paragraphs in each other's slots, told by their anchors. Numbers and URLs are written alike in every
 * language, so when each slot's own anchors (those most of the family writes there and the other slot does not
 * expect) are found in the segment of the other slot and none in its own, the two segments are in each other's
 * places — whatever the word links say, which are noisy for some language pairs and learn the very placement they
 * judge. A changed or lost number makes a slot lose its own anchors, never gain another slot's.
 */
import { anchorsOf, sameAnchor } from '../pivot/pivotAnchors.js'
import type { Anchor } from '../align/anchors/Anchor.js'
import type { PivotAnchor, PivotSlot } from '../types.js'

/** Anchors of the other slot found in the two segments, summed, for a crossing. */
export const MIN_CROSSED_ANCHORS = 1

/** Smallest share of the family writing an anchor in a slot for it to be the slot's own. */
const OWN_SUPPORT = 0.5

/**
 * The anchors a slot expects that the other slot does not. Names are left out (capitalised nouns, spellings matched
 * loosely: weak alone), and so are single digits (they recur everywhere).
 */
function ownAnchors(slot: PivotSlot, other: PivotSlot): PivotAnchor[] {
  const expected = (a: PivotAnchor): boolean => (a.support ?? 1) >= OWN_SUPPORT && a.kind !== 'name' && !(a.kind === 'number' && a.key.length < 2)
  return slot.anchors.filter((a) => expected(a) && !other.anchors.some((b) => sameAnchor({ kind: a.kind, normalized: a.key }, { kind: b.kind, normalized: b.key })))
}

/** How many of the anchors are among a text's anchors (`held`: those `anchorsOf` extracted from it). */
function found(anchors: readonly PivotAnchor[], held: readonly Anchor[]): number {
  if (anchors.length === 0) return 0
  return anchors.filter((a) => held.some((f) => sameAnchor({ kind: a.kind, normalized: a.key }, f))).length
}

/**
 * Whether the anchors put two segments in each other's slots: neither holds an anchor of its own slot's, and together they hold at least {@link MIN_CROSSED_ANCHORS} of the other slot's.
 * @param slotA A slot.
 * @param slotB Another slot of the same kind.
 * @param textA The text of the segment in `slotA`.
 * @param textB The text of the segment in `slotB`.
 */
export function anchorsCrossed(slotA: PivotSlot, slotB: PivotSlot, textA: string, textB: string): boolean {
  const ownA = ownAnchors(slotA, slotB)
  const ownB = ownAnchors(slotB, slotA)
  if (ownA.length === 0 && ownB.length === 0) return false
  // Each text's anchors extracted once, for both questions asked of it.
  const heldA = anchorsOf(textA)
  const heldB = anchorsOf(textB)
  if (found(ownA, heldA) > 0 || found(ownB, heldB) > 0) return false
  return found(ownB, heldA) + found(ownA, heldB) >= MIN_CROSSED_ANCHORS
}
