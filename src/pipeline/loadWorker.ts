/**
 * The per-document task of `loadCorpusParallel` (the default export of the worker entry, `pipelineWorker.ts`):
 * runs the per-document stage on one file.
 * @packageDocumentation
 */
import { threadId } from 'node:worker_threads'
import { adoptProfileModels, type SharedProfileModels } from '../detect/languageProfiles.js'
import type { LoadCorpusOptions } from './loadCorpus.js'
import { parseFile, type ParsedFile } from './parseFile.js'

/** One file to read, parse and detect. */
export interface LoadTask {
  /** The file. */
  path: string
  /** Corpus options (plain data). */
  options: LoadCorpusOptions
  /** Detection's models built once by the calling thread, read from shared memory here (absent: built here on first use). */
  models?: SharedProfileModels | undefined
}

/** The result, with the thread that produced it. */
export interface LoadReply {
  /** What the file gave. */
  result: ParsedFile
  /** `worker_threads` id of the thread that ran the task (0 is the main thread). */
  thread: number
}

/** Run the per-document stage on one file. */
export default function loadTask(task: LoadTask): LoadReply {
  if (task.models !== undefined) adoptProfileModels(task.models)
  return { result: parseFile(task.path, task.options), thread: threadId }
}
