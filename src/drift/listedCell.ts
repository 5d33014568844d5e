import { opensListItem } from '../pivot/trailingRuns.js'
import type { Segment } from '../types.js'

/** A lead-in's last mark: a colon (full-width too), before the list it introduces. */
const LEAD_IN_END = /[:：]\s*$/u

/**
 * Whether a cell's segments are one paragraph written as a lead-in and the list of its points: the first ends with
 * a colon and is no list item, every other one is a list item. A translation that lays a sentence's enumeration out as
 * a list ("these detectors may discover: the process, the OS, …" as a lead-in and four items) keeps the slot's text
 * in another layout; it has not split the paragraph.
 * @param text The document's text (the segments' places refer to it).
 * @param segments The cell's segments, in reading order.
 */
export function listedCell(text: string, segments: readonly Segment[]): boolean {
  if (segments.length < 2 || !LEAD_IN_END.test(segments[0]!.text) || opensListItem(text, segments[0]!)) return false
  return segments.slice(1).every((s) => opensListItem(text, s))
}
