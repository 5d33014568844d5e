/**
 * Code and links one segment off their slot: found in the translation's paragraphs around a slot's cell, or expected
 * by the slots beside it. See `anchorDrift`.
 */
import type { Anchor } from '../align/anchors/Anchor.js'
import { segmentAnchors } from '../align/anchors/segmentAnchors.js'
import { sameLink } from '../align/anchors/sameLink.js'
import type { PivotAnchor, PivotSlot, Segment } from '../types.js'
import { codeHeld, versionsOf, type CodePieces } from './anchorCode.js'

/**
 * Code and links near a slot: those of the translation's paragraphs around the slot's cell, and those the pivot
 * expects in the slots beside it. A code block belongs to the paragraph before it (see `lendCodeAnchors`), so
 * where a translation puts a sentence of its own before a block (`デバッグビルドを起動する場合:`) or the sentence that
 * introduces it after it, the block lands in a neighbouring slot; and where a translation adds, drops or joins a
 * paragraph, a link lands one segment off its slot (`[OpenTelemetry](/docs/what-is-opentelemetry/)` in a paragraph
 * of its own, a stale README's extra heading link before `[**FAQ**](…/wiki/FAQ)`). Such code or link is neither lost
 * there nor a changed one here: the structure codes report the move.
 */
export interface NearbyAnchors {
  /** Code and link anchors of the translation's segments from the previous slot's cell to the next slot's. */
  found: readonly Anchor[]
  /** Code and link anchors the pivot expects in the slots before and after. */
  expected: readonly PivotAnchor[]
}

/** Anchors that may land one segment off their slot and be found there: code and links. */
const movable = (a: { kind: string }): boolean => a.kind === 'code' || a.kind === 'url'

/** Nothing near a slot: where no translation's paragraphs are known around it. */
export const NO_NEARBY_ANCHORS: NearbyAnchors = { found: [], expected: [] }

/**
 * The {@link NearbyAnchors} of each slot of a translation: the code and links of its segments from the first segment
 * of the previous slot's cell (or this cell's) to the last of the next slot's (or this cell's), in document order,
 * and those the pivot expects in the slots beside.
 * @param slots The pivot's slots.
 * @param cells The translation's segment ids per slot (`undefined`: a gap).
 * @param segments The translation's content segments in document order.
 */
export function nearbyAnchors(slots: readonly PivotSlot[], cells: ReadonlyArray<readonly string[] | undefined>, segments: readonly Segment[]): NearbyAnchors[] {
  // Without code or links in the pivot there is nothing to find nearby, nor a neighbour's to explain.
  if (!slots.some((s) => s.anchors.some(movable))) return slots.map(() => NO_NEARBY_ANCHORS)
  const at = new Map(segments.map((s, k) => [s.id, k] as const))
  const span = (i: number): [number, number] | undefined => {
    const ks = (cells[i] ?? []).map((id) => at.get(id)).filter((k): k is number => k !== undefined)
    return ks.length === 0 ? undefined : [Math.min(...ks), Math.max(...ks)]
  }
  const spans = slots.map((_, i) => span(i))
  const code = segments.map((s) => segmentAnchors(s).filter(movable))
  const codeOf = (from: number, to: number): Anchor[] => code.slice(from, to + 1).flat()
  return slots.map((_, i) => {
    const own = spans[i]
    const expected = [slots[i - 1], slots[i + 1]].flatMap((s) => (s?.anchors ?? []).filter(movable))
    if (own === undefined) return { found: [], expected }
    const from = spans[i - 1]?.[0] ?? own[0]
    const to = spans[i + 1]?.[1] ?? own[1]
    return { found: codeOf(Math.min(from, own[0]), Math.max(to, own[1])), expected }
  })
}

/**
 * Whether expected code or a link is in the paragraphs around the slot's cell (see {@link NearbyAnchors}). A link the
 * slots beside expect too (a README's text link and the badge below it to one page, an FAQ's answers linking one
 * guide) found there is theirs, not this slot's moved one, where the slot's own cell links somewhere no slot near it
 * expects (`spareLink`): that link is this one changed.
 */
export function nearbyHeld(anchor: PivotAnchor, nearby: NearbyAnchors, pieces: CodePieces, spareLink: boolean): boolean {
  if (anchor.kind === 'code') return versionsOf(anchor).some((v) => codeHeld(v, nearby.found, '', pieces.expected))
  if (anchor.kind !== 'url' || (spareLink && nearby.expected.some((e) => e.kind === 'url' && sameLink(anchor.key, e.key)))) return false
  return nearby.found.some((a) => a.kind === 'url' && sameLink(anchor.key, a.normalized))
}
