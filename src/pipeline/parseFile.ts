import { InputError } from '../errors/InputError.js'
import type { ParacorpusErrorCode } from '../errors/ParacorpusError.js'
import { isLoadedDocument, readDocument, type SkippedDocument } from '../load/readDocument.js'
import type { LoadedDocument, ParsedDocument } from '../types.js'
import type { LoadCorpusOptions } from './loadCorpus.js'
import { capDiagnostics } from './capDiagnostics.js'
import { parseDocument } from './parseDocument.js'

/** A parsed document read from a file (its path is always known). */
export type ParsedFileDocument = ParsedDocument & { path: string }

/** An `InputError` as plain data, to cross a worker boundary. */
export interface InputErrorData {
  /** Error code. */
  code: ParacorpusErrorCode
  /** Message. */
  message: string
  /** File concerned. */
  file: string | undefined
  /** Byte offset, when it applies. */
  byteOffset: number | undefined
  /** The underlying system error, reduced to its name, message and code. */
  cause: { name: string; message: string; code: string | undefined } | undefined
}

/** What the per-document stage gave for one file, as plain (structured-cloneable) data. */
export type ParsedFile = { kind: 'document'; document: ParsedFileDocument } | { kind: 'skipped'; skipped: SkippedDocument } | { kind: 'error'; error: InputErrorData }

/**
 * The per-document stage of `loadCorpus` for one file: read and decode it, parse it and detect its languages;
 * load warnings come before parse warnings, as in `loadCorpus`. Input errors are returned, not thrown.
 * @param path The file.
 * @param options The corpus options (reading, parsing, detection).
 */
export function parseFile(path: string, options: LoadCorpusOptions = {}): ParsedFile {
  let read
  try {
    read = readDocument(path, options)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return { kind: 'error', error: inputErrorData(error) }
  }
  if (!isLoadedDocument(read)) return { kind: 'skipped', skipped: read }
  return parseLoaded(read, options)
}

/**
 * Parse and detect a loaded document, guarded: whatever the parser or detector throws on this text (even a
 * `RangeError` from a stack overflow) becomes a `PARSE_FAILED` error for this file, so one file never stops a corpus.
 * Diagnostics of one rule beyond the first 20 are counted in one (see `capDiagnostics`).
 * @param read The loaded document.
 * @param options The corpus options (parsing, detection).
 */
export function parseLoaded(read: LoadedDocument, options: LoadCorpusOptions = {}): ParsedFile {
  try {
    const parsed = parseDocument(read.text, { ...options, id: read.id, path: read.path, sha256: read.sha256 })
    return { kind: 'document', document: { ...parsed, path: read.path, diagnostics: capDiagnostics([...read.diagnostics, ...parsed.diagnostics]) } }
  } catch (cause) {
    const why = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)
    const error = new InputError('PARSE_FAILED', `${read.path} could not be parsed (${why}); skipped it, the other files were processed`, { file: read.path, cause })
    return { kind: 'error', error: inputErrorData(error) }
  }
}

/** Reduce an `InputError` to plain data. */
export function inputErrorData(error: InputError): InputErrorData {
  const cause = error.cause instanceof Error ? { name: error.cause.name, message: error.cause.message, code: (error.cause as NodeJS.ErrnoException).code } : undefined
  return { code: error.code, message: error.message, file: error.file, byteOffset: error.byteOffset, cause }
}

/** Rebuild an `InputError` from {@link inputErrorData}'s plain data. */
export function inputErrorFromData(data: InputErrorData): InputError {
  const cause = data.cause === undefined ? undefined : Object.assign(new Error(data.cause.message), { name: data.cause.name, code: data.cause.code })
  return new InputError(data.code, data.message, { file: data.file, byteOffset: data.byteOffset, cause })
}
