/**
 * Slots that open a section (a heading, a heading that asks) the aligner grouped with other slots. A paragraph holds
 * no heading: where such a slot shares a cell with other slots and no segment of that cell opens a section, the
 * heading has no counterpart there (a section removed whose heading the aligner grouped with the paragraph beside it,
 * a translation that lacks a section), and the slot is a gap, not a merge. The slots it shared the cell with keep it.
 * Nor does one heading hold two: where several such slots share one segment that opens a section and nothing else,
 * one heading of the pivot's has no counterpart (a translation that lacks a section, or names one otherwise), and only
 * the slot whose anchors the segment holds keeps it. Applied to the cells a member is scored on, after the moves are
 * placed (a moved section is found from a heading glued to its neighbour).
 */
import type { PivotSlot, Segment, SegmentRole, SlotCell } from '../types.js'
import { anchorsFound } from './movedBlocks.js'

/** Whether a slot or segment of this role opens a section: a heading, or a heading that asks. */
function opensSection(role: SegmentRole | undefined): boolean {
  return role === 'heading' || role === 'question'
}

/**
 * Leave empty each section-opening slot whose cell is shared with another slot and holds no section-opening segment,
 * and each but one of the section-opening slots that share one section-opening segment alone.
 * @param slots The pivot's slots.
 * @param cells The member's cells, in slot order.
 * @param segments The member's content segments.
 * @returns The cells (the same array when nothing changes).
 */
export function headingGaps(slots: readonly PivotSlot[], cells: Array<SlotCell | null>, segments: readonly Segment[]): Array<SlotCell | null> {
  const byId = new Map(segments.map((s) => [s.id, s] as const))
  const holders = new Map<string, number[]>()
  cells.forEach((cell, s) => {
    for (const id of cell?.segments ?? []) holders.set(id, [...(holders.get(id) ?? []), s])
  })
  let out: Array<SlotCell | null> | undefined
  const clear = (s: number): void => {
    out ??= [...cells]
    out[s] = null
  }
  cells.forEach((cell, s) => {
    if (!opensSection(slots[s]?.role) || cell === null || cell.segments.length === 0) return
    if (!cell.segments.some((id) => (holders.get(id)?.length ?? 0) > 1) || cell.segments.some((id) => opensSection(byId.get(id)?.role))) return
    clear(s)
  })
  for (const [id, held] of holders) {
    const segment = byId.get(id)
    if (held.length < 2 || !opensSection(segment?.role) || !held.every((s) => opensSection(slots[s]?.role) && cells[s]!.segments.length === 1)) continue
    const keep = keeper(slots, held, segment!)
    for (const s of held) if (s !== keep) clear(s)
  }
  return out ?? cells
}

/**
 * Which of the section-opening slots sharing a segment keeps it: the one of the segment's role whose anchors it holds
 * most, then the one expecting fewest it lacks, then the first.
 */
function keeper(slots: readonly PivotSlot[], held: readonly number[], segment: Segment): number {
  const rank = (s: number): number[] => {
    const { expected, matched } = anchorsFound(slots, [s], [segment])
    return [slots[s]!.role === segment.role ? 1 : 0, matched, matched - expected]
  }
  let best = held[0]!
  let bestRank = rank(best)
  for (const s of held.slice(1)) {
    const r = rank(s)
    const k = r.findIndex((x, i) => x !== bestRank[i])
    if (k >= 0 && r[k]! > bestRank[k]!) {
      best = s
      bestRank = r
    }
  }
  return best
}
