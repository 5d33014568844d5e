import type { Dataset, TranslationFamily } from '../../types.js'
import { fileSafe } from '../fileSafe.js'
import type { OutputFile } from '../outputFile.js'
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xmlText.js'
import { aloneSection } from './aloneSection.js'
import { contentsTable } from './contentsTable.js'
import { familySection } from './familySection.js'
import { filterForm } from './filterForm.js'
import { reportContext } from './reportContext.js'
import { diagnosticsSection, LEGEND, reportHeader } from './reportHeader.js'
import { reportPage } from './reportPage.js'
import { driftCodes, hasTranslations, toHtml, type HtmlOptions } from './toHtml.js'
import { checkOptions, checkString } from '../../errors/checkArgument.js'
import { DATASET_SHAPE, checkShape } from '../../errors/checkShape.js'

/** Default of `HtmlOptions.maxPageBytes`. */
const MAX_PAGE_BYTES = 1_000_000

/** File name of a family's page beside the index: `report-family-1.html` for `report.html`. */
function familyPage(index: string, family: TranslationFamily): string {
  return `${index.replace(/\.html$/u, '')}-${fileSafe(family.id)}.html`
}

/**
 * The HTML report as files: the one page of {@link toHtml} when it fits in `maxPageBytes`; otherwise an
 * index page (the summary, the contents table of every document with links to the family pages — a link to
 * a row, `report.html#family-1/q-3`, goes on to the family's page —, the documents without a parallel, the
 * corpus warnings) and one page per family with translations (its contents, filters and alignment table),
 * named after the index (`report-family-1.html`), so that each page stays small enough to open and search.
 * @param dataset Dataset from `alignCorpus`.
 * @param name File name of the index (or only) page (default: `report.html`).
 * @param options Title and page size.
 * @returns The pages, the index first.
 */
export function toHtmlPages(dataset: Dataset, name = 'report.html', options: HtmlOptions = {}): OutputFile[] {
  checkShape(dataset, 'dataset', 'a dataset from `alignCorpus`', DATASET_SHAPE)
  checkString(name, 'name')
  checkOptions(options)
  const single = toHtml(dataset, options)
  if (Buffer.byteLength(single, 'utf8') <= (options.maxPageBytes ?? MAX_PAGE_BYTES)) return [{ name, content: single }]
  const title = options.title ?? 'paracorpus report'
  const context = reportContext(dataset)
  const multi = dataset.families.filter(hasTranslations)
  const index = [reportHeader(dataset, title), '<main>', filterForm(driftCodes(context, multi), false), '<h2>Documents</h2>']
  index.push(contentsTable(context, dataset.families, (family) => (hasTranslations(family) ? `${familyPage(name, family)}#${family.id}` : undefined), 'contents'))
  const alone = aloneSection(dataset)
  if (alone !== '') index.push(alone)
  const diagnostics = diagnosticsSection(dataset)
  if (diagnostics !== '') index.push(diagnostics)
  index.push('</main>')
  const pages: OutputFile[] = [{ name, content: reportPage(title, dataset.tool.version, index) }]
  for (const family of multi) {
    const pageTitle = `${family.id} · ${title}`
    const body = [
      '<header>',
      `<p><a href="${attr(name)}">← ${text(title)}: all documents and families</a></p>`,
      `<h1>${text(pageTitle)}</h1>`,
      LEGEND,
      '</header>',
      '<main>',
      filterForm(driftCodes(context, [family]), true),
      contentsTable(context, [family], () => undefined, 'contents'),
      familySection(context, family),
      '</main>',
    ]
    pages.push({ name: familyPage(name, family), content: reportPage(pageTitle, dataset.tool.version, body) })
  }
  return pages
}
