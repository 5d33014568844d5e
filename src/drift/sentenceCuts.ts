import { countLetters } from '../align/text/countLetters.js'
import type { DocumentAlignment } from '../align/types.js'
import { contentSegments } from '../pivot/contentSegments.js'
import { slotIds } from '../pivot/slotIds.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { ParsedDocument, Pivot, Segment } from '../types.js'
import { median } from '../util/stats.js'

/**
 * What the alignment with the pivot's document says of a translation that may stop early in a slot: the text of
 * the paragraph paired with the slot, as a share of what the pair's own length ratio expects, and the shares of the
 * slot's text its first sentences hold in the pivot's document.
 */
export interface SentenceCut {
  /** Letters of the paragraph paired with the slot, over the slot's letters times the pair's ratio. */
  kept: number
  /** Entry `j`: share of the slot's letters in its first `j + 1` sentences (pivot's document). */
  prefixes: number[]
  /** Spread (log) of that share over the pair's paragraphs: how closely this pair keeps to its own ratio. */
  spread: number
  /** Sentences of the paragraph paired with the slot. */
  sentences: number
  /** The member the sentence ends were read from, when it is not the pivot's document (see {@link cutReference}). */
  reference?: string | undefined
  /** The translation's paragraph paired with the slot (its segment's id). */
  segment?: string | undefined
}

/** Smallest spread a pair's paragraph ratios are taken to have (log): one paragraph in ten ±8 % is ordinary. */
const MIN_SPREAD = 0.08

/** How many paragraph ratios a pair needs before its spread is read from them (else {@link DEFAULT_SPREAD}). */
const MIN_RATIOS = 4

/** Spread taken when a pair has too few paragraphs to measure its own. */
const DEFAULT_SPREAD = 0.15

/**
 * Per pivot slot, from the alignment of the pivot's document (the hub) with a translation: the letters of the
 * translation's paragraph paired with the slot (a 1–1 bead, or an n–n bead in order) against the pair's own length
 * ratio (the median over its paired paragraphs, so that a language that writes longer or shorter compares with
 * itself), and where the slot's sentences end in the hub. The sentence aligner pairs a paragraph cut after its first
 * sentence with all of the slot's sentences at once (a 2–1 or 3–1 bead) as readily as it leaves the rest without
 * counterpart, and the cell may be moved to the neighbouring slot; the paragraph pairing and the lengths still tell:
 * a cut paragraph keeps about the share the hub's first sentences hold, a whole one about all of it. Where the
 * pivot's document cannot say where sentences end (a script without sentence marks), another member takes its
 * place (see {@link cutReference}), its segments placed by its own cells.
 * @param pivot The family's pivot (its slots are the hub's content segments).
 * @param hub The pivot's document, or the member read in its place.
 * @param doc The translation.
 * @param pair The hub aligned to the translation (source = hub).
 * @param slots The slot of each of the hub's segments that fills one (default: the pivot's own, for the pivot's
 *   document; for another member, its own cells, see {@link ownSlots}).
 * @returns One entry per pivot slot; `undefined` where the slot has fewer than two sentences in the hub or no
 *   paragraph paired one to one with it.
 */
