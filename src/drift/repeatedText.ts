/**
 * A paragraph a translation holds twice, where a slot's own text should be: a translator (or a tool) who pastes a
 * paragraph of the same document in the wrong place leaves the same text in two places, and the parser keeps the
 * first and drops the later one as a verbatim repeat (`duplicate-line`). When the first stands in a slot's cell and
 * the dropped one where another slot is left empty, one of the two slots lost its own text to the other's. The text
 * is taken to belong where it fits better — the slot whose expected anchors (names, numbers, URLs, code) it holds,
 * or, with anchors alike, whose expected length it is nearer (in the slots' spreads) — and the other slot holds it
 * in place of its own. A kept paragraph that fits the empty slot better is `replaced` (the empty slot's own text is
 * there, dropped as the repeat); one that fits its own slot better leaves the empty slot `missing`, as it is. It is
 * the same-document case of a paragraph copied from another article (`copiedText.ts`), and needs no word links:
 * small folders of real docs have none. Table rows and list items are left out: the same row recurs in two tables
 * of a source as structure.
 */
import type { ParsedDocument, Pivot, Segment, SlotCell } from '../types.js'
import { besideDrop, cellSegmentsOf, droppedIn, labelsAlike, lostOwnAnchors, repeatAcrossSlots, repeatBesideDrop, repeatByAnchors } from './repeatedByAnchors.js'
import type { ContentFinding } from './contentReasons.js'
import { MIN_COPY_LETTERS } from './copyKeys.js'
import { keptRepeats } from './keptRepeats.js'
import { crossedNeighbour, fitsOtherBetter, misfit, slidBeside, slidFinding, type CellLayout, type Misfit } from './slidCells.js'

/** A Markdown table row or list item. */
const STRUCTURE_LINE = /^\s*(?:\||[-*+]\s|\d{1,9}[.)]\s)|\s\|\s/u

/** Share of a cell's letters the repeated paragraph must hold for the cell to be taken as replaced by it. */
const REPEAT_SHARE = 0.5

/** Share of its slot's distinctive anchors a cell holding a repeated paragraph must lack to be taken as replaced. */
const LOST_OWN = 0.5

/**
 * A text as compared across its Markdown source and its parsed form: link targets, the labels of reference links
 * (`[shown text][label]`, which a reader never sees) and tags left out, letters and digits only, in lower case.
 */
function letterKey(text: string): string {
  return text
    .replace(/\]\([^)]*\)/gu, '')
    .replace(/\]\[[^\]]*\]/gu, '')
    .replace(/<[^>]*>/gu, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase()
}

/** The letter keys of a segment's paragraphs. */
function paragraphKeys(segment: Segment | undefined): string[] {
  return segment === undefined ? [] : segment.text.split(/\n\s*\n/u).map(letterKey)
}

/**
 * Per slot, a `replaced` finding where the slot's own cell holds a paragraph the document repeats (the repeat
 * dropped by the parser) where another slot is left empty, and the text fits that slot better (see the module's doc);
 * where the parser kept both copies (inside written structure), what `keptRepeats` finds.
 * @param pivot The pivot.
 * @param doc The document (its `duplicate-line` diagnostics say where repeats were dropped; `duplicate-title` ones
 *   too when the title fills a slot of running text, see `titleFillsBody`).
 * @param cells The document's cells, in pivot order.
 * @param shareOf A segment's share of the document's letters.
 * @returns One entry per slot (`undefined` where nothing is found).
 */
