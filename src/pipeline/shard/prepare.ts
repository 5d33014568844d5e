import { InputError } from '../../errors/InputError.js'
import { documentFromBytes, isLoadedDocument } from '../../load/readDocument.js'
import { resolvePaths } from '../../load/resolvePaths.js'
import { fingerprint } from '../candidatePairs.js'
import type { LoadCorpusOptions } from '../loadCorpus.js'
import { inputErrorData, parseFile, parseLoaded, type ParsedFile, type ParsedFileDocument } from '../parseFile.js'
import type { FingerprintRecord, PreparedRecord } from './records.js'
import { checkOptions, checkString, checkStringArray } from '../../errors/checkArgument.js'
import { checkText } from '../../errors/checkShape.js'
import { languageVariant } from '../../detect/languageVariant.js'

/**
 * The fingerprint record of a parsed document: its identity, language (and its tag when it names a variant), length
 * and bucket keys.
 * @param document The parsed document.
 */
export function fingerprintRecord(document: ParsedFileDocument & { sha256: string }): FingerprintRecord {
  const print = fingerprint(document)
  const language = document.language
  const tag = languageVariant(language)
  const variant = tag !== undefined && tag !== language?.iso6393 ? { bcp47: language!.bcp47 } : {}
  return { type: 'fingerprint', id: document.id, path: document.path, sha256: document.sha256, language: language?.iso6393, ...variant, characters: print.characters, anchors: [...print.anchors].sort() }
}

/**
 * The record of what the per-document stage gave for one file.
 * @param parsed From `parseFile` or `parseLoaded`.
 */
export function preparedRecord(parsed: ParsedFile): PreparedRecord {
  if (parsed.kind === 'error') return { type: 'error', error: parsed.error }
  if (parsed.kind === 'skipped') return { type: 'skipped', skipped: parsed.skipped }
  return { type: 'document', document: parsed.document, fingerprint: fingerprintRecord(parsed.document as ParsedFileDocument & { sha256: string }) }
}

/**
 * The `prepare` step for one file: read, parse and detect it (the per-document stage of `alignCorpus`) and
 * fingerprint it. A file that cannot be read or parsed gives an error record, never an exception.
 * @param path The file.
 * @param options The corpus options (reading, parsing, detection).
 */
export function prepareFile(path: string, options: LoadCorpusOptions = {}): PreparedRecord {
  return preparedRecord(parseFile(path, options))
}

/**
 * The `prepare` step for a text given inline (a JSONL input line `{id, text}`): the id stands for its path.
 * @param id The document's id.
 * @param text Its text.
 * @param options The corpus options (parsing, detection).
 */
export function prepareText(id: string, text: string, options: LoadCorpusOptions = {}): PreparedRecord {
  checkString(id, 'id')
  checkText(text, 'text')
  checkOptions(options)
  let read
  try {
    read = documentFromBytes(Buffer.from(text, 'utf8'), id, options)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return { type: 'error', error: inputErrorData(error) }
  }
  return preparedRecord(isLoadedDocument(read) ? parseLoaded(read, options) : { kind: 'skipped', skipped: read })
}

/**
 * The `prepare` step over files, directories or globs, in the order `alignCorpus` reads them: inputs that match
 * nothing are error records, directory-walk warnings come first.
 * @param inputs Files, directories or globs.
 * @param options The corpus options.
 */
export function prepareInputs(inputs: readonly string[], options: LoadCorpusOptions = {}): PreparedRecord[] {
  checkStringArray(inputs, 'inputs')
  checkOptions(options)
  const { files, unresolved, diagnostics } = resolvePaths([...inputs], options)
  return [
    ...diagnostics.map((diagnostic): PreparedRecord => ({ type: 'diagnostic', diagnostic })),
    ...unresolved.map((u): PreparedRecord => ({ type: 'error', error: inputErrorData(u.error) })),
    ...files.map((file) => prepareFile(file, options)),
  ]
}
