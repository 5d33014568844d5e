import type { PivotAlignment } from '../pivot/types.js'
import type { ParsedDocument, Segment, SlotCell } from '../types.js'

/**
 * Visit every other member's cells that hold segments of their own — no other cell of that member holds any of
 * them — with the cell's segments: what the other translations write in a slot, read where their alignment is sure
 * of it.
 * @param members The family's documents.
 * @param alignments Each member aligned to the pivot, in the same order.
 * @param d Index of the member left out (the one the reading is for).
 * @param slots How many slots to visit (cells past it are skipped).
 * @param visit Called with the member, the cell's segments, the cell and its slot index.
 */
export function forEachOwnCell(members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], d: number, slots: number, visit: (doc: ParsedDocument, segments: Segment[], cell: SlotCell, slot: number) => void): void {
  alignments.forEach((alignment, m) => {
    const doc = members[m]
    if (m === d || doc === undefined) return
    const byId = new Map(doc.segments.map((s) => [s.id, s] as const))
    const uses = new Map<string, number>()
    for (const cell of alignment.cells) for (const id of cell?.segments ?? []) uses.set(id, (uses.get(id) ?? 0) + 1)
    alignment.cells.forEach((cell, i) => {
      if (cell === null || i >= slots || cell.segments.length === 0 || cell.segments.some((id) => (uses.get(id) ?? 0) > 1)) return
      visit(doc, cell.segments.map((id) => byId.get(id)).filter((s): s is Segment => s !== undefined), cell, i)
    })
  })
}
