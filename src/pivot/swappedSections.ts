/**
 * Two neighbouring sections that changed places. When both have about the pivot's shape (a heading and a few
 * paragraphs each), a monotone aligner lays the second section's content on the first section's slots and the
 * first's on the second's, item by item, with confident cells: no gap and no extra segment is left for
 * `movedBlocks` or `displacedBlocks` to find, and the lengths alone do not say which order is right. The anchors do:
 * the anchors one section's slots expect and the other's do not (a heading's id, a link, a name, a number) are found
 * in the segments laid on the other section's slots.
 *
 * So for each two neighbouring sections of the pivot (a slot opening a section — a heading, a question — and the
 * slots up to the next one), whose cells hold a stretch of the document no other slot holds, every split of that
 * stretch at a segment opening a section (the stretch opening with one too) is read as the two sections swapped: the
 * second's own anchors in the part before the split, the first's in the part after. Anchors are read with the code
 * blocks that follow a segment (a slot expects the code its paragraph introduces), and only those the stretch
 * writes somewhere count (a code block the member keeps in an older version says nothing of the order). The split
 * that finds most of them ({@link SWAPPED_ANCHOR_SHARE}, one of each section's at least) while the order as it
 * stands finds few of them ({@link SWAPPED_ORDER_SHARE}), and whose structure fits about as well as the order as it
 * stands (`alignToSlots`, worse by one regrouping at most: a translation may write a pivot paragraph as a heading
 * and a paragraph), is a swap: each part fills its own section's slots, item by item when it has as many segments
 * as the section has slots, else aligned again by structure, and every pair of slots of the two sections is
 * reported out of order.
 */
import type { PivotAnchor, PivotSlot, Segment, SlotCell } from '../types.js'
import type { Anchor } from '../align/anchors/Anchor.js'
import { SLOT_REGROUP_COST, alignToSlots } from './alignToSlots.js'
import { kindOf } from './fillInPlace.js'
import { MOVED_CONFIDENCE } from './movedBlocks.js'
import { anchorsOfSegments, sameAnchor } from './pivotAnchors.js'

/** Share of the two sections' own anchors the swapped reading must find where it puts them. */
export const SWAPPED_ANCHOR_SHARE = 2 / 3

/** Largest share of the two sections' own anchors the order as it stands may find in the same parts. */
export const SWAPPED_ORDER_SHARE = 1 / 3

/** Fewest own anchors the two sections must expect together: without them, lengths alone would decide. */
export const SWAPPED_MIN_ANCHORS = 3

/** Whether a slot or segment of this role opens a section (a heading, a question). */
export function opensSection(role: Segment['role']): boolean {
  return kindOf(role) === 'heading' || role === 'question'
}

/** A swap found: the two sections' slots `[a, b)` and `[b, c)`, the stretch of the document, and where it splits. */
export interface SwappedSections {
  /** First slot of the first section. */
  a: number
  /** First slot of the second section. */
  b: number
  /** One past the second section's last slot. */
  c: number
  /** Document positions `[lo, hi]` the two sections' cells hold. */
  lo: number
  hi: number
  /** Position of the first section's opening segment: the second section's content stands before it. */
  split: number
}

/** The pivot's sections: from each slot opening a section to the next one, as `[first, end)`. */
function sectionsOf(slots: readonly PivotSlot[]): Array<[number, number]> {
  const starts = slots.map((s, i) => (opensSection(s.role) ? i : -1)).filter((i) => i >= 0)
  return starts.map((s, k) => [s, starts[k + 1] ?? slots.length])
}

/** The anchors (those most members hold) of some slots that no slot of the other list expects. */
function ownAnchors(slots: readonly PivotSlot[], mine: readonly number[], theirs: readonly number[]): PivotAnchor[] {
  const expected = (list: readonly number[]): PivotAnchor[] => list.flatMap((s) => slots[s]!.anchors.filter((a) => (a.support ?? 1) >= 0.5))
  const other = expected(theirs)
  const out = new Map<string, PivotAnchor>()
  for (const a of expected(mine)) {
    if (other.some((o) => sameAnchor({ kind: a.kind, normalized: a.key }, { kind: o.kind, normalized: o.key }))) continue
    out.set(`${a.kind}:${a.key}`, a)
  }
  return [...out.values()]
}

