/**
 * Heading slots the aligner merged into a paragraph. A paragraph holds no heading: where a heading's slot shares a
 * cell with other slots and no segment of that cell is a heading, the heading has no counterpart there (a section
 * removed whose heading the aligner grouped with the paragraph beside it, a translation that lacks a section), and
 * the slot is a gap, not a merge. The slots it shared the cell with keep it. Applied to the cells a member is scored
 * on, after the moves are placed (a moved section is found from a heading glued to its neighbour).
 */
import type { PivotSlot, Segment, SlotCell } from '../types.js'

/**
 * Leave empty each heading slot whose cell is shared with another slot and holds no heading segment.
 * @param slots The pivot's slots.
 * @param cells The member's cells, in slot order.
 * @param segments The member's content segments.
 * @returns The cells (the same array when nothing changes).
 */
export function headingGaps(slots: readonly PivotSlot[], cells: Array<SlotCell | null>, segments: readonly Segment[]): Array<SlotCell | null> {
  const roleOf = new Map(segments.map((s) => [s.id, s.role] as const))
  const holders = new Map<string, number>()
  for (const cell of cells) for (const id of cell?.segments ?? []) holders.set(id, (holders.get(id) ?? 0) + 1)
  let out: Array<SlotCell | null> | undefined
  cells.forEach((cell, s) => {
    if (slots[s]?.role !== 'heading' || cell === null || cell.segments.length === 0) return
    if (!cell.segments.some((id) => (holders.get(id) ?? 0) > 1) || cell.segments.some((id) => roleOf.get(id) === 'heading')) return
    out ??= [...cells]
    out[s] = null
  })
  return out ?? cells
}
