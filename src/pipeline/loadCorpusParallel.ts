import { checkLanguageOptions } from '../detect/languageHint.js'
import type Tinypool from 'tinypool'
import { checkStringArray } from '../errors/checkArgument.js'
import type { InputError } from '../errors/InputError.js'
import { checkCorpusOptions, workerThreads } from './checkPipelineOptions.js'
import { gatherReads } from '../load/gatherReads.js'
import type { SkippedDocument } from '../load/readDocument.js'
import { resolvePaths } from '../load/resolvePaths.js'
import { keptCopy, type Corpus, type LoadCorpusOptions } from './loadCorpus.js'
import loadTask, { type LoadReply, type LoadTask } from './loadWorker.js'
import { openPool } from './workerPool.js'
import type { SharedProfileModels } from '../detect/languageProfiles.js'
import { inputErrorFromData, type ParsedFile, type ParsedFileDocument } from './parseFile.js'
import { runTask } from './workerPool.js'
import { usableCores } from '../util/usableCores.js'

/** Corpora with more documents than this are loaded on every core by default. */
export const PARALLEL_MIN_DOCUMENTS = 8

/** A file done by {@link loadCorpusParallel}. */
export interface LoadFileEvent {
  /** The file. */
  path: string
  /** Files done so far. */
  done: number
  /** Files in the corpus. */
  total: number
  /** `worker_threads` id of the thread that read and parsed it (0: the main thread). */
  thread: number
}

/** Options of {@link loadCorpusParallel}. */
export interface LoadCorpusParallelOptions extends LoadCorpusOptions {
  /**
   * Worker threads reading, parsing and detecting documents (default: `1` for up to 8 files,
   * the cores the process may use above, `os.availableParallelism()` lowered to its control group's CPU quota; never
   * more than those). `1` works in the calling thread. Worker threads need the built package
   * (`dist/pipeline-worker.js`); run from the TypeScript sources, the work stays in the calling thread.
   */
  workers?: number | undefined
  /** Called as each file is done (in completion order). */
  onFile?: ((event: LoadFileEvent) => void) | undefined
}

/**
 * The options the per-document stage reads, as plain data for the workers (callers such as `alignCorpus` pass
 * objects holding callbacks, which cannot cross a thread boundary). Keep in step with `LoadCorpusOptions`.
 */
function loadOptions(options: LoadCorpusOptions): LoadCorpusOptions {
  const { strict, maxBytes, cwd, extensions, maxTitleWords, format, detect, detection, languages, pathHints } = options
  checkLanguageOptions(languages)
  return { strict, maxBytes, cwd, extensions, maxTitleWords, format, detect, detection, languages, pathHints }
}

/**
 * Whether the load threads need detection's profile models: only when they detect languages with the profiles and
 * have files to read (building the models costs one thread about a second).
 * @param options The load options.
 * @param files How many files the threads read.
 */
function usesProfileModels(options: LoadCorpusOptions, files: number): boolean {
  return files > 0 && options.detect !== false && options.detection?.profiles !== false
}

/**
 * `loadCorpus` on a pool of worker threads: the same documents, diagnostics and errors (deep-equal), with the
 * per-document stage (read, decode, parse, detect) spread over the machine's cores. Each worker reads its own
 * files by path, so raw texts never pass through the calling thread; only parsed documents come back.
 * One bad file does not stop the others unless `strict` is set.
 * @param inputs Files, directories or globs.
 * @throws {InputError} with `strict` (the first error in file order), or when no input could be read at all.
 */
export async function loadCorpusParallel(inputs: readonly string[], options: LoadCorpusParallelOptions = {}): Promise<Corpus> {
  checkStringArray(inputs, 'inputs')
  checkCorpusOptions(options)
  let pool: Tinypool | undefined
  try {
    return await loadCorpusOnPool(inputs, options, (threads) => (pool = openPool(threads)))
  } finally {
    await pool?.destroy()
  }
}

/**
 * {@link loadCorpusParallel} on a pool opened by `open` (which may keep it for later stages and must destroy it).
 * @param inputs Files, directories or globs.
 * @param options As for {@link loadCorpusParallel}.
 * @param open Called once with the number of threads to use; returns the pool, or `undefined` for the calling thread.
 */
export async function loadCorpusOnPool(inputs: readonly string[], options: LoadCorpusParallelOptions, open: (threads: number) => Tinypool | undefined): Promise<Corpus> {
  const { workers, onFile } = options
  const corpusOptions = loadOptions(options)
  const { files, unresolved, diagnostics } = resolvePaths([...inputs], corpusOptions)
  const errors: InputError[] = unresolved.map((u) => u.error)
  if (corpusOptions.strict === true && errors[0] !== undefined) throw errors[0]
  const threads = workerThreads(workers, files.length, files.length > PARALLEL_MIN_DOCUMENTS ? usableCores() : 1)
  const pool = open(threads)
  const results: ParsedFile[] = new Array<ParsedFile>(files.length)
  let done = 0
  const finish = (i: number, reply: LoadReply): void => {
    results[i] = reply.result
    onFile?.({ path: files[i]!, done: ++done, total: files.length, thread: reply.thread })
  }
  if (pool === undefined) {
    files.forEach((path, i) => finish(i, loadTask({ path, options: corpusOptions })))
  } else {
    // Detection's models are built once, by one thread of the pool, and read by every thread from shared memory,
    // instead of each thread reading the profiles and building its own copy (about 100 MB a thread).
    const models = !usesProfileModels(corpusOptions, files.length) ? undefined : ((await runTask(pool, {}, 'profileModels')) as SharedProfileModels)
    await Promise.all(files.map(async (path, i) => finish(i, (await runTask(pool, { path, options: corpusOptions, models } satisfies LoadTask)) as LoadReply)))
  }
  const outcomes = results.map((r): ParsedFileDocument | SkippedDocument | InputError => (r.kind === 'document' ? r.document : r.kind === 'skipped' ? r.skipped : inputErrorFromData(r.error)))
  const gathered = gatherReads(outcomes, errors, corpusOptions.strict === true, diagnostics, keptCopy)
  const documents = gathered.documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { documents, diagnostics: gathered.diagnostics, errors: gathered.errors }
}
