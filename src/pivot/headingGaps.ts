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
  return headingsAhead(slots, out ?? cells, segments, holders)
}

/**
 * A heading put one section early: a section-opening segment alone on a section-opening slot, followed in the
 * document by a segment that the aligner spread over the empty slots after it up to and past a later
 * section-opening slot, holding anchors (links, names, numbers) of the slots past that later heading and none of the
 * slots before it, while the heading holds no more of its own slot's anchors than of the later one's. The
 * translation lacks the section(s) in between (a stale README without "Contributors" before "License"): the heading
 * takes the later slot, the segment after it keeps the slots past it, and the slots in between are gaps.
 * @param slots The pivot's slots.
 * @param cells The member's cells after the other passes.
 * @param segments The member's content segments, in document order.
 * @param holders Per segment id, the slots whose cells held it before the other passes.
 * @returns The cells (the same array when nothing changes).
 */
function headingsAhead(slots: readonly PivotSlot[], cells: Array<SlotCell | null>, segments: readonly Segment[], holders: ReadonlyMap<string, number[]>): Array<SlotCell | null> {
  let out: Array<SlotCell | null> | undefined
  segments.forEach((heading, k) => {
    const next = segments[k + 1]
    const at = holders.get(heading.id)
    const spread = next === undefined ? undefined : holders.get(next.id)
    if (!opensSection(heading.role) || at?.length !== 1 || spread === undefined || spread.length < 2) return
    const a = at[0]!
    const current = out ?? cells
    if (!opensSection(slots[a]?.role) || current[a]?.segments.length !== 1 || current[a]!.segments[0] !== heading.id) return
    const first = Math.min(...spread)
    const later = spread.filter((s) => s > a && opensSection(slots[s]?.role) && s < Math.max(...spread))
    const b = later[later.length - 1]
    if (b === undefined || first <= a || !current.slice(a + 1, first).every((c) => c === null || c.segments.length === 0)) return
    // The heading holds no more of its slot's anchors than of the later one's (heading slots often expect none), and
    // the segment after it holds anchors of the slots past the later heading and none of those before it.
    if (anchorsFound(slots, [a], [heading]).matched > anchorsFound(slots, [b], [heading]).matched) return
    if (anchorsFound(slots, spread.filter((s) => s > b), [next!]).matched === 0 || anchorsFound(slots, spread.filter((s) => s < b), [next!]).matched > 0) return
    out ??= [...cells]
    out[b] = out[a] ?? null
    out[a] = null
    for (const s of spread) if (s < b) out[s] = null
  })
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
