/**
 * Split cells re-fitted: a slot filled by several segments keeps only those that belong to it. The aligner splits a
 * slot over two segments when their lengths add up to it, which also happens when one of them is a neighbour's
 * (a question read after an answer it follows) or text the translation added. An edge segment leaves the slot
 * when
 *
 * - its role is another kind than the slot's and the neighbouring slot on its side is of its kind, with no cell of
 *   its own (a gap, or a segment shared with a further slot): it fills that neighbour;
 * - its role is another kind than the slot's and its words do not agree with the slot (or are too few to tell)
 *   while the rest of the cell agrees: it fills the neighbouring gap of its kind on its side when its words agree
 *   there, else no slot (a turn moved away leaves its question beside the answer before; the move is then found
 *   from the gap and the extra segments, see `placeMoves`);
 * - or its own words are not found in the other translations' cells of the slot (the bar of an added paragraph,
 *   `saysNothingThere`; with too few of them linked, next to no match in either direction) while the rest of the
 *   cell agrees: it fills the neighbouring gap on
 *   its side when its words agree there, else no slot (an added paragraph, reported `extra`).
 */
import { roleFamily } from '../pivot/roleFamily.js'
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { FAR_Z, REFIT_CONFIDENCE, agrees } from './affinityVerdict.js'
import { saysNothingThere } from './contentReasons.js'
import type { Affinity } from './slotAffinity.js'

function segmentOf(sentenceId: string): string {
  const dot = sentenceId.indexOf('.')
  return dot < 0 ? sentenceId : sentenceId.slice(0, dot)
}

/**
 * Pooled matches at most this share of the usual rate: a segment whose own words are too few to judge alone is
 * foreign to the slot only when next to nothing matches (a short second half of a split paragraph can pool to a
 * tenth of the usual rate; a paragraph from elsewhere pools to none).
 */
export const FOREIGN_POOLED_RATIO = 0.05

/** Whether a segment says nothing the slot's other cells say (its own words, else nearly no match at all). */
function foreignTo(a: Affinity): boolean {
  if (a.precision !== undefined) return saysNothingThere(a, true)
  return a.ratio !== undefined && a.z !== undefined && a.ratio <= FOREIGN_POOLED_RATIO && a.z <= -FAR_Z
}

/** Sorted distinct union of word id sets. */
function union(sets: readonly Int32Array[]): Int32Array {
  return Int32Array.from(new Set(sets.flatMap((s) => [...s]))).sort()
}

/**
 * Re-fit the split cells of a member, in place.
 * @param slots The pivot's slots.
 * @param segments The member's content segments, in document order.
 * @param cells The member's cells (changed in place).
 * @param words Each segment's word ids.
 * @param affinity Word-set against slot affinity of this member.
 * @returns Whether a cell changed.
 */
export function refitSplits(slots: readonly PivotSlot[], segments: readonly Segment[], cells: Array<SlotCell | null>, words: readonly Int32Array[], affinity: (words: Int32Array, slot: number) => Affinity): boolean {
  const index = new Map(segments.map((s, i) => [s.id, i] as const))
  const holders = (id: string): number => cells.reduce((n, c) => n + (c?.segments.includes(id) === true ? 1 : 0), 0)
  // A neighbour without a cell of its own: a gap, or a segment it shares with another slot.
  const open = (t: number): boolean => {
    const c = cells[t]
    return c == null || c.segments.length === 0 || c.segments.every((id) => holders(id) > 1)
  }
  const cellOf = (j: number): SlotCell => ({ segments: [segments[j]!.id], sentences: segments[j]!.sentences.map((x) => x.id), confidence: REFIT_CONFIDENCE })
  let changed = false
  for (let s = 0; s < slots.length; s++) {
    const cell = cells[s]
    if (cell == null || cell.segments.length < 2 || cell.segments.some((id) => holders(id) !== 1 || !index.has(id))) continue
    const members = cell.segments.map((id) => index.get(id)!)
    for (const [edge, side] of [[members.length - 1, 1], [0, -1]] as const) {
      const j = members[edge]!
      const t = s + side
      const neighbour = t >= 0 && t < slots.length ? t : undefined
      const kind = roleFamily(segments[j]!.role)
      let target: number | undefined | null = null
      if (kind !== roleFamily(slots[s]!.role) && neighbour !== undefined && roleFamily(slots[neighbour]!.role) === kind && open(neighbour)) target = neighbour
      else {
        const rest = union(members.filter((_, k) => k !== edge).map((k) => words[k]!))
        // A segment of another kind (a question in an answer's cell) stays only when its words agree with the slot.
        const leaves = kind !== roleFamily(slots[s]!.role) ? !agrees(affinity(words[j]!, s)) : foreignTo(affinity(words[j]!, s))
        if (!leaves || !agrees(affinity(rest, s))) continue
        const gap = neighbour !== undefined && cells[neighbour] == null && roleFamily(slots[neighbour]!.role) === kind && agrees(affinity(words[j]!, neighbour))
        target = gap ? neighbour : undefined
      }
      if (target === null) continue
      const left = cell.segments.filter((id) => id !== segments[j]!.id)
      cells[s] = { segments: left, sentences: cell.sentences.filter((id) => left.includes(segmentOf(id))), confidence: Math.min(cell.confidence, REFIT_CONFIDENCE) }
      if (target !== undefined) cells[target] = cellOf(j)
      changed = true
      break
    }
  }
  return changed
}
