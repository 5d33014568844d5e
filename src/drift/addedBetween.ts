/**
 * A paragraph in no slot standing between the cells of two neighbouring slots that each hold their whole text: no
 * slot around it lacks what it says, so it was added, however short. A line the alignment left beside its cell
 * leaves that cell short by what it holds (see `unplacedBeside`); a paragraph added leaves both neighbours whole.
 * Without this such a paragraph weighs its length only (its share of the text against a slot's mean share, see
 * `documentScore`), and a one-line paragraph added to a long page stays under the firing level.
 */
import { shareSpread } from '../pivot/slotFit.js'
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { slotsBySegment } from '../pivot/segmentSlots.js'

/** A neighbour's share, on the scale of the slots the document fills, at most this many spreads under its slot's… */
const WHOLE_Z = -0.5

/** The `extra` score of a paragraph added between two whole cells: the firing level, as one paragraph is one finding. */
export const ADDED_BETWEEN_SCORE = 0.5

/** A slot's cell as this check reads it: its share on the filled slots' scale and how many slots share it. */
export interface CellFill {
  /** The cell's share of the text, on the scale of the slots the document fills. */
  share: number
  /** How many slots share its segments (1: its own). */
  sharedBy: number
}

/**
 * Segments in no slot, of running text, that stand right between the cells of two neighbouring slots, each its own
 * cell and holding its slot's share (at most {@link WHOLE_Z} spreads under it).
 * @param slots The pivot's slots, in order.
 * @param cells The document's cells, in pivot order.
 * @param fills Each slot's cell as read here (see {@link CellFill}).
 * @param extra The document's segments that fill no slot.
 * @param segments Its content segments, in reading order.
 * @returns The ids of the segments found added.
 */
export function addedBetweenWholeCells(slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, fills: readonly CellFill[], extra: readonly string[], segments: readonly Segment[]): Set<string> {
  const out = new Set<string>()
  const unplaced = new Set(extra)
  if (unplaced.size === 0) return out
  const slotsOf = slotsBySegment(cells)
  const whole = (s: number): boolean => fills[s]!.sharedBy === 1 && (fills[s]!.share - slots[s]!.share) / shareSpread(slots[s]!) >= WHOLE_Z
  segments.forEach((segment, at) => {
    if (!unplaced.has(segment.id) || slotsOf.has(segment.id) || segment.role !== 'body') return
    const before = segments[at - 1]
    const after = segments[at + 1]
    const a = before === undefined ? undefined : slotsOf.get(before.id)
    const b = after === undefined ? undefined : slotsOf.get(after.id)
    if (a === undefined || b === undefined || a.length !== 1 || b.length !== 1 || b[0] !== a[0]! + 1) return
    if (whole(a[0]!) && whole(b[0]!)) out.add(segment.id)
  })
  return out
}
