import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { roleFamily } from './roleFamily.js'
import { segmentShares } from './segmentShares.js'
import { shareSpread, slotFit } from './slotFit.js'
import { usage } from '../errors/checkArgument.js'
import { SEGMENT_SHAPE, SLOT_SHAPE, checkShapeArray, checkTextArray } from '../errors/checkShape.js'
import { permutations } from './permutations.js'
import { MOVED_CONFIDENCE, anchorsFound, movedBlocks, type BlockReading } from './movedBlocks.js'
import { placeDisplaced } from './displacedBlocks.js'
import { placeSwappedSections } from './swappedSections.js'

/** How much better (in cost units) a reordered assignment must fit before a reordering is reported. */
export const SWAP_MARGIN = 3
/** Cells at or above this confidence, with one segment, are trusted and bound the regions re-examined. */
export const TRUSTED_CONFIDENCE = 0.9
/** Largest number of slots of one role family re-assigned by exhaustive search. */
const MAX_GROUP = 7

/** Result of {@link findSwaps}. */
export interface Swaps {
  /** Cells, with reordered content put back in the slots it belongs to. */
  cells: Array<SlotCell | null>
  /** Slot pairs whose content appears in swapped order. */
  reordered: Array<[string, string]>
  /** Segments still left without a slot. */
  extra: string[]
}

/**
 * Find content that sits in the wrong order. A monotone aligner cannot express a swap: it pairs slots with
 * segments in document order, and around swapped content its beads turn uncertain or lopsided. So every run of
 * untrusted slots (low confidence, gaps, several segments) between trusted ones is re-examined: when it holds as
 * many segments as slots, each role family (questions, answers, prose…) is re-assigned by exhaustive search over
 * permutations with {@link slotFit} (length share against the slot's expected share, anchors). If the best
 * assignment beats document order by {@link SWAP_MARGIN}, it replaces it and the inverted slot pairs are reported.
 * Last, a run of gaps and a run of segments that fill no slot elsewhere in the document that match item by item are
 * a section moved whole (see `movedBlocks`): the segments fill the gaps, and the slot pairs the move crosses are
 * reported. So is a section moved past a neighbouring section of another size, found from the gap it leaves and
 * the slots it took (see `displacedBlocks`), and two neighbouring sections that changed places with confident cells,
 * found from the anchors each section's slots expect (see `swappedSections`), read with the code blocks that follow
 * each segment (`code`, one list per segment: see `codeAfter`; default none).
 *
 * The slots' shares are a majority's length only in a pivot of three members or more (`members`; default 3): in a
 * family of two, each share is the mean of both members', so a paragraph longer there than here is as much the
 * other member's doing, and translations of mixed scripts (a Chinese line keeping English product names) vary in
 * length more than the two can measure. Then lengths alone reorder no cells: the untrusted regions and the lopsided
 * neighbours are read with each segment's length taken as its slot's, so that only roles and anchors can call a swap.
 */