export function repeatedParagraphs(pivot: Pivot, doc: ParsedDocument, cells: ReadonlyArray<SlotCell | null>, shareOf: (segment: Segment) => number): Array<ContentFinding | undefined> {
  const out: Array<ContentFinding | undefined> = pivot.slots.map(() => undefined)
  const titleInBody = titleFillsBody(pivot, doc, cells)
  const repeats = doc.diagnostics.filter((d) => (d.ruleId === 'duplicate-line' || (titleInBody && d.ruleId === 'duplicate-title')) && d.place !== undefined)
  const byId = new Map(doc.segments.map((s) => [s.id, s] as const))
  const uses = new Map<string, number>()
  for (const cell of cells) for (const id of cell?.segments ?? []) uses.set(id, (uses.get(id) ?? 0) + 1)
  // Where each slot's cell starts and ends in the text.
  const spans = cells.map((cell) => {
    const places = (cell?.segments ?? []).map((id) => byId.get(id)?.place).filter((p) => p !== undefined)
    return places.length === 0 ? undefined : { start: Math.min(...places.map((p) => p.start.offset)), end: Math.max(...places.map((p) => p.end.offset)) }
  })
  const cellSegments = cellSegmentsOf(cells, byId)
  const ownSegment = (slot: number): Segment | undefined => {
    const cell = cells[slot]
    return cell === null || cell === undefined || cell.segments.length !== 1 || uses.get(cell.segments[0]!) !== 1 ? undefined : byId.get(cell.segments[0]!)
  }
  const layout: CellLayout = { spans, own: ownSegment, shareOf }
  const placed = new Set(uses.keys())
  // A repeat whose kept copy is one paragraph among others, or dropped inside another slot's cell: its anchors tell.
  const byAnchors = (at: number, raw: string, key: string): boolean => {
    const holder = cells.findIndex((_, i) => paragraphKeys(ownSegment(i)).includes(key))
    // No slot holds it alone: the aligner read it across several slots (see `repeatAcrossSlots`), or placed it nowhere.
    if (holder < 0) return record(repeatAcrossSlots(pivot, slotsSharing(cells, uses, byId, key), cellSegments)) || slidBesideUnplaced(key)
    const segment = ownSegment(holder)!
    const dropped = droppedIn(spans, at, holder)
    // Dropped between two cells with no empty slot there: the aligner filled the slot that lost its text with a
    // neighbour's segment, or merged it into a neighbour's cell; the slots of those two cells are the candidates.
    const found = dropped === undefined ? (repeatBesideDrop(pivot, { holder, segment, raw }, besideDrop(spans, at, holder), cellSegments) ?? slid(at, holder)) : repeatByAnchors(pivot, { holder, segment, dropped: dropped.slot, filled: dropped.filled, raw }, cellSegments)
    return record(found?.slot === holder ? inPlaceOf(holder, found.finding) : found)
  }
  // The paste's cell, unless the aligner crossed it with its neighbour's: the paste then stands in the neighbour's place.
  const inPlaceOf = (holder: number, finding: ContentFinding): { slot: number; finding: ContentFinding } => {
    const crossed = crossedNeighbour(pivot, layout, holder)
    return crossed === undefined ? { slot: holder, finding } : { slot: crossed, finding: slidFinding(pivot, holder) }
  }
  // The slot whose place the paste took, where the aligner slid a neighbour's cell into it (see `slidCells`).
  const slid = (at: number, exclude: number): { slot: number; finding: ContentFinding } | undefined => {
    const slot = slidBeside(pivot, layout, at, exclude)
    return slot === undefined ? undefined : { slot, finding: slidFinding(pivot, at < spans[slot]!.start ? slot + 1 : slot - 1) }
  }
  // A kept copy that fills no slot stands in the place of a slot's text the aligner gave to a neighbour.
  const slidBesideUnplaced = (key: string): boolean => {
    const kept = doc.segments.find((s) => !placed.has(s.id) && s.role !== 'code' && paragraphKeys(s).includes(key))
    return kept !== undefined && record(slid(kept.place.start.offset, -1))
  }
  const record = (found: { slot: number; finding: ContentFinding } | undefined): boolean => {
    if (found === undefined || out[found.slot] !== undefined) return false
    out[found.slot] = found.finding
    return true
  }
  for (const repeat of repeats) {
    const at = repeat.place!.start.offset
    const raw = repeatedLine(doc.text, at, repeat.place!.end.offset)
    // A table row or list item recurs as structure (the same row in two tables), not as a paste.
    if (STRUCTURE_LINE.test(raw)) continue
    const key = letterKey(raw)
    if ([...key].length < MIN_COPY_LETTERS) continue
    // The slot whose own cell holds the kept paragraph, mostly.
    const holder = cells.findIndex((_, i) => {
      const segment = ownSegment(i)
      return segment !== undefined && paragraphKeys(segment).includes(key) && [...key].length >= REPEAT_SHARE * [...letterKey(segment.text)].length
    })
    if (holder < 0) byAnchors(at, raw, key)
    if (holder < 0 || out[holder] !== undefined) continue
    const segment = byId.get(cells[holder]!.segments[0]!)!
    const share = shareOf(segment)
    const own = misfit(pivot, holder, segment, share)
    const fit = (i: number): { i: number; fit: Misfit } => ({ i, fit: misfit(pivot, i, segment, share) })
    const merged = readIntoNeighbour(pivot, cells, spans, at, holder).map(fit)
    const empty = [...emptyAtRepeat(pivot, spans, at, holder).map(fit), ...merged].sort((a, b) => a.fit.anchors - b.fit.anchors || a.fit.length - b.fit.length || a.i - b.i)
    const finding = wholeCellFinding(pivot, holder, own, empty, lostOwnAnchors(pivot.slots[holder]!, [segment]))
    if (finding !== undefined) record(inPlaceOf(holder, finding))
    else if (!byAnchors(at, raw, key)) out[holder] = alikeFinding(pivot, holder, own, empty)
    if (finding === undefined) for (const m of merged) record(withoutOwnText(pivot, holder, own, m))
  }
  // Repeats the parser kept (inside written structure): both copies are segments.
  const kept = keptRepeats(pivot, doc, ownSegment, placed, shareOf)
  return out.map((f, i) => f ?? kept[i])
}

