import { InputError } from '../errors/InputError.js'
import type { Diagnostic } from '../types.js'
import type { SkippedDocument } from './readDocument.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'

/** What a read document must tell {@link gatherReads}: who it is and a hash of its bytes. */
export interface ReadIdentity {
  /** Document id. */
  id: string
  /** Path it was read from. */
  path: string
  /** SHA-256 of the raw bytes (exact duplicates share it). */
  sha256: string
}

/** Documents gathered from the reads of a set of files. */
export interface GatheredReads<T extends ReadIdentity> {
  /** Documents in file order, exact duplicates kept once. */
  documents: T[]
  /** Warnings: skipped empty files and duplicates, in file order. */
  diagnostics: Diagnostic[]
  /** Inputs that failed. */
  errors: InputError[]
}

/**
 * Gather what reading each file gave — a document, a skip notice or an input error — in file order: keep one of
 * documents with the same bytes — the first `prefer` accepts, else the first — warning about the others (at the
 * place of the later of each two), collect skips and errors.
 * @param outcomes One outcome per file, in file order (consumed lazily: `strict` stops at the first error).
 * @param errors Errors found before reading (unresolved paths); gathered errors are appended.
 * @param strict Throw the first read error instead of collecting it.
 * @param warnings Warnings found before reading (directory walks); they come first.
 * @param prefer Which copy of identical bytes to keep when the first is not one it accepts (default: the first).
 * @throws {InputError} with `strict`; when no document was read and there were errors (the first, or a summary);
 *   `EMPTY` when every file read was empty or whitespace only.
 */
export function gatherReads<T extends ReadIdentity>(outcomes: Iterable<T | SkippedDocument | InputError>, errors: InputError[], strict: boolean, warnings: readonly Diagnostic[] = [], prefer?: (doc: T) => boolean): GatheredReads<T> {
  const documents: T[] = []
  // A duplicate's warning waits for the end: a later copy may yet be kept instead of the one it names.
  const notes: Array<Diagnostic | { dropped: T; kept: number }> = [...warnings]
  const byHash = new Map<string, number>()
  const skipped: string[] = []
  for (const outcome of outcomes) {
    if (outcome instanceof InputError) {
      if (strict) throw outcome
      errors.push(outcome)
      continue
    }
    if ('diagnostic' in outcome) {
      notes.push(outcome.diagnostic)
      skipped.push(outcome.path)
      continue
    }
    const twin = byHash.get(outcome.sha256)
    if (twin !== undefined) {
      const swap = prefer !== undefined && !prefer(documents[twin]!) && prefer(outcome)
      notes.push({ dropped: swap ? documents[twin]! : outcome, kept: twin })
      if (swap) documents[twin] = outcome
      continue
    }
    byHash.set(outcome.sha256, documents.length)
    documents.push(outcome)
  }
  const diagnostics = notes.map((n) => ('ruleId' in n ? n : duplicateWarning(n.dropped, documents[n.kept]!)))
  if (documents.length === 0 && errors.length > 0 && diagnostics.length === warnings.length) {
    const first = errors[0]!
    throw new InputError(first.code, errors.length === 1 ? first.message : `no document could be read (${errors.length} errors; first: ${first.message})`, { file: first.file, byteOffset: first.byteOffset, cause: first })
  }
  if (documents.length === 0 && errors.length === 0 && skipped.length > 0) {
    // Every file was skipped as empty: a run with nothing to process is an error, not a silent success.
    const first = skipped[0]!
    throw new InputError('EMPTY', skipped.length === 1 ? `${first} is empty or holds only whitespace; nothing to process` : `all ${skipped.length} input files are empty or hold only whitespace (first: ${first}); nothing to process`, { file: first })
  }
  return { documents, diagnostics, errors }
}

/** The warning that `dropped` was left out as a byte-identical copy of `kept`. */
function duplicateWarning(dropped: ReadIdentity, kept: ReadIdentity): Diagnostic {
  return { ruleId: 'duplicate-document', source: 'paracorpus:load', severity: 'warning', file: dropped.id, reason: `${dropped.path} has the same bytes as ${kept.path}; kept ${kept.path} only`, url: ruleUrl('duplicate-document') }
}
