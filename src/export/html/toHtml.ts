import type { Dataset } from '../../types.js'
import { escapeXmlText as text } from '../xmlText.js'
import { aloneSection } from './aloneSection.js'
import { familySection } from './familySection.js'
import { REPORT_CSS } from './reportStyles.js'

/** Options for {@link toHtml}. */
export interface HtmlOptions {
  /** Page title (default: `paracorpus report`). */
  title?: string | undefined
}

/**
 * A self-contained static HTML report of a dataset (inline CSS, no scripts, fonts or network): a summary, then
 * per family a slot × document table shaded by drift with the reasons on hover and keyboard focus, gaps
 * marked, and a per-document drift bar chart; then the documents without a parallel, with the verdicts' reasons,
 * and the corpus warnings. All text is escaped.
 * @param dataset Dataset from `alignCorpus`.
 * @param options Page title.
 * @returns The HTML document.
 */
export function toHtml(dataset: Dataset, options: HtmlOptions = {}): string {
  const title = options.title ?? 'paracorpus report'
  const multi = dataset.families.filter((f) => !f.alone && f.documents.length > 1)
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="paracorpus ${text(dataset.tool.version)}">`,
    `<title>${text(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
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
    '<p class="legend"><span>drift 0</span><span class="scale" aria-hidden="true"></span><span>drift 1</span>' +
      '<span class="swatch-gap" aria-hidden="true"></span><span>gap</span><span>· hover or focus (Tab) a cell for its reasons</span></p>',
    '</header>',
    '<main>',
  ]
  dataset.families.forEach((family, i) => {
    if (family.alone || family.documents.length < 2) return
    out.push(familySection(dataset, family, i + 1))
  })
  const alone = aloneSection(dataset)
  if (alone !== '') out.push(alone)
  if (dataset.diagnostics.length > 0) {
    out.push(`<details class="diagnostics"><summary>Corpus warnings (${dataset.diagnostics.length})</summary><ul>`)
    for (const d of dataset.diagnostics) {
      out.push(`<li>${text(d.severity)} <code>${text(d.ruleId)}</code>${d.file === undefined ? '' : ` <span class="id">${text(d.file)}</span>`}: ${text(d.reason)}</li>`)
    }
    out.push('</ul></details>')
  }
  out.push('</main>', '</body>', '</html>', '')
  return out.join('\n')
}
