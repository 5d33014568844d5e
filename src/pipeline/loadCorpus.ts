import { checkLanguageOptions } from '../detect/languageHint.js'
import { checkStringArray } from '../errors/checkArgument.js'
import type { InputError } from '../errors/InputError.js'
import { checkCorpusOptions } from './checkPipelineOptions.js'
import { readDocuments, type ReadDocumentsOptions } from '../load/readDocuments.js'
import type { Diagnostic, ParsedDocument } from '../types.js'
import type { ParseDocumentOptions } from './parseDocument.js'
import { inputErrorFromData, parseLoaded } from './parseFile.js'

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
 * Read files, directories or globs and parse every article.
 * One bad file does not stop the others unless `strict` is set.
 * @throws {InputError} with `strict`, or when no input could be read at all.
 */
export function loadCorpus(inputs: string[], options: LoadCorpusOptions = {}): Corpus {
  checkStringArray(inputs, 'inputs')
  checkCorpusOptions(options)
  checkLanguageOptions(options.languages)
  const read = readDocuments(inputs, options)
  const documents: ParsedDocument[] = []
  const errors = [...read.errors]
  for (const doc of read.documents) {
    const parsed = parseLoaded(doc, options)
    if (parsed.kind === 'document') documents.push(parsed.document)
    else if (parsed.kind === 'error') {
      if (options.strict === true) throw inputErrorFromData(parsed.error)
      errors.push(inputErrorFromData(parsed.error))
    }
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { documents, diagnostics: read.diagnostics, errors }
}
