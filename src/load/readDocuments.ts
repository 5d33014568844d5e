import { InputError } from '../errors/InputError.js'
import type { Diagnostic, LoadedDocument } from '../types.js'
import { isLoadedDocument, readDocument, type ReadOptions } from './readDocument.js'
import { resolvePaths, type ResolveOptions } from './resolvePaths.js'

/** Options for {@link readDocuments}. */
export interface ReadDocumentsOptions extends ReadOptions, ResolveOptions {
  /** Stop at the first bad input by throwing it (default: `false`: keep going and report). */
  strict?: boolean | undefined
}

/** What reading a set of paths produced. */
export interface ReadResult {
  /** Documents read, sorted by path; exact duplicates (same bytes) kept once. */
  documents: LoadedDocument[]
  /** Warnings: skipped empty files, duplicates, encodings. */
  diagnostics: Diagnostic[]
  /** Inputs that failed (missing, unreadable, binary, invalid UTF-8…). */
  errors: InputError[]
}

/**
 * Read files, directories and globs as documents, one bad file never stopping the others
 * (unless `strict`).
 * @throws {InputError} only with `strict: true`, when nothing at all could be read, or `EMPTY` when every file
 *   found is empty or whitespace only.
 */
export function readDocuments(inputs: string[], options: ReadDocumentsOptions = {}): ReadResult {
  const { files, unresolved } = resolvePaths(inputs, options)
  const errors: InputError[] = unresolved.map((u) => u.error)
  if (options.strict === true && errors[0] !== undefined) throw errors[0]
  const documents: LoadedDocument[] = []
  const diagnostics: Diagnostic[] = []
  const byHash = new Map<string, string>()
  for (const file of files) {
    let result
    try {
      result = readDocument(file, options)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      if (options.strict === true) throw error
      errors.push(error)
      continue
    }
    if (!isLoadedDocument(result)) {
      diagnostics.push(result.diagnostic)
      continue
    }
    const twin = byHash.get(result.sha256)
    if (twin !== undefined) {
      diagnostics.push({ ruleId: 'duplicate-document', source: 'paracorpus:load', severity: 'warning', file: result.id, reason: `${result.path} has the same bytes as ${twin}; kept ${twin} only` })
      continue
    }
    byHash.set(result.sha256, result.path)
    documents.push(result)
  }
  if (documents.length === 0 && errors.length > 0 && diagnostics.length === 0) {
    const first = errors[0]!
    throw new InputError(first.code, errors.length === 1 ? first.message : `no document could be read (${errors.length} errors; first: ${first.message})`, { file: first.file, byteOffset: first.byteOffset, cause: first })
  }
  if (documents.length === 0 && errors.length === 0 && files.length > 0) {
    // Every file was skipped as empty: a run with nothing to process is an error, not a silent success.
    const first = files[0]!
    throw new InputError('EMPTY', files.length === 1 ? `${first} is empty or holds only whitespace; nothing to process` : `all ${files.length} input files are empty or hold only whitespace (first: ${first}); nothing to process`, { file: first })
  }
  return { documents, diagnostics, errors }
}
