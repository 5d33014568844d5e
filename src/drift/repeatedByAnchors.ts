/**
 * A paragraph a translation holds twice where one of the two places is not a whole cell: a paragraph among others
 * in an answer's cell, or a repeat dropped inside another slot's cell (see `repeatedText.ts` for the whole-cell
 * case). The parser keeps the first copy and drops the later one, so one of the two slots lost a paragraph of its
 * own text to the other's. Lengths cannot tell which, as they can for a whole cell; the paragraph's links, code and
 * numbers can: the slot that expects them is the one the text belongs to, and the other holds it in place of its
 * own. When the paragraph has none of these, a slot that lost at least half of the anchors it expects beside a
 * holder that lost none of its own is the one replaced. No word links are needed.
 */
import { diceCoefficient } from 'dice-coefficient'
import type { Anchor } from '../align/anchors/Anchor.js'
import { anchorsOfSegments, sameAnchor } from '../pivot/pivotAnchors.js'
import type { Pivot, PivotSlot, Segment, SlotCell } from '../types.js'
import { cellAnchorDrift } from './anchorDrift.js'
import type { ContentFinding } from './contentReasons.js'

/** Share of a slot's expected anchors its cell must lack to count as having lost its text (no anchor in the paragraph). */
const LOST_TEXT = 0.5

/**
 * Dice similarity of two slots' labels (the first words of their text in the pivot's document) from which they are
 * taken to say about the same, so that a translation writing them alike is no sign of a paste.
 */
const SAME_LABEL = 0.6

/**
 * Whether two slots' texts begin alike in the pivot's document (see {@link SAME_LABEL}): a faithful translation may
 * write them alike, and the parser then drops one as a repeat.
 * @param pivot The pivot.
 * @param i A slot's index.
 * @param j Another slot's index.
 */
export function labelsAlike(pivot: Pivot, i: number, j: number): boolean {
  const label = (k: number): string => (pivot.slots[k]!.label ?? '').toLowerCase()
  return diceCoefficient(label(i), label(j)) >= SAME_LABEL
}

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

/**
 * Share of a slot's expected anchors its cell lacks: the `anchor-lost` measure, or the share of its links, code,
 * numbers and addresses the cell holds none of, whichever is more — a cell holding another slot's text may write
 * another link where the slot's stood (`anchor-changed`, not lost), and it still lacks the slot's own.
 */
