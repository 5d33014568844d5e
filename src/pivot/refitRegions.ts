/**
 * Runs of slots the aligner filled with segments of the wrong kind, aligned again by structure. Around a stale or
 * faulty passage the sentence aligner can slide by one segment: a question put in an answer's slot and the next
 * answer in the next question's, a heading in a paragraph's slot, a question grouped with the answer before it. Each
 * run of slots between cells the aligner is sure of that holds such a cell is aligned again, with the segments
 * between those sure cells, by the structural aligner (`alignToSlots`: kinds, length shares, anchors), and the new
 * cells replace the old when they fit clearly better, put no segment in a slot of another kind and regroup no more
 * slots than the old (lengths alone take a slot a translation lacks for one merged with its neighbour).
 */
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { SLOT_GAP_COST, SLOT_REGROUP_COST, alignToSlots } from './alignToSlots.js'
import { kindOf } from './fillInPlace.js'
import { slotFit } from './slotFit.js'

/** Confidence at or above which a cell of one segment, of its slot's kind and held by no other slot, bounds a run. */
export const SURE_CONFIDENCE = 0.9

/** How much less (in `alignToSlots` cost units) the new cells must cost than the old. */
export const REFIT_REGION_MARGIN = 3

/** Per segment position, the slots whose cells hold it. */
function holders(cells: ReadonlyArray<SlotCell | null>, index: ReadonlyMap<string, number>): Map<number, number[]> {
  const out = new Map<number, number[]>()
  cells.forEach((c, s) => {
    for (const id of c?.segments ?? []) {
      const p = index.get(id)
      if (p !== undefined) out.set(p, [...(out.get(p) ?? []), s])
    }
  })
  return out
}

/** Cost of the cells of slots `[i, j)` over the segment positions `[a, b)`, as `alignToSlots` counts it. */
function currentCost(slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, segments: readonly Segment[], shares: readonly number[], index: ReadonlyMap<string, number>, i: number, j: number, a: number, b: number): number {
  let cost = 0
  const held = new Set<number>()
  const groups = new Map<string, number[]>()
  for (let s = i; s < j; s++) {
    const c = cells[s]
    if (c == null || c.segments.length === 0) {
      cost += SLOT_GAP_COST
      continue
    }
    const key = [...c.segments].sort().join(' ')
    groups.set(key, [...(groups.get(key) ?? []), s])
  }
  for (const [key, group] of groups) {
    const positions = key.split(' ').map((id) => index.get(id)!).sort((x, y) => x - y)
    for (const p of positions) held.add(p)
    cost += slotFit(group.map((s) => slots[s]!), positions.map((p) => segments[p]!), positions.map((p) => shares[p]!))
    if (group.length + positions.length > 2) cost += SLOT_REGROUP_COST
  }
  for (let p = a; p < b; p++) if (!held.has(p)) cost += SLOT_GAP_COST
  return cost
}

/**
 * Whether a run of slots holds both a gap and a regrouped cell (several segments in one slot, or a segment held by
 * several slots): the aligner slid by a segment inside the run, leaving one slot empty where the next took two, or
 * leaving one of the run's segments on no slot where two slots took one segment.
 * @param positions The positions of the segments between the cells bounding the run.
 */
function slid(region: readonly number[], positions: readonly number[], cells: ReadonlyArray<SlotCell | null>, own: ReadonlyMap<number, number[]>, index: ReadonlyMap<string, number>): boolean {
  const gap = region.some((s) => (cells[s]?.segments.length ?? 0) === 0) || positions.some((p) => !own.has(p))
  const regrouped = region.some((s) => {
    const ids = cells[s]?.segments ?? []
    return ids.length > 1 || ids.some((id) => (own.get(index.get(id)!)?.length ?? 0) > 1)
  })
  return gap && regrouped
}

/** How many of the cells hold several segments or share a segment with another of the cells. */
function regroupedSlots(cells: ReadonlyArray<SlotCell | null>): number {
  const count = new Map<string, number>()
  for (const c of cells) for (const id of c?.segments ?? []) count.set(id, (count.get(id) ?? 0) + 1)
  return cells.filter((c) => (c?.segments.length ?? 0) > 1 || (c?.segments ?? []).some((id) => count.get(id)! > 1)).length
}

/**
 * Align again by structure each run of unsure slots holding a segment of another kind than its slot (see the
 * module's comment).
 * @param slots The pivot's slots.
 * @param cells The member's cells.
 * @param segments The member's content segments, in document order.
 * @param shares Each segment's length share in the document.
 * @param extra Ids of the segments that fill no slot.
 * @returns The cells and the segments left without a slot (the same arrays when nothing changes).
 */
export function refitRegions(slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, segments: readonly Segment[], shares: readonly number[], extra: readonly string[]): { cells: ReadonlyArray<SlotCell | null>; extra: readonly string[] } {
  const index = new Map(segments.map((s, k) => [s.id, k] as const))
  let out: Array<SlotCell | null> | undefined
  let left = new Set(extra)
  const current = (): ReadonlyArray<SlotCell | null> => out ?? cells
  const strange = (s: number): boolean => (current()[s]?.segments ?? []).some((id) => kindOf(segments[index.get(id)!]!.role) !== kindOf(slots[s]!.role))
  let i = 0
  while (i < slots.length) {
    const own = holders(current(), index)
    const sure = (s: number): boolean => {
      const c = current()[s]
      if (c == null || c.segments.length !== 1 || c.confidence < SURE_CONFIDENCE || strange(s)) return false
      return own.get(index.get(c.segments[0]!)!)?.length === 1
    }
    if (sure(i)) {
      i++
      continue
    }
    let j = i
    while (j < slots.length && !sure(j)) j++
    const region = Array.from({ length: j - i }, (_, k) => i + k)
    const a = i > 0 ? index.get(current()[i - 1]!.segments[0]!)! + 1 : 0
    const b = j < slots.length ? index.get(current()[j]!.segments[0]!)! : segments.length
    const positions = Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k)
    // Only runs the aligner filled with a segment of another kind, or slid (a gap beside a cell of several segments
    // or a segment of several slots), whose segments no slot outside holds.
    if ((region.some(strange) || slid(region, positions, current(), own, index)) && positions.every((p) => (own.get(p) ?? []).every((s) => s >= i && s < j))) {
      const fitted = alignToSlots(region.map((s) => slots[s]!), positions.map((p) => segments[p]!), positions.map((p) => shares[p]!))
      const clean = fitted.cells.every((c, k) => (c?.segments ?? []).every((id) => kindOf(segments[index.get(id)!]!.role) === kindOf(slots[i + k]!.role)))
      // A run aligned again by structure alone regroups no more slots than the aligner did: a gap it fills by
      // merging two slots into one segment (or splitting one over two) is a translation that lacks a slot's text,
      // which lengths alone read as a merge (a gap costs more than a regrouping).
      if (clean && regroupedSlots(fitted.cells) <= regroupedSlots(region.map((s) => current()[s] ?? null)) && fitted.cost + REFIT_REGION_MARGIN < currentCost(slots, current(), segments, shares, index, i, j, a, b)) {
        out = [...current()]
        fitted.cells.forEach((c, k) => (out![i + k] = c))
        left = new Set([...left].filter((id) => { const p = index.get(id); return p === undefined || p < a || p >= b }))
        for (const id of fitted.extra) left.add(id)
      }
    }
    i = j
  }
  if (out === undefined) return { cells, extra }
  return { cells: out, extra: segments.filter((s) => left.has(s.id)).map((s) => s.id) }
}
