import type { ParsedDocument, Segment } from '../types.js'

/** The segments that carry translated content: everything but page furniture and code. */
export function contentSegments(doc: Pick<ParsedDocument, 'segments'>): Segment[] {
  return doc.segments.filter((s) => s.role !== 'boilerplate' && s.role !== 'code')
}

/**
 * Per content segment (see {@link contentSegments}), the code blocks that follow it up to the next content segment
 * (those before the first content segment go with it), as `contentAnchors` lends them their paragraph: a slot
 * expects the code its paragraph introduces, so a paragraph is found with its code.
 * @param doc The parsed document.
 * @param content Its content segments, in document order.
 * @returns One list of code segments per content segment.
 */
export function codeAfter(doc: Pick<ParsedDocument, 'segments'>, content: readonly Segment[]): Segment[][] {
  const index = new Map(content.map((s, k) => [s, k] as const))
  const out: Segment[][] = content.map(() => [])
  let last = 0
  for (const segment of doc.segments) {
    const k = index.get(segment)
    if (k !== undefined) last = k
    else if (segment.role === 'code') out[last]?.push(segment)
  }
  return out
}
