import { checkString } from '../errors/checkArgument.js'
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
 * @throws {UsageError} `INVALID_OPTION` when `text` is not a string or an option has the wrong type, or when
 *   `languages` states an unknown language for this document.
 */
export function parseDocument(text: string, options: ParseDocumentOptions = {}): ParsedDocument {
  checkString(text, 'text', true)
  checkParseOptions(options)
  const parsed = segmentDocument(text, options)
  if (options.detect === false) return parsed
  const hint = options.detection?.hint ?? languageHint(options.path, options)
  return detectDocument(parsed, hint === undefined ? options.detection : { ...options.detection, hint })
}
