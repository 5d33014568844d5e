/**
 * Gaps re-fitted as merges: a slot left empty beside a segment that holds its words as well as its own slot's is
 * merged into that segment. The aligner leaves a gap when a translation joins two paragraphs and the joined one
 * fits one slot's length best; the words of both slots are found in it (recall), while a neighbour of a slot that
 * is really missing holds none of its words.
 */
import { roleFamily } from '../pivot/roleFamily.js'
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { AGREE_RATIO, REFIT_CONFIDENCE } from './affinityVerdict.js'
import type { Affinity } from './slotAffinity.js'

/**
 * Merge gaps into a neighbouring segment that holds their words, in place.
 * @param slots The pivot's slots.
 * @param segments The member's content segments, in document order.
 * @param cells The member's cells (changed in place).
 * @param words Each segment's word ids.
 * @param affinity Word-set against slot affinity of this member.
 * @returns Whether a cell changed.
 */
export function refitMerges(slots: readonly PivotSlot[], segments: readonly Segment[], cells: Array<SlotCell | null>, words: readonly Int32Array[], affinity: (words: Int32Array, slot: number) => Affinity): boolean {
  const index = new Map(segments.map((s, i) => [s.id, i] as const))
  const holders = (id: string): number => cells.reduce((n, c) => n + (c?.segments.includes(id) === true ? 1 : 0), 0)
  const holds = (a: Affinity): boolean => a.recall !== undefined && a.recall >= AGREE_RATIO
  let changed = false
  for (let g = 0; g < slots.length; g++) {
    if (cells[g] != null) continue
    for (const s of [g - 1, g + 1]) {
      const cell = s >= 0 && s < slots.length ? cells[s] : undefined
      if (cell == null || cell.segments.length !== 1 || holders(cell.segments[0]!) !== 1 || roleFamily(slots[s]!.role) !== roleFamily(slots[g]!.role)) continue
      const j = index.get(cell.segments[0]!)
      if (j === undefined || !holds(affinity(words[j]!, g)) || !holds(affinity(words[j]!, s))) continue
      const merged = { ...cell, confidence: Math.min(cell.confidence, REFIT_CONFIDENCE) }
      cells[s] = merged
      cells[g] = merged
      changed = true
      break
    }
  }
  return changed
}
