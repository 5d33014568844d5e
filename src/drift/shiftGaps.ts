/**
 * A gap put in the wrong place. When a paragraph or a whole question-and-answer turn is missing, the structural
 * aligner sees only that a run of slots of the same kinds has one item fewer, and often leaves the gap a turn or a
 * paragraph away from where the text is really missing: the segments between fill the slots beside their own.
 * Each place the gap could take (the segments between shifted by one slot or more, every one landing on a slot of
 * its own kind) is judged by the word links learned without the family, pooled over all the segments that move —
 * a question alone has too few linked words, a turn has enough — and by how the segments fit the slots' length
 * shares and anchors (`slotFit`). The gap moves when the segments match their new slots better, pooled, than where
 * they are, and words and fit together gain clearly: links learned from half the corpus are noisy for some language
 * pairs (a paragraph that matches two neighbouring slots about as well, or a turn found a little better in its own
 * slots), and lengths and anchors tell the two places apart.
 */
import { roleFamily } from '../pivot/roleFamily.js'
import { segmentShares } from '../pivot/segmentShares.js'
import { slotFit } from '../pivot/slotFit.js'
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { REFIT_CONFIDENCE } from './affinityVerdict.js'
import { pooledCounts, type Affinity } from './slotAffinity.js'

/** Segments that may move with one gap, at most. */
export const MAX_SHIFT = 4
/**
 * How much the moved segments must gain in their new slots: the standard deviations of their pooled word matches
 * plus {@link FIT_WEIGHT} times the slot-fit cost they save.
 */
export const SHIFT_MARGIN = 2
/**
 * Weight of the slot-fit cost (length share against the slot's, anchors; `slotFit`) saved by a shift, against the
 * words' deviations. Lengths alone placed the gap where it is, so they count less than the words: a missing
 * paragraph makes every other one longer in its document's share.
 */
export const FIT_WEIGHT = 0.4
/** Pooled match rate (against the usual rate) the moved segments must reach in their new slots. */
export const SHIFT_AGREE = 0.5

interface Move {
  from: number
  to: number
}


/** The places a gap `[g0, g1]` could take: each a list of cells moved by the gap's length. */
function candidates(slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, g0: number, g1: number, single: (s: number) => number | undefined, segments: readonly Segment[]): Move[][] {
  const k = g1 - g0 + 1
  const kind = (s: number): string => roleFamily(slots[s]!.role)
  const fits = (from: number, to: number): boolean => {
    const j = single(from)
    return j !== undefined && kind(from) === kind(to) && roleFamily(segments[j]!.role) === kind(to)
  }
  const out: Move[][] = []
  // The segments after the gap move back by k, the gap forward.
  const right: Move[] = []
  for (let from = g1 + 1; from < Math.min(slots.length, g1 + 1 + MAX_SHIFT) && cells[from] != null && fits(from, from - k); from++) {
    right.push({ from, to: from - k })
    out.push([...right])
  }
  // The segments before the gap move on by k, the gap back.
  const left: Move[] = []
  for (let from = g0 - 1; from >= Math.max(0, g0 - MAX_SHIFT) && cells[from] != null && fits(from, from + k); from--) {
    left.push({ from, to: from + k })
    out.push([...left])
  }
  return out
}

/**
 * Move gaps to where the words put them, in place.
 * @param slots The pivot's slots.
 * @param cells The member's cells (changed in place).
 * @param single The document position of the segment a slot holds alone, if it does.
 * @param segments The member's content segments, in document order.
 * @param words Each segment's word ids, by document position.
 * @param affinity Word-set against slot affinity, from links learned without the family.
 * @returns Whether a gap moved.
 */
export function shiftGaps(slots: readonly PivotSlot[], cells: Array<SlotCell | null>, single: (s: number) => number | undefined, segments: readonly Segment[], words: readonly Int32Array[], affinity: (words: Int32Array, slot: number) => Affinity): boolean {
  let changed = false
  const shares = segmentShares(segments)
  const fit = (s: number, j: number): number => slotFit([slots[s]!], [segments[j]!], [shares[j]!])
  for (let g0 = 0; g0 < slots.length; g0++) {
    if (cells[g0] !== null) continue
    let g1 = g0
    while (g1 + 1 < slots.length && cells[g1 + 1] === null) g1++
    let best: { moves: Move[]; gain: number } | undefined
    for (const moves of candidates(slots, cells, g0, g1, single, segments)) {
      const now = pooledCounts(moves.map((m) => affinity(words[single(m.from)!]!, m.from).counts))
      const then = pooledCounts(moves.map((m) => affinity(words[single(m.from)!]!, m.to).counts))
      if (now === undefined || then === undefined || then.ratio < SHIFT_AGREE || then.z <= now.z) continue
      const saved = moves.reduce((a, m) => a + fit(m.from, single(m.from)!) - fit(m.to, single(m.from)!), 0)
      const gain = then.z - now.z + FIT_WEIGHT * saved
      if (gain >= SHIFT_MARGIN && (best === undefined || gain > best.gain)) best = { moves, gain }
    }
    if (best !== undefined) {
      const moved = best.moves.map((m) => ({ ...m, cell: cells[m.from]! }))
      for (const m of moved) cells[m.from] = null
      for (const m of moved) cells[m.to] = { ...m.cell, confidence: Math.min(m.cell.confidence, REFIT_CONFIDENCE) }
      changed = true
      g1 = Math.max(g1, ...best.moves.map((m) => m.from))
    }
    g0 = g1
  }
  return changed
}
