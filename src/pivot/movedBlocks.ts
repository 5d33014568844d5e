/**
 * A section moved whole: the slots it left are a run of gaps, and its paragraphs, somewhere else in the document,
 * a run of segments that fill no slot. A monotone aligner cannot pair them, and when the move crosses content of
 * another kind (a section of headings and prose past a question-and-answer turn) no re-assignment of one kind
 * (`findSwaps`) undoes it. The two runs are one move when, item by item, the segments have the slots' kinds in the
 * slots' order (a section moves with its inside kept), they fit the slots' length shares, and the slots' anchors
 * (names, numbers, URLs, code) are found in the segments: content that matches across positions. A slot expects
 * the code blocks its paragraph introduces, so the segments are read with theirs (a step "Update Tauri
 * configuration" says little, its configuration blocks much); a code block the member writes nowhere (an older
 * version most members keep) is not expected of them. A run of extra segments standing where the gap is (between
 * the segments of the slots around it) is content replaced, not moved, and stays missing + extra.
 */
import type { PivotAnchor, PivotSlot, Segment, SlotCell } from '../types.js'
import { anchorsOfSegments, sameAnchor } from './pivotAnchors.js'
import type { Anchor } from '../align/anchors/Anchor.js'
import { roleFamily } from './roleFamily.js'
import { shareSpread } from './slotFit.js'
import { integerRuns } from '../util/integerRuns.js'

/**
 * Largest |z| of a moved block's length share (its segments' shares summed) against its slots' expected shares
 * (spreads pooled).
 */
export const MOVED_LENGTH_Z = 2.5

/**
 * Largest |z| of one moved segment's length share against its slot's: looser than the block's, since a translator
 * may write one paragraph of a section longer and the next shorter.
 */
export const MOVED_ITEM_Z = 4

/**
 * Fewest distinct anchors a moved block's slots must expect: without them, lengths alone would decide. A block of
 * several items also shows its kinds in the slots' order (a heading and its paragraph): one anchor is then enough.
 */
export const MOVED_MIN_ANCHORS = 2

/** Fewest distinct anchors a moved block of two items or more must expect. */
export const MOVED_MIN_ANCHORS_BLOCK = 1

/** Share of the block's expected anchors its segments must hold. */
export const MOVED_ANCHOR_SHARE = 2 / 3

/** Confidence of a cell filled with a moved segment. */
export const MOVED_CONFIDENCE = 0.5

/** A block move: the gap slots and the segments (document positions) that fill them, item by item. */
export interface MovedBlock {
  /** The gap slots, consecutive. */
  slots: number[]
  /** The document positions of the segments that fill them, consecutive, in the same order. */
  segments: number[]
}

/** Document positions a slot's cell holds (empty for a gap). */
function positionsOf(cell: SlotCell | null | undefined, index: ReadonlyMap<string, number>): number[] {
  return (cell?.segments ?? []).map((id) => index.get(id)).filter((p): p is number => p !== undefined)
}

/**
 * How many distinct anchors the slots expect (those most members hold), and how many of them the segments hold.
 * @param slots The pivot's slots.
 * @param of The slots (indices) read.
 * @param segments The segments searched.
 * @param written The anchors the member writes anywhere (default: every anchor counts): a code block it writes nowhere
 *   (one it keeps in another version than most members) says nothing of where its segments belong.
 */
export function anchorsFound(slots: readonly PivotSlot[], of: readonly number[], segments: readonly Segment[], written?: readonly Anchor[]): { expected: number; matched: number } {
  const held = (found: readonly Anchor[]) => (a: PivotAnchor): boolean => found.some((f) => sameAnchor({ kind: a.kind, normalized: a.key }, f))
  const all = of.flatMap((s) => slots[s]!.anchors.filter((a) => (a.support ?? 1) >= 0.5))
  const keys = new Map((written === undefined ? all : all.filter((a) => a.kind !== 'code' || held(written)(a))).map((a) => [`${a.kind}:${a.key}`, a] as const))
  const matched = [...keys.values()].filter(held(anchorsOfSegments(segments))).length
  return { expected: keys.size, matched }
}

