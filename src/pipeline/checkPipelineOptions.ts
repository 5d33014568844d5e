import { checkWeights } from '../drift/checkScoreOptions.js'
import {
  checkOptionalBoolean,
  checkOptionalChoice,
  checkOptionalFunction,
  checkOptionalNumber,
  checkOptionalObject,
  checkOptionalString,
  checkOptions,
  usage,
} from '../errors/checkArgument.js'
import { checkLoadOptions } from '../load/checkLoadOptions.js'
import { usableCores } from '../util/usableCores.js'
import { checkLexicons } from './corpusLexicons.js'

/**
 * Check the options of `parseDocument` (and the parsing part of the corpus loaders).
 * @throws {UsageError} `INVALID_OPTION` naming the option and what it must be.
 */
export function checkParseOptions(value: unknown): Record<string, unknown> {
  const options = checkOptions(value)
  checkOptionalString(options.id, 'id')
  checkOptionalString(options.path, 'path')
  checkOptionalString(options.sha256, 'sha256')
  checkOptionalNumber(options.maxTitleWords, 'maxTitleWords', { min: 1, integer: true })
  checkOptionalBoolean(options.detect, 'detect')
  checkOptionalObject(options.detection, 'detection')
  checkOptionalChoice(options.format, 'format', ['markdown', 'text'])
  checkOptionalObject(options.languages, 'languages')
  for (const [path, tag] of Object.entries((options.languages ?? {}) as Record<string, unknown>)) checkOptionalString(tag, `languages[${JSON.stringify(path)}]`)
  checkOptionalBoolean(options.pathHints, 'pathHints')
  return options
}

/**
 * Check the options of `loadCorpus` / `loadCorpusParallel` (reading, parsing, workers).
 * @throws {UsageError} `INVALID_OPTION` naming the option and what it must be.
 */
export function checkCorpusOptions(value: unknown): Record<string, unknown> {
  const options = checkLoadOptions(value)
  checkParseOptions(options)
  checkOptionalNumber(options.workers, 'workers', { min: 1, integer: true })
  checkOptionalFunction(options.onFile, 'onFile')
  return options
}

function checkPivot(value: unknown): void {
  if (value === undefined || (typeof value === 'string' && value !== '')) return
  const expected = "'consensus', a document id, a language (BCP 47 or ISO 639-3), a path to a pivot JSON file, or a Pivot object"
  if (typeof value !== 'object' || value === null || Array.isArray(value)) usage('pivot', expected, value)
  const pivot = value as Record<string, unknown>
  if (typeof pivot.id !== 'string' || !Array.isArray(pivot.slots)) usage('pivot', `${expected} (a Pivot has a string \`id\` and a \`slots\` array)`, value)
}

/**
 * Check the options of `buildDataset` (level, pivot, threshold, weights, callbacks).
 * @throws {UsageError} `INVALID_OPTION` naming the option and what it must be.
 */
export function checkDatasetOptions(value: unknown): Record<string, unknown> {
  const options = checkOptions(value)
  checkOptionalChoice(options.level, 'level', ['sentence', 'turn'])
  checkPivot(options.pivot)
  checkOptionalString(options.source, 'source')
  checkOptionalNumber(options.parallelThreshold, 'parallelThreshold', { min: 0, max: 1 })
  checkOptionalObject(options.align, 'align')
  checkOptionalBoolean(options.corpusLexicon, 'corpusLexicon')
  checkLexicons(options.lexicons)
  checkWeights(options.weights)
  checkOptionalNumber(options.topReasons, 'topReasons', { min: 0, integer: true })
  if (options.diagnostics !== undefined && !Array.isArray(options.diagnostics)) usage('diagnostics', 'an array of diagnostics', options.diagnostics)
  checkOptionalFunction(options.onProgress, 'onProgress')
  return options
}

/**
 * Check the documents given to `buildDataset` or `judgePairs`: parsed documents (from `loadCorpus` or
 * `parseDocument`), each with an id, its text and its segments.
 * @throws {UsageError} `INVALID_OPTION` naming the first bad document.
 */
export function checkParsedDocuments(value: unknown, name = 'documents'): void {
  if (!Array.isArray(value)) usage(name, 'an array of parsed documents (from `loadCorpus` or `parseDocument`)', value)
  value.forEach((doc: unknown, i) => {
    const d = doc as Record<string, unknown> | null
    if (typeof d !== 'object' || d === null || typeof d.id !== 'string' || typeof d.text !== 'string' || !Array.isArray(d.segments)) {
      usage(`${name}[${i}]`, 'a parsed document (with `id`, `text` and `segments`, from `loadCorpus` or `parseDocument`)', doc)
    }
  })
}

/**
 * Check the options of `judgePairs`.
 * @throws {UsageError} `INVALID_OPTION` naming the option and what it must be.
 */
export function checkJudgeOptions(value: unknown): Record<string, unknown> {
  const options = checkOptions(value)
  checkOptionalObject(options.align, 'align')
  if (options.cache !== undefined && !(options.cache instanceof Map)) usage('cache', 'a Map (an alignment cache)', options.cache)
  checkOptionalFunction(options.onPair, 'onPair')
  checkOptionalChoice(options.pairs, 'pairs', ['all', 'candidates'])
  return options
}

/** Worker threads to use: what was asked for (or the default), never more than the cores the process may use (see `usableCores`) nor the files. */
export function workerThreads(asked: number | undefined, files: number, byDefault: number): number {
  return Math.max(1, Math.min(files, usableCores(), Math.floor(asked ?? byDefault)))
}
