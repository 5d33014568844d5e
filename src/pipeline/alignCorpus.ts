import { existsSync } from 'node:fs'
import { loadPivot } from '../pivot/pivotFile.js'
import type { Dataset, Pivot } from '../types.js'
import { buildDataset, type BuildDatasetOptions } from './buildDataset.js'
import { loadCorpusParallel, type LoadCorpusParallelOptions } from './loadCorpusParallel.js'

/** Options of {@link alignCorpus}. */
export interface AlignCorpusOptions extends Omit<BuildDatasetOptions, 'pivot' | 'diagnostics'>, Omit<LoadCorpusParallelOptions, 'onProgress' | 'onFile'> {
  /**
   * The pivot (default: `'consensus'`): `consensus`, a document id or a language (BCP 47 or ISO 639-3) naming
   * the document of each family to use, a path to a pivot JSON file (`schema/pivot.schema.json`), or a `Pivot`.
   */
  pivot?: string | Pivot | undefined
}

/**
 * The whole job: read and parse the articles (files, directories, globs), detect languages, find translation
 * families, build their pivots, align every translation to its pivot, score drift and collect aligned units.
 * Bad files are reported in `dataset.diagnostics` (as errors) and skipped unless `strict` is set.
 * @returns The dataset; write it with `writeDataset`.
 * @throws {InputError} with `strict`, when no input can be read, or for an unreadable pivot file.
 */
export async function alignCorpus(inputs: readonly string[], options: AlignCorpusOptions = {}): Promise<Dataset> {
  const corpus = await loadCorpusParallel(inputs, options)
  options.onProgress?.({ stage: 'load', done: corpus.documents.length, total: corpus.documents.length })
  let pivot = options.pivot
  if (typeof pivot === 'string' && (pivot.endsWith('.json') || (pivot.includes('/') && existsSync(pivot) && !corpus.documents.some((d) => d.id === pivot)))) pivot = loadPivot(pivot)
  const diagnostics = [
    ...corpus.errors.map((e) => ({ ruleId: `input-${e.code.toLowerCase()}`, source: 'paracorpus:load', severity: 'error' as const, file: e.file, reason: e.message })),
    ...corpus.diagnostics,
  ]
  return buildDataset(corpus.documents, { ...options, pivot, diagnostics })
}
