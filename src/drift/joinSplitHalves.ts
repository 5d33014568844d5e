/**
 * A paragraph split in two, one half on its slot and the other on none. The aligner pairs a slot with the half whose
 * length fits it best and leaves the other half beside it without a slot, where it reads as text added. Such a
 * segment is the rest of its neighbour's slot when its words are found best in that slot (of all the slots of its
 * kind, and at {@link HALF_RATIO} of the usual rate at least) and the two halves together fit the slot's length
 * share clearly better than the half placed alone: it joins the cell (reported `split`). A paragraph added from
 * elsewhere says something else, and makes its neighbour's slot too long: it stays extra.
 */
import { roleFamily } from '../pivot/roleFamily.js'
import { segmentShares } from '../pivot/segmentShares.js'
import { slotFit } from '../pivot/slotFit.js'
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { REFIT_CONFIDENCE } from './affinityVerdict.js'
import type { Affinity } from './slotAffinity.js'

/**
 * Share of the usual rate at which a segment's own words (with too few of them linked, both directions pooled) must
 * be found in the others' cells of the slot: a half, judged against whole paragraphs, is found less than a whole
 * (0.38 on a split German paragraph of the evaluation), a paragraph from elsewhere next to not at all.
 */
const HALF_RATIO = 0.3

/** How much better (in slot-fit cost, `slotFit`) the two halves must fit the slot's length and anchors than one. */
const FIT_GAIN = 1

/**
 * Join extra segments to the neighbouring slot they are the rest of, in place.
 * @param slots The pivot's slots.
 * @param segments The member's content segments, in document order.
 * @param cells The member's cells (changed in place).
 * @param single The document position of the segment a slot holds alone, if it does.
 * @param extra The document positions of the segments that fill no slot.
 * @param words Each segment's word ids, by document position.
 * @param affinity Word-set against slot affinity of this member.
 * @returns The document positions joined to a slot.
 */
export function joinSplitHalves(slots: readonly PivotSlot[], segments: readonly Segment[], cells: Array<SlotCell | null>, single: (slot: number) => number | undefined, extra: readonly number[], words: readonly Int32Array[], affinity: (words: Int32Array, slot: number) => Affinity): number[] {
  const shares = segmentShares(segments)
  const slotOf = new Map<number, number>()
  slots.forEach((_, s) => {
    const j = single(s)
    if (j !== undefined) slotOf.set(j, s)
  })
  const joined: number[] = []
  for (const x of extra) {
    const kind = roleFamily(segments[x]!.role)
    for (const j of [x - 1, x + 1]) {
      const s = slotOf.get(j)
      if (s === undefined || roleFamily(slots[s]!.role) !== kind || roleFamily(segments[j]!.role) !== kind) continue
      const own = affinity(words[x]!, s)
      // Its own words are found in the others' cells of the slot (with too few of them linked, both directions
      // pooled: the others' words, a whole paragraph's, are found in a half only in part)…
      const found = (own.precision ?? own.ratio ?? 0) >= HALF_RATIO
      if (!found || own.ratio === undefined || own.ratio <= 0) continue
      // …and best in this slot, of all the slots of its kind.
      const best = slots.every((slot, t) => t === s || roleFamily(slot.role) !== kind || (affinity(words[x]!, t).ratio ?? 0) < own.ratio!)
      if (!best) continue
      const halves = j < x ? [j, x] : [x, j]
      const together = slotFit([slots[s]!], halves.map((k) => segments[k]!), halves.map((k) => shares[k]!))
      if (together > slotFit([slots[s]!], [segments[j]!], [shares[j]!]) - FIT_GAIN) continue
      cells[s] = { segments: halves.map((k) => segments[k]!.id), sentences: halves.flatMap((k) => segments[k]!.sentences.map((y) => y.id)), confidence: REFIT_CONFIDENCE }
      slotOf.delete(j)
      joined.push(x)
      break
    }
  }
  return joined
}
