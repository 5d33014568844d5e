/**
 * A missed fault laid out slot by slot, to see why it was missed: the family's pivot document (and its own fault),
 * then one row per slot with the source's cell, the faulty document's cell (segment ids and first words) and the
 * document's reasons on that slot, the fault's slots marked `*`. Printed on stderr by `eval-drift.ts` when
 * `DRIFT_TRACE` is set (with `DRIFT_DEBUG` choosing the faults).
 */
import type { Dataset, DriftReport } from '../../src/types.js'
import type { GeneratedDocument } from './faults.js'

function cellText(dataset: Dataset, doc: string, segments: readonly string[] | undefined): string {
  if (segments === undefined) return '—'
  const parsed = dataset.documents.find((d) => d.id === doc)
  const words = segments.map((id) => `${id}:${(parsed?.segments.find((s) => s.id === id)?.text ?? '?').replace(/\s+/gu, ' ').slice(0, 28)}`)
  return words.join(' + ')
}

/**
 * Lines describing one document's slots in its family.
 * @param dataset The evaluation's dataset.
 * @param doc The faulty document.
 * @param source The id of its article's source document.
 * @param slots The fault's slots.
 * @param truth Every generated document by id (for the pivot document's own fault).
 * @param report The document's drift report.
 */
export function traceDocument(dataset: Dataset, doc: GeneratedDocument, source: string, slots: readonly string[], truth: ReadonlyMap<string, GeneratedDocument>, report: DriftReport | undefined): string[] {
  const family = dataset.families.find((f) => f.documents.includes(doc.file))
  const table = dataset.alignments.find((a) => a.family === family?.id)
  const pivot = dataset.pivots.find((p) => p.id === family?.id)
  if (family === undefined || table === undefined || pivot === undefined) return ['   (no family table)']
  const hub = truth.get(pivot.document ?? '')
  const out = [`   pivot ${pivot.document} (${hub?.language ?? '?'}, ${hub?.fault ?? '?'}${hub?.article === doc.article ? '' : ', other article'}); members ${family.documents.map((d) => `${truth.get(d)?.language}:${truth.get(d)?.fault}`).join(' ')}`]
  for (const row of table.rows) {
    const reasons = (report?.slots.find((s) => s.slot === row.slot)?.reasons ?? []).filter((r) => r.score >= 0.2).map((r) => `${r.code} ${r.score}`)
    const mark = slots.includes(row.slot) ? '*' : ' '
    const cell = row.cells[doc.file]
    out.push(`  ${mark}${row.slot.padEnd(8)} src[${cellText(dataset, source, row.cells[source]?.segments)}] doc[${cellText(dataset, doc.file, cell?.segments)}]${cell === null || cell === undefined ? '' : ` c=${cell.confidence}`} ${reasons.join('; ')}`)
  }
  const extra = table.extra[doc.file] ?? []
  if (extra.length > 0) out.push(`   extra: ${cellText(dataset, doc.file, extra)}`)
  return out
}

/**
 * Lines describing a faulty copy of a real translation beside its unmodified translation, slot by slot: the pivot's
 * document, then per slot its role, the pivot document's cell, the unmodified translation's and the copy's (segment
 * ids, first words, confidence) and the copy's reasons on it, the fault's slots marked `*`; then the segments of each
 * that fill no slot. Printed on stderr by `eval-drift-docs.ts` when `DRIFT_TRACE` is set (with `DRIFT_DEBUG`).
 * @param dataset The run's dataset.
 * @param copy The faulty copy's document id.
 * @param original Its unmodified translation's document id.
 * @param slots The fault's slots.
 * @param report The copy's drift report.
 */
export function traceCopy(dataset: Dataset, copy: string, original: string, slots: ReadonlySet<string>, report: DriftReport | undefined): string[] {
  const family = dataset.families.find((f) => f.documents.includes(copy))
  const table = dataset.alignments.find((a) => a.family === family?.id)
  const pivot = dataset.pivots.find((p) => p.id === family?.id)
  if (family === undefined || table === undefined || pivot === undefined) return ['   (no family table)']
  const out = [`   pivot ${pivot.document}; members ${family.documents.length}`]
  const cell = (doc: string, row: (typeof table.rows)[number]): string => {
    const c = row.cells[doc]
    return c == null ? '—' : `${cellText(dataset, doc, c.segments)} c=${c.confidence}`
  }
  for (const row of table.rows) {
    const slot = pivot.slots.find((s) => s.id === row.slot)
    const reasons = (report?.slots.find((s) => s.slot === row.slot)?.reasons ?? []).filter((r) => r.score >= 0.2).map((r) => `${r.code} ${r.score}`)
    out.push(`  ${slots.has(row.slot) ? '*' : ' '}${row.slot.padEnd(10)} ${(slot?.role ?? '?').padEnd(9)} sh=${(slot?.share ?? 0).toFixed(3)} hub[${cell(pivot.document ?? '', row)}]`)
    out.push(`      orig[${cell(original, row)}]  copy[${cell(copy, row)}] ${reasons.join('; ')}`)
  }
  for (const [name, doc] of [['orig', original], ['copy', copy]] as const) {
    const extra = table.extra[doc] ?? []
    if (extra.length > 0) out.push(`   ${name} extra: ${cellText(dataset, doc, extra)}`)
  }
  return out
}
