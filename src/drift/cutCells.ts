import { anchorsOfSegments } from '../pivot/pivotAnchors.js'
import { roleFamily } from '../pivot/roleFamily.js'
import { anchorKey } from './laterAnchors.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { Pivot, PivotSlot, Segment, SlotCell } from '../types.js'

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
  // The next slot holding one segment that is this slot's text cut short, and the next slot's own text left over
  // right after it: the alignment slid by one past the cut (see `slidPastCut`).
  const slidPast = (i: number): boolean => {
    const next = filled[i + 1]
    if (next === null || next === undefined || next.segments.length !== 1 || filled.filter((c) => c?.segments.includes(next.segments[0]!) === true).length > 1) return false
    let until = Infinity
    for (let k = i + 2; k < filled.length && until === Infinity; k++) until = edge(filled[k], Math.min) ?? Infinity
    const from = position.get(next.segments[0]!) ?? Infinity
    const after = [...left].filter((id) => (position.get(id) ?? -1) > from && (position.get(id) ?? Infinity) < until)
    const cut = byId.get(next.segments[0]!)
    const own = after.length === 1 ? byId.get(after[0]!) : undefined
    if (cut === undefined || own === undefined || !slidPastCut(pivot, i, cut, own, shareOf)) return false
    filled[i] = { segments: [cut.id], sentences: cut.sentences.map((s) => s.id), confidence: 0 }
    filled[i + 1] = { segments: [own.id], sentences: own.sentences.map((s) => s.id), confidence: 0 }
    left.delete(own.id)
    return true
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
      if (!slidPast(i)) moveFromNeighbour(i)
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

/**
 * Whether an empty slot's text is the segment the aligner put in the next slot, cut short, with the next slot's own
 * text the segment left over right after it: a paragraph cut after its first sentence is about as short as the next
 * slot's, so the alignment pairs it there and leaves the next paragraph without a slot. The cut segment is of the
 * empty slot's role and clearly shorter than it ({@link CUT_BELOW}); the one left over is of the next slot's role and
 * fits it better: it writes more of the next slot's anchors (links, code, numbers) than the cut one, or as many and
 * its length is nearer the next slot's (log ratio of shares). A cut paragraph and the next one can be about as long;
 * the links and code the next slot expects tell whose text each is.
 * @param pivot The pivot.
 * @param i The empty slot.
 * @param cut The segment the next slot holds.
 * @param own The segment left over right after it, before the cell of the slot after the next.
 * @param shareOf A segment's share of the document's letters.
 */
function slidPastCut(pivot: Pivot, i: number, cut: Segment, own: Segment, shareOf: (id: string) => number): boolean {
  const slot = pivot.slots[i]!
  const next = pivot.slots[i + 1]
  if (next === undefined || next.share <= 0 || roleFamily(cut.role) !== roleFamily(slot.role) || roleFamily(own.role) !== roleFamily(next.role)) return false
  const cutShare = shareOf(cut.id)
  const ownShare = shareOf(own.id)
  if (cutShare <= 0 || ownShare <= 0 || cutShare >= CUT_BELOW * slot.share) return false
  const anchors = nextAnchors(next, own) - nextAnchors(next, cut)
  if (anchors !== 0) return anchors > 0
  return Math.abs(Math.log(ownShare / next.share)) < Math.abs(Math.log(cutShare / next.share))
}

/** How many of a slot's anchors a segment writes (by their normalised key). */
function nextAnchors(slot: PivotSlot, segment: Segment): number {
  const keys = new Set(anchorsOfSegments([segment]).map(anchorKey))
  return slot.anchors.filter((a) => keys.has(`${a.kind}:${a.key}`)).length
}
