import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { segmentShares } from './segmentShares.js'
import { slotFit } from './slotFit.js'
import { SEGMENT_SHAPE, SLOT_SHAPE, checkShapeArray } from '../errors/checkShape.js'

/** Cost of leaving a slot empty or a segment without a slot. */
const GAP = 5
/** Extra cost of a split (one slot, two segments) or a merge (two slots, one segment). */
const REGROUP = 1.5

interface Step {
  slots: number
  segments: number
}
const STEPS: Step[] = [
  { slots: 1, segments: 1 },
  { slots: 1, segments: 0 },
  { slots: 0, segments: 1 },
  { slots: 1, segments: 2 },
  { slots: 2, segments: 1 },
]

/** Result of {@link alignToSlots}. */
export interface SlotsAlignment {
  /** Per slot: the cell or `null`. */
  cells: Array<SlotCell | null>
  /** Segment ids left without a slot. */
  extra: string[]
  /** Total cost of the alignment (slot fits, regroupings, gaps). */
  cost: number
}

/** Cost of leaving a slot empty or a segment without a slot (see {@link alignToSlots}). */
export const SLOT_GAP_COST = GAP
/** Extra cost of a split or a merge (see {@link alignToSlots}). */
export const SLOT_REGROUP_COST = REGROUP

/**
 * Align a document's content segments directly to pivot slots (when there is no pivot document to align
 * through, e.g. a pivot written by hand): monotone DP over 1-1, 1-0, 0-1, 1-2 and 2-1 steps with
 * {@link slotFit} as the cost. O(slots × segments) time and memory; pivots are article-sized.
 * @param slots The slots.
 * @param segments The segments, in document order.
 * @param given Each segment's length share in its document (default: their shares among `segments`).
 */
export function alignToSlots(slots: readonly PivotSlot[], segments: readonly Segment[], given?: readonly number[]): SlotsAlignment {
  checkShapeArray(slots, 'slots', 'a pivot slot', SLOT_SHAPE)
  checkShapeArray(segments, 'segments', 'a segment', SEGMENT_SHAPE)
  const n = slots.length
  const m = segments.length
  const shares = given ?? segmentShares(segments)
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Number.POSITIVE_INFINITY)
  const back = new Int8Array((n + 1) * (m + 1)).fill(-1)
  cost[0] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * (m + 1) + j]!
      if (!Number.isFinite(here)) continue
      STEPS.forEach((step, k) => {
        const ni = i + step.slots
        const nj = j + step.segments
        if (ni > n || nj > m) return
        let c: number
        if (step.segments === 0 || step.slots === 0) c = GAP
        else {
          c = slotFit(slots.slice(i, ni), segments.slice(j, nj), shares.slice(j, nj))
          if (step.slots + step.segments > 2) c += REGROUP
        }
        const at = ni * (m + 1) + nj
        if (here + c < cost[at]!) {
          cost[at] = here + c
          back[at] = k
        }
      })
    }
  }
  const cells: Array<SlotCell | null> = Array.from({ length: n }, () => null)
  const extra: string[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const step = STEPS[back[i * (m + 1) + j]!]!
    const pi = i - step.slots
    const pj = j - step.segments
    const segs = segments.slice(pj, j)
    if (step.slots === 0) extra.unshift(...segs.map((s) => s.id))
    else if (step.segments > 0) {
      const fit = slotFit(slots.slice(pi, i), segs, shares.slice(pj, j))
      for (let s = pi; s < i; s++) {
        cells[s] = { segments: segs.map((x) => x.id), sentences: segs.flatMap((x) => x.sentences.map((y) => y.id)), confidence: Math.exp(-fit / 2) }
      }
    }
    i = pi
    j = pj
  }
  return { cells, extra, cost: cost[n * (m + 1) + m]! }
}
