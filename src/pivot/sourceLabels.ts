import type { DriftReason, DriftReport, NWayAlignment, ParsedDocument, Pivot } from '../types.js'
import { slotLabel } from './consensusSlots.js'

/**
 * The pivot with its slots named in the family's source: each slot the source fills takes the first words of the
 * source's first segment there as its label (a heading, a question, a paragraph's opening), so that reasons read
 * in the original's words (`slot body-2 “It is recommended to…”`) when a consensus pivot was built around a
 * translation; a slot the source does not fill keeps the hub's label. Only consensus pivots are renamed (a pivot
 * file or `--pivot DOC` keeps its own labels). Call it once drift is scored: the scoring reads the hub's labels.
 * @param pivot The pivot.
 * @param source The family's source document.
 * @param table The family's slot × document table (the source's cells).
 * @returns A pivot with the source's labels (the same object when nothing changes).
 */
export function labelFromSource(pivot: Pivot, source: ParsedDocument, table: NWayAlignment): Pivot {
  if (pivot.origin !== 'consensus' || source.id === pivot.document) return pivot
  const text = new Map(source.segments.map((s) => [s.id, s.text] as const))
  let changed = false
  const slots = pivot.slots.map((slot, i) => {
    const first = table.rows[i]?.cells[source.id]?.segments[0]
    const words = first === undefined ? undefined : text.get(first)
    if (words === undefined || words.trim() === '') return slot
    const label = slotLabel(words)
    if (label === slot.label) return slot
    changed = true
    return { ...slot, label }
  })
  return changed ? { ...pivot, slots } : pivot
}

/**
 * Drift reports whose messages name slots by a renamed pivot's labels: every `slot ID “old label”` becomes
 * `slot ID “new label”` (the form reasons name a slot by); scores and codes are unchanged.
 * @param reports The family's drift reports, scored against `before`.
 * @param before The pivot they were scored against.
 * @param after The same pivot with new labels (see {@link labelFromSource}).
 * @returns New reports (the same array when no label changed).
 */
export function relabelReports(reports: readonly DriftReport[], before: Pivot, after: Pivot): DriftReport[] {
  const renames = before.slots.flatMap((slot, i) => {
    const next = after.slots[i]!.label
    return slot.label === undefined || slot.label === '' || next === undefined || next === slot.label ? [] : [[`slot ${slot.id} “${slot.label}”`, `slot ${slot.id} “${next}”`] as const]
  })
  if (renames.length === 0) return [...reports]
  const renamed = new Map<DriftReason, DriftReason>()
  const rename = (r: DriftReason): DriftReason => {
    let out = renamed.get(r)
    if (out !== undefined) return out
    let message = r.message
    if (message.includes('“')) for (const [from, to] of renames) message = message.split(from).join(to)
    out = message === r.message ? r : { ...r, message }
    renamed.set(r, out)
    return out
  }
  return reports.map((report) => ({ ...report, reasons: report.reasons.map(rename), slots: report.slots.map((s) => ({ ...s, reasons: s.reasons.map(rename) })) }))
}
