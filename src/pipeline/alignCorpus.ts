import { checkStringArray } from '../errors/checkArgument.js'
import { checkCorpusOptions, checkDatasetOptions } from './checkPipelineOptions.js'
import { resolvePivot } from './resolvePivot.js'
import type { Dataset, Diagnostic, Pivot } from '../types.js'
import type { InputError } from '../errors/InputError.js'
import { buildDataset, type BuildDatasetOptions } from './buildDataset.js'
import type Tinypool from 'tinypool'
import { buildDatasetOnPool } from './buildDatasetOnPool.js'
import { loadCorpusOnPool, type LoadCorpusParallelOptions } from './loadCorpusParallel.js'
import { openPool } from './workerPool.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'

/**
 * The dataset diagnostic of an input that could not be read.
 * @param error The input error.
 */
export function inputDiagnostic(error: InputError): Diagnostic {
  const ruleId = `input-${error.code.toLowerCase()}`
  return { ruleId, source: 'paracorpus:load', severity: 'error', file: error.file, reason: error.message, url: ruleUrl(ruleId) }
}

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
 * With more than one worker (see `workers`), every stage runs on a pool of worker threads — documents, pairs
 * (a component of candidate pairs at a time) and families — and the dataset is the same as on one.
 * @returns The dataset; write it with `writeDataset`.
 * @throws {InputError} with `strict`, when no input can be read, or for an unreadable pivot file.
 * @throws {UsageError} `INVALID_OPTION` for an argument or option of the wrong type or out of range, naming it.
 */
export async function alignCorpus(inputs: readonly string[], options: AlignCorpusOptions = {}): Promise<Dataset> {
  checkStringArray(inputs, 'inputs')
  checkCorpusOptions(options)
  checkDatasetOptions(options)
  // Documents are read, parsed and detected on one pool; pairs are judged and families built on another.
  let pool: Tinypool | undefined
  try {
    const corpus = await loadCorpusOnPool(inputs, options, (threads) => (pool = openPool(threads)))
    if (pool !== undefined) {
      // The load stage's threads keep the language models of detection (about 150 MB each), which no later stage
      // reads: the pairs and the families run on fresh threads.
      const threads = (pool as Tinypool).options.maxThreads ?? 1
      await (pool as Tinypool).destroy()
      pool = openPool(threads)
    }
    options.onProgress?.({ stage: 'load', done: corpus.documents.length, total: corpus.documents.length })
    const pivot = resolvePivot(options.pivot, (id) => corpus.documents.some((d) => d.id === id))
    const diagnostics = [...corpus.errors.map(inputDiagnostic), ...corpus.diagnostics]
    const settings = { ...options, pivot, diagnostics }
    // A similarity plug-in is a function and cannot cross to a worker: such runs build the dataset here.
    const open = pool as Tinypool | undefined
    if (open === undefined || options.align?.scorer !== undefined) return buildDataset(corpus.documents, settings)
    // From here buildDatasetOnPool owns the pool: it destroys it as soon as the families are built.
    pool = undefined
    return await buildDatasetOnPool(corpus.documents, settings, open)
  } finally {
    await (pool as Tinypool | undefined)?.destroy()
  }
}