/** What a swap is read from: the member's slots, segments, cells and shares. */
interface Member {
  slots: readonly PivotSlot[]
  segments: readonly Segment[]
  /** Per segment, the code blocks that follow it (a slot expects the code its paragraph introduces). */
  code: ReadonlyArray<readonly Segment[]>
  cells: ReadonlyArray<SlotCell | null>
  shares: readonly number[]
  index: ReadonlyMap<string, number>
}

/** How many of the anchors are found in the segments at some document positions, with the code that follows them. */
function foundIn(m: Member, anchors: readonly PivotAnchor[], at: readonly number[]): number {
  if (anchors.length === 0 || at.length === 0) return 0
  return anchors.filter(inAnchors(anchorsAt(m, at))).length
}

/** The anchors the segments at the positions write, with the code blocks each introduces. */
function anchorsAt(m: Member, at: readonly number[]): Anchor[] {
  return anchorsOfSegments(at.flatMap((p) => [m.segments[p]!, ...(m.code[p] ?? [])]))
}

/** Whether a pivot anchor is among anchors found. */
const inAnchors = (found: readonly Anchor[]) => (a: PivotAnchor): boolean => found.some((f) => sameAnchor({ kind: a.kind, normalized: a.key }, f))

/** Document positions a cell holds. */
function positions(m: Member, cell: SlotCell | null | undefined): number[] {
  return (cell?.segments ?? []).map((id) => m.index.get(id)).filter((p): p is number => p !== undefined)
}

/**
 * The stretch of the document `[lo, hi]` the slots `[a, c)` hold, when no other slot holds a position in it and
 * both sections hold some.
 */
function stretchOf(m: Member, a: number, b: number, c: number): [number, number] | undefined {
  const first = m.cells.slice(a, b).flatMap((cell) => positions(m, cell))
  const second = m.cells.slice(b, c).flatMap((cell) => positions(m, cell))
  if (first.length === 0 || second.length === 0) return undefined
  const lo = Math.min(...first, ...second)
  const hi = Math.max(...first, ...second)
  const outside = m.cells.some((cell, s) => (s < a || s >= c) && positions(m, cell).some((p) => p >= lo && p <= hi))
  return outside ? undefined : [lo, hi]
}

/**
 * Whether the segments a split moves to the other section tell the swap: a short section moved up past a long one
 * leaves the long one's cells in place (the aligner glues the short one's segments to its first cells and lays the
 * next section on the short one's slots), so the order as it stands finds most anchors of the two sections, and
 * only the segments that change side can tell. They tell when they hold an own anchor of the section the split
 * gives them to, and at most {@link SWAPPED_ORDER_SHARE} as many of the section whose cells hold them now.
 * @param m The member.
 * @param ownA The first section's own anchors.
 * @param ownB The second section's own anchors.
 * @param toB Positions the first section's cells hold that the split gives the second.
 * @param toA Positions the second section's cells hold that the split gives the first.
 */
function movedSideTells(m: Member, ownA: readonly PivotAnchor[], ownB: readonly PivotAnchor[], toB: readonly number[], toA: readonly number[]): boolean {
  const swapped = foundIn(m, ownB, toB) + foundIn(m, ownA, toA)
  const stands = foundIn(m, ownA, toB) + foundIn(m, ownB, toA)
  return swapped > 0 && stands <= SWAPPED_ORDER_SHARE * swapped
}

/** Cost of aligning slots `[from, to)` to the segments at positions `[p, q)` by structure. */
function structureCost(m: Member, from: number, to: number, p: number, q: number): number {
  return alignToSlots(m.slots.slice(from, to), m.segments.slice(p, q), m.shares.slice(p, q)).cost
}

