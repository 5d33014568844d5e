import { countLetters } from '../align/text/countLetters.js'
import type { DocumentAlignment } from '../align/types.js'
import { contentSegments } from '../pivot/contentSegments.js'
import { slotIds } from '../pivot/slotIds.js'
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
 * a cut paragraph keeps about the share the hub's first sentences hold, a whole one about all of it.
 * @param pivot The family's pivot (its slots are the hub's content segments).
 * @param hub The pivot's document.
 * @param doc The translation.
 * @param pair The hub aligned to the translation (source = hub).
 * @returns One entry per pivot slot; `undefined` where the slot has fewer than two sentences in the hub or no
 *   paragraph paired one to one with it.
 */
export function sentenceCuts(pivot: Pivot, hub: ParsedDocument, doc: ParsedDocument, pair: DocumentAlignment): Array<SentenceCut | undefined> {
  const out: Array<SentenceCut | undefined> = pivot.slots.map(() => undefined)
  if (hub.id === doc.id || pair.segments.length === 0) return out
  const hubSegments = contentSegments(hub)
  const ids = slotIds(hubSegments)
  const slotOf = new Map(hubSegments.map((s, i) => [s.id, pivot.slots.findIndex((slot) => slot.id === ids[i])] as const))
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
    out[slot] = { kept: own / ratio, prefixes, spread, sentences: target.sentences.filter((x) => countLetters(x.text) > 0).length }
  }
  return out
}
