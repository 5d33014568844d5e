import type { Anchor } from '../align/anchors/Anchor.js'
import type { ParsedDocument, SegmentRole } from '../types.js'
import { alignToHub } from './hubAlignments.js'
import { contentSegments } from './contentSegments.js'
import { anchorsOfSegments } from './pivotAnchors.js'
import { segmentShares } from './segmentShares.js'
import type { PivotAlignment, PivotOptions } from './types.js'

/** What the members of a family hold in one slot of the hub's structure (the hub's own first). */
export interface SlotObservations {
  /** Roles of the segments that fill the slot alone. */
  roles: SegmentRole[]
  /** Length shares of the slot's text in each member. */
  shares: number[]
  /** Anchors of the slot's text in each member. */
  anchors: Anchor[][]
  /** Sentences of the slot in each member. */
  sentences: number[]
  /** Paragraphs of the slot in each member whose segments fill no other slot. */
  paragraphs: number[]
}

/**
 * Align every member to the hub's own structure and record, per hub segment (slot), what each member holds there.
 * A segment filling several slots (merged) spreads its share over them in proportion to the hub's shares, and
 * gives no role or paragraph count.
 * @param hub The document the slots come from.
 * @param others The other members, in order.
 * @param options Aligner options and cache.
 * @param alignments The others' alignments to the hub's structure when known (see `alignToHub`).
 * @returns One entry per content segment of the hub, in order.
 */
export function observeSlots(hub: ParsedDocument, others: readonly ParsedDocument[], options: PivotOptions, alignments: readonly PivotAlignment[] = alignToHub(hub, others, options)): SlotObservations[] {
  const hubSegments = contentSegments(hub)
  const hubShares = segmentShares(hubSegments)
  const perSlot: SlotObservations[] = hubSegments.map((segment, i) => ({
    roles: [segment.role],
    shares: [hubShares[i]!],
    anchors: [anchorsOfSegments([segment])],
    sentences: [segment.sentences.length],
    paragraphs: [segment.paragraphs],
  }))
  others.forEach((doc, d) => {
    const aligned = alignments[d]!
    const docSegments = contentSegments(doc)
    const docShares = segmentShares(docSegments)
    const byId = new Map(docSegments.map((s, i) => [s.id, { segment: s, share: docShares[i]! }] as const))
    const slotsOfSegment = new Map<string, number[]>()
    aligned.cells.forEach((cell, i) => {
      for (const id of cell?.segments ?? []) slotsOfSegment.set(id, [...(slotsOfSegment.get(id) ?? []), i])
    })
    aligned.cells.forEach((cell, i) => {
      if (cell === null) return
      const slot = perSlot[i]!
      const targets = cell.segments.map((id) => byId.get(id)).filter((t) => t !== undefined)
      let share = 0
      for (const t of targets) {
        const shared = slotsOfSegment.get(t.segment.id) ?? [i]
        const hubTotal = shared.reduce((a, k) => a + hubShares[k]!, 0)
        share += hubTotal === 0 ? t.share / shared.length : (t.share * hubShares[i]!) / hubTotal
      }
      slot.shares.push(share)
      if (targets.length === 1 && (slotsOfSegment.get(targets[0]!.segment.id)?.length ?? 0) === 1) slot.roles.push(targets[0]!.segment.role)
      slot.anchors.push(anchorsOfSegments(targets.map((t) => t.segment)))
      slot.sentences.push(cell.sentences.length)
      if (targets.every((t) => (slotsOfSegment.get(t.segment.id)?.length ?? 0) === 1)) slot.paragraphs.push(targets.reduce((a, t) => a + t.segment.paragraphs, 0))
    })
  })
  return perSlot
}
