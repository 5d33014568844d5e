import type { Dataset } from '../types.js'
import { EXPORT_FORMATS, type ExportFormat } from './formats.js'
import type { OutputFile } from './outputFile.js'
import { toHtmlPages } from './html/toHtmlPages.js'
import { toJson } from './toJson.js'
import { toJsonl } from './toJsonl.js'
import { toMoses } from './toMoses.js'
import { toTmx } from './toTmx.js'

/** File name of the JSON dataset. */
export const DATASET_JSON = 'dataset.json'
/** File name of the HTML report. */
export const REPORT_HTML = 'report.html'

/**
 * Render a dataset in the given formats, in memory: `dataset.json`, `<family>.jsonl`, `<family>.tmx`,
 * `<family>.<l1>-<l2>.<lang>` (Moses) and `report.html` (with `report-<family>.html` pages for a large corpus). Formats are rendered in `EXPORT_FORMATS` order
 * whatever order they are given in; duplicates count once.
 * @param dataset Dataset from `alignCorpus`.
 * @param formats Formats to render (default: all).
 * @returns The files, in a stable order.
 */
export function datasetFiles(dataset: Dataset, formats: readonly ExportFormat[] = EXPORT_FORMATS): OutputFile[] {
  const wanted = new Set(formats)
  const files: OutputFile[] = []
  for (const format of EXPORT_FORMATS) {
    if (!wanted.has(format)) continue
    if (format === 'json') files.push({ name: DATASET_JSON, content: toJson(dataset) })
    else if (format === 'jsonl') for (const f of toJsonl(dataset)) files.push({ name: f.name, content: f.content })
    else if (format === 'tmx') for (const f of toTmx(dataset)) files.push({ name: f.name, content: f.content })
    else if (format === 'moses') for (const family of toMoses(dataset)) files.push(...family.files)
    else files.push(...toHtmlPages(dataset, REPORT_HTML))
  }
  return files
}
