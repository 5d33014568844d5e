import type { ParsedDocument, Pivot } from '../types.js'
import { alignToPivot } from './alignToPivot.js'
import { contentSegments } from './contentSegments.js'
import { segmentShares } from './segmentShares.js'
import { MIN_SHARE_SPREAD } from './slotFit.js'
import { slotIds } from './slotIds.js'
import type { PivotAlignment, PivotOptions } from './types.js'

/**
 * A pivot laid out on one document's own structure, before anything is known of the others: one slot per content
 * segment, with its role and length share.
 * @param hub The document.
 */
export function provisionalPivot(hub: ParsedDocument): Pivot {
  const segments = contentSegments(hub)
  const ids = slotIds(segments)
  const shares = segmentShares(segments)
  return {
    id: 'provisional',
    origin: 'document',
    document: hub.id,
    slots: segments.map((segment, i) => ({ id: ids[i]!, role: segment.role, anchors: [], share: shares[i]!, shareSpread: MIN_SHARE_SPREAD })),
  }
}

/**
 * Every other member aligned to a hub's own structure (see {@link provisionalPivot}), through the hub.
 * @param hub The document the slots come from.
 * @param others The other members, in order.
 * @param options Aligner options and cache.
 * @returns One alignment per member of `others`, in order.
 */
export function alignToHub(hub: ParsedDocument, others: readonly ParsedDocument[], options: PivotOptions): PivotAlignment[] {
  const provisional = provisionalPivot(hub)
  return others.map((doc) => alignToPivot(provisional, doc, { ...options, hub }))
}
