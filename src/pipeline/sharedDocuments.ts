/**
 * The run's documents handed to worker threads without a copy per task: each document is serialised once (V8's
 * serialiser, what a task's structured clone uses) into shared memory; a pairwise, second-round or family task
 * carries only the reference and the indices of its documents, and each thread reads a document the first time a
 * task needs it and keeps it for the rest of the run, up to a bound. (Sent as plain data with every task, a document
 * was cloned in the calling thread and rebuilt in a pool thread once per task that held it: about three times the
 * corpus for the pairwise batches alone, each copy living for its task.)
 */
import { deserialize, serialize } from 'node:v8'
import type { ParsedDocument } from '../types.js'

/** The run's documents in shared memory. */
export interface SharedDocuments {
  /** Unique within the process that wrote it. */
  key: string
  /** The documents, serialised one after another. */
  bytes: SharedArrayBuffer
  /** Where each document starts in `bytes`, and where the last ends (`Float64Array` of documents + 1 entries). */
  offsets: SharedArrayBuffer
}

let runs = 0

/**
 * Write documents into shared memory, once per run.
 * @param documents The run's documents; a task names one by its index here.
 */
export function shareDocuments(documents: readonly ParsedDocument[]): SharedDocuments {
  const parts = documents.map((doc) => serialize(doc))
  const offsets = new Float64Array(new SharedArrayBuffer(8 * (parts.length + 1)))
  parts.forEach((part, k) => (offsets[k + 1] = offsets[k]! + part.length))
  const bytes = new SharedArrayBuffer(offsets[parts.length]!)
  const view = new Uint8Array(bytes)
  parts.forEach((part, k) => view.set(part, offsets[k]!))
  return { key: `${process.pid}:${++runs}`, bytes, offsets: offsets.buffer as SharedArrayBuffer }
}

/**
 * Serialised bytes of the documents a thread keeps read, at most (the least recently used are dropped beyond it; read
 * again, a document is the same): the whole corpus of a few thousand articles, a fraction of a pool thread's heap
 * (`WORKER_HEAP_MB`), whatever the corpus's size.
 */
export const KEPT_DOCUMENT_BYTES = 32 * 1024 * 1024

const read = new Map<number, { doc: ParsedDocument; bytes: number }>()
let readKey: string | undefined
let keptBytes = 0

/**
 * A document behind a shared reference, read once per thread and run (the same object every time while it is kept,
 * see {@link KEPT_DOCUMENT_BYTES}). The documents of an earlier run are forgotten when a task of another run first
 * asks.
 * @param shared The run's documents.
 * @param index The document's index (in the order {@link shareDocuments} was given).
 * @throws {RangeError} for an index the run has no document at.
 */
export function sharedDocument(shared: SharedDocuments, index: number): ParsedDocument {
  if (shared.key !== readKey) {
    read.clear()
    readKey = shared.key
    keptBytes = 0
  }
  const kept = read.get(index)
  if (kept !== undefined) {
    // Most recently used last.
    read.delete(index)
    read.set(index, kept)
    return kept.doc
  }
  const offsets = new Float64Array(shared.offsets)
  const start = offsets[index]
  const end = offsets[index + 1]
  if (start === undefined || end === undefined) throw new RangeError(`no shared document ${index}`)
  const doc = deserialize(new Uint8Array(shared.bytes, start, end - start).slice()) as ParsedDocument
  read.set(index, { doc, bytes: end - start })
  keptBytes += end - start
  for (const [k, old] of read) {
    if (keptBytes <= KEPT_DOCUMENT_BYTES || k === index) break
    read.delete(k)
    keptBytes -= old.bytes
  }
  return doc
}

/**
 * The documents behind a task's indices, each read once per thread and run (see {@link sharedDocument}).
 * @param shared The run's documents.
 * @param indices The task's documents.
 */
export function sharedDocumentsAt(shared: SharedDocuments, indices: readonly number[]): ParsedDocument[] {
  return indices.map((k) => sharedDocument(shared, k))
}