/** The swap of the sections `[a, b)` and `[b, c)`, when the anchors and the structure say so (see the module's comment). */
function findSwap(m: Member, a: number, b: number, c: number): SwappedSections | undefined {
  const stretch = stretchOf(m, a, b, c)
  if (stretch === undefined) return undefined
  const [lo, hi] = stretch
  const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k)
  // Only the anchors the stretch writes somewhere tell the order: one the member lacks (a stale code version) does not.
  const inStretch = inAnchors(anchorsAt(m, range(lo, hi + 1)))
  const written = (anchors: readonly PivotAnchor[]): PivotAnchor[] => anchors.filter(inStretch)
  const ownA = written(ownAnchors(m.slots, range(a, b), range(b, c)))
  const ownB = written(ownAnchors(m.slots, range(b, c), range(a, b)))
  const total = ownA.length + ownB.length
  if (ownA.length === 0 || ownB.length === 0 || total < SWAPPED_MIN_ANCHORS) return undefined
  // The second section's content opens the stretch: a segment opening a section (a translation may write a question
  // as a heading).
  if (!opensSection(m.segments[lo]!.role)) return undefined
  const cellsA = m.cells.slice(a, b).flatMap((cell) => positions(m, cell))
  const cellsB = m.cells.slice(b, c).flatMap((cell) => positions(m, cell))
  const asItStands = foundIn(m, ownA, cellsA) + foundIn(m, ownB, cellsB)
  let best: { split: number; found: number } | undefined
  for (let t = lo + 1; t <= hi; t++) {
    if (!opensSection(m.segments[t]!.role)) continue
    const foundB = foundIn(m, ownB, range(lo, t))
    const foundA = foundIn(m, ownA, range(t, hi + 1))
    if (foundA === 0 || foundB === 0 || foundA + foundB < SWAPPED_ANCHOR_SHARE * total) continue
    if (asItStands > SWAPPED_ORDER_SHARE * total && !movedSideTells(m, ownA, ownB, cellsA.filter((p) => p < t), cellsB.filter((p) => p >= t))) continue
    if (best === undefined || foundA + foundB > best.found) best = { split: t, found: foundA + foundB }
  }
  if (best === undefined) return undefined
  const swapped = structureCost(m, b, c, lo, best.split) + structureCost(m, a, b, best.split, hi + 1)
  if (swapped > structureCost(m, a, c, lo, hi + 1) + SLOT_REGROUP_COST) return undefined
  return { a, b, c, lo, hi, split: best.split }
}

/**
 * Put back neighbouring sections that changed places (see the module's comment), in place.
 * @param slots The pivot's slots.
 * @param cells The member's cells (changed in place).
 * @param segments The member's content segments, in document order.
 * @param shares Each segment's length share.
 * @param done Slot indices already reported out of order (left as they are).
 * @param code Per segment, the code blocks that follow it (see `codeAfter`; default none): the anchors a slot expects
 *   include the code its paragraph introduces.
 * @returns The swaps put back.
 */
export function placeSwappedSections(slots: readonly PivotSlot[], cells: Array<SlotCell | null>, segments: readonly Segment[], shares: readonly number[], done: ReadonlySet<number> = new Set(), code: ReadonlyArray<readonly Segment[]> = []): SwappedSections[] {
  const m: Member = { slots, segments, code, cells, shares, index: new Map(segments.map((s, i) => [s.id, i] as const)) }
  const sections = sectionsOf(slots)
  const out: SwappedSections[] = []
  for (let k = 0; k + 1 < sections.length; k++) {
    const [a, b] = sections[k]!
    const c = sections[k + 1]![1]
    if (out.some((x) => x.c > a) || Array.from({ length: c - a }, (_, i) => a + i).some((s) => done.has(s))) continue
    const swap = findSwap(m, a, b, c)
    if (swap === undefined) continue
    // Item by item when a part has as many segments as its section has slots (a section moves with its inside
    // kept), else aligned by structure.
    const place = (from: number, to: number, p: number, q: number): void => {
      if (q - p === to - from) {
        for (let i = 0; i < to - from; i++) cells[from + i] = { segments: [segments[p + i]!.id], sentences: segments[p + i]!.sentences.map((x) => x.id), confidence: MOVED_CONFIDENCE }
        return
      }
      const aligned = alignToSlots(slots.slice(from, to), segments.slice(p, q), shares.slice(p, q))
      aligned.cells.forEach((cell, i) => (cells[from + i] = cell === null ? null : { ...cell, confidence: Math.min(cell.confidence, MOVED_CONFIDENCE) }))
    }
    place(b, c, swap.lo, swap.split)
    place(a, b, swap.split, swap.hi + 1)
    out.push(swap)
  }
  return out
}