export function findSwaps(slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, segments: readonly Segment[], extra: readonly string[] = [], code: ReadonlyArray<readonly Segment[]> = [], members = 3): Swaps {
  checkShapeArray(slots, 'slots', 'a pivot slot', SLOT_SHAPE)
  if (!Array.isArray(cells)) usage('cells', 'an array of slot cells (or null)', cells)
  checkShapeArray(segments, 'segments', 'a segment', SEGMENT_SHAPE)
  checkTextArray(extra, 'extra')
  if (!Array.isArray(code) || !code.every((c) => Array.isArray(c))) usage('code', 'one array of code segments per segment', code)
  const out = [...cells]
  const reordered: Array<[string, string]> = []
  let leftover = [...extra]
  if (!Number.isInteger(members) || members < 1) usage('members', 'a whole number of documents (1 or more)', members)
  const shares = segmentShares(segments)
  const index = new Map(segments.map((s, i) => [s.id, i] as const))
  const fit = lengthFit(slots, segments, shares, members >= 3)
  const trusted = (c: SlotCell | null | undefined): boolean => c != null && c.segments.length === 1 && c.confidence >= TRUSTED_CONFIDENCE
  let i = 0
  while (i < slots.length) {
    if (trusted(out[i])) {
      i++
      continue
    }
    let j = i
    while (j < slots.length && !trusted(out[j])) j++
    // Region: slots [i, j); segments strictly between the neighbouring trusted cells.
    const before = i > 0 ? index.get(out[i - 1]!.segments[0]!) ?? -1 : -1
    const after = j < slots.length ? index.get(out[j]!.segments[0]!) ?? segments.length : segments.length
    const regionSlots = slots.slice(i, j)
    const regionSegments = segments.slice(before + 1, after)
    if (regionSlots.length === regionSegments.length && regionSlots.length > 1) {
      const assignment = reassignRegion(slots, segments, fit, i, before, regionSlots.length)
      if (assignment !== undefined) {
        const confidence = Math.min(...regionSlots.map((_, k) => out[i + k]?.confidence ?? 0.5), 1)
        for (const [slot, seg] of assignment) {
          const segment = segments[seg]!
          out[slot] = { segments: [segment.id], sentences: segment.sentences.map((s) => s.id), confidence }
        }
        const assigned = new Set([...assignment.values()].map((k) => segments[k]!.id))
        leftover = leftover.filter((id) => !assigned.has(id))
        const slotList = [...assignment.keys()].sort((a, b) => a - b)
        for (let a = 0; a < slotList.length; a++) {
          for (let b = a + 1; b < slotList.length; b++) {
            if (assignment.get(slotList[a]!)! > assignment.get(slotList[b]!)!) reordered.push([slots[slotList[a]!]!.id, slots[slotList[b]!]!.id])
          }
        }
      }
    }
    i = j
  }
  swapLopsidedNeighbours(slots, out, segments, shares, fit, index, reordered)
  leftover = placeMovedBlocks(slots, out, segments, shares, index, leftover, reordered, code)
  leftover = placeDisplacedBlocks(slots, out, segments, shares, leftover, reordered)
  leftover = placeSwapped(slots, out, segments, shares, leftover, reordered, code)
  return { cells: out, reordered, extra: leftover }
}

/** Cost (see {@link slotFit}) of one slot filled with one segment, both by index. */
type SegmentFit = (slot: number, seg: number) => number

/**
 * The cost of a slot filled with a segment (see {@link slotFit}), the segment's length read as it is when the
 * slots' shares are a majority's (`lengths`), else as the slot's share (see {@link findSwaps}).
 * @param slots The pivot's slots.
 * @param segments The document's segments.
 * @param shares Each segment's share of the text.
 * @param lengths Whether lengths count.
 */
function lengthFit(slots: readonly PivotSlot[], segments: readonly Segment[], shares: readonly number[], lengths: boolean): SegmentFit {
  return (slot, seg) => slotFit([slots[slot]!], [segments[seg]!], [lengths ? shares[seg]! : slots[slot]!.share])
}

/**
 * The best assignment of an untrusted region's segments to its slots, role family by role family (exhaustive search
 * over permutations with {@link slotFit}), when it beats document order by {@link SWAP_MARGIN}.
 * @param slots The pivot's slots.
 * @param segments The document's segments.
 * @param fit Cost of a slot filled with a segment (see {@link lengthFit}).
 * @param first The region's first slot.
 * @param before The segment before the region (-1 for none): the region's segments follow it.
 * @param size How many slots (and segments) the region holds.
 * @returns Segment index by slot index, or `undefined` when document order stands.
 */
function reassignRegion(slots: readonly PivotSlot[], segments: readonly Segment[], fit: SegmentFit, first: number, before: number, size: number): Map<number, number> | undefined {
  const families = new Map<string, { slots: number[]; segments: number[] }>()
  for (let k = 0; k < size; k++) {
    const family = roleFamily(slots[first + k]!.role)
    const f = families.get(family) ?? { slots: [], segments: [] }
    f.slots.push(first + k)
    families.set(family, f)
  }
  for (let k = 0; k < size; k++) families.get(roleFamily(segments[before + 1 + k]!.role))?.segments.push(before + 1 + k)
  const groups = [...families.values()]
  if (!groups.every((g) => g.slots.length === g.segments.length && g.slots.length <= MAX_GROUP)) return undefined
  let inOrder = 0
  let best = 0
  const assignment = new Map<number, number>()
  for (const g of groups) {
    g.slots.forEach((slot, k) => (inOrder += fit(slot, g.segments[k]!)))
    let bestCost = Number.POSITIVE_INFINITY
    let bestPerm: number[] = []
    for (const perm of permutations(g.slots.length)) {
      let cost = 0
      perm.forEach((p, k) => (cost += fit(g.slots[k]!, g.segments[p]!)))
      if (cost < bestCost - 1e-9) {
        bestCost = cost
        bestPerm = perm
      }
    }
    best += bestCost
    bestPerm.forEach((p, k) => assignment.set(g.slots[k]!, g.segments[p]!))
  }
  return inOrder - best > SWAP_MARGIN ? assignment : undefined
}