/**
 * Whether the document's title fills a slot the pivot reads as running text (not a title or heading): the parser
 * takes a first line written again further down for the title (`duplicate-title`), so a paragraph pasted over the
 * first paragraph from further down — or the first paragraph pasted further down — is read as the page's title and
 * its repeat as the title's. Where the other members write that first line as running text, the repeat is a
 * paragraph's like any other (see {@link repeatedParagraphs}).
 * @param pivot The pivot.
 * @param doc The document.
 * @param cells The document's cells, in pivot order.
 */
function titleFillsBody(pivot: Pivot, doc: ParsedDocument, cells: ReadonlyArray<SlotCell | null>): boolean {
  const title = doc.segments.find((s) => s.role === 'title')
  if (title === undefined) return false
  const slots = cells.flatMap((cell, i) => (cell?.segments.includes(title.id) === true ? [i] : []))
  return slots.length > 0 && slots.every((i) => pivot.slots[i]!.role !== 'title' && pivot.slots[i]!.role !== 'heading')
}

/**
 * The slots beside a dropped repeat that the aligner read into a neighbour's paragraph: the last of the slots whose
 * cells are the one right before the repeat (the first of those right after it), its segments all its neighbour's —
 * the slot has no text of its own there, as an empty slot has none (see {@link emptyAtRepeat}); not the holder's,
 * nor one whose text begins as the holder's does in the pivot's document.
 * @param pivot The pivot.
 * @param cells The document's cells, in pivot order.
 * @param spans Where each slot's cell starts and ends in the text (`undefined` for an empty slot).
 * @param at Offset of the dropped repeat.
 * @param holder The slot whose cell holds the kept copy.
 */
function readIntoNeighbour(pivot: Pivot, cells: ReadonlyArray<SlotCell | null>, spans: ReadonlyArray<{ start: number; end: number } | undefined>, at: number, holder: number): number[] {
  const same = (i: number, j: number): boolean => {
    const a = cells[i]?.segments
    const b = cells[j]?.segments
    return a !== undefined && b !== undefined && a.length === b.length && a.every((id, k) => id === b[k])
  }
  const ends = spans.flatMap((s) => (s !== undefined && s.end <= at ? [s.end] : []))
  const starts = spans.flatMap((s) => (s !== undefined && s.start > at ? [s.start] : []))
  const end = ends.length === 0 ? undefined : Math.max(...ends)
  const start = starts.length === 0 ? undefined : Math.min(...starts)
  const label = (i: number): string => (pivot.slots[i]!.label ?? '').toLowerCase()
  return pivot.slots
    .map((_, i) => i)
    .filter((i) => i !== holder && label(i) !== label(holder))
    .filter((i) => (spans[i]?.end === end && same(i, i - 1) && !same(i, i + 1)) || (spans[i]?.start === start && same(i, i + 1) && !same(i, i - 1)))
}

