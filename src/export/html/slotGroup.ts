import type { DriftReason, PivotSlot, SlotCell } from '../../types.js'
import type { FamilyLanguage } from '../familyLanguages.js'
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xmlText.js'
import { driftShade, formatScore } from './driftShade.js'
import { pairKey, type ReportContext } from './reportContext.js'
import { sentencePairs, type SentencePair } from './sentencePairs.js'
import { formatLines, segmentLines } from './sourceLines.js'
import { textAttributes } from './textAttributes.js'

/** One row of an alignment table: a pivot slot and what fills it in each document. */
export interface SlotRow {
  /** Family id. */
  family: string
  /** Slot id. */
  slot: string
  /** The pivot's slot, when known. */
  pivotSlot: PivotSlot | undefined
  /** Cells by document id (`null`: a gap). */
  cells: Readonly<Record<string, SlotCell | null>>
}

function scriptOf(context: ReportContext, document: string): string | undefined {
  return context.documents.get(document)?.language?.script
}

function cellLines(context: ReportContext, document: string, cell: SlotCell): string {
  const segments = context.documents.get(document)?.segments ?? []
  const ranges = cell.segments.map((id) => segments.find((s) => s.id === id)).filter((s) => s !== undefined).map(segmentLines)
  if (ranges.length === 0) return ''
  return formatLines({ start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)) })
}

function cellText(context: ReportContext, document: string, cell: SlotCell): string {
  const segments = context.documents.get(document)?.segments ?? []
  return cell.segments
    .map((id) => segments.find((s) => s.id === id)?.text ?? '')
    .filter((t) => t.trim() !== '')
    .join('\n\n')
}

function reasonList(reasons: readonly DriftReason[]): string {
  if (reasons.length === 0) return ''
  return `<ul class="reasons">${reasons.map((r) => `<li><span class="reason-code">${text(r.code)}</span> (${formatScore(r.score)}): ${text(r.message)}</li>`).join('')}</ul>`
}

function driftCell(context: ReportContext, row: SlotRow, language: FamilyLanguage): string {
  const { document, tag } = language
  const entry = context.drift.get(pairKey(row.family, document))?.slots.find((s) => s.slot === row.slot)
  const reasons = entry?.reasons ?? []
  const score = entry?.score
  const cell = row.cells[document]
  const label = `${tag} · ${document}`
  if (cell === null || cell === undefined) {
    const title = ['gap: this document has nothing for the slot', ...reasons.map((r) => `${r.code}: ${r.message}`)].join('\n')
    return (
      `<td class="cell gap" data-document="${attr(document)}" data-label="${attr(label)}" title="${attr(title)}">` +
      `<div class="text"><span class="gap-label">gap</span> no text for this slot</div>${reasonList(reasons)}</td>`
    )
  }
  const drift = `drift ${score === undefined ? 'unknown' : formatScore(score)}`
  const meta = [drift, ...(cell.confidence < 1 ? [`confidence ${formatScore(cell.confidence)}`] : []), cellLines(context, document, cell)].filter((m) => m !== '')
  const title = [drift, ...reasons.map((r) => `${r.code}: ${r.message}`)].join('\n')
  const style = score === undefined ? '' : ` style="background-color: ${driftShade(score)}"`
  return (
    `<td class="cell" data-document="${attr(document)}" data-drift="${score === undefined ? '' : String(score)}" data-label="${attr(label)}"${style} title="${attr(title)}">` +
    `<div class="text"${textAttributes(tag, scriptOf(context, document))}>${text(cellText(context, document, cell))}</div>` +
    `<span class="meta">${text(meta.join(' · '))}</span>${reasonList(reasons)}</td>`
  )
}

function pairRow(context: ReportContext, row: SlotRow, languages: readonly FamilyLanguage[], pair: SentencePair, n: number): string {
  const id = pair.unit.id
  const gap = Object.values(pair.sentences).some((s) => s.length === 0)
  const head =
    `<th scope="row"><a href="#${attr(id)}">${text(row.slot)} · ${n}</a><span class="bead" title="sentences per document">${text(pair.bead)}${gap ? ' gap' : ''}</span>` +
    `<span class="confidence">confidence ${formatScore(pair.unit.confidence)}</span></th>`
  const cells = languages.map(({ document, tag }) => {
    const sentences = pair.sentences[document] ?? []
    const label = `${tag} · ${document}`
    if (sentences.length === 0) return `<td class="gap" data-document="${attr(document)}" data-label="${attr(label)}"><span class="gap-label">gap</span></td>`
    const lines = sentences.map((s) => {
      const line = s.id === '' ? undefined : context.sentence(document, s.id)?.line
      return `<p${textAttributes(tag, scriptOf(context, document))}>${line === undefined ? '' : `<span class="line" dir="ltr">L${line}</span>`}${text(s.text)}</p>`
    })
    return `<td data-document="${attr(document)}" data-label="${attr(label)}">${lines.join('')}</td>`
  })
  return `<tr class="pair" id="${attr(id)}" data-confidence="${pair.unit.confidence}">${head}${cells.join('')}</tr>`
}

/**
 * One slot of an alignment table as its own `<tbody>`: a row with the slot (a link to it, its role) and each
 * document's text shaded by drift with its score, confidence and source lines; the drift reasons of each cell;
 * and, at sentence level, one row per sentence pair with its bead type and confidence. A toggle button opens
 * the reasons and pairs. The group carries what the filters read: its drift codes and lowest confidence.
 * @param context Report lookups.
 * @param row The slot and its cells.
 * @param languages The family's documents and tags, in column order.
 */
export function slotGroup(context: ReportContext, row: SlotRow, languages: readonly FamilyLanguage[]): string {
  const id = `${row.family}/${row.slot}`
  const units = (context.units.get(pairKey(row.family, row.slot)) ?? []).filter((u) => u.level === 'sentence')
  const columns = languages.map((l) => l.document)
  const pairs = units.length === 0 ? [] : sentencePairs(units, columns, row.cells, (document, sentence) => context.sentence(document, sentence)?.text)
  const codes = new Set<string>()
  let reasons = 0
  for (const document of columns) {
    for (const r of context.drift.get(pairKey(row.family, document))?.slots.find((s) => s.slot === row.slot)?.reasons ?? []) {
      codes.add(r.code)
      reasons++
    }
  }
  const confidences = pairs.length > 0 ? pairs.map((p) => p.unit.confidence) : columns.map((d) => row.cells[d]?.confidence ?? 0)
  const lowest = Math.min(...confidences)
  const toggleLabel = pairs.length > 0 ? `${pairs.length} pair${pairs.length === 1 ? '' : 's'}` : 'reasons'
  const toggle = pairs.length > 0 || reasons > 0 ? `<button type="button" class="toggle" aria-expanded="false">${toggleLabel}</button>` : ''
  const role = row.pivotSlot === undefined ? '' : `<span class="role">${text(row.pivotSlot.role)}</span>`
  const out = [
    `<tbody class="slot${pairs.length > 0 ? ' paired' : ''}" id="${attr(id)}" data-slot="${attr(row.slot)}" data-filter="slot" data-codes="${attr([...codes].sort().join(' '))}" data-confidence="${Number.isFinite(lowest) ? lowest : ''}">`,
    `<tr class="slot-row"><th scope="row" class="slot"><a class="anchor" href="#${attr(id)}">${text(row.slot)}</a>${role}${toggle}</th>`,
    ...languages.map((language) => driftCell(context, row, language)),
    '</tr>',
    ...pairs.map((pair, k) => pairRow(context, row, languages, pair, k + 1)),
    '</tbody>',
  ]
  return out.join('')
}