export function sentenceCuts(pivot: Pivot, hub: ParsedDocument, doc: ParsedDocument, pair: DocumentAlignment, slots?: ReadonlyMap<string, number>): Array<SentenceCut | undefined> {
  const out: Array<SentenceCut | undefined> = pivot.slots.map(() => undefined)
  if (hub.id === doc.id || pair.segments.length === 0) return out
  const hubSegments = contentSegments(hub)
  const ids = slotIds(hubSegments)
  const slotOf = slots ?? new Map(hubSegments.map((s, i) => [s.id, pivot.slots.findIndex((slot) => slot.id === ids[i])] as const))
  const hubById = new Map(hubSegments.map((s) => [s.id, s] as const))
  const docById = new Map(contentSegments(doc).map((s) => [s.id, s] as const))
  // Paragraphs paired one to one: a 1–1 bead, or an n–n bead in order (see `alignToPivot`).
  const pairs: Array<{ source: Segment; target: Segment; ratio: number }> = []
  for (const bead of pair.segments) {
    if (bead.source.length === 0 || bead.source.length !== bead.target.length) continue
    bead.source.forEach((id, k) => {
      const source = hubById.get(id)
      const target = docById.get(bead.target[k]!)
      if (source === undefined || target === undefined) return
      const a = countLetters(source.text)
      const b = countLetters(target.text)
      if (a > 0 && b > 0) pairs.push({ source, target, ratio: b / a })
    })
  }
  if (pairs.length < 2) return out
  const ratio = median(pairs.map((p) => p.ratio))
  const logs = pairs.map((p) => Math.abs(Math.log(p.ratio / ratio)))
  const spread = pairs.length >= MIN_RATIOS ? Math.max(MIN_SPREAD, 1.4826 * median(logs)) : DEFAULT_SPREAD
  for (const { source, target, ratio: own } of pairs) {
    const slot = slotOf.get(source.id)
    if (slot === undefined || slot < 0) continue
    // A sentence without letters (a closing quote or bracket on its own) ends nothing.
    const counts = source.sentences.map((x) => countLetters(x.text)).filter((c) => c > 0)
    const total = counts.reduce((a, b) => a + b, 0)
    if (counts.length < 2) continue
    let sum = 0
    const prefixes = counts.slice(0, -1).map((c) => (sum += c) / total)
    out[slot] = { kept: own / ratio, prefixes, spread, sentences: target.sentences.filter((x) => countLetters(x.text) > 0).length, segment: target.id, ...(slots === undefined ? {} : { reference: hub.id }) }
  }
  return out
}

/** Sentences with letters of a segment (a closing quote or bracket on its own ends nothing). */
function sentencesOf(segment: Segment): number {
  return segment.sentences.filter((x) => countLetters(x.text) > 0).length
}

/**
 * Each member's own cells (one segment that fills this slot alone), as the slot of each such segment.
 * @param alignment The member aligned to the pivot.
 */
export function ownSlots(alignment: PivotAlignment): Map<string, number> {
  const uses = new Map<string, number>()
  for (const cell of alignment.cells) for (const id of cell?.segments ?? []) uses.set(id, (uses.get(id) ?? 0) + 1)
  const out = new Map<string, number>()
  alignment.cells.forEach((cell, i) => {
    if (cell !== null && cell.segments.length === 1 && uses.get(cell.segments[0]!) === 1) out.set(cell.segments[0]!, i)
  })
  return out
}

/** Members read in place of a pivot's document without sentence ends, at most (see {@link cutReferences}). */
const MAX_REFERENCES = 3

/**
 * The members whose sentence ends say where a translation's slots stop: the pivot's document, unless it writes
 * fewer than half as many slots in two sentences or more as another member (a script without sentence marks, such
 * as Thai or Khmer, holds each paragraph as one sentence, so no cut could be placed against it). Then up to
 * {@link MAX_REFERENCES} members that write at least twice as many, those that write most first, each with every
 * slot filled by a segment of its own and no segment left over (a member that lost, added or merged a paragraph
 * would make a whole paragraph look cut against it). Never the translation itself.
 * @param members The family's documents.
 * @param alignments Each member aligned to the pivot, in the same order.
 * @param hub Index of the pivot's document among the members.
 * @param d Index of the translation.
 * @returns The references' indices (none when no member can be one).
 */
export function cutReferences(members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], hub: number, d: number): number[] {
  const own = alignments.map((a) => ownSlots(a))
  const multi = members.map((doc, m) => doc.segments.filter((s) => own[m]!.has(s.id) && sentencesOf(s) >= 2).length)
  const hubMulti = hub >= 0 ? multi[hub]! : 0
  const clean = (m: number): boolean => own[m]!.size === alignments[m]!.cells.length && alignments[m]!.extra.length === 0
  const others = members.map((_, m) => m).filter((m) => m !== d && m !== hub && multi[m]! > 2 * hubMulti && clean(m))
  if (others.length === 0) return hub >= 0 && hub !== d && hubMulti > 0 ? [hub] : []
  return others.sort((a, b) => multi[b]! - multi[a]! || a - b).slice(0, MAX_REFERENCES)
}

/**
 * Per slot, what the references together say of a cut: the entry of the reference against which the slot looks
 * least cut (see {@link alignedCut}), so that a reference whose own paragraph is long or replaced cannot make a
 * whole one look cut; a slot that fewer than half of the references could judge is left out.
 * @param perReference Each reference's entries, per slot.
 */
