import { checkLanguageOptions } from '../detect/languageHint.js'
import { checkStringArray } from '../errors/checkArgument.js'
import type { InputError } from '../errors/InputError.js'
import { checkCorpusOptions } from './checkPipelineOptions.js'
import { gatherReads } from '../load/gatherReads.js'
import type { SkippedDocument } from '../load/readDocument.js'
import type { ReadDocumentsOptions } from '../load/readDocuments.js'
import { resolvePaths } from '../load/resolvePaths.js'
import type { Diagnostic, ParsedDocument } from '../types.js'
import { keepsItsLanguage } from './keepsItsLanguage.js'
import type { ParseDocumentOptions } from './parseDocument.js'
import { inputErrorFromData, parseFile, type ParsedFileDocument } from './parseFile.js'

/** Options for {@link loadCorpus}. */
export interface LoadCorpusOptions extends ReadDocumentsOptions, Omit<ParseDocumentOptions, 'id' | 'path' | 'sha256'> {}

/** A parsed corpus. */
export interface Corpus {
  /** Parsed documents, sorted by id. */
  documents: ParsedDocument[]
  /** Corpus-level warnings (skipped or duplicate files). Document warnings are on each document. */
  diagnostics: Diagnostic[]
  /** Inputs that could not be read (the rest were processed). */
  errors: InputError[]
}

/**
 * Read files, directories or globs and parse every article. Of files with the same bytes one is kept: the first
 * whose path names the language detected in it (`zh-CN/a.md` rather than an untranslated copy at `fr-FR/a.md`),
 * else the first.
 * One bad file does not stop the others unless `strict` is set.
 * @throws {InputError} with `strict`, or when no input could be read at all.
 */
export function loadCorpus(inputs: string[], options: LoadCorpusOptions = {}): Corpus {
  checkStringArray(inputs, 'inputs')
  checkCorpusOptions(options)
  checkLanguageOptions(options.languages)
  const { files, unresolved, diagnostics } = resolvePaths(inputs, options)
  const errors: InputError[] = unresolved.map((u) => u.error)
  if (options.strict === true && errors[0] !== undefined) throw errors[0]
  const gathered = gatherReads(parseEach(files, options), errors, options.strict === true, diagnostics, keptCopy)
  const documents: ParsedDocument[] = gathered.documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { documents, diagnostics: gathered.diagnostics, errors: gathered.errors }
}

/** Which of byte-identical parsed files to keep (see `gatherReads`): one whose path names its detected language. */
export function keptCopy(doc: ParsedFileDocument): boolean {
  return keepsItsLanguage(doc.path, doc.language?.iso6393)
}

/** Each file read, parsed and detected, in file order (lazily: `strict` stops at the first error). */
function* parseEach(files: readonly string[], options: LoadCorpusOptions): Generator<ParsedFileDocument | SkippedDocument | InputError> {
  for (const path of files) {
    const parsed = parseFile(path, options)
    yield parsed.kind === 'document' ? parsed.document : parsed.kind === 'skipped' ? parsed.skipped : inputErrorFromData(parsed.error)
  }
}
