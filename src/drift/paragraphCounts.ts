import type { PivotAlignment } from '../pivot/types.js'
import type { ParsedDocument } from '../types.js'
import { median } from '../util/stats.js'

/**
 * Per slot, how many paragraphs the other members write there: the median of their cells' paragraph counts (a
 * cell's segments' paragraphs summed), rounded as the pivot rounds its own (`undefined` where no other member has a
 * cell). A cell shared with another slot (a merge) says nothing of this slot's paragraphs and is left out. The
 * pivot's count is a median over every member, the one judged included: in a family of two (a source and one
 * translation) a translation with a paragraph more would set it half-way and hide its own addition.
 * @param members The family's documents.
 * @param alignments Each member aligned to the pivot, in the same order.
 * @param d Index of the member the counts are for (its own cells are left out).
 * @returns One count per pivot slot.
 */
export function othersParagraphs(members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], d: number): Array<number | undefined> {
  const slots = alignments[d]?.cells.length ?? 0
  const perSlot: number[][] = Array.from({ length: slots }, () => [])
  alignments.forEach((alignment, m) => {
    const doc = members[m]
    if (m === d || doc === undefined) return
    const paragraphs = new Map(doc.segments.map((s) => [s.id, s.paragraphs] as const))
    const slotsOfSegment = new Map<string, number>()
    for (const cell of alignment.cells) for (const id of cell?.segments ?? []) slotsOfSegment.set(id, (slotsOfSegment.get(id) ?? 0) + 1)
    alignment.cells.forEach((cell, i) => {
      if (cell === null || i >= slots || cell.segments.length === 0 || cell.segments.some((id) => (slotsOfSegment.get(id) ?? 0) > 1)) return
      perSlot[i]!.push(cell.segments.reduce((a, id) => a + (paragraphs.get(id) ?? 1), 0))
    })
  })
  return perSlot.map((counts) => (counts.length === 0 ? undefined : Math.max(1, Math.round(median(counts)))))
}
