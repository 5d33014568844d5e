import type { TranslationFamily } from '../../types.js'
import { familyLanguages } from '../familyLanguages.js'
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xmlText.js'
import { driftBars } from './driftBars.js'
import { formatScore } from './driftShade.js'
import { pairTable } from './pairTable.js'
import { reasonList } from './reasonList.js'
import { pairKey, type ReportContext } from './reportContext.js'
import { slotGroup } from './slotGroup.js'

/**
 * HTML section of one family with an alignment: the per-document drift bars, the pairs not judged parallel, the
 * language pairs (units kept, gaps, mean confidence), then a table with one column per document and one group of rows per pivot slot (see `slotGroup`).
 * @param context Report lookups.
 * @param family The family.
 */
export function familySection(context: ReportContext, family: TranslationFamily): string {
  const { dataset } = context
  const alignment = context.alignments.get(family.id)
  const id = family.id
  const confidence = family.confidence === undefined ? '' : `, confidence ${formatScore(family.confidence)}`
  const out: string[] = [`<section class="family" id="${attr(id)}" aria-labelledby="${attr(`${id}-title`)}">`]
  out.push(`<h2 id="${attr(`${id}-title`)}">${text(family.id)} <small>(${family.documents.length} documents${confidence})</small></h2>`)
  if (alignment === undefined) {
    out.push(`<p>No alignment for this family.</p><ul>${family.documents.map((d) => `<li class="id">${text(d)}</li>`).join('')}</ul></section>`)
    return out.join('\n')
  }
  const pivot = context.pivots.get(alignment.pivot)
  const languages = familyLanguages(dataset, alignment.documents)
  const source = family.source ?? pivot?.document
  out.push(
    `<p>Pivot <code>${text(alignment.pivot)}</code>${pivot === undefined ? '' : ` (${text(pivot.origin)}${pivot.document === undefined ? '' : `, hub <code>${text(pivot.document)}</code>`})`}, ${alignment.rows.length} slots, ${text(dataset.options.level)} level.</p>`,
  )
  out.push(`<h3>Drift per document</h3>`)
  out.push(driftBars(dataset, family.id, languages))
  const members = new Set(family.documents)
  const disputed = dataset.verdicts.filter((v) => !v.parallel && members.has(v.a) && members.has(v.b))
  if (disputed.length > 0) {
    out.push('<div class="not-parallel"><h3>Pairs in this family not judged parallel</h3><ul>')
    for (const v of disputed) out.push(`<li><span class="id">${text(v.a)}</span> – <span class="id">${text(v.b)}</span> (score ${formatScore(v.score)})${reasonList(v.reasons)}</li>`)
    out.push('</ul></div>')
  }
  out.push(pairTable(dataset, family.id))
  out.push(`<h3>Alignment</h3>`)
  out.push(`<table class="alignment" data-family="${attr(family.id)}">`)
  out.push(`<caption class="visually-hidden">${text(family.id)}: one group of rows per pivot slot (its sentence pairs below it), one column per document</caption>`)
  out.push('<thead><tr><th scope="col" class="slot">slot</th>')
  for (const { document, tag } of languages) {
    const report = context.drift.get(pairKey(family.id, document))
    const mark = source === document ? ' · source' : ''
    out.push(
      `<th scope="col" data-document="${attr(document)}"><span class="lang">${text(tag)}${mark}</span><span class="id">${text(document)}</span>` +
        `<span class="role">drift ${report === undefined ? '–' : formatScore(report.score)}</span></th>`,
    )
  }
  out.push('</tr></thead>')
  for (const row of alignment.rows) {
    out.push(slotGroup(context, { family: family.id, slot: row.slot, pivotSlot: pivot?.slots.find((s) => s.id === row.slot), cells: row.cells }, languages))
  }
  out.push('</table>')
  const extra = Object.entries(alignment.extra).filter(([, ids]) => ids.length > 0)
  if (extra.length > 0) {
    out.push('<details><summary>Segments that fill no slot</summary><ul>')
    for (const [document, ids] of extra) out.push(`<li><span class="id">${text(document)}</span>: ${ids.map((s) => `<code>${text(s)}</code>`).join(', ')}</li>`)
    out.push('</ul></details>')
  }
  out.push('</section>')
  return out.join('\n')
}
