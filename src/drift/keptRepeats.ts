/**
 * A paragraph a translation holds twice where the parser kept both copies: a repeat inside written structure (a
 * container such as `::: tip` or an `<Aside>`, a quote) is content of its own section and is not dropped (see
 * `dropRepeats`), so a paragraph pasted over another there stands in two segments. One of the two stands where the
 * pasted-over slot's text should be. A cell holding such a paragraph holds other text in place of its own when the
 * text writes links, code or numbers that another slot holding the same paragraph expects and its own does not, or
 * fits that slot clearly better (by the links, code, numbers and names each slot expects from its own text — not the
 * code of a block after it, lent to whichever paragraph stands there — and with these alike by length), or when the
 * other copy fills no slot and the cell lacks at least half of the links, code and numbers its slot expects. Two slots whose text begins alike in the pivot's document are written
 * alike by a faithful translator: those are left alone. It is the kept-copy case of `repeatedText.ts`.
 */
import type { ParsedDocument, Pivot, Segment } from '../types.js'
import type { ContentFinding } from './contentReasons.js'
import { MIN_COPY_LETTERS } from './copyKeys.js'
import { anchorsOfSegments } from '../pivot/pivotAnchors.js'
import { expectedBy, labelsAlike, lostOwnAnchors } from './repeatedByAnchors.js'
import { fitsOtherBetter, misfit } from './slidCells.js'

/** Share of its slot's distinctive anchors a cell must lack when the other copy of its paragraph fills no slot. */
const LOST_OWN = 0.5

/** A Markdown table row or list item: the same row recurs in two tables of a source as structure. */
const STRUCTURE_LINE = /^\s*(?:\||[-*+]\s|\d{1,9}[.)]\s)|\s\|\s/u

/** Where the copies of one repeated paragraph stand: the slots whose own cell is one of them, and whether one fills no slot. */
interface Copies {
  /** The slots whose cell is one copy alone, with that copy. */
  slots: Array<{ slot: number; segment: Segment }>
  /** Whether some copy fills no slot at all. */
  unplaced: boolean
}

/** A paragraph's text as compared between its copies: letters and digits, in lower case. */
function letterKey(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()
}

/**
 * The document's paragraphs it holds more than once as segments of their own (not code, titles or headings, table
 * rows or list items, nor shorter than a copy must be), each with where its copies stand.
 * @param doc The document.
 * @param own The one segment a slot's cell holds to itself, or `undefined`.
 * @param slots How many slots the pivot has.
 * @param placed The segments some cell holds.
 */
function repeatedCopies(doc: ParsedDocument, own: (slot: number) => Segment | undefined, slots: number, placed: ReadonlySet<string>): Copies[] {
  const byKey = new Map<string, Segment[]>()
  for (const segment of doc.segments) {
    if (segment.role === 'code' || segment.role === 'title' || segment.role === 'heading') continue
    const key = letterKey(segment.text)
    if ([...key].length < MIN_COPY_LETTERS || STRUCTURE_LINE.test(doc.text.slice(doc.text.lastIndexOf('\n', segment.place.start.offset - 1) + 1, segment.place.end.offset))) continue
    byKey.set(key, [...(byKey.get(key) ?? []), segment])
  }
  const out: Copies[] = []
  for (const segments of byKey.values()) {
    if (segments.length < 2) continue
    const ids = new Set(segments.map((s) => s.id))
    const held = Array.from({ length: slots }, (_, slot) => ({ slot, segment: own(slot) })).filter((x): x is { slot: number; segment: Segment } => x.segment !== undefined && ids.has(x.segment.id))
    out.push({ slots: held, unplaced: segments.some((s) => !placed.has(s.id)) })
  }
  return out
}

/**
 * The finding of one slot holding a copy of a repeated paragraph, if the copies tell that it holds another slot's
 * text (see the module's doc).
 */
function copyFinding(pivot: Pivot, at: { slot: number; segment: Segment }, copies: Copies, shareOf: (segment: Segment) => number): ContentFinding | undefined {
  const others = copies.slots.filter((x) => x.slot !== at.slot)
  if (others.some((x) => labelsAlike(pivot, x.slot, at.slot))) return undefined
  const share = shareOf(at.segment)
  // The links, code and numbers the text writes itself (a code block's code is lent to the paragraph before it,
  // whichever paragraph stands there): those another slot expects and this one does not are that slot's.
  const distinctive = anchorsOfSegments([at.segment]).filter((a) => a.kind !== 'name' && a.kind !== 'slug' && a.block !== true)
  const owned = (slot: number): boolean => distinctive.length > 0 && expectedBy(pivot.slots[at.slot]!, distinctive) === 0 && expectedBy(pivot.slots[slot]!, distinctive) > 0
  const own = misfit(pivot, at.slot, at.segment, share, false)
  const better = others.find((x) => owned(x.slot) || fitsOtherBetter(own, misfit(pivot, x.slot, at.segment, share, false)))
  if (better !== undefined) {
    const name = `slot ${pivot.slots[better.slot]!.id}`
    return { code: 'replaced', score: 1, detail: `holds other text in place of its own: the translation has that paragraph twice (the other copy in ${name}), and it fits ${name} better than this slot` }
  }
  if (!copies.unplaced) return undefined
  const lost = lostOwnAnchors(pivot.slots[at.slot]!, [at.segment])
  if (lost < LOST_OWN) return undefined
  return { code: 'replaced', score: lost, detail: `holds other text in place of its own: the translation has that paragraph twice (the other copy fills no slot), and it lacks ${Math.round(lost * 100)}% of the links, code and numbers this slot expects` }
}

/**
 * Per slot, a `replaced` finding where its cell holds a paragraph the document has twice, both copies kept, and the
 * copies tell it is another slot's text (see the module's doc).
 * @param pivot The pivot.
 * @param doc The document.
 * @param own The one segment a slot's cell holds to itself (no other slot shares it), or `undefined`.
 * @param placed The segments some cell holds.
 * @param shareOf A segment's share of the document's letters.
 * @returns One entry per slot (`undefined` where nothing is found).
 */
export function keptRepeats(pivot: Pivot, doc: ParsedDocument, own: (slot: number) => Segment | undefined, placed: ReadonlySet<string>, shareOf: (segment: Segment) => number): Array<ContentFinding | undefined> {
  const out: Array<ContentFinding | undefined> = pivot.slots.map(() => undefined)
  for (const copies of repeatedCopies(doc, own, pivot.slots.length, placed)) {
    for (const at of copies.slots) out[at.slot] ??= copyFinding(pivot, at, copies, shareOf)
  }
  return out
}
