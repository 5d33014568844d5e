/**
 * Moves the aligner reported from lengths alone, put back where the words say they were not moves. The swap check
 * of the pivot stage (`findSwaps`) exchanges two lopsided cells when the exchange fits their expected lengths
 * better; a paragraph added to an answer, or one replaced by a longer one, makes a cell lopsided without any move.
 * Such a pair goes back to document order when the word links (learned without the family) find the two segments
 * clearly better in document order: their summed match rates there exceed those of the reported order by
 * {@link UNDO_MARGIN}, and one of them agrees with its slot. A slot put back that is still out of order with a
 * neighbour of its kind (a rotation the aligner reported in part) is reported with it.
 */
import { roleFamily } from '../pivot/roleFamily.js'
import type { PivotSlot, SlotCell } from '../types.js'
import { REFIT_CONFIDENCE, agrees } from './affinityVerdict.js'
import type { Affinity } from './slotAffinity.js'

/** How much the summed match rates (each relative to the usual rate) must gain in document order. */
export const UNDO_MARGIN = 1

/**
 * Undo reported moves the words contradict, in place.
 * @param slots The pivot's slots.
 * @param cells The member's cells (changed in place).
 * @param reordered The reported moves (changed in place: pairs no longer out of order are dropped).
 * @param single The document position of the segment a slot holds alone, if it does.
 * @param words Each segment's word ids, by document position.
 * @param affinity Word-set against slot affinity, from links learned without the family.
 * @returns The ids of the slots put back.
 */
export function undoLengthSwaps(slots: readonly PivotSlot[], cells: Array<SlotCell | null>, reordered: Array<[string, string]>, single: (slot: number) => number | undefined, words: readonly Int32Array[], affinity: (words: Int32Array, slot: number) => Affinity): string[] {
  const slotIndex = new Map(slots.map((s, i) => [s.id, i] as const))
  const undone: string[] = []
  for (const [x, y] of [...reordered]) {
    const a = Math.min(slotIndex.get(x) ?? -1, slotIndex.get(y) ?? -1)
    const b = Math.max(slotIndex.get(x) ?? -1, slotIndex.get(y) ?? -1)
    if (a < 0 || roleFamily(slots[a]!.role) !== roleFamily(slots[b]!.role) || undone.includes(slots[a]!.id) || undone.includes(slots[b]!.id)) continue
    const ja = single(a)
    const jb = single(b)
    if (ja === undefined || jb === undefined || ja < jb) continue
    const rate = (j: number, s: number): number | undefined => affinity(words[j]!, s).ratio
    const rates = [rate(ja, a), rate(jb, b), rate(jb, a), rate(ja, b)]
    if (rates.some((r) => r === undefined)) continue
    const [ra, rb, inOrderA, inOrderB] = rates as [number, number, number, number]
    if (inOrderA + inOrderB - (ra + rb) < UNDO_MARGIN || !(agrees(affinity(words[jb]!, a)) || agrees(affinity(words[ja]!, b)))) continue
    const ca = cells[a]!
    cells[a] = { ...cells[b]!, confidence: Math.min(cells[b]!.confidence, REFIT_CONFIDENCE) }
    cells[b] = { ...ca, confidence: Math.min(ca.confidence, REFIT_CONFIDENCE) }
    undone.push(slots[a]!.id, slots[b]!.id)
  }
  if (undone.length === 0) return undone
  // Pairs stay reported only while their content is still out of order.
  const inverted = ([x, y]: [string, string]): boolean => {
    const px = single(slotIndex.get(x) ?? -1)
    const py = single(slotIndex.get(y) ?? -1)
    return px === undefined || py === undefined || (px > py) === ((slotIndex.get(x) ?? 0) < (slotIndex.get(y) ?? 0))
  }
  const kept = reordered.filter(inverted)
  // A slot put back can still be out of order with a neighbour the aligner did not report (a rotation undone in part).
  for (const id of undone) {
    const u = slotIndex.get(id)!
    for (let v = Math.max(0, u - 2); v <= Math.min(slots.length - 1, u + 2); v++) {
      if (v === u || roleFamily(slots[v]!.role) !== roleFamily(slots[u]!.role)) continue
      const pair: [string, string] = u < v ? [slots[u]!.id, slots[v]!.id] : [slots[v]!.id, slots[u]!.id]
      const pu = single(Math.min(u, v))
      const pv = single(Math.max(u, v))
      if (pu !== undefined && pv !== undefined && pu > pv && !kept.some(([x, y]) => x === pair[0] && y === pair[1])) kept.push(pair)
    }
  }
  reordered.splice(0, reordered.length, ...kept)
  return undone
}