/**
 * The finding of a slot the aligner read into a neighbour's paragraph beside a dropped repeat (see
 * {@link readIntoNeighbour}), when the kept copy's text does not fit it clearly better than its own slot: the repeat
 * stands where the slot's text should, so the slot lost its text (1 when the text fits its own slot clearly better;
 * 0.5 when it fits both alike, unless the two slots' texts begin alike: one of the two holds the other's text).
 */
function withoutOwnText(pivot: Pivot, holder: number, own: Misfit, merged: { i: number; fit: Misfit }): { slot: number; finding: ContentFinding } | undefined {
  if (fitsOtherBetter(own, merged.fit)) return undefined
  const clearly = fitsOtherBetter(merged.fit, own)
  if (!clearly && labelsAlike(pivot, merged.i, holder)) return undefined
  const name = `slot ${pivot.slots[holder]!.id}`
  return { slot: merged.i, finding: { code: 'replaced', score: clearly ? 1 : 0.5, detail: `has no text of its own: the translation has ${name}'s paragraph twice, the repeat (kept once, in ${name}) where this slot's text stands, and the alignment read this slot into its neighbour's paragraph` } }
}

/**
 * The slots whose cells hold the one segment with a paragraph of letter key `key` that several slots share (none
 * where no such segment, or more than one, is found).
 */
function slotsSharing(cells: ReadonlyArray<SlotCell | null>, uses: ReadonlyMap<string, number>, byId: ReadonlyMap<string, Segment>, key: string): number[] {
  const shared = [...uses].filter(([id, n]) => n > 1 && paragraphKeys(byId.get(id)).includes(key)).map(([id]) => id)
  return shared.length !== 1 ? [] : cells.flatMap((cell, i) => (cell?.segments.includes(shared[0]!) === true ? [i] : []))
}

/**
 * The Markdown of a dropped repeat, to the end of its line: the diagnostic's place ends with the line's last letter
 * a reader sees, and a link's target written after it (`[here](../reference/cli.mdx#dev)`) is the paragraph's too.
 * @param text The document's text.
 * @param start Where the repeat starts.
 * @param end Where the diagnostic's place ends.
 */
function repeatedLine(text: string, start: number, end: number): string {
  const eol = text.indexOf('\n', end)
  return text.slice(start, eol < 0 ? text.length : eol)
}

/**
 * The slots left empty where a repeat was dropped: between the cells around it, one more cell back (the aligner, one
 * paragraph short there, may have slid the cell before the repeat into the empty slot's place); not the holder's,
 * nor one whose text begins as the holder's does in the pivot's document. Cells crossed with a neighbour's count as
 * empty (see {@link inPlace}).
 * @param pivot The pivot.
 * @param cellSpans Where each slot's cell starts and ends in the text (`undefined` for an empty slot).
 * @param at Offset of the dropped repeat.
 * @param holder The slot whose cell holds the kept copy.
 */
function emptyAtRepeat(pivot: Pivot, cellSpans: ReadonlyArray<{ start: number; end: number } | undefined>, at: number, holder: number): number[] {
  const spans = inPlace(cellSpans)
  const ends = spans.map((s, i) => ({ s, i })).filter((x) => x.s !== undefined && x.s.end <= at).sort((a, b) => b.s!.end - a.s!.end)
  const from = ends[Math.min(1, ends.length - 1)]?.i ?? -1
  const after = spans.findIndex((s, i) => s !== undefined && s.start > at && i > (ends[0]?.i ?? -1))
  const label = (i: number): string => (pivot.slots[i]!.label ?? '').toLowerCase()
  return pivot.slots.map((_, i) => i).filter((i) => i > from && (after < 0 || i < after) && spans[i] === undefined && i !== holder && label(i) !== label(holder))
}

