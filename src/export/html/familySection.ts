import type { Dataset, TranslationFamily } from '../../types.js'
import { familyLanguages } from '../familyLanguages.js'
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xmlText.js'
import { cellDrift } from './cellDrift.js'
import { driftBars } from './driftBars.js'
import { driftShade, formatScore } from './driftShade.js'
import { reasonList } from './reasonList.js'

function langAttribute(tag: string): string {
  const base = tag.replace(/-x-.*$/u, '')
  return base === 'und' ? '' : ` lang="${attr(base)}"`
}

/**
 * HTML section of one family with an alignment: the per-document drift bars, then a table with one column
 * per document and one row per pivot slot. Each cell is shaded by drift, focusable, and reveals its drift
 * reasons on hover and keyboard focus; gaps are hatched and labelled.
 * @param dataset The whole dataset.
 * @param family The family.
 * @param index 1-based position of the family in the report (used for element ids).
 */
export function familySection(dataset: Dataset, family: TranslationFamily, index: number): string {
  const alignment = dataset.alignments.find((a) => a.family === family.id)
  const out: string[] = [`<section class="family" id="family-${index}" aria-labelledby="family-${index}-title">`]
  out.push(`<h2 id="family-${index}-title">${text(family.id)} <small>(${family.documents.length} documents)</small></h2>`)
  if (alignment === undefined) {
    out.push(`<p>No alignment for this family.</p><ul>${family.documents.map((d) => `<li class="id">${text(d)}</li>`).join('')}</ul></section>`)
    return out.join('\n')
  }
  const pivot = dataset.pivots.find((p) => p.id === alignment.pivot)
  const languages = familyLanguages(dataset, alignment.documents)
  out.push(
    `<p>Pivot <code>${text(alignment.pivot)}</code>${pivot === undefined ? '' : ` (${text(pivot.origin)}${pivot.document === undefined ? '' : `, hub <code>${text(pivot.document)}</code>`})`}, ${alignment.rows.length} slots.</p>`,
  )
  out.push(`<h3>Drift per document</h3>`)
  out.push(driftBars(dataset, family.id, languages))
  const disputed = dataset.verdicts.filter((v) => !v.parallel && family.documents.includes(v.a) && family.documents.includes(v.b))
  if (disputed.length > 0) {
    out.push('<div class="not-parallel"><h3>Pairs in this family not judged parallel</h3><ul>')
    for (const v of disputed) {
      out.push(`<li><span class="id">${text(v.a)}</span> – <span class="id">${text(v.b)}</span> (score ${formatScore(v.score)})${reasonList(v.reasons)}</li>`)
    }
    out.push('</ul></div>')
  }
  out.push(`<h3>Alignment</h3>`)
  out.push(`<table class="alignment" data-family="${attr(family.id)}" style="min-width: ${8 + 14 * languages.length}rem">`)
  out.push(`<caption class="visually-hidden">${text(family.id)}: one row per pivot slot, one column per document</caption>`)
  out.push('<thead><tr><th scope="col" class="slot">slot</th>')
  for (const { document, tag } of languages) {
    const report = dataset.drift.find((r) => r.family === family.id && r.document === document)
    const hub = pivot?.document === document ? ' · pivot hub' : ''
    out.push(
      `<th scope="col" data-document="${attr(document)}"><span class="lang">${text(tag)}${hub}</span><span class="id">${text(document)}</span>` +
        `<span class="role">drift ${report === undefined ? '–' : formatScore(report.score)}</span></th>`,
    )
  }
  out.push('</tr></thead>', '<tbody>')
  alignment.rows.forEach((row, r) => {
    const slot = pivot?.slots.find((s) => s.id === row.slot)
    out.push(`<tr data-slot="${attr(row.slot)}"><th scope="row" class="slot"><span class="id">${text(row.slot)}</span>${slot === undefined ? '' : `<span class="role">${text(slot.role)}</span>`}</th>`)
    languages.forEach(({ document, tag }, c) => {
      const id = `r-${index}-${r + 1}-${c + 1}`
      const drift = cellDrift(dataset, family.id, document, row.slot)
      const cell = row.cells[document]
      const texts = dataset.units
        .filter((u) => u.family === family.id && u.slot === row.slot)
        .map((u) => u.texts[document])
        .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
      const gap = cell === null || cell === undefined
      const score = drift.score
      const label = gap ? 'gap: this document has nothing for the slot' : `drift ${score === undefined ? 'unknown' : formatScore(score)}`
      const title = [label, ...drift.reasons.map((reason) => `${reason.code}: ${reason.message}`)].join('\n')
      const classes = gap ? 'cell gap' : 'cell'
      const style = gap || score === undefined ? '' : ` style="background-color: ${driftShade(score)}"`
      const body = gap
        ? `<div class="text"><span class="gap-label">gap</span> no text for this slot</div>`
        : `<div class="text"${langAttribute(tag)}>${text(texts.join('\n'))}</div><span class="score">${text(label)}${cell.confidence < 1 ? ` · confidence ${formatScore(cell.confidence)}` : ''}</span>`
      const reasons =
        drift.reasons.length === 0
          ? `<div class="reasons" role="tooltip" id="${id}"><strong>${text(label)}</strong><p>No drift reasons.</p></div>`
          : `<div class="reasons" role="tooltip" id="${id}"><strong>${text(label)}</strong><ul>${drift.reasons
              .map((reason) => `<li><span class="reason-code">${text(reason.code)}</span> (${formatScore(reason.score)}): ${text(reason.message)}</li>`)
              .join('')}</ul></div>`
      out.push(
        `<td class="${classes}" tabindex="0" data-document="${attr(document)}" data-drift="${score === undefined ? '' : String(score)}"${style} title="${attr(title)}" aria-describedby="${id}">${body}${reasons}</td>`,
      )
    })
    out.push('</tr>')
  })
  out.push('</tbody></table>')
  const extra = Object.entries(alignment.extra).filter(([, ids]) => ids.length > 0)
  if (extra.length > 0) {
    out.push('<details><summary>Segments that fill no slot</summary><ul>')
    for (const [document, ids] of extra) out.push(`<li><span class="id">${text(document)}</span>: ${ids.map((s) => `<code>${text(s)}</code>`).join(', ')}</li>`)
    out.push('</ul></details>')
  }
  out.push('</section>')
  return out.join('\n')
}