/** What a block's segments are read with: the code blocks after each, the anchors the member writes anywhere. */
export interface BlockReading {
  /** Per segment, the code blocks that follow it (see `codeAfter`): a slot expects the code its paragraph introduces. */
  code?: ReadonlyArray<readonly Segment[]>
  /** The anchors the member writes anywhere, with its code: a code block written nowhere is not expected (see {@link anchorsFound}). */
  written?: readonly Anchor[]
  /**
   * What the segments' words say of the slots (gap and moved as in {@link blockFits}), when the slots expect too few
   * anchors to tell: a section of prose alone names nothing. Without it such a block does not fit.
   */
  words?: (gap: readonly number[], moved: readonly number[]) => boolean
  /** Whether the words of the segment a slot holds alone are not that slot's (see `movedBlocks`; default: never). */
  alone?: (slot: number, segment: number) => boolean
}

/**
 * Whether the segments fill the slots, item by item: same kinds, lengths within {@link MOVED_ITEM_Z} spreads each and
 * {@link MOVED_LENGTH_Z} together, and the slots' anchors found in them (see {@link MOVED_ANCHOR_SHARE}).
 * @param slots The pivot's slots.
 * @param segments The member's content segments, in document order.
 * @param shares Each segment's length share.
 * @param gap The slots (indices), in order.
 * @param moved The segments (document positions) to fill them, item by item.
 * @param reading What the segments are read with (default: their own text and anchors only; see {@link BlockReading}):
 *   a moved paragraph is read with the code it took along, and only the anchors the member writes somewhere count.
 */
export function blockFits(slots: readonly PivotSlot[], segments: readonly Segment[], shares: readonly number[], gap: readonly number[], moved: readonly number[], reading: BlockReading = {}): boolean {
  for (let k = 0; k < gap.length; k++) {
    const slot = slots[gap[k]!]!
    const seg = moved[k]!
    if (roleFamily(slot.role) !== roleFamily(segments[seg]!.role)) return false
    if (Math.abs(shares[seg]! - slot.share) / shareSpread(slot) > MOVED_ITEM_Z) return false
  }
  const expectedShare = gap.reduce((a, s) => a + slots[s]!.share, 0)
  const actualShare = moved.reduce((a, j) => a + shares[j]!, 0)
  const spread = Math.sqrt(gap.reduce((a, s) => a + shareSpread(slots[s]!) ** 2, 0))
  if (Math.abs(actualShare - expectedShare) / spread > MOVED_LENGTH_Z) return false
  const { expected, matched } = anchorsFound(slots, gap, withCode(segments, moved, reading.code ?? []), reading.written)
  if (expected < (gap.length > 1 ? MOVED_MIN_ANCHORS_BLOCK : MOVED_MIN_ANCHORS)) return reading.words?.(gap, moved) ?? false
  return matched >= MOVED_ANCHOR_SHARE * expected
}

/**
 * The segments at some document positions, each followed by the code blocks it introduces (see `codeAfter`).
 * @param segments The member's content segments, in document order.
 * @param at Document positions.
 * @param code Per segment, the code blocks that follow it.
 */
export function withCode(segments: readonly Segment[], at: readonly number[], code: ReadonlyArray<readonly Segment[]>): Segment[] {
  return at.flatMap((j) => [segments[j]!, ...(code[j] ?? [])])
}

/** Where a member's cells stand: the slots holding each document position. */
function holdersOf(cells: ReadonlyArray<SlotCell | null>, index: ReadonlyMap<string, number>): Map<number, number[]> {
  const out = new Map<number, number[]>()
  cells.forEach((c, s) => {
    for (const p of positionsOf(c, index)) out.set(p, [...(out.get(p) ?? []), s])
  })
  return out
}

/**
 * Moved blocks of a member's alignment: each run of gap slots against each run of extra segments standing
 * elsewhere in the document, the longest equal-length windows of the two that fit (see {@link fits}). The aligner
 * often glues a moved section's first or last paragraph to the neighbouring cell (one slot, two segments) and
 * shares the gap's edge slot with its neighbour (a merge): such an edge segment and such a slot may end a window,
 * which must still hold a segment that fills no slot and a slot left empty, or only slots merged into the cells beside
 * them (a section of a heading and one paragraph moved away, both slots laid on the paragraph before them).
 * @param slots The pivot's slots.
 * @param cells The member's cells.
 * @param segments The member's content segments, in document order.
 * @param shares Each segment's length share.
 * @param extra The document positions of the segments that fill no slot.
 * @param code Per segment, the code blocks that follow it (see `codeAfter`; default none).
 * @param words What the words say of a block whose slots expect too few anchors (see {@link BlockReading}; default:
 *   such a block does not fit).
 * @param alone With `words`: whether the segment a slot holds alone is not that slot's by its words. Such a segment
 *   may end a window as a glued one does, its slot then left a gap: the aligner lays a section moved up on the slots
 *   of the one it now precedes, heading on heading (default: none).
 */