/**
 * What a whole cell holding a repeated paragraph says of its slot (see the module's doc): replaced when the text fits
 * an empty slot beside the repeat clearly better, or when the cell lacks the links, code and numbers its own slot
 * expects (the slot's text is not there, whatever the lengths say). A text that fits its own slot clearly better
 * leaves the empty slot missing, as it is.
 * @param pivot The pivot.
 * @param holder The slot whose cell holds the kept copy.
 * @param own How badly the text fits the holder's slot.
 * @param empty The empty slots where the repeat was dropped, with how badly the text fits each, best first.
 * @param lost Share of the holder slot's distinctive anchors its cell lacks (see `lostOwnAnchors`).
 */
function wholeCellFinding(pivot: Pivot, holder: number, own: Misfit, empty: ReadonlyArray<{ i: number; fit: Misfit }>, lost: number): ContentFinding | undefined {
  const better = empty.filter((g) => fitsOtherBetter(own, g.fit))
  if (better.length > 0) {
    const name = `slot ${pivot.slots[better[0]!.i]!.id}`
    return { code: 'replaced', score: 1, detail: `holds other text in place of its own: the translation has that paragraph twice (the repeat, where ${name} holds no text of its own, kept once), and it fits ${name} better than this slot` }
  }
  if (lost >= LOST_OWN) return { code: 'replaced', score: lost, detail: `holds other text in place of its own: the translation has that paragraph twice, and it lacks ${Math.round(lost * 100)}% of the links, code and numbers this slot expects` }
  return undefined
}

/**
 * A whole cell holding a repeated paragraph that fits an empty slot beside the repeat about as well as its own (see
 * {@link wholeCellFinding}): one of the two slots holds the other's text and nothing tells which, so the cell is
 * reported at 0.5 (the empty slot stays missing).
 * @param pivot The pivot.
 * @param holder The slot whose cell holds the kept copy.
 * @param own How badly the text fits the holder's slot.
 * @param empty The empty slots where the repeat was dropped, with how badly the text fits each, best first.
 */
function alikeFinding(pivot: Pivot, holder: number, own: Misfit, empty: ReadonlyArray<{ i: number; fit: Misfit }>): ContentFinding | undefined {
  // Two slots whose text begins alike in the pivot's document (`Install … with any of these package managers:`,
  // `Alternatively, install … with any of them:`) may be written alike by a faithful translator.
  const alike = empty.find((g) => !fitsOtherBetter(g.fit, own) && !labelsAlike(pivot, g.i, holder))
  if (alike === undefined) return undefined
  const name = `slot ${pivot.slots[alike.i]!.id}`
  return { code: 'replaced', score: 0.5, detail: `may hold another slot's text: the translation has that paragraph twice (the repeat, where ${name} holds no text of its own, kept once), and it fits ${name} as well as this slot, so one of the two holds the other's text` }
}

/**
 * The cells' spans with those out of place left out: two cells of neighbouring filled slots that stand in the text
 * in the other order. One paragraph short where a repeat was dropped, the aligner may fill the slot that lost its
 * text with a paragraph from before its neighbour's and the paragraph's own slot with a line from further on (a
 * code block's placeholder), crossing the cells (an `order` to the eye): none of the crossed slots is known to hold
 * its own text there.
 * @param spans Where each slot's cell starts and ends in the text (`undefined` for an empty slot).
 */
function inPlace(spans: ReadonlyArray<{ start: number; end: number } | undefined>): Array<{ start: number; end: number } | undefined> {
  const filled = spans.flatMap((s, i) => (s === undefined ? [] : [i]))
  const crossed = new Set<number>()
  for (let k = 1; k < filled.length; k++) {
    const [a, b] = [filled[k - 1]!, filled[k]!]
    if (spans[b]!.start < spans[a]!.start) crossed.add(a).add(b)
  }
  return spans.map((s, i) => (crossed.has(i) ? undefined : s))
}
