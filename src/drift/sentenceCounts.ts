import { countLetters } from '../align/text/countLetters.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { ParsedDocument } from '../types.js'

/**
 * Per slot, how many sentences the other members' cells hold (sentences with letters; a closing quote alone ends
 * nothing). A cell shared with another slot (a merge) says nothing of this slot's sentences and is left out. A
 * translation cut after its first sentence has one sentence where the others, translated whole, mostly have the
 * pivot's two or more: with the lengths, that says where the text stops (see `partial` in `scoreDrift`).
 * @param members The family's documents.
 * @param alignments Each member aligned to the pivot, in the same order.
 * @param d Index of the member the counts are for (its own cells are left out).
 * @returns One array per pivot slot, the other members' counts in member order (empty where none has a cell).
 */
export function sentenceCounts(members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], d: number): number[][] {
  const slots = alignments[d]?.cells.length ?? 0
  const perSlot: number[][] = Array.from({ length: slots }, () => [])
  alignments.forEach((alignment, m) => {
    const doc = members[m]
    if (m === d || doc === undefined) return
    const letters = new Map(doc.segments.flatMap((s) => s.sentences.map((x) => [x.id, countLetters(x.text)] as const)))
    const slotsOfSegment = new Map<string, number>()
    for (const cell of alignment.cells) for (const id of cell?.segments ?? []) slotsOfSegment.set(id, (slotsOfSegment.get(id) ?? 0) + 1)
    alignment.cells.forEach((cell, i) => {
      if (cell === null || i >= slots || cell.segments.some((id) => (slotsOfSegment.get(id) ?? 0) > 1)) return
      perSlot[i]!.push(cell.sentences.filter((id) => (letters.get(id) ?? 0) > 0).length)
    })
  })
  return perSlot
}