export function leastCuts(perReference: ReadonlyArray<ReadonlyArray<SentenceCut | undefined>>): Array<SentenceCut | undefined> {
  const slots = perReference[0]?.length ?? 0
  return Array.from({ length: slots }, (_, i) => {
    const entries = perReference.map((r) => r[i]).filter((c): c is SentenceCut => c !== undefined)
    if (entries.length === 0 || 2 * entries.length < perReference.length) return undefined
    const score = (c: SentenceCut): number => alignedCut(c)?.score ?? -Infinity
    return entries.reduce((least, c) => (score(c) < score(least) ? c : least))
  })
}

/**
 * A cut read from the alignment with the pivot's document: the paragraph paired with the slot gets far less text
 * than the pair's own length ratio expects (at least {@link CUT_SHORTFALL} + ½ of the pair's spreads below it, log)
 * and sits closer to where one of the slot's first sentences ends than to its whole (by {@link CUT_CLOSER} + ½
 * spreads) — each scored 0.5 there and 1 half a spread further; the smaller counts. The sentence ends tried are no
 * earlier than the paragraph's own sentence count (a translation cut after its first sentence has one); a paragraph
 * with as many sentences as the slot tries them all, three spreads more short.
 * @param cut What the alignment with the reference says of one slot.
 * @returns The score (a cut from 0.5), the kept share, the sentence end it sits at and how many sentences that is;
 *   `undefined` when the paragraph is not short at all.
 */
export function alignedCut(cut: SentenceCut): { score: number; kept: number; prefix: number; sentences: number } | undefined {
  const { kept, spread } = cut
  if (kept <= 0 || kept >= 1 || cut.prefixes.length === 0) return undefined
  const later = cut.prefixes.filter((_, j) => j + 1 >= cut.sentences)
  // A paragraph with as many sentences as the slot holds in the hub may still be cut: its translator wrote one
  // sentence as two, or the segmenter cut at an ordinal's dot (`der 30. August`). Its sentence count then says
  // nothing, and only a shortfall far beyond the pair's spread tells.
  const candidates = later.length > 0 ? later : cut.prefixes
  const bar = later.length > 0 ? CUT_SHORTFALL : CUT_SHORTFALL + CUT_SHORTFALL_SENTENCES_KEPT
  const prefix = candidates.reduce((best, p) => (Math.abs(Math.log(kept / p)) < Math.abs(Math.log(kept / best)) ? p : best))
  const shortfall = Math.abs(Math.log(kept)) / spread
  const closer = (Math.abs(Math.log(kept)) - Math.abs(Math.log(kept / prefix))) / spread
  const score = Math.min(shortfall - bar, closer - CUT_CLOSER)
  return { score, kept, prefix, sentences: cut.prefixes.indexOf(prefix) + 1 }
}

/**
 * A cut read from the alignment, in words (after the slot's name).
 * @param slot The slot as people name it.
 * @param cut What {@link alignedCut} found.
 * @param reference The member the sentence ends were read from (default: the pivot's document).
 */
export function alignedCutMessage(slot: string, cut: { kept: number; prefix: number; sentences: number }, reference: string | undefined): string {
  const first = cut.sentences === 1 ? 'sentence holds' : `${cut.sentences} sentences hold`
  return `${slot} gets ${(cut.kept * 100).toFixed(0)}% of the text its sentences hold in ${reference ?? "the pivot's document"} (at this translation's own length ratio), what the first ${first} there (${(cut.prefix * 100).toFixed(0)}%): the rest has no counterpart`
}

/** Spreads (log) below the pair's own length ratio from which a slot's text starts to count as cut. */
const CUT_SHORTFALL = 2

/**
 * Spreads (log) added to {@link CUT_SHORTFALL} for a paragraph whose sentence count reaches the slot's (no sentence
 * end of the hub lies past its own count): five spreads under the pair's ratio in all, which no faithful paragraph
 * of the evaluation's dev draws reached.
 */
const CUT_SHORTFALL_SENTENCES_KEPT = 3

/** Spreads (log) by which a cut slot's text must sit closer to its first sentences' end than to its whole. */
const CUT_CLOSER = 0.5
