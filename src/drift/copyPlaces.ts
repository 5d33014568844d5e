/**
 * The paragraphs of a family's members as the copy check sees them (see `copiedText.ts`; titles and headings left
 * out), and the copies it finds
 * as content findings per slot: a cell whose every paragraph is a copy is `replaced`, unless a segment next to it
 * fills no slot or is glued to a neighbouring slot's paragraph (the slot's own text, left out or read as a split);
 * a copied paragraph beside the slot's own text is `extra`.
 */
import { contentSegments } from '../pivot/contentSegments.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { ParsedDocument, Segment, SlotCell } from '../types.js'
import { languageVariant } from '../detect/languageVariant.js'
import type { ContentFinding } from './contentReasons.js'
import { paragraphSentences, type CopiedParagraph, type ParagraphPlace } from './copiedText.js'
import { slotsBySegment } from '../pivot/segmentSlots.js'
import { segmentRanges } from '../parse/inlineRanges.js'

/**
 * Every paragraph of a document, where it stands in its family's alignment.
 * @param family The family id (the document's own id when it is alone).
 * @param doc The document.
 * @param alignment Its alignment to the family's pivot (`undefined` when it is alone).
 * @param evidence How well a text's words match the family's other members in a slot: both directions pooled, and
 *   its own words alone when enough are linked (see `memberAffinity`).
 */
export function paragraphPlaces(family: string, doc: ParsedDocument, alignment: PivotAlignment | undefined, evidence?: ((text: string, slot: number) => { pooled: number | undefined; own: number | undefined }) | undefined): ParagraphPlace[] {
  const language = languageVariant(doc.language) ?? doc.language?.bcp47
  if (language === undefined) return []
  const slotsOf = slotsBySegment(alignment?.cells ?? [])
  const out: ParagraphPlace[] = []
  for (const segment of contentSegments(doc)) {
    // A title or heading names a topic, which two articles can share word for word (`Frequently asked questions`
    // as one FAQ's title and another README's link text): a label, not a paragraph pasted from elsewhere.
    if (segment.role === 'title' || segment.role === 'heading' || linkOnly(segment)) continue
    const held = slotsOf.get(segment.id)
    const slot = held?.length === 1 ? held[0] : undefined
    const cell = slot === undefined ? undefined : alignment?.cells[slot]
    const paragraphs = paragraphSentences(segment.text, segment.sentences.map((s) => s.text))
    // A document alone holds its paragraphs where they are: each is whole.
    const whole = alignment === undefined || (cell != null && cell.segments.length === 1 && paragraphs.length === 1)
    for (const sentences of paragraphs) {
      const judged = slot === undefined ? undefined : evidence?.(sentences.join(' '), slot)
      out.push({ document: doc.id, family, language, segment: segment.id, slot, whole, sentences, evidence: judged?.pooled, ownEvidence: judged?.own, unjudged: alignment === undefined })
    }
  }
  return out
}

/** Below this confidence a cell's segment was pushed into its slot, not matched to it (see `withPushed`). */
const PUSHED_CONFIDENCE = 0.3

/**
 * Whether a segment's whole text is the shown text of one link, as a table of contents or a list of related pages
 * writes it: like a heading, it names a topic (a page's or section's title), which two articles of one site share
 * word for word (`[Instrumentation libraries](#instrumentation-libraries)` in one page's contents, the same words in
 * another page's sentence) — a label, not a paragraph pasted from elsewhere. The link is where the parse met it
 * (`Sentence.inline`), in whatever form it is written (a Markdown or reference link, an autolink, `<a href>`, a
 * wikilink, inside emphasis).
 * @param segment The segment.
 */
function linkOnly(segment: Segment): boolean {
  return segment.text !== '' && segmentRanges(segment, 'link').some((r) => r.start === 0 && r.end === segment.text.length)
}

/**
 * The segment next to a copied one, in document order, that fills no slot or is glued to another slot's cell of
 * several segments, and holds no copy: when a cell holds only a copy and such a neighbour is left over, the copy was
 * added beside the slot's own text (which the aligner, reading lengths and order, left out or grouped with the
 * neighbouring slot's paragraph as a split), not put in its place.
 */
