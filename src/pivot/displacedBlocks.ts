/**
 * A section moved past a neighbouring section of another size, found from the gap it leaves and the slots it took.
 * When two sections of unequal length change places, a monotone aligner keeps the longer one on its slots and lays
 * the shorter one on the slots beside it: its own slots are a gap (or share a neighbour's cell), and the slots it
 * took push their own content aside (into a neighbour's cell, or out of every slot). A move between a gap and
 * extra segments (`movedBlocks`) does not see it: the moved segments fill slots.
 *
 * So a run of gap slots (with the edge slots sharing a neighbour's cell) is matched against each run of segments of
 * the same kinds, item by item, standing elsewhere in the document, at least one of them held by a slot, the slots
 * between those and the gap opening one section at most (a section moves past its neighbour). The segments must
 * fit the gap's slots as a moved block does (kinds, length shares, the slots' anchors found in them: see
 * `movedBlocks`), and hold few of the anchors the slots holding them expect. The run then fills the
 * gap; the slots it left are aligned again by structure (`alignToSlots`) with the segments left between their sure
 * neighbours; and the slot pairs the move crosses are reported out of order.
 */
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { alignToSlots } from './alignToSlots.js'
import { kindOf } from './fillInPlace.js'
import { MOVED_CONFIDENCE, anchorsFound, blockFits } from './movedBlocks.js'
import { integerRuns } from '../util/integerRuns.js'

/** Largest share of the anchors of the slots holding the moved segments that those segments may hold. */
export const DISPLACED_ANCHOR_SHARE = 1 / 3

/** A move found: the gap slots and the document positions of the segments that fill them, item by item. */
export interface DisplacedBlock {
  /** The gap slots, consecutive. */
  slots: number[]
  /** The segments (document positions), consecutive, in the same order. */
  segments: number[]
}

/** What the moves are judged on: the member's slots, segments and cells. */
interface Member {
  slots: readonly PivotSlot[]
  segments: readonly Segment[]
  /** The member's cells (changed in place as blocks are placed). */
  cells: Array<SlotCell | null>
  index: ReadonlyMap<string, number>
  shares: readonly number[]
}

/** Document positions a cell holds. */
function positions(m: Member, cell: SlotCell | null | undefined): number[] {
  return (cell?.segments ?? []).map((id) => m.index.get(id)).filter((p): p is number => p !== undefined)
}

/** Per document position, the slots whose cells hold it. */
function holdersOf(m: Member): Map<number, number[]> {
  const out = new Map<number, number[]>()
  m.cells.forEach((c, s) => {
    for (const p of positions(m, c)) out.set(p, [...(out.get(p) ?? []), s])
  })
  return out
}

/** Whether a slot of this role opens a section (a heading, a question). */
function opensSection(role: Segment['role']): boolean {
  return kindOf(role) === 'heading' || role === 'question'
}

/**
 * Whether the segments `moved` stand where the gap's content would have moved to: same kinds item by item, one
 * held by a slot at least and none by the gap, outside the gap's place in the document, and the slots between
 * those holding them and the gap opening one section at most.
 */
function movedPast(m: Member, holders: ReadonlyMap<number, number[]>, gap: readonly number[], moved: readonly number[]): boolean {
  const { slots, segments } = m
  if (moved.some((j, k) => kindOf(segments[j]!.role) !== kindOf(slots[gap[k]!]!.role))) return false
  if (!moved.some((j) => holders.has(j)) || moved.some((j) => (holders.get(j) ?? []).some((s) => gap.includes(s)))) return false
  // A gap slot sharing a neighbour's cell leaves that segment to the neighbour: one the gap alone holds stays.
  if (gap.some((s) => positions(m, m.cells[s]).some((p) => holders.get(p)!.every((t) => gap.includes(t))))) return false
  // Where the gap stands: after the segments of the slots before it, before those of the slots after it.
  const around = (from: number, to: number): number[] => m.cells.slice(from, to).flatMap((c) => positions(m, c)).filter((p) => !moved.includes(p))
  const before = Math.max(-1, ...around(0, gap[0]!))
  const after = Math.min(segments.length, ...around(gap.at(-1)! + 1, slots.length))
  if (moved.some((j) => j > before && j < after)) return false
  const took = moved.flatMap((j) => holders.get(j) ?? [])
  const [lo, hi] = took[0]! < gap[0]! ? [Math.max(...took) + 1, gap[0]!] : [gap.at(-1)! + 1, Math.min(...took)]
  return slots.slice(lo, hi).filter((x) => opensSection(x.role)).length <= 1
}

/**
 * Whether the segments fit the gap's slots as a moved block (see `blockFits`), and hold few of the anchors the slots
 * holding them expect (at most {@link DISPLACED_ANCHOR_SHARE} of them, one at least expected): content that matches
 * across positions, and not where it stands.
 */
function fitsBetter(m: Member, holders: ReadonlyMap<number, number[]>, gap: readonly number[], moved: readonly number[]): boolean {
  const { slots, segments, shares } = m
  if (!blockFits(slots, segments, shares, gap, moved)) return false
  const held = moved.filter((j) => holders.has(j))
  const here = anchorsFound(slots, [...new Set(held.flatMap((j) => holders.get(j)!))], held.map((j) => segments[j]!))
  return here.expected > 0 && here.matched <= DISPLACED_ANCHOR_SHARE * here.expected
}

