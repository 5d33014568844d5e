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
 * slots), and lengths and anchors tell the two places apart. Words found at under half the usual rate in both
 * places say nothing of either (some pairs' half-corpus links find a paragraph no better in its own slot): the gap
 * then moves when the lengths and anchors alone save the margin, and the words do not prefer where it is.
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
/**
 * Pooled match rate (against the usual rate) the moved segments must reach in their new slots; when they do not
 * reach it where they are either, the slot fit alone must save {@link SHIFT_MARGIN} instead.
 */
export const SHIFT_AGREE = 0.5

interface Move {
  from: number
  to: number
}


/**
 * The places a gap `[g0, g1]` could take: the gap put up to {@link MAX_SHIFT} slots on or back, and the segments of
 * the slots it crosses laid on the other slots in document order. Each place is the list of cells that move. A move
 * the pivot stage reported from lengths with one of those slots is laid in document order with them: its lengths
 * were measured with the gap in the wrong place (a missing paragraph makes every other one a larger share of its
 * document).
 */
function candidates(slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, g0: number, g1: number, single: (s: number) => number | undefined, segments: readonly Segment[], reordered: ReadonlyArray<readonly [number, number]>): Move[][] {
  const k = g1 - g0 + 1
  const kind = (s: number): string => roleFamily(slots[s]!.role)
  const held = (s: number): boolean => cells[s] != null && single(s) !== undefined
  let lo = g0
  while (lo > 0 && g0 - lo < MAX_SHIFT && held(lo - 1)) lo--
  let hi = g1
  while (hi + 1 < slots.length && hi - g1 < MAX_SHIFT && held(hi + 1)) hi++
  const out: Move[][] = []
  for (let p = lo; p + k - 1 <= hi; p++) {
    if (p === g0) continue
    // The slots between the gap and its new place, widened to the reported moves that touch them.
    let a = Math.min(p, g0)
    let b = Math.max(p + k - 1, g1)
    for (let grown = true; grown; ) {
      grown = false
      for (const [x, y] of reordered) {
        if ((x >= a && x <= b) || (y >= a && y <= b)) {
          const [na, nb] = [Math.min(a, x, y), Math.max(b, x, y)]
          if (na !== a || nb !== b) grown = true
          ;[a, b] = [na, nb]
        }
      }
    }
    if (a < lo || b > hi) continue
    const span = Array.from({ length: b - a + 1 }, (_, i) => a + i)
    const from = new Map(span.filter((s) => s < g0 || s > g1).map((s) => [single(s)!, s] as const))
    const order = [...from.keys()].sort((x, y) => x - y)
    const targets = span.filter((s) => s < p || s >= p + k)
    const moves: Move[] = []
    const fits = targets.every((to, i) => {
      const j = order[i]!
      if (from.get(j) !== to) moves.push({ from: from.get(j)!, to })
      return kind(to) === roleFamily(segments[j]!.role) && kind(from.get(j)!) === kind(to)
    })
    if (fits && moves.length > 0) out.push(moves)
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
 * @param reordered Slot pairs the pivot stage reported out of order (by id): laid in document order when a gap
 *   moves across one of their slots.
 * @returns Whether a gap moved.
 */
export function shiftGaps(slots: readonly PivotSlot[], cells: Array<SlotCell | null>, single: (s: number) => number | undefined, segments: readonly Segment[], words: readonly Int32Array[], affinity: (words: Int32Array, slot: number) => Affinity, reordered: ReadonlyArray<readonly [string, string]> = []): boolean {
  const slotIndex = new Map(slots.map((s, i) => [s.id, i] as const))
  const pairs = reordered.map(([x, y]) => [slotIndex.get(x) ?? -1, slotIndex.get(y) ?? -1] as const).filter(([x, y]) => x >= 0 && y >= 0)
  let changed = false
  const shares = segmentShares(segments)
  const fit = (s: number, j: number): number => slotFit([slots[s]!], [segments[j]!], [shares[j]!])
  for (let g0 = 0; g0 < slots.length; g0++) {
    if (cells[g0] !== null) continue
    let g1 = g0
    while (g1 + 1 < slots.length && cells[g1 + 1] === null) g1++
    let best: { moves: Move[]; gain: number } | undefined
    for (const moves of candidates(slots, cells, g0, g1, single, segments, pairs)) {
      const now = pooledCounts(moves.map((m) => affinity(words[single(m.from)!]!, m.from).counts))
      const then = pooledCounts(moves.map((m) => affinity(words[single(m.from)!]!, m.to).counts))
      if (now === undefined || then === undefined || then.z <= now.z) continue
      const saved = moves.reduce((a, m) => a + fit(m.from, single(m.from)!) - fit(m.to, single(m.from)!), 0)
      if (then.ratio < SHIFT_AGREE && !(now.ratio < SHIFT_AGREE && FIT_WEIGHT * saved >= SHIFT_MARGIN)) continue
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
