import type { Dataset } from '../types.js'
import type { ExportOptions } from './exportOptions.js'
import { EXPORT_FORMATS, type ExportFormat } from './formats.js'
import type { OutputFile } from './outputFile.js'
import { toHtmlPages } from './html/toHtmlPages.js'
import { toJson } from './toJson.js'
import { toJsonl } from './toJsonl.js'
import { toMoses } from './toMoses.js'
import { toNwayJsonl } from './toNwayJsonl.js'
import { toTmx } from './toTmx.js'
import { checkOptions } from '../errors/checkArgument.js'
import { DATASET_SHAPE, checkShape, checkTextArray } from '../errors/checkShape.js'

/** File name of the JSON dataset. */
export const DATASET_JSON = 'dataset.json'
/** File name of the HTML report. */
export const REPORT_HTML = 'report.html'

type Renderer = (dataset: Dataset, options: ExportOptions) => OutputFile[]

const RENDERERS: Record<ExportFormat, Renderer> = {
  json: (dataset) => [{ name: DATASET_JSON, content: toJson(dataset) }],
  jsonl: (dataset, options) => toJsonl(dataset, options).map((f) => ({ name: f.name, content: f.content })),
  'jsonl-nway': (dataset, options) => toNwayJsonl(dataset, options).map((f) => ({ name: f.name, content: f.content })),
  tmx: (dataset, options) => toTmx(dataset, options).map((f) => ({ name: f.name, content: f.content })),
  moses: (dataset, options) => toMoses(dataset, options).flatMap((pair) => pair.files),
  html: (dataset) => toHtmlPages(dataset, REPORT_HTML),
}

/**
 * Render a dataset in the given formats, in memory: `dataset.json`, pairwise `<family>.<l1>-<l2>.jsonl`,
 * N-way `<family>.jsonl`, `<family>.<l1>-<l2>.tmx`, Moses `<family>.<l1>-<l2>.<l1>` / `.<l2>` and
 * `report.html` (with `report-<family>.html` pages for a large corpus). Formats are rendered in `EXPORT_FORMATS` order whatever order they are given in; duplicates
 * count once.
 * @param dataset Dataset from `alignCorpus`.
 * @param formats Formats to render (default: all).
 * @param options Pairs to write and the lowest confidence kept (JSONL, TMX, Moses).
 * @returns The files, in a stable order.
 * @throws {UsageError} `INVALID_OPTION` on a bad option.
 */
export function datasetFiles(dataset: Dataset, formats: readonly ExportFormat[] = EXPORT_FORMATS, options: ExportOptions = {}): OutputFile[] {
  checkShape(dataset, 'dataset', 'a dataset from `alignCorpus`', DATASET_SHAPE)
  checkTextArray(formats, 'formats')
  checkOptions(options)
  const wanted = new Set(formats)
  return EXPORT_FORMATS.filter((format) => wanted.has(format)).flatMap((format) => RENDERERS[format](dataset, options))
}