/** The gap runs: slots left empty, with the slots beside them whose cell another slot holds too. */
function gapRuns(m: Member, holders: ReadonlyMap<number, number[]>): Array<[number, number]> {
  const empty = (s: number): boolean => positions(m, m.cells[s]).length === 0
  const shared = (s: number): boolean => !empty(s) && positions(m, m.cells[s]).every((p) => (holders.get(p)?.length ?? 0) > 1)
  const runs = integerRuns(m.slots.map((_, s) => s).filter((s) => empty(s) || shared(s)))
  return runs.filter(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k).some(empty))
}

/** The first window of a gap run, longest first, that a run of segments moved out of (see the module's comment). */
function findBlock(m: Member, g0: number, g1: number): DisplacedBlock | undefined {
  const holders = holdersOf(m)
  const empty = (s: number): boolean => positions(m, m.cells[s]).length === 0
  for (let len = g1 - g0 + 1; len >= 1; len--) {
    for (let a = g0; a + len - 1 <= g1; a++) {
      const gap = Array.from({ length: len }, (_, k) => a + k)
      if (!gap.some(empty)) continue
      for (let b = 0; b + len <= m.segments.length; b++) {
        const moved = Array.from({ length: len }, (_, k) => b + k)
        if (movedPast(m, holders, gap, moved) && fitsBetter(m, holders, gap, moved)) return { slots: gap, segments: moved }
      }
    }
  }
  return undefined
}

/**
 * The slots a block left, aligned again by structure with the segments left between their sure neighbours (the
 * nearest slots outside them holding one segment alone, or a placed block), in place.
 */
function realignLeft(m: Member, left: readonly number[], keep: ReadonlySet<number>): void {
  // As the slots stood before: a segment a run's new cells hold that no cell held then is not sure.
  const holders = holdersOf(m)
  const sure = (s: number): boolean => {
    const p = positions(m, m.cells[s])
    return keep.has(s) || (p.length === 1 && holders.get(p[0]!)?.length === 1)
  }
  const taken = new Set([...keep].flatMap((s) => positions(m, m.cells[s])))
  for (const [l0, l1] of integerRuns(left)) {
    let i = l0
    while (i > 0 && !sure(i - 1)) i--
    let j = l1 + 1
    while (j < m.slots.length && !sure(j)) j++
    const from = i > 0 ? Math.max(-1, ...positions(m, m.cells[i - 1])) : -1
    const to = j < m.slots.length ? Math.min(m.segments.length, ...positions(m, m.cells[j])) : m.segments.length
    const free = m.segments.map((_, p) => p).filter((p) => p > from && p < to && !taken.has(p))
    const region = Array.from({ length: j - i }, (_, k) => i + k)
    const { cells } = alignToSlots(region.map((s) => m.slots[s]!), free.map((p) => m.segments[p]!), free.map((p) => m.shares[p]!))
    region.forEach((s, k) => {
      const c = cells[k]
      m.cells[s] = c == null ? null : { ...c, confidence: Math.min(c.confidence, MOVED_CONFIDENCE) }
    })
  }
}

/** The slot pairs a placed block crosses: each of its slots with every slot whose segment stands on the other side. */
function crossings(m: Member, block: DisplacedBlock): Array<[number, number]> {
  const first = (s: number): number | undefined => positions(m, m.cells[s])[0]
  const out: Array<[number, number]> = []
  for (const s of block.slots) {
    const p = first(s)!
    m.cells.forEach((_, t) => {
      const q = first(t)
      if (q !== undefined && !block.slots.includes(t) && (t < s) !== (q < p)) out.push(t < s ? [t, s] : [s, t])
    })
  }
  return out
}

/**
 * Put back sections moved past a neighbouring section of another size (see the module's comment), in place.
 * @param slots The pivot's slots.
 * @param cells The member's cells (changed in place).
 * @param segments The member's content segments, in document order.
 * @param shares Each segment's length share.
 * @returns The slot pairs the placed blocks cross (slot indices, each pair in pivot order, once).
 */
export function placeDisplaced(slots: readonly PivotSlot[], cells: Array<SlotCell | null>, segments: readonly Segment[], shares: readonly number[]): Array<[number, number]> {
  const m: Member = { slots, segments, cells, index: new Map(segments.map((s, i) => [s.id, i] as const)), shares }
  const blocks: DisplacedBlock[] = []
  const keep = new Set<number>()
  for (const [g0, g1] of gapRuns(m, holdersOf(m))) {
    const block = findBlock(m, g0, g1)
    if (block === undefined || block.slots.some((s) => keep.has(s))) continue
    const ids = new Set(block.segments.map((j) => segments[j]!.id))
    const left = new Set<number>()
    cells.forEach((c, t) => {
      if (c == null || !c.segments.some((id) => ids.has(id))) return
      left.add(t)
      const rest = c.segments.filter((id) => !ids.has(id))
      cells[t] = rest.length === 0 ? null : { ...c, segments: rest, sentences: c.sentences.filter((x) => !ids.has(x.slice(0, x.indexOf('.')))) }
    })
    block.slots.forEach((s, k) => {
      const segment = segments[block.segments[k]!]!
      cells[s] = { segments: [segment.id], sentences: segment.sentences.map((x) => x.id), confidence: MOVED_CONFIDENCE }
      keep.add(s)
      left.delete(s)
    })
    realignLeft(m, [...left], keep)
    blocks.push(block)
  }
  const seen = new Set<string>()
  return blocks.flatMap((b) => crossings(m, b)).filter(([a, b]) => {
    const key = `${a},${b}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
