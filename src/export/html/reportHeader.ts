import type { Dataset } from '../../types.js'
import { escapeXmlText as text } from '../xmlText.js'

/** The legend of the drift shades, gaps and controls. */
export const LEGEND =
  '<p class="legend"><span>drift 0</span><span class="scale" aria-hidden="true"></span><span>drift 1</span>' +
  '<span class="swatch-gap" aria-hidden="true"></span><span>gap</span><span>· open a slot (▸) for its sentence pairs and drift reasons; L12 = line 12 of the file</span></p>'

/**
 * The report's header: its title, a summary of the dataset (documents, languages, families, units, pivot,
 * version) and the legend.
 */
export function reportHeader(dataset: Dataset, title: string): string {
  const multi = dataset.families.filter((f) => !f.alone && f.documents.length > 1)
  return [
    '<header>',
    `<h1>${text(title)}</h1>`,
    '<ul class="summary">',
    `<li><strong>${dataset.documents.length}</strong> documents</li>`,
    `<li><strong>${dataset.languages.length}</strong> languages (${dataset.languages.map((l) => text(l.bcp47)).join(', ')})</li>`,
    `<li><strong>${dataset.families.length}</strong> families (${multi.length} with translations)</li>`,
    `<li><strong>${dataset.units.length}</strong> aligned units (${text(dataset.options.level)} level)</li>`,
    `<li>pivot <code>${text(dataset.options.pivot)}</code></li>`,
    `<li>paracorpus ${text(dataset.tool.version)}</li>`,
    '</ul>',
    LEGEND,
    '</header>',
  ].join('\n')
}

/** The corpus warnings, folded; an empty string when there are none. */
export function diagnosticsSection(dataset: Dataset): string {
  if (dataset.diagnostics.length === 0) return ''
  const out = [`<details class="diagnostics"><summary>Corpus warnings (${dataset.diagnostics.length})</summary><ul>`]
  for (const d of dataset.diagnostics) {
    out.push(`<li>${text(d.severity)} <code>${text(d.ruleId)}</code>${d.file === undefined ? '' : ` <span class="id">${text(d.file)}</span>`}: ${text(d.reason)}</li>`)
  }
  out.push('</ul></details>')
  return out.join('\n')
}