function lostBy(slot: PivotSlot, segments: readonly Segment[]): number {
  if (slot.anchors.length === 0 || segments.length === 0) return 0
  const found = anchorsOfSegments(segments)
  const distinctive = slot.anchors.filter((e) => e.kind !== 'name' && e.kind !== 'slug')
  const lacked = distinctive.filter((e) => !found.some((a) => sameAnchor(a, { kind: e.kind, normalized: e.key }))).length
  const lost = cellAnchorDrift(slot.anchors, segments).lost
  return Math.max(lost, distinctive.length === 0 ? 0 : lacked / distinctive.length)
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
  return cellAnchorDrift(expected, segments).lost
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
 * {@link besideDrop}). The paragraph's links, code and numbers tell whose text it is: the holder's slot holds it in
 * place of its own when the slot does not expect them all and a slot beside the repeat does (or, the holder expecting
 * none, expects any); else the one slot beside the repeat whose cell lacks at least half of the anchors it expects and
 * that the paragraph cannot be the text of — it expects none of the paragraph's anchors, or the paragraph lacks half
 * of the slot's own while keeping every one of the holder's — lost its text to the repeat.
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
  const inHolder = expectedBy(h, anchors)
  if (anchors.length > 0 && inHolder < anchors.length) {
    const owner = ownerBeside(pivot, anchors, inHolder, candidates)
    if (owner !== undefined) {
      const x = pivot.slots[owner]!
      return { slot: holder, finding: { code: 'replaced', score: 1, detail: `holds a paragraph in place of its own: the translation has that paragraph twice (the repeat, beside slot ${x.id}, kept once), and its ${shown} are slot ${x.id}'s` } }
    }
    if (inHolder === 0) return undefined
  }
  if (anchors.length === 0 && lostBy(h, cellSegments(holder)) > 0) return undefined
  // The paragraph keeps every link, code span and number its holder's slot expects: it may be the holder's own text.
  const holderOwns = anchors.length > 0 && lostOwnAnchors(h, [segment]) === 0
  // A paragraph without anchors of its own, where a slot's text begins as another's does in the pivot's document
  // (the source writes the line twice): a faithful translation writes the two alike, and one is dropped as the repeat.
  const twin = (c: number): boolean => anchors.length === 0 && pivot.slots.some((_, k) => k !== c && labelsAlike(pivot, c, k))
  const notItsText = (c: number): boolean => !twin(c) && (expectedBy(pivot.slots[c]!, anchors) === 0 || (holderOwns && lostOwnAnchors(pivot.slots[c]!, [segment]) >= LOST_TEXT))
  const lost = candidates.filter((c) => notItsText(c) && lostBy(pivot.slots[c]!, cellSegments(c)) >= LOST_TEXT)
  if (lost.length !== 1) return undefined
  const score = lostBy(pivot.slots[lost[0]!]!, cellSegments(lost[0]!))
  return { slot: lost[0]!, finding: { code: 'replaced', score, detail: `lost a paragraph to a repeat of slot ${h.id}'s (kept once, there): the translation has that paragraph twice, the repeat beside this slot, and this slot lacks ${Math.round(score * 100)}% of the anchors it expects` } }
}

/**
 * The slot beside a repeat whose text a paragraph is, by its anchors (`inHolder` of them expected by the holder's
 * slot): the first that expects them all; with the holder expecting none, the first that expects any.
 */
function ownerBeside(pivot: Pivot, anchors: readonly Anchor[], inHolder: number, candidates: readonly number[]): number | undefined {
  const all = candidates.find((c) => expectedBy(pivot.slots[c]!, anchors) === anchors.length)
  return all ?? (inHolder === 0 ? candidates.find((c) => expectedBy(pivot.slots[c]!, anchors) > 0) : undefined)
}

/**
 * Which slot lost its text to a repeated paragraph whose kept copy the aligner read across several neighbouring
 * slots (a paragraph pasted beside its own place, `A A` where the translation had `B A`: the parser drops the second
 * copy, and the one left fills both slots, a merge to the eye). The paragraph is the text of the slots whose links,
 * code and numbers it holds; the one slot sharing it that lacks at least half of those it expects, while another lacks
 * none, holds it in place of its own.
 * @param pivot The pivot.
 * @param sharing The slots whose cells hold the kept copy's segment, which no slot holds alone.
 * @param cellSegments A slot's cell segments.
 * @returns The replaced slot and the finding, or `undefined`.
 */
export function repeatAcrossSlots(pivot: Pivot, sharing: readonly number[], cellSegments: (slot: number) => Segment[]): { slot: number; finding: ContentFinding } | undefined {
  const lost = sharing.map((i) => lostBy(pivot.slots[i]!, cellSegments(i)))
  const losers = sharing.filter((_, k) => lost[k]! >= LOST_TEXT)
  const owner = sharing.find((_, k) => lost[k] === 0)
  if (losers.length !== 1 || owner === undefined) return undefined
  const score = lost[sharing.indexOf(losers[0]!)]!
  const names = sharing.map((i) => pivot.slots[i]!.id).join(', ')
  return { slot: losers[0]!, finding: { code: 'replaced', score, detail: `holds a paragraph in place of its own: the translation has that paragraph twice (the repeat dropped, the copy kept read across slots ${names}), and this slot lacks ${Math.round(score * 100)}% of the anchors it expects` } }
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