/**
 * Sections moved whole (see `movedBlocks`) put back in their slots, in place (a paragraph of one glued to a
 * neighbouring cell leaves that cell); the slot pairs they crossed are reported. Returns the segments still left
 * without a slot.
 * @param slots The pivot's slots.
 * @param out The member's cells (changed in place).
 * @param segments The member's content segments, in document order.
 * @param shares Each segment's length share.
 * @param index Each segment's document position, by id.
 * @param extra The ids of the segments that fill no slot.
 * @param reordered The slot pairs reported out of order (added to in place).
 * @param code Per segment, the code blocks that follow it.
 * @param words What the words say of a block whose slots expect too few anchors (see `BlockReading`).
 * @param alone Whether the segment a slot holds alone is not that slot's (see `movedBlocks`); a slot whose segment
 *   a block takes is left a gap.
 */
export function placeMovedBlocks(slots: readonly PivotSlot[], out: Array<SlotCell | null>, segments: readonly Segment[], shares: readonly number[], index: ReadonlyMap<string, number>, extra: readonly string[], reordered: Array<[string, string]>, code: ReadonlyArray<readonly Segment[]>, words?: BlockReading['words'], alone?: BlockReading['alone']): string[] {
  const blocks = movedBlocks(slots, out, segments, shares, extra.map((id) => index.get(id)).filter((j): j is number => j !== undefined), code, words, alone)
  if (blocks.length === 0) return [...extra]
  for (const block of blocks) {
    // A paragraph of the block the aligner glued to a neighbouring cell leaves it.
    const ids = new Set(block.segments.map((j) => segments[j]!.id))
    out.forEach((c, t) => {
      if (c == null || block.slots.includes(t) || !c.segments.some((id) => ids.has(id))) return
      const kept = c.segments.filter((id) => !ids.has(id))
      out[t] = kept.length === 0 ? null : { ...c, segments: kept, sentences: c.sentences.filter((x) => !ids.has(x.slice(0, x.indexOf('.')))) }
    })
    block.slots.forEach((s, k) => {
      const segment = segments[block.segments[k]!]!
      out[s] = { segments: [segment.id], sentences: segment.sentences.map((x) => x.id), confidence: MOVED_CONFIDENCE }
    })
  }
  const first = (c: SlotCell | null | undefined): number | undefined => (c == null || c.segments.length === 0 ? undefined : index.get(c.segments[0]!))
  const known = new Set(reordered.map(([a, b]) => `${a}\u0000${b}`))
  for (const block of blocks) {
    for (const s of block.slots) {
      const p = first(out[s])!
      out.forEach((c, t) => {
        const q = first(c)
        if (t === s || q === undefined || block.slots.includes(t) || (t < s) === (q < p)) return
        const pair: [string, string] = t < s ? [slots[t]!.id, slots[s]!.id] : [slots[s]!.id, slots[t]!.id]
        if (known.has(`${pair[0]}\u0000${pair[1]}`)) return
        known.add(`${pair[0]}\u0000${pair[1]}`)
        reordered.push(pair)
      })
    }
  }
  const placed = new Set(blocks.flatMap((b) => b.segments.map((j) => segments[j]!.id)))
  return extra.filter((id) => !placed.has(id))
}

/**
 * Sections moved past a neighbouring section of another size (see `displacedBlocks`) put back in their slots, in
 * place; the slot pairs they cross are reported. Returns the segments left without a slot.
 */
function placeDisplacedBlocks(slots: readonly PivotSlot[], out: Array<SlotCell | null>, segments: readonly Segment[], shares: readonly number[], extra: readonly string[], reordered: Array<[string, string]>): string[] {
  const heldBefore = new Set(out.flatMap((c) => c?.segments ?? []))
  const crossed = placeDisplaced(slots, out, segments, shares)
  if (crossed.length === 0) return [...extra]
  const known = new Set(reordered.map(([a, b]) => `${a}\u0000${b}`))
  for (const [a, b] of crossed) {
    const key = `${slots[a]!.id}\u0000${slots[b]!.id}`
    if (known.has(key)) continue
    known.add(key)
    reordered.push([slots[a]!.id, slots[b]!.id])
  }
  const held = new Set(out.flatMap((c) => c?.segments ?? []))
  const wasExtra = new Set(extra)
  return segments.map((s) => s.id).filter((id) => !held.has(id) && (wasExtra.has(id) || heldBefore.has(id)))
}