function leftBeside(places: readonly ParagraphPlace[], segment: string, copies: ReadonlyMap<ParagraphPlace, CopiedParagraph>, extra: ReadonlySet<string>, glued: ReadonlySet<string>): string | undefined {
  const order = [...new Set(places.map((p) => p.segment))]
  const at = order.indexOf(segment)
  for (const k of [at + 1, at - 1]) {
    const id = order[k]
    if (id === undefined || (!extra.has(id) && !glued.has(id))) continue
    const held = places.filter((p) => p.segment === id)
    if (held.length > 0 && held.every((p) => !copies.has(p))) return id
  }
  return undefined
}

/**
 * The segments glued to a neighbour's cell, with those of the cells of the slots next to slot `slot` that the
 * aligner filled with little confidence: a paste that takes a slot pushes the slot's own text onto a slot beside it,
 * where it fits badly (the slot's own text moved aside, as one glued to a neighbour is). A cell of little confidence
 * further off says nothing of this slot's text (a paragraph moved elsewhere, a translation that rewrote one).
 * @param glued Segments of cells holding more segments than their slots expect.
 * @param cells The member's cells.
 * @param slot The slot of the copy.
 */
function withPushed(glued: ReadonlySet<string>, cells: ReadonlyArray<SlotCell | null>, slot: number): ReadonlySet<string> {
  const out = new Set(glued)
  for (const c of [cells[slot - 1], cells[slot + 1]]) if (c != null && c.confidence < PUSHED_CONFIDENCE) for (const id of c.segments) out.add(id)
  return out
}

/**
 * Content findings per slot of one member from the copies found in it.
 * @param document The member's id.
 * @param slots How many slots the pivot has.
 * @param places The member's paragraphs (from {@link paragraphPlaces}).
 * @param copies The copies found in the corpus.
 * @param name A document's name for people (its id, or path).
 * @param extra The member's segments that fill no slot.
 * @param cells The member's cells (default none known): a segment sharing a cell with others may be the slot's own
 *   text glued to its neighbour's.
 * @param paragraphs The paragraphs each slot expects (the pivot's, default 1 each): a cell holding no more segments
 *   than its slot's paragraphs holds that slot's own text (an answer of two paragraphs), glued to nothing.
 */
export function copyFindings(document: string, slots: number, places: readonly ParagraphPlace[], copies: ReadonlyMap<ParagraphPlace, CopiedParagraph>, name: (doc: string) => string = (d) => d, extra: readonly string[] = [], cells: ReadonlyArray<SlotCell | null> = [], paragraphs: readonly number[] = []): Array<ContentFinding | undefined> {
  const left = new Set(extra)
  const glued = new Set(cells.flatMap((c, k) => (c != null && c.segments.length > Math.max(1, paragraphs[k] ?? 1) ? c.segments : [])))
  const out: Array<ContentFinding | undefined> = new Array(slots).fill(undefined)
  for (let s = 0; s < slots; s++) {
    const inCell = places.filter((p) => p.document === document && p.slot === s)
    const copied = inCell.filter((p) => copies.has(p))
    if (copied.length === 0) continue
    const first = copies.get(copied[0]!)!
    const share = `${Math.round(first.share * 100)}%`
    const beside = copied.length === inCell.length ? leftBeside(places, first.place.segment, copies, left, withPushed(glued, cells, s)) : undefined
    if (beside !== undefined) out[s] = { code: 'extra', score: 1, segment: first.place.segment, detail: `holds a paragraph (${first.place.segment}) copied from another article (${share} of it word for word in ${name(first.from)}), and a segment beside it (${beside}) ${left.has(beside) ? 'fills no slot' : "is grouped with a neighbouring slot's text or barely matches its slot"}: a paragraph was added before or after the slot's own` }
    else if (copied.length === inCell.length) out[s] = { code: 'replaced', score: 1, detail: `holds text copied from another article (${share} of it is word for word in ${name(first.from)}) in place of the slot's` }
    else out[s] = { code: 'extra', score: 1, segment: first.place.segment, detail: `has a paragraph (in ${first.place.segment}) copied from another article (${share} of it word for word in ${name(first.from)}): a paragraph was added` }
  }
  return out
}