export function movedBlocks(slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, segments: readonly Segment[], shares: readonly number[], extra: readonly number[], code: ReadonlyArray<readonly Segment[]> = [], words?: BlockReading['words'], alone?: BlockReading['alone']): MovedBlock[] {
  const index = new Map(segments.map((s, i) => [s.id, i] as const))
  const reading: BlockReading = { code, written: anchorsOfSegments(withCode(segments, segments.map((_, j) => j), code)), ...(words === undefined ? {} : { words }), ...(alone === undefined ? {} : { alone }) }
  const holders = holdersOf(cells, index)
  const isExtra = new Set(extra)
  const empty = (s: number): boolean => positionsOf(cells[s], index).length === 0
  // A slot whose segments another slot holds too, and the first and last segments of a cell of several that holds
  // them alone.
  const shared = (s: number): boolean => !empty(s) && positionsOf(cells[s], index).every((p) => holders.get(p)!.length > 1)
  const edgeOf = new Map<number, number>()
  cells.forEach((c, s) => {
    const held = positionsOf(c, index)
    if (held.length < 2 || held.some((p) => holders.get(p)!.length > 1)) return
    edgeOf.set(Math.min(...held), s).set(Math.max(...held), s)
  })
  // A segment a slot holds alone, the slot's own words not found in it: with the words to judge a block, the
  // aligner may have laid a moved section's heading on the slot of the heading it displaced.
  const singleOf = new Map<number, number>()
  if (words !== undefined && reading.alone !== undefined) {
    cells.forEach((c, s) => {
      const held = positionsOf(c, index)
      if (held.length === 1 && holders.get(held[0]!)!.length === 1 && reading.alone!(s, held[0]!)) singleOf.set(held[0]!, s)
    })
  }
  const gaps = integerRuns(slots.map((_, s) => s).filter((s) => empty(s) || shared(s)))
  const out: MovedBlock[] = []
  const used = new Set<number>()
  const taken = new Set<number>()
  const window = (a: number, b: number, len: number): MovedBlock | undefined => {
    const gap = Array.from({ length: len }, (_, i) => a + i)
    const moved = Array.from({ length: len }, (_, i) => b + i)
    // A slot left empty, or a gap of merges only: a short section's slots both laid on the cell before them.
    if (!(gap.some(empty) || gap.every(shared)) || !moved.some((j) => isExtra.has(j)) || moved.some((j) => used.has(j)) || gap.some((s) => taken.has(s))) return undefined
    // Glued segments and shared slots only at the window's ends; a cell keeps one segment, a merge one slot.
    if (gap.slice(1, -1).some((s) => !empty(s)) || moved.slice(1, -1).some((j) => !isExtra.has(j))) return undefined
    const glued = moved.filter((j) => !isExtra.has(j) && !singleOf.has(j))
    if (glued.some((j) => edgeOf.get(j) === undefined || positionsOf(cells[edgeOf.get(j)!], index).every((p) => moved.includes(p)))) return undefined
    if (moved.some((j) => singleOf.has(j) && gap.includes(singleOf.get(j)!))) return undefined
    if (gap.some((s) => shared(s) && positionsOf(cells[s], index).some((p) => holders.get(p)!.every((t) => gap.includes(t))))) return undefined
    // Where the gap stands in the document: after the segments of the slots before it, before those after it.
    const around = (from: number, to: number): number[] => cells.slice(from, to).flatMap((c) => positionsOf(c, index)).filter((p) => !moved.includes(p))
    const before = Math.max(-1, ...around(0, a))
    const after = Math.min(segments.length, ...around(a + len, slots.length))
    if (moved.some((j) => j > before && j < after)) return undefined
    return blockFits(slots, segments, shares, gap, moved, reading) ? { slots: gap, segments: moved } : undefined
  }
  for (const [g0, g1] of gaps) {
    for (const [x0, x1] of integerRuns([...extra, ...edgeOf.keys(), ...singleOf.keys()])) {
      const k = Math.min(g1 - g0 + 1, x1 - x0 + 1)
      let found: MovedBlock | undefined
      for (let len = k; len >= 1 && found === undefined; len--) {
        for (let a = g0; a + len - 1 <= g1 && found === undefined; a++) {
          for (let b = x0; b + len - 1 <= x1 && found === undefined; b++) found = window(a, b, len)
        }
      }
      if (found === undefined) continue
      for (const j of found.segments) used.add(j)
      for (const s of found.slots) taken.add(s)
      out.push(found)
    }
  }
  return out
}
