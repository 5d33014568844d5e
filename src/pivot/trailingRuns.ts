/**
 * A list a slot's text runs on in past its cell. A translation may write a paragraph as a lead-in and a list of its
 * points (OpenTelemetry's Chinese Go resources page: "these detectors may discover:" and four items): the aligner
 * pairs the slot with the lead-in and the first items and leaves the last items on no slot. Segments on no slot right
 * after a cell that is a lead-in and list items (see {@link listedCell}), up to the next segment any slot holds, each
 * a list item of the slot's kind, are the rest of that list: they join the cell. A slot of one segment (a list item
 * the pivot writes as a slot of its own) takes none, nor a cell of several paragraphs that happens to end in a list
 * item: an item added after it stays extra.
 */
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { kindOf } from './fillInPlace.js'

/** A lead-in's last mark: a colon (full-width too), before the list it introduces. */
const LEAD_IN_END = /[:：]\s*$/u

/** A Markdown list item's marker at the start of a line: `-`, `*`, `+`, `1.` or `1)`, then a space. */
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/u

/**
 * Whether a segment starts a list item in its document's text (its line opens with a list marker).
 * @param text The document's text (the segment's place refers to it).
 * @param segment The segment.
 */
export function opensListItem(text: string, segment: Pick<Segment, 'place'>): boolean {
  const start = text.lastIndexOf('\n', segment.place.start.offset - 1) + 1
  return LIST_MARKER.test(text.slice(start, segment.place.start.offset + 1))
}

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

/**
 * Join to each cell that is a lead-in and list items the list items after it that fill no slot (see the module's
 * comment).
 * @param text The member's text.
 * @param slots The pivot's slots.
 * @param cells The member's cells (not changed).
 * @param segments The member's content segments, in document order.
 * @param extra Ids of the segments that fill no slot.
 * @returns The cells and the segments still extra (the same arrays when nothing is joined).
 */
export function joinTrailingItems(text: string, slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, segments: readonly Segment[], extra: readonly string[]): { cells: ReadonlyArray<SlotCell | null>; extra: readonly string[] } {
  if (extra.length === 0) return { cells, extra }
  const index = new Map(segments.map((s, i) => [s.id, i] as const))
  const free = new Set(extra)
  const holders = new Map<string, number>()
  cells.forEach((c) => {
    for (const id of c?.segments ?? []) holders.set(id, (holders.get(id) ?? 0) + 1)
  })
  let out: Array<SlotCell | null> | undefined
  cells.forEach((cell, s) => {
    if (cell == null || cell.segments.length < 2 || cell.segments.some((id) => holders.get(id) !== 1)) return
    const held = cell.segments.map((id) => index.get(id) ?? -1).sort((a, b) => a - b)
    const last = held.at(-1)!
    if (held[0]! < 0 || !listedCell(text, held.map((j) => segments[j]!))) return
    const run: Segment[] = []
    for (let j = last + 1; j < segments.length && free.has(segments[j]!.id); j++) run.push(segments[j]!)
    if (run.length === 0 || run.some((x) => kindOf(x.role) !== kindOf(slots[s]!.role) || !opensListItem(text, x))) return
    out ??= [...cells]
    out[s] = { ...cell, segments: [...cell.segments, ...run.map((x) => x.id)], sentences: [...cell.sentences, ...run.flatMap((x) => x.sentences.map((y) => y.id))] }
    for (const x of run) free.delete(x.id)
  })
  return out === undefined ? { cells, extra } : { cells: out, extra: extra.filter((id) => free.has(id)) }
}
