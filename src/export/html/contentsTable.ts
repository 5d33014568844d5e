import type { TranslationFamily } from '../../types.js'
import { familyLanguages } from '../familyLanguages.js'
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xmlText.js'
import { formatScore } from './driftShade.js'
import { pairKey, type ReportContext } from './reportContext.js'

/** Where the contents table links each family to. */
export type FamilyHref = (family: TranslationFamily) => string | undefined

function sortHeader(label: string, numeric: boolean): string {
  return `<th scope="col"${numeric ? ' data-numeric' : ''}><button type="button" data-sort>${text(label)}</button></th>`
}

/** The lowest confidence of the units a document has text in, or `undefined` when it has none. */
function lowestConfidence(context: ReportContext, family: string, document: string): number | undefined {
  let lowest: number | undefined
  for (const unit of context.dataset.units) {
    if (unit.family !== family || unit.texts[document] === null || unit.texts[document] === undefined) continue
    lowest = lowest === undefined ? unit.confidence : Math.min(lowest, unit.confidence)
  }
  return lowest
}

function role(context: ReportContext, family: TranslationFamily, document: string): string {
  if (family.alone || family.documents.length < 2) return 'no parallel'
  const alignment = context.alignments.get(family.id)
  const source = family.source ?? (alignment === undefined ? undefined : context.pivots.get(alignment.pivot)?.document)
  return source === document ? 'source' : 'translation'
}

/**
 * The report's contents: one row per document of the given families — its language, family (a link to the
 * family's alignment), role (the source marked), drift, lowest pair confidence and strongest drift reasons.
 * Rows carry what the filters read; column headers sort the rows.
 * @param context Report lookups.
 * @param families Families to list, in order.
 * @param href Link of each family's alignment (none for families without one).
 * @param id Element id of the table.
 */
export function contentsTable(context: ReportContext, families: readonly TranslationFamily[], href: FamilyHref, id: string): string {
  const out: string[] = [
    `<table class="contents" id="${attr(id)}">`,
    `<caption class="visually-hidden">Documents: language, family, role, drift and lowest confidence; sortable</caption>`,
    `<thead><tr>${sortHeader('Document', false)}<th scope="col">Language</th>${sortHeader('Family', false)}<th scope="col">Role</th>${sortHeader('Drift', true)}${sortHeader('Lowest confidence', true)}<th scope="col">Strongest reasons</th></tr></thead>`,
    '<tbody>',
  ]
  let order = 0
  for (const family of families) {
    const link = href(family)
    for (const { document, tag } of familyLanguages(context.dataset, family.documents)) {
      const report = context.drift.get(pairKey(family.id, document))
      const lowest = lowestConfidence(context, family.id, document)
      const codes = [...new Set((report?.reasons ?? []).map((r) => r.code))]
      const shown = role(context, family, document)
      const familyCell = link === undefined ? text(family.id) : `<a href="${attr(link)}" data-family-page="${attr(family.id)}">${text(family.id)}</a>`
      out.push(
        `<tr data-filter="document" data-order="${order++}" data-document="${attr(document)}" data-codes="${attr([...codes].sort().join(' '))}" data-confidence="${lowest ?? ''}">` +
          `<td data-label="document" data-value="${attr(document)}"><span class="id">${text(document)}</span></td>` +
          `<td data-label="language">${text(tag)}</td>` +
          `<td data-label="family" data-value="${attr(family.id)}">${familyCell}</td>` +
          `<td data-label="role">${shown === 'source' ? '<span class="badge">source</span>' : text(shown)}</td>` +
          `<td data-label="drift" data-value="${report === undefined ? '' : report.score}">${report === undefined ? '–' : formatScore(report.score)}</td>` +
          `<td data-label="lowest confidence" data-value="${lowest ?? ''}">${lowest === undefined ? '–' : formatScore(lowest)}</td>` +
          `<td data-label="reasons">${codes.slice(0, 3).map((c) => `<span class="reason-code">${text(c)}</span>`).join(', ')}</td></tr>`,
      )
    }
  }
  out.push('</tbody></table>')
  return out.join('\n')
}
