import type { ParsedDocument, Pivot, SlotCell } from '../types.js'
import { alignPair } from './alignPair.js'
import { alignToSlots } from './alignToSlots.js'
import { codeAfter, contentSegments } from './contentSegments.js'
import { fillInPlace } from './fillInPlace.js'
import { findSwaps } from './findSwaps.js'
import { refineBeads } from './refineBeads.js'
import { refitRegions } from './refitRegions.js'
import { segmentShares } from './segmentShares.js'
import { slotIds } from './slotIds.js'
import { joinTrailingItems } from './trailingRuns.js'
import type { PivotAlignment, PivotOptions } from './types.js'
import { checkOptions } from '../errors/checkArgument.js'
import { DOCUMENT_SHAPE, PIVOT_SHAPE, checkShape } from '../errors/checkShape.js'
import { round4 } from '../util/stats.js'

/** Options of {@link alignToPivot}. */
export interface AlignToPivotOptions extends PivotOptions {
  /**
   * The document the pivot was built from (its `document`), when available: documents are then aligned to it
   * with the full aligner (text, lengths, anchors) instead of directly to the slots.
   */
  hub?: ParsedDocument | undefined
  /**
   * How many documents the pivot's shares come from (default 3): with fewer than three, lengths alone reorder no
   * cells (see `findSwaps`).
   */
  members?: number | undefined
}

function sentenceSegment(sentenceId: string): string {
  return sentenceId.slice(0, sentenceId.indexOf('.'))
}

/**
 * Align one document to a pivot: which segments (and sentences) fill each slot, which slots are gaps, which
 * segments are extra, and which slots appear in swapped order.
 *
 * The pivot's own document maps one to one. Other documents are aligned to the pivot's document when it is
 * given (`hub`), else directly to the slots by role, length share and anchors (a pivot written by hand).
 */
export function alignToPivot(pivot: Pivot, doc: ParsedDocument, options: AlignToPivotOptions = {}): PivotAlignment {
  checkShape(pivot, 'pivot', 'a pivot', PIVOT_SHAPE)
  checkShape(doc, 'doc', 'a parsed document', DOCUMENT_SHAPE)
  checkOptions(options)
  const segments = contentSegments(doc)
  const hub = options.hub
  if (hub !== undefined && hub.id === doc.id) {
    const cells: Array<SlotCell | null> = segments.map((s) => ({ segments: [s.id], sentences: s.sentences.map((x) => x.id), confidence: 1 }))
    return { document: doc.id, pivot: pivot.id, cells, extra: [], reordered: [], method: 'identity' }
  }
  if (hub === undefined) {
    const { cells, extra } = alignToSlots(pivot.slots, segments)
    const swapped = findSwaps(pivot.slots, cells, segments, extra, codeAfter(doc, segments), options.members)
    return { document: doc.id, pivot: pivot.id, cells: swapped.cells, extra: swapped.extra, reordered: swapped.reordered, method: 'slots' }
  }
  const hubSegments = contentSegments(hub)
  const ids = slotIds(hubSegments)
  const slotOfSegment = new Map(hubSegments.map((s, i) => [s.id, pivot.slots.findIndex((slot) => slot.id === ids[i])] as const))
  const alignment = alignPair(hub, doc, options, true)
  const cells: Array<SlotCell | null> = pivot.slots.map(() => null)
  const extra: string[] = []
  for (const bead of refineBeads(alignment.segments, hubSegments, segments)) {
    if (bead.source.length === 0) {
      extra.push(...bead.target)
      continue
    }
    if (bead.target.length === 0) continue
    // An n-n bead (n > 1) pairs its segments in order: the aligner groups them when evidence crosses the
    // boundary inside (a name moved to the neighbouring paragraph), not because the structure differs.
    const pairwise = bead.source.length > 1 && bead.source.length === bead.target.length
    bead.source.forEach((sourceId, k) => {
      const targetSegments = new Set(pairwise ? [bead.target[k]!] : bead.target)
      const slot = slotOfSegment.get(sourceId)
      if (slot === undefined || slot < 0) return
      let sentences: string[]
      if (bead.source.length === 1) sentences = bead.sentences.flatMap((sb) => sb.target)
      else {
        // A merged bead: give each slot the target sentences aligned to its own source sentences.
        sentences = bead.sentences.filter((sb) => sb.source.some((id) => sentenceSegment(id) === sourceId)).flatMap((sb) => sb.target)
      }
      if (pairwise) sentences = bead.sentences.flatMap((sb) => sb.target)
      cells[slot] = { segments: [...targetSegments], sentences: sentences.filter((id) => targetSegments.has(sentenceSegment(id))), confidence: round4(bead.confidence) }
    })
  }
  const shares = segmentShares(segments)
  const refit = refitRegions(pivot.slots, cells, segments, shares, extra)
  const swapped = findSwaps(pivot.slots, refit.cells, segments, refit.extra, codeAfter(doc, segments), options.members)
  // After the moves: a segment filled in place by its content is not one whose length says it moved.
  const filled = fillInPlace(pivot.slots, swapped.cells, segments, shares, swapped.extra)
  // Then the rest of a list a slot's text runs on in past its cell (a paragraph written as a lead-in and a list).
  const joined = joinTrailingItems(doc.text, pivot.slots, filled.cells, segments, filled.extra)
  return { document: doc.id, pivot: pivot.id, cells: [...joined.cells], extra: [...joined.extra], reordered: swapped.reordered, method: 'hub' }
}
