import type { ParsedDocument, Segment } from '../types.js'

/** The segments that carry translated content: everything but page furniture and code. */
export function contentSegments(doc: Pick<ParsedDocument, 'segments'>): Segment[] {
  return doc.segments.filter((s) => s.role !== 'boilerplate' && s.role !== 'code')
}
