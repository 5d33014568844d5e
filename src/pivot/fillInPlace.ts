/**
 * A gap with its own content standing in its place. Where the aligner leaves a slot empty and a segment that fills
 * no slot stands exactly there (after the segments of the slots before, before those of the slots after), the two
 * are one cell when the content says so: the segment is of the slot's kind, its length fits the slot's share, and
 * the slot's anchors (names, numbers, URLs, code) are found in it — or, in a question-and-answer document, it is the
 * answer written right after the question filling the slot's question, or it is the one segment of its kind in the
 * document where the slot is the one slot of that kind (the title). Without such evidence the gap stays a gap
 * and the segment extra (content replaced in place, a section added beside one left out): an extra section never
 * fills a missing slot on its length alone.
 */
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { anchorsOfSegments, sameAnchor } from './pivotAnchors.js'
import { roleFamily } from './roleFamily.js'
import { shareSpread } from './slotFit.js'

/** Largest |z| of the segment's length share against the slot's. */
export const IN_PLACE_Z = 4

/** Share of the slot's anchors the segment must hold. */
export const IN_PLACE_ANCHOR_SHARE = 2 / 3

/** Confidence of a cell filled in place: the aligner did not pair them, the content did. */
export const IN_PLACE_CONFIDENCE = 0.5

/** What a segment or slot is for pairing: a heading apart from the prose around it, else its role family. */
export function kindOf(role: Segment['role']): string {
  return role === 'heading' ? 'heading' : roleFamily(role)
}

/** Whether the slot's anchors (those most members hold) are found in the segment: one at least, most of them. */
function anchorsAgree(slot: PivotSlot, segment: Segment): boolean {
  const expected = new Map(slot.anchors.filter((a) => (a.support ?? 1) >= 0.5).map((a) => [`${a.kind}:${a.key}`, a] as const))
  if (expected.size === 0) return false
  const found = anchorsOfSegments([segment])
  const matched = [...expected.values()].filter((a) => found.some((f) => sameAnchor({ kind: a.kind, normalized: a.key }, f))).length
  return matched >= IN_PLACE_ANCHOR_SHARE * expected.size
}

/** Whether a kind occurs exactly once in a list of kinds. */
function once(kinds: readonly string[], kind: string): boolean {
  return kinds.filter((k) => k === kind).length === 1
}

/**
 * Fill gaps with the extra segments standing in their place where the content says they are one (see the module's
 * comment), item by item in document order.
 * @param slots The pivot's slots.
 * @param cells The member's cells (not changed).
 * @param segments The member's content segments, in document order.
 * @param shares Each segment's length share.
 * @param extra Ids of the segments that fill no slot.
 * @returns The cells and the segments still extra (the same arrays when nothing is filled).
 */
export function fillInPlace(slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, segments: readonly Segment[], shares: readonly number[], extra: readonly string[]): { cells: Array<SlotCell | null>; extra: string[] } {
  const index = new Map(segments.map((s, i) => [s.id, i] as const))
  const free = new Set(extra.map((id) => index.get(id)).filter((p): p is number => p !== undefined))
  if (free.size === 0 || !cells.some((c) => c === null)) return { cells: [...cells], extra: [...extra] }
  const out = [...cells]
  const positions = (c: SlotCell | null | undefined): number[] => (c?.segments ?? []).map((id) => index.get(id)).filter((p): p is number => p !== undefined)
  const answersItsQuestion = (s: number, j: number): boolean => {
    if (slots[s]!.role !== 'answer' || s === 0 || slots[s - 1]!.role !== 'question' || segments[j - 1]?.role !== 'question') return false
    const question = positions(out[s - 1])
    return question.length === 1 && question[0] === j - 1
  }
  const fits = (s: number, j: number): boolean => {
    const slot = slots[s]!
    const segment = segments[j]!
    if (kindOf(slot.role) !== kindOf(segment.role)) return false
    if (Math.abs(shares[j]! - slot.share) / shareSpread(slot) > IN_PLACE_Z) return false
    return anchorsAgree(slot, segment) || answersItsQuestion(s, j) || (once(slots.map((x) => kindOf(x.role)), kindOf(slot.role)) && once(segments.map((x) => kindOf(x.role)), kindOf(segment.role)))
  }
  for (let g0 = 0; g0 < slots.length; g0++) {
    if (out[g0] !== null) continue
    let g1 = g0
    while (g1 + 1 < slots.length && out[g1 + 1] === null) g1++
    const before = Math.max(-1, ...out.slice(0, g0).flatMap(positions))
    const after = Math.min(segments.length, ...out.slice(g1 + 1).flatMap(positions))
    const standing = [...free].filter((j) => j > before && j < after).sort((a, b) => a - b)
    let next = 0
    for (let s = g0; s <= g1 && next < standing.length; s++) {
      const k = standing.findIndex((j, i) => i >= next && fits(s, j))
      if (k < 0) continue
      const j = standing[k]!
      out[s] = { segments: [segments[j]!.id], sentences: segments[j]!.sentences.map((x) => x.id), confidence: IN_PLACE_CONFIDENCE }
      free.delete(j)
      next = k + 1
    }
    g0 = g1
  }
  return { cells: out, extra: extra.filter((id) => free.has(index.get(id) ?? -1)) }
}
