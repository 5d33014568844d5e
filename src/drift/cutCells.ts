import { roleFamily } from '../pivot/roleFamily.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { Pivot, Segment, SlotCell } from '../types.js'

/** Share of a slot's expected length below which a lone segment in its place reads as its text cut short. */
const CUT_BELOW = 0.8

/**
 * Slots left empty where one segment that fills no slot stands in their place, of their role and clearly shorter
 * than they are: the beginning of the slot's text with the rest cut (a translation that stops after the first
 * sentence of an answer, which the aligner cannot fit by length), not a slot missing beside a segment added. Such a
 * segment fills the slot, so that it is scored as `partial`/`length` there instead of `missing` plus `extra`. And
 * an empty slot beside a slot filled by two segments, the one on its side of its role and the other of the
 * neighbour's: the alignment slid by one place around a cut paragraph, and that segment is the empty slot's.
 * @param pivot The pivot.
 * @param segments The document's content segments, in reading order.
 * @param alignment The document aligned to the pivot.
 * @param shareOf A segment's share of the document's letters.
 * @returns The cells and the segments still extra (the alignment's own when nothing changes).
 */
export function fillCutSlots(pivot: Pivot, segments: readonly Segment[], alignment: PivotAlignment, shareOf: (id: string) => number): Pick<PivotAlignment, 'cells' | 'extra'> {
  const { cells, extra } = alignment
  if (!cells.some((c) => c === null)) return { cells, extra }
  const position = new Map(segments.map((s, i) => [s.id, i] as const))
  const byId = new Map(segments.map((s) => [s.id, s] as const))
  const edge = (cell: SlotCell | null | undefined, pick: (a: number, b: number) => number): number | undefined => {
    const at = (cell?.segments ?? []).map((id) => position.get(id)).filter((p): p is number => p !== undefined)
    return at.length === 0 ? undefined : at.reduce(pick)
  }
  const filled = [...cells]
  const left = new Set(extra)
  let moved = false
  // A neighbour holding two segments, the one on this slot's side of this slot's role: the alignment slid by one
  // (a cut paragraph pulled its neighbour along), so that segment is this slot's.
  const moveFromNeighbour = (i: number): void => {
    for (const [k, side] of [[i + 1, 0], [i - 1, 1]] as const) {
      const cell = filled[k]
      if (cell === null || cell === undefined || cell.segments.length !== 2 || filled.filter((c) => c?.segments.some((id) => cell.segments.includes(id))).length > 1) continue
      const ordered = [...cell.segments].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
      const segment = byId.get(ordered[side]!)
      const keep = byId.get(ordered[1 - side]!)
      if (segment === undefined || keep === undefined || roleFamily(segment.role) !== roleFamily(pivot.slots[i]!.role) || roleFamily(keep.role) !== roleFamily(pivot.slots[k]!.role)) continue
      filled[i] = { segments: [segment.id], sentences: segment.sentences.map((s) => s.id), confidence: 0 }
      filled[k] = { ...cell, segments: [keep.id], sentences: cell.sentences.filter((id) => keep.sentences.some((s) => s.id === id)) }
      moved = true
      return
    }
  }
  pivot.slots.forEach((slot, i) => {
    if (filled[i] !== null || slot.share <= 0) return
    let after = -1
    for (let k = i - 1; k >= 0 && after < 0; k--) after = edge(filled[k], Math.max) ?? -1
    let before = Infinity
    for (let k = i + 1; k < filled.length && before === Infinity; k++) before = edge(filled[k], Math.min) ?? Infinity
    const between = [...left].filter((id) => {
      const p = position.get(id)
      return p !== undefined && p > after && p < before
    })
    if (between.length === 0) {
      moveFromNeighbour(i)
      return
    }
    if (between.length !== 1) return
    const segment = byId.get(between[0]!)
    if (segment === undefined || roleFamily(segment.role) !== roleFamily(slot.role) || shareOf(segment.id) >= CUT_BELOW * slot.share) return
    filled[i] = { segments: [segment.id], sentences: segment.sentences.map((s) => s.id), confidence: 0 }
    left.delete(segment.id)
  })
  return left.size === extra.length && !moved ? { cells, extra } : { cells: filled, extra: extra.filter((id) => left.has(id)) }
}