/**
 * Neighbouring sections that changed places (see `swappedSections`) put back in their slots, in place; every pair of
 * filled slots of the two sections is reported. Returns the segments left without a slot.
 */
function placeSwapped(slots: readonly PivotSlot[], out: Array<SlotCell | null>, segments: readonly Segment[], shares: readonly number[], extra: readonly string[], reordered: Array<[string, string]>, code: ReadonlyArray<readonly Segment[]>): string[] {
  const heldBefore = new Set(out.flatMap((c) => c?.segments ?? []))
  const moved = new Set(reordered.flat())
  const done = new Set(slots.map((s, i) => (moved.has(s.id) ? i : -1)).filter((i) => i >= 0))
  const swaps = placeSwappedSections(slots, out, segments, shares, done, code)
  if (swaps.length === 0) return [...extra]
  for (const { a, b, c } of swaps) {
    for (let s = a; s < b; s++) {
      for (let t = b; t < c; t++) if (out[s] != null && out[t] != null) reordered.push([slots[s]!.id, slots[t]!.id])
    }
  }
  const held = new Set(out.flatMap((c) => c?.segments ?? []))
  const wasExtra = new Set(extra)
  return segments.map((s) => s.id).filter((id) => !held.has(id) && (wasExtra.has(id) || heldBefore.has(id)))
}

/**
 * Confident cells can still hold swapped content: two neighbouring paragraphs (or answers two slots apart, across
 * their questions) of unequal length, moved past each other, are aligned in order with lopsided lengths. Each such
 * pair of one role family is swapped back when the exchange fits by more than {@link SWAP_MARGIN} and the slots'
 * anchors do not say otherwise (their own paragraphs hold more of them than the exchanged ones would).
 */
function swapLopsidedNeighbours(slots: readonly PivotSlot[], out: Array<SlotCell | null>, segments: readonly Segment[], shares: readonly number[], fit: SegmentFit, index: ReadonlyMap<string, number>, reordered: Array<[string, string]>): void {
  const single = (c: SlotCell | null | undefined): number | undefined => (c != null && c.segments.length === 1 ? index.get(c.segments[0]!) : undefined)
  const done = new Set(reordered.flat())
  for (let i = 0; i < slots.length; i++) {
    for (let j = i + 1; j <= Math.min(slots.length - 1, i + 2); j++) {
      const a = single(out[i])
      const b = single(out[j])
      if (a === undefined || b === undefined || a === b || done.has(slots[i]!.id) || done.has(slots[j]!.id)) continue
      if (roleFamily(slots[i]!.role) !== roleFamily(slots[j]!.role)) continue
      // A paragraph more or fewer than the slot expects explains a lopsided length without any move.
      const regular = (slot: number, seg: number): boolean => slots[slot]!.paragraphs === undefined || segments[seg]!.paragraphs === slots[slot]!.paragraphs
      if (!regular(i, a) || !regular(j, b)) continue
      // Both cells lopsided, in opposite directions: one paragraph cut short is not a move.
      const excess = (slot: number, seg: number): number => (shares[seg]! - slots[slot]!.share) / shareSpread(slots[slot]!)
      if (excess(i, a) * excess(j, b) > -1) continue
      if (fit(i, a) + fit(j, b) - (fit(i, b) + fit(j, a)) <= SWAP_MARGIN) continue
      // Lengths do not overrule the anchors: the slots' anchors found in their own paragraphs keep them in place.
      const held = (slot: number, seg: number): number => anchorsFound(slots, [slot], [segments[seg]!]).matched
      if (held(i, a) + held(j, b) > held(i, b) + held(j, a)) continue
      const ci = out[i]!
      out[i] = { ...out[j]!, confidence: Math.min(ci.confidence, out[j]!.confidence) }
      out[j] = { ...ci, confidence: out[i]!.confidence }
      reordered.push([slots[i]!.id, slots[j]!.id])
      done.add(slots[i]!.id).add(slots[j]!.id)
    }
  }
}
