import type { Dataset, TranslationFamily } from '../../types.js'
import { aloneSection } from './aloneSection.js'
import { contentsTable } from './contentsTable.js'
import { familySection } from './familySection.js'
import { filterForm } from './filterForm.js'
import { reportContext, type ReportContext } from './reportContext.js'
import { diagnosticsSection, reportHeader } from './reportHeader.js'
import { reportPage } from './reportPage.js'
import { checkOptions } from '../../errors/checkArgument.js'
import { DATASET_SHAPE, checkShape } from '../../errors/checkShape.js'

/** Options for {@link toHtml} and `toHtmlPages`. */
export interface HtmlOptions {
  /** Page title (default: `paracorpus report`). */
  title?: string | undefined
  /**
   * Largest report `toHtmlPages` (and so `writeDataset`) writes as one page, in bytes; a larger one becomes an
   * index page and one page per family (default: `1000000`).
   */
  maxPageBytes?: number | undefined
}

/** Whether a family has translations (an alignment table to show). */
export function hasTranslations(family: TranslationFamily): boolean {
  return !family.alone && family.documents.length > 1
}

/** Drift reason codes found in the drift reports of the given families, sorted. */
export function driftCodes(context: ReportContext, families: readonly TranslationFamily[]): string[] {
  const ids = new Set(families.map((f) => f.id))
  const codes = new Set<string>()
  for (const report of context.dataset.drift) {
    if (!ids.has(report.family)) continue
    for (const slot of report.slots) for (const reason of slot.reasons) codes.add(reason.code)
  }
  return [...codes].sort()
}

/**
 * A self-contained static HTML report of a dataset on one page (inline CSS and script, no fonts or network):
 * a summary; a contents table of every document (language, family, source marked, drift, lowest pair
 * confidence; sortable); a filter form (drift reason, confidence below a threshold, text search); per family
 * a slot × document table shaded by drift, each slot opening to its drift reasons and, at sentence level,
 * its sentence pairs side by side with their bead type and confidence, every row linkable
 * (`report.html#family-1/q-3`, `#family-1/q-3/2`) and every text with its source line; then the documents
 * without a parallel, with the verdicts' reasons, and the corpus warnings. All text is escaped.
 * For a large corpus, `toHtmlPages` splits the report into an index and a page per family.
 * @param dataset Dataset from `alignCorpus`.
 * @param options Page title.
 * @returns The HTML document.
 */
export function toHtml(dataset: Dataset, options: HtmlOptions = {}): string {
  checkShape(dataset, 'dataset', 'a dataset from `alignCorpus`', DATASET_SHAPE)
  checkOptions(options)
  const title = options.title ?? 'paracorpus report'
  const context = reportContext(dataset)
  const multi = dataset.families.filter(hasTranslations)
  const body = [reportHeader(dataset, title), '<main>', filterForm(driftCodes(context, multi), multi.length > 0), '<h2>Documents</h2>']
  body.push(contentsTable(context, dataset.families, (family) => (hasTranslations(family) ? `#${family.id}` : undefined), 'contents'))
  for (const family of multi) body.push(familySection(context, family))
  const alone = aloneSection(dataset)
  if (alone !== '') body.push(alone)
  const diagnostics = diagnosticsSection(dataset)
  if (diagnostics !== '') body.push(diagnostics)
  body.push('</main>')
  return reportPage(title, dataset.tool.version, body)
}
