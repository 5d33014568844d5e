/**
 * Where a paragraph pasted in place of a slot's own text really stands when the aligner moved a neighbouring cell
 * into that slot. A translation that has a paragraph twice keeps one copy where the other slot's text should be; the
 * aligner, one paragraph short there or holding one it cannot place, fills the slot the paste took with the next
 * (or the previous) paragraph and leaves that one's slot empty, or crosses the paste's cell with its neighbour's. The
 * slot that lost its text is then not the empty one nor the paste's cell, but the one whose cell holds a neighbour's
 * text: text that fits the empty slot beside it (or the paste's slot) clearly better than its own, by the links,
 * code, numbers and names each slot expects and, with these alike, by length. No word links are needed.
 */
import { shareSpread } from '../pivot/slotFit.js'
import { anchorsOfSegments } from '../pivot/pivotAnchors.js'
import type { Pivot, Segment } from '../types.js'
import { cellAnchorDrift } from './anchorDrift.js'
import type { ContentFinding } from './contentReasons.js'
import { expectedBy } from './repeatedByAnchors.js'

/** Anchors lost (share of a slot's expected ones) by which a text must fit one slot better than the other. */
const ANCHOR_MARGIN = 0.25

/** Length misfit (in the slots' share spreads) by which a text must fit one slot better, when anchors do not tell. */
const LENGTH_MARGIN = 1

/** How badly a text fits a slot: the share of its expected anchors it lacks, and its length's distance in spreads. */
export interface Misfit {
  anchors: number
  length: number
}

/**
 * How badly a text fits a slot (see {@link Misfit}).
 * @param pivot The pivot.
 * @param slot The slot's index.
 * @param segment The text's segment.
 * @param share The segment's share of its document's letters.
 * @param lent Count the code of a block after the text, which the parser lends to it (default); without it, only
 *   the anchors the text writes itself and the slot expects from its own text.
 */
export function misfit(pivot: Pivot, slot: number, segment: Segment, share: number, lent = true): Misfit {
  const s = pivot.slots[slot]!
  // A code block's code is lent to the paragraph before it: whichever paragraph stands there holds it.
  const expected = lent ? s.anchors : s.anchors.filter((a) => a.block !== true)
  const anchors = expected.length === 0 ? 0 : cellAnchorDrift(expected, [segment], undefined, (a) => lent || a.block !== true).lost
  return { anchors, length: Math.abs(share - s.share) / shareSpread(s) }
}

/** Whether a text fits the `other` slot clearly better than the one it fills (`own`). */
export function fitsOtherBetter(own: Misfit, other: Misfit): boolean {
  if (Math.abs(own.anchors - other.anchors) >= ANCHOR_MARGIN) return own.anchors > other.anchors
  return own.length - other.length >= LENGTH_MARGIN
}

/** A document's cells as the slide checks read them. */
export interface CellLayout {
  /** Where each slot's cell starts and ends in the text (`undefined` for an empty slot). */
  spans: ReadonlyArray<{ start: number; end: number } | undefined>
  /** The one segment a slot's cell holds to itself (no other slot shares it), or `undefined`. */
  own: (slot: number) => Segment | undefined
  /** A segment's share of the document's letters. */
  shareOf: (segment: Segment) => number
}

/**
 * Whether the cell of slot `slot` holds text that fits slot `other` clearly better than its own: its links, code and
 * numbers are the other slot's and none is its own slot's, or it fits the other clearly better (see
 * {@link fitsOtherBetter}).
 */
function holdsTextOf(pivot: Pivot, layout: CellLayout, slot: number, other: number): boolean {
  const segment = layout.own(slot)
  if (segment === undefined) return false
  const distinctive = anchorsOfSegments([segment]).filter((a) => a.kind !== 'name' && a.kind !== 'slug')
  if (distinctive.length > 0 && expectedBy(pivot.slots[slot]!, distinctive) === 0 && expectedBy(pivot.slots[other]!, distinctive) > 0) return true
  const share = layout.shareOf(segment)
  return fitsOtherBetter(misfit(pivot, slot, segment, share), misfit(pivot, other, segment, share))
}

/**
 * The slot whose place a pasted paragraph standing at offset `at` took, when the aligner slid a neighbour into it:
 * the cell right after `at` whose text fits the empty slot after it clearly better (the paragraph after the paste
 * moved one slot back), or the cell right before `at` whose text fits the empty slot before it (moved one forward).
 * @param pivot The pivot.
 * @param layout The document's cells.
 * @param at Offset of the paste (its kept copy, or the repeat the parser dropped).
 * @param exclude A slot never to name (the kept copy's own, where it has one).
 * @returns The slot, or `undefined`.
 */
export function slidBeside(pivot: Pivot, layout: CellLayout, at: number, exclude: number): number | undefined {
  const { spans } = layout
  let before = -1
  let after = -1
  spans.forEach((s, i) => {
    if (s !== undefined && s.end <= at && (before < 0 || s.end > spans[before]!.end)) before = i
    if (s !== undefined && s.start > at && (after < 0 || s.start < spans[after]!.start)) after = i
  })
  if (after >= 0 && after !== exclude && after + 1 < spans.length && spans[after + 1] === undefined && holdsTextOf(pivot, layout, after, after + 1)) return after
  if (before > 0 && before !== exclude && spans[before - 1] === undefined && holdsTextOf(pivot, layout, before, before - 1)) return before
  return undefined
}

/**
 * The neighbour of a slot holding a pasted paragraph whose cell the aligner crossed with it: a cell of the slot
 * before (after) that stands after (before) the paste's in the text and holds text that fits the paste's slot clearly
 * better than its own — the paste stands in that neighbour's place, and its own text went to the paste's slot.
 * @param pivot The pivot.
 * @param layout The document's cells.
 * @param holder The slot whose cell holds the pasted paragraph.
 * @returns The neighbour's slot, or `undefined`.
 */
export function crossedNeighbour(pivot: Pivot, layout: CellLayout, holder: number): number | undefined {
  const own = layout.spans[holder]
  if (own === undefined) return undefined
  for (const n of [holder - 1, holder + 1]) {
    const span = layout.spans[n]
    if (span === undefined) continue
    const crossed = n < holder ? span.start > own.start : span.start < own.start
    if (crossed && holdsTextOf(pivot, layout, n, holder)) return n
  }
  return undefined
}

/**
 * The finding of a slot whose cell holds a neighbour's text, moved there by the aligner, where a pasted paragraph
 * stands in its place (see the module's doc).
 * @param pivot The pivot.
 * @param moved The slot whose text the cell holds.
 */
export function slidFinding(pivot: Pivot, moved: number): ContentFinding {
  return { code: 'replaced', score: 1, detail: `holds slot ${pivot.slots[moved]!.id}'s text, moved here by the alignment: a paragraph the translation has twice stands in this slot's place` }
}
