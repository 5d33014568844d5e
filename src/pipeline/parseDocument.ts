import type { VFile } from 'vfile'
import { documentInput } from '../diagnostics/vfileInput.js'
import { reportToVFile } from '../diagnostics/reportToVFile.js'
import { documentId } from '../load/documentId.js'
import { checkParseOptions } from './checkPipelineOptions.js'
import { detectDocument, type DetectDocumentOptions } from '../detect/index.js'
import { languageHint, type LanguageHintOptions } from '../detect/languageHint.js'
import { segmentDocument, type SegmentOptions } from '../parse/segmentDocument.js'
import type { ParsedDocument } from '../types.js'

/** Options for {@link parseDocument}. */
export interface ParseDocumentOptions extends SegmentOptions, LanguageHintOptions {
  /** Detect languages of the document, its segments and sentences (default: `true`). */
  detect?: boolean | undefined
  /** Options of language detection (candidate lists, …). */
  detection?: DetectDocumentOptions | undefined
}

/**
 * Parse an article into typed segments and sentences (see `segmentDocument`) and detect the language of the
 * document, every segment and every sentence (see `detectDocument`), with the language stated for it by
 * `languages` or named by its path as a hint (see `languageHint`).
 * Never throws on string input: anomalies are diagnostics on the returned document.
 * A `VFile` (unified's file) works too: its text is parsed, its path is the document's `path` and (relative to
 * the working directory) its `id` unless options say otherwise, and every diagnostic is also added to
 * `file.messages` with `ruleId`, `source: 'paracorpus'`, place and `url` (see `docs/rules.md`).
 * @param input The article: a string, or a `VFile` whose `value` holds it.
 * @throws {UsageError} `INVALID_OPTION` when `input` is neither a string nor a `VFile` or an option has the wrong
 *   type, or when `languages` states an unknown language for this document.
 */
export function parseDocument(input: string | VFile, options: ParseDocumentOptions = {}): ParsedDocument {
  const { text, file } = documentInput(input, 'text')
  checkParseOptions(options)
  const settings = file?.path === undefined ? options : { ...options, path: options.path ?? file.path, id: options.id ?? documentId(file.path) }
  const parsed = segmentDocument(text, settings)
  const hint = settings.detection?.hint ?? languageHint(settings.path, settings)
  const doc = settings.detect === false ? parsed : detectDocument(parsed, hint === undefined ? settings.detection : { ...settings.detection, hint })
  if (file !== undefined) reportToVFile(file, doc.diagnostics)
  return doc
}
