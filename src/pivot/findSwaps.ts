import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { segmentShares } from './segmentShares.js'
import { slotFit } from './slotFit.js'

/** How much better (in cost units) the crossed assignment must fit before a swap is reported. */
export const SWAP_MARGIN = 3

/** Result of {@link findSwaps}. */
export interface Swaps {
  /** Cells with swapped content put back in the slots it belongs to. */
  cells: Array<SlotCell | null>
  /** Swapped slot pairs. */
  reordered: Array<[string, string]>
}

/**
 * Find content that sits in the wrong order. A monotone aligner cannot express a swap: it pairs the slots with
 * the segments in document order. So for every two slots of the same role at most two apart, each filled by one
 * segment, compare how the segments fit the slots as aligned and crossed (length share against the slot's
 * expected share, anchors); when crossed fits clearly better, the content was reordered.
 */
export function findSwaps(slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, segments: readonly Segment[]): Swaps {
  const out = [...cells]
  const reordered: Array<[string, string]> = []
  const shares = segmentShares(segments)
  const index = new Map(segments.map((s, i) => [s.id, i] as const))
  const used = new Set<number>()
  for (let i = 0; i < slots.length; i++) {
    for (let d = 1; d <= 2; d++) {
      const j = i + d
      const a = out[i]
      const b = out[j]
      const sa = slots[i]
      const sb = slots[j]
      if (a == null || b == null || sa === undefined || sb === undefined || used.has(i) || used.has(j)) continue
      if (sa.role !== sb.role || a.segments.length !== 1 || b.segments.length !== 1) continue
      const ia = index.get(a.segments[0]!)
      const ib = index.get(b.segments[0]!)
      if (ia === undefined || ib === undefined || ia === ib) continue
      const fit = (slot: PivotSlot, k: number): number => slotFit([slot], [segments[k]!], [shares[k]!])
      const straight = fit(sa, ia) + fit(sb, ib)
      const crossed = fit(sa, ib) + fit(sb, ia)
      if (straight - crossed > SWAP_MARGIN) {
        out[i] = { ...b, confidence: Math.min(a.confidence, b.confidence) }
        out[j] = { ...a, confidence: Math.min(a.confidence, b.confidence) }
        reordered.push([sa.id, sb.id])
        used.add(i)
        used.add(j)
      }
    }
  }
  return { cells: out, reordered }
}
