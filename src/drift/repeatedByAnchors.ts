/**
 * A paragraph a translation holds twice where one of the two places is not a whole cell: a paragraph among others
 * in an answer's cell, or a repeat dropped inside another slot's cell (see `repeatedText.ts` for the whole-cell
 * case). The parser keeps the first copy and drops the later one, so one of the two slots lost a paragraph of its
 * own text to the other's. Lengths cannot tell which, as they can for a whole cell; the paragraph's links, code and
 * numbers can: the slot that expects them is the one the text belongs to, and the other holds it in place of its
 * own. When the paragraph has none of these, a slot that lost at least half of the anchors it expects beside a
 * holder that lost none of its own is the one replaced. No word links are needed.
 */
import type { Anchor } from '../align/anchors/Anchor.js'
import { anchorsOfSegments, sameAnchor } from '../pivot/pivotAnchors.js'
import type { Pivot, PivotSlot, Segment, SlotCell } from '../types.js'
import { anchorDrift } from './anchorDrift.js'
import type { ContentFinding } from './contentReasons.js'

/** Share of a slot's expected anchors its cell must lack to count as having lost its text (no anchor in the paragraph). */
const LOST_TEXT = 0.5

/** Where a repeated paragraph stands in a document: its kept copy's slot and the slot where the repeat was dropped. */
export interface RepeatPlaces {
  /** Slot whose own cell holds the kept copy among other text. */
  holder: number
  /** The kept copy's segment. */
  segment: Segment
  /** Slot where the repeat was dropped: one whose cell surrounds it, or an empty one beside it. */
  dropped: number
  /** Whether that slot has a cell (the repeat was dropped inside it). */
  filled: boolean
  /** The repeat as written (Markdown), for its link targets. */
  raw: string
}

/**
 * The paragraph's anchors that tell one paragraph from another: numbers, links, addresses and code that the kept
 * copy's segment holds and the repeat's Markdown writes (names recur all over a document), and that one of the slots
 * compared expects — one none of them expects (a numeral read inside a word, a number only this translation writes)
 * cannot tell whose text the paragraph is.
 */
function paragraphAnchors(segment: Segment, raw: string, slots: readonly PivotSlot[]): Anchor[] {
  return anchorsOfSegments([segment]).filter((a) => a.kind !== 'name' && a.kind !== 'slug' && raw.includes(a.text) && slots.some((s) => expectedBy(s, [a]) > 0))
}

/** How many of the anchors a slot expects. */
export function expectedBy(slot: PivotSlot, anchors: readonly Anchor[]): number {
  return anchors.filter((a) => slot.anchors.some((e) => sameAnchor(a, { kind: e.kind, normalized: e.key }))).length
}

/** Share of a slot's expected anchors its cell lacks. */
function lostBy(slot: PivotSlot, segments: readonly Segment[]): number {
  if (slot.anchors.length === 0 || segments.length === 0) return 0
  return anchorDrift(slot.anchors, segments.map((s) => s.text).join('\n'), anchorsOfSegments(segments)).lost
}

/**
 * Which slot holds the repeated paragraph in place of its own text, if the anchors tell (see the module's doc).
 * @param pivot The pivot.
 * @param places Where the paragraph stands.
 * @param cellSegments A slot's cell segments.
 * @returns The replaced slot and the finding, or `undefined`.
 */
export function repeatByAnchors(pivot: Pivot, places: RepeatPlaces, cellSegments: (slot: number) => Segment[]): { slot: number; finding: ContentFinding } | undefined {
  const { holder, dropped, filled, segment, raw } = places
  const h = pivot.slots[holder]!
  const x = pivot.slots[dropped]!
  const anchors = paragraphAnchors(segment, raw, [h, x])
  const shown = anchors.map((a) => a.text).join(', ')
  if (anchors.length > 0) {
    const inHolder = expectedBy(h, anchors)
    const inDropped = expectedBy(x, anchors)
    if (inDropped > 0 && inHolder === 0) return { slot: holder, finding: { code: 'replaced', score: 1, detail: `holds a paragraph in place of its own: the translation has that paragraph twice (the repeat, ${filled ? 'inside' : 'where'} slot ${x.id} ${filled ? 'stands' : 'stands empty'}, kept once), and its ${shown} are slot ${x.id}'s` } }
    if (filled && inHolder > 0 && inDropped === 0) return { slot: dropped, finding: { code: 'replaced', score: 1, detail: `lost a paragraph to a repeat of slot ${h.id}'s (kept once, there): the translation has that paragraph twice, and its ${shown} are slot ${h.id}'s` } }
    return undefined
  }
  if (!filled) return undefined
  const lost = lostBy(x, cellSegments(dropped))
  if (lost < LOST_TEXT || lostBy(h, cellSegments(holder)) > 0) return undefined
  return { slot: dropped, finding: { code: 'replaced', score: lost, detail: `lost a paragraph to a repeat of slot ${h.id}'s (kept once, there): the translation has that paragraph twice, and this slot lacks ${Math.round(lost * 100)}% of the anchors it expects` } }
}

/**
 * Share of the links, code, numbers and addresses a slot expects (not names: they recur all over a document) that the
 * segments lack; 0 when the slot expects none.
 * @param slot The slot.
 * @param segments The cell's segments.
 */
export function lostOwnAnchors(slot: PivotSlot, segments: readonly Segment[]): number {
  const expected = slot.anchors.filter((a) => a.kind !== 'name' && a.kind !== 'slug')
  if (expected.length === 0 || segments.length === 0) return 0
  return anchorDrift(expected, segments.map((s) => s.text).join('\n'), anchorsOfSegments(segments)).lost
}

