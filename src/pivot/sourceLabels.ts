import type { ParsedDocument, Pivot } from '../types.js'
import type { PivotAlignment } from './types.js'
import { slotLabel } from './consensusSlots.js'

/**
 * The pivot with its slots named in the family's source: each slot the source fills takes the first words of the
 * source's first segment there as its label (a heading, a question, a paragraph's opening), so that reasons read
 * in the original's words (`slot body-2 “It is recommended to…”`) when the pivot was built around a translation;
 * a slot the source does not fill keeps the hub's label. The slots are otherwise unchanged.
 * @param pivot The pivot.
 * @param source The family's source document.
 * @param alignment The source's alignment to the pivot (one cell per slot).
 * @returns A pivot with the source's labels (the same object when the source is the pivot's document).
 */
export function labelFromSource(pivot: Pivot, source: ParsedDocument, alignment: PivotAlignment): Pivot {
  if (source.id === pivot.document) return pivot
  const text = new Map(source.segments.map((s) => [s.id, s.text] as const))
  const slots = pivot.slots.map((slot, i) => {
    const first = alignment.cells[i]?.segments[0]
    const words = first === undefined ? undefined : text.get(first)
    return words === undefined || words.trim() === '' ? slot : { ...slot, label: slotLabel(words) }
  })
  return { ...pivot, slots }
}
