import { checkStringArray } from '../errors/checkArgument.js'
import { InputError } from '../errors/InputError.js'
import { checkLoadOptions } from './checkLoadOptions.js'
import type { Diagnostic, LoadedDocument } from '../types.js'
import { gatherReads } from './gatherReads.js'
import { readDocument, type ReadOptions, type SkippedDocument } from './readDocument.js'
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
  checkStringArray(inputs, 'inputs')
  checkLoadOptions(options)
  const { files, unresolved, diagnostics } = resolvePaths(inputs, options)
  const errors: InputError[] = unresolved.map((u) => u.error)
  if (options.strict === true && errors[0] !== undefined) throw errors[0]
  return gatherReads(readEach(files, options), errors, options.strict === true, diagnostics)
}

function* readEach(files: readonly string[], options: ReadOptions): Generator<LoadedDocument | SkippedDocument | InputError> {
  for (const file of files) {
    try {
      yield readDocument(file, options)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      yield error
    }
  }
}