/**
 * The slots of the cells beside a repeat dropped at `at` where no cell surrounds it and no single slot stands empty
 * there (see {@link droppedIn}): those of the nearest cell before it and of the nearest after, and the empty slots
 * between them — the aligner fills the slot that lost its text with a neighbour's segment, or merges it into a
 * neighbour's cell.
 * @param spans Where each slot's cell starts and ends in the text (`undefined` for an empty slot).
 * @param at Offset of the dropped repeat.
 * @param holder The kept copy's slot (never a candidate).
 */
export function besideDrop(spans: ReadonlyArray<{ start: number; end: number } | undefined>, at: number, holder: number): number[] {
  const ends = spans.flatMap((s) => (s !== undefined && s.end <= at ? [s.end] : []))
  const starts = spans.flatMap((s) => (s !== undefined && s.start > at ? [s.start] : []))
  const end = ends.length === 0 ? undefined : Math.max(...ends)
  const start = starts.length === 0 ? undefined : Math.min(...starts)
  const beside = spans.map((s, i) => i).filter((i) => spans[i] !== undefined && (spans[i]!.end === end || spans[i]!.start === start))
  if (beside.length === 0) return []
  const [first, last] = [Math.min(...beside), Math.max(...beside)]
  return spans.map((s, i) => i).filter((i) => i !== holder && (beside.includes(i) || (i > first && i < last && spans[i] === undefined)))
}

/**
 * Which slot holds a repeated paragraph in place of its own text, when the repeat was dropped between two cells (see
 * {@link besideDrop}): the holder, when it expects none of the paragraph's links, code and numbers and a slot beside
 * the repeat does (the text is that slot's); else the one slot beside the repeat that expects none of them and whose
 * cell lacks at least half of the anchors it expects (it lost its text to the repeat).
 * @param pivot The pivot.
 * @param places Where the paragraph's kept copy stands.
 * @param candidates The slots beside the repeat.
 * @param cellSegments A slot's cell segments.
 * @returns The replaced slot and the finding, or `undefined`.
 */
export function repeatBesideDrop(pivot: Pivot, places: Pick<RepeatPlaces, 'holder' | 'segment' | 'raw'>, candidates: readonly number[], cellSegments: (slot: number) => Segment[]): { slot: number; finding: ContentFinding } | undefined {
  const { holder, segment, raw } = places
  const h = pivot.slots[holder]!
  const anchors = paragraphAnchors(segment, raw, [h, ...candidates.map((c) => pivot.slots[c]!)])
  const shown = anchors.map((a) => a.text).join(', ')
  if (anchors.length > 0 && expectedBy(h, anchors) === 0) {
    const owner = candidates.find((c) => expectedBy(pivot.slots[c]!, anchors) > 0)
    if (owner === undefined) return undefined
    const x = pivot.slots[owner]!
    return { slot: holder, finding: { code: 'replaced', score: 1, detail: `holds a paragraph in place of its own: the translation has that paragraph twice (the repeat, beside slot ${x.id}, kept once), and its ${shown} are slot ${x.id}'s` } }
  }
  if (anchors.length === 0 && lostBy(h, cellSegments(holder)) > 0) return undefined
  const lost = candidates.filter((c) => expectedBy(pivot.slots[c]!, anchors) === 0 && lostBy(pivot.slots[c]!, cellSegments(c)) >= LOST_TEXT)
  if (lost.length !== 1) return undefined
  const score = lostBy(pivot.slots[lost[0]!]!, cellSegments(lost[0]!))
  return { slot: lost[0]!, finding: { code: 'replaced', score, detail: `lost a paragraph to a repeat of slot ${h.id}'s (kept once, there): the translation has that paragraph twice, the repeat beside this slot, and this slot lacks ${Math.round(score * 100)}% of the anchors it expects` } }
}

/**
 * Where a repeat dropped at `at` stands among the cells: the slot whose cell surrounds it (its first and last
 * segments on either side), or else the one empty slot between the cells around it.
 * @param spans Where each slot's cell starts and ends in the text (`undefined` for an empty slot).
 * @param at Offset of the dropped repeat.
 * @param holder The kept copy's slot (never the answer).
 */
export function droppedIn(spans: ReadonlyArray<{ start: number; end: number } | undefined>, at: number, holder: number): { slot: number; filled: boolean } | undefined {
  const inside = spans.findIndex((s, i) => i !== holder && s !== undefined && s.start < at && at < s.end)
  if (inside >= 0) return { slot: inside, filled: true }
  // The cells nearest before and after it in the text.
  let before = -1
  let after = -1
  spans.forEach((s, i) => {
    if (s !== undefined && s.end <= at && (before < 0 || s.end > spans[before]!.end)) before = i
    if (s !== undefined && s.start > at && (after < 0 || s.start < spans[after]!.start)) after = i
  })
  const empty = spans.map((s, i) => i).filter((i) => i > before && (after < 0 || i < after) && spans[i] === undefined && i !== holder)
  return empty.length === 1 ? { slot: empty[0]!, filled: false } : undefined
}

/** The cells' segments a slot's cell holds, by id. */
export function cellSegmentsOf(cells: ReadonlyArray<SlotCell | null>, byId: ReadonlyMap<string, Segment>): (slot: number) => Segment[] {
  return (slot) => (cells[slot]?.segments ?? []).map((id) => byId.get(id)).filter((s): s is Segment => s !== undefined)
}
