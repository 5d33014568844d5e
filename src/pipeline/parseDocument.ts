import { segmentDocument, type SegmentOptions } from '../parse/segmentDocument.js'
import type { ParsedDocument } from '../types.js'

/** Options for {@link parseDocument}. */
export interface ParseDocumentOptions extends SegmentOptions {}

/**
 * Parse an article into typed segments and sentences (see `segmentDocument`), ready for alignment.
 * Never throws on string input: anomalies are diagnostics on the returned document.
 */
export function parseDocument(text: string, options: ParseDocumentOptions = {}): ParsedDocument {
  return segmentDocument(text, options)
}
