/**
 * A moved turn or paragraph found from the gap it leaves and the extra segments it becomes. A monotone aligner
 * cannot place content that moved: the slots it left are gaps, and the segments that hold it, somewhere else in
 * the document, fill no slot (or push their neighbours onto slots of another kind). When a run of gaps and a run of
 * extra segments enclose a region whose segments have, kind for kind, as many items as its slots, each assignment
 * of the region's segments to slots of their own kind is judged: by length share and anchors against the slots
 * (`slotFit`), and by the word links learned without the family, pooled over the region. An assignment out of
 * document order that wins is a move.
 */
import { roleFamily } from '../pivot/roleFamily.js'
import { segmentShares } from '../pivot/segmentShares.js'
import { slotFit } from '../pivot/slotFit.js'
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import { DISAGREE_RATIO, FAR_Z, REFIT_CONFIDENCE, disagrees } from './affinityVerdict.js'
import { pooledCounts, type Affinity } from './slotAffinity.js'
import { permutations } from '../pivot/permutations.js'
import { integerRuns } from '../util/integerRuns.js'

/** Largest number of slots of one kind in a region re-assigned by exhaustive search. */
const MAX_KIND = 5

/**
 * How much better (slot-fit cost less the pooled word deviations) the best assignment out of document order must
 * be than document order, as `findSwaps` asks of a move found from lengths.
 */
export const MOVE_MARGIN = 3

/**
 * Largest slot-fit cost of a segment that held no slot on the slot it is given: a length share within three
 * spreads of the slot's (with anchors found).
 */
export const MAX_FIT = 4.5

/** A region: consecutive slots and the consecutive document positions of the segments that may fill them. */
interface Region {
  slots: number[]
  segments: number[]
}

/**
 * The regions a gap run and an extra run enclose: from the gap to the last slot before the extra segments (or
 * from the first slot after them to the gap), every slot between holding one segment alone.
 */
function regions(slots: readonly PivotSlot[], cells: ReadonlyArray<SlotCell | null>, single: (s: number) => number | undefined, extra: readonly number[]): Region[] {
  const out: Region[] = []
  const n = slots.length
  const filled = (s: number): boolean => single(s) !== undefined
  for (const [x0, x1] of integerRuns(extra)) {
    for (let g0 = 0; g0 < n; g0++) {
      if (cells[g0] !== null) continue
      let g1 = g0
      while (g1 + 1 < n && cells[g1 + 1] === null) g1++
      const region: number[] = []
      let lo: number
      let hi: number
      // Gap before the extra segments: slots g0.. up to the last slot whose segment precedes them.
      const before = g0 > 0 ? single(g0 - 1) : -1
      const after = g1 + 1 < n ? single(g1 + 1) : Number.POSITIVE_INFINITY
      if (before !== undefined && before < x0 && after !== undefined && after < x0) {
        let s = g1 + 1
        while (s < n && filled(s) && single(s)! < x0) s++
        if (s === g1 + 1) {
          g0 = g1
          continue
        }
        for (let k = g0; k < s; k++) region.push(k)
        lo = before + 1
        hi = x1
      } else if (after !== undefined && after > x1 && before !== undefined && before > x1) {
        let s = g0 - 1
        while (s >= 0 && filled(s) && single(s)! > x1) s--
        if (s === g0 - 1) {
          g0 = g1
          continue
        }
        for (let k = s + 1; k <= g1; k++) region.push(k)
        lo = x0
        hi = Number.isFinite(after) ? after - 1 : Math.max(x1, ...region.map((k) => single(k) ?? -1))
      } else {
        g0 = g1
        continue
      }
      const whole = wholeTurns(slots, region, single)
      if (whole === undefined) {
        g0 = g1
        continue
      }
      const held = whole.map(single).filter((j): j is number => j !== undefined)
      lo = Math.min(lo, ...held)
      hi = Math.max(hi, ...held)
      const positions = [...held, ...Array.from({ length: x1 - x0 + 1 }, (_, k) => x0 + k)].sort((a, b) => a - b)
      const contiguous = positions.length === hi - lo + 1 && positions.every((p, k) => p === lo + k)
      const clean = whole.every((k) => (k >= g0 && k <= g1 ? cells[k] === null : filled(k)))
      if (contiguous && clean) out.push({ slots: whole, segments: positions })
      g0 = g1
    }
  }
  return out
}

/**
 * A region widened to whole turns: a turn moves whole, so a region that begins or ends inside a question-and-answer
 * turn takes the rest of that turn too (its slots each holding one segment alone; `undefined` when one does not).
 * Swapped turns are often aligned by position across kinds — the later turn's question on the earlier question's
 * slot, its answer beside it, the earlier answer left over — and the gap then opens inside a turn.
 */
function wholeTurns(slots: readonly PivotSlot[], region: readonly number[], single: (s: number) => number | undefined): number[] | undefined {
  const out = [...region]
  const sameTurn = (a: number, b: number): boolean => slots[a]?.turn !== undefined && slots[a]!.turn === slots[b]?.turn
  while (out[0]! > 0 && sameTurn(out[0]! - 1, out[0]!)) {
    if (single(out[0]! - 1) === undefined) return undefined
    out.unshift(out[0]! - 1)
  }
  while (sameTurn(out.at(-1)! + 1, out.at(-1)!)) {
    if (single(out.at(-1)! + 1) === undefined) return undefined
    out.push(out.at(-1)! + 1)
  }
  return out
}

/** One way to fill a region: the segment (document position) of each of its slots. */
type Assignment = Map<number, number>

/** Each assignment of a region's segments to slots of their own kind (none when the kinds do not tally). */
function assignments(slots: readonly PivotSlot[], segments: readonly Segment[], region: Region): Assignment[] {
  const kinds = new Map<string, { slots: number[]; segments: number[] }>()
  for (const s of region.slots) {
    const k = kinds.get(roleFamily(slots[s]!.role)) ?? { slots: [], segments: [] }
    k.slots.push(s)
    kinds.set(roleFamily(slots[s]!.role), k)
  }
  for (const j of region.segments) {
    const k = kinds.get(roleFamily(segments[j]!.role))
    if (k === undefined) return []
    k.segments.push(j)
  }
  const groups = [...kinds.values()]
  if (groups.some((g) => g.slots.length !== g.segments.length || g.slots.length > MAX_KIND)) return []
  let out: Assignment[] = [new Map()]
  for (const g of groups) {
    const next: Assignment[] = []
    for (const base of out) {
      for (const perm of permutations(g.slots.length)) {
        const a = new Map(base)
        g.slots.forEach((s, k) => a.set(s, g.segments[perm[k]!]!))
        next.push(a)
      }
    }
    out = next
  }
  // A turn moves whole: the segments of two neighbouring slots of one turn stay neighbours wherever they land.
  const pairs = region.slots.filter((s) => slots[s]!.turn !== undefined && slots[s + 1]?.turn === slots[s]!.turn && region.slots.includes(s + 1))
  return out.filter((a) => pairs.every((s) => a.get(s + 1) === a.get(s)! + 1))
}

/** Slot pairs of one kind whose segments an assignment puts out of document order. */
function inversions(slots: readonly PivotSlot[], a: Assignment): Array<[number, number]> {
  const keys = [...a.keys()].sort((x, y) => x - y)
  const out: Array<[number, number]> = []
  for (let i = 0; i < keys.length; i++) {
    for (let k = i + 1; k < keys.length; k++) {
      const x = keys[i]!
      const y = keys[k]!
      if (roleFamily(slots[x]!.role) === roleFamily(slots[y]!.role) && a.get(x)! > a.get(y)!) out.push([x, y])
    }
  }
  return out
}

/**
 * Place moved content found between a gap and extra segments, in place.
 * @param slots The pivot's slots.
 * @param cells The member's cells (changed in place).
 * @param single The document position of the segment a slot holds alone, if it does.
 * @param segments The member's content segments, in document order.
 * @param extra The document positions of the segments that fill no slot.
 * @param words Each segment's word ids, by document position.
 * @param affinity Word-set against slot affinity, from links learned without the family.
 * @returns The slot pairs found out of order (empty when nothing moved).
 */
export function placeMoves(slots: readonly PivotSlot[], cells: Array<SlotCell | null>, single: (s: number) => number | undefined, segments: readonly Segment[], extra: readonly number[], words: readonly Int32Array[], affinity: (words: Int32Array, slot: number) => Affinity): Array<[number, number]> {
  const shares = segmentShares(segments)
  const found: Array<[number, number]> = []
  const touched = new Set<number>()
  for (const region of regions(slots, cells, single, extra)) {
    // Regions are found before any moves: one that overlaps a region already re-filled is out of date.
    if (region.slots.some((s) => touched.has(s))) continue
    const all = assignments(slots, segments, region)
    if (all.length < 2) continue
    const judged = all.map((a) => {
      let fit = 0
      for (const [s, j] of a) fit += slotFit([slots[s]!], [segments[j]!], [shares[j]!])
      const pooled = pooledCounts([...a].map(([s, j]) => affinity(words[j]!, s).counts))
      return { a, fit, z: pooled?.z, ratio: pooled?.ratio, inv: inversions(slots, a).length }
    })
    const cost = (j: (typeof judged)[number]): number => j.fit - (j.z ?? 0)
    const inOrder = judged.find((j) => j.inv === 0)
    if (inOrder === undefined) continue
    const best = judged.reduce((a, b) => (cost(b) < cost(a) - 1e-9 ? b : a))
    const placedExtra = pooledCounts([...best.a].filter(([, j]) => extra.includes(j)).map(([s, j]) => affinity(words[j]!, s).counts))
    if (best.inv === 0 || cost(inOrder) - cost(best) < MOVE_MARGIN) continue
    // The segments that held no slot must not say something else than the slots they are given; nor may one the
    // aligner had put on a slot of another kind (a turn taken whole brings them in).
    if (placedExtra !== undefined && placedExtra.ratio <= DISAGREE_RATIO && placedExtra.z <= -FAR_Z) continue
    const heldKind = new Map(region.slots.map((s) => [single(s), roleFamily(slots[s]!.role)] as const))
    const crossKind = (j: number): boolean => !extra.includes(j) && heldKind.get(j) !== roleFamily(segments[j]!.role)
    if ([...best.a].some(([s, j]) => crossKind(j) && disagrees(affinity(words[j]!, s)))) continue
    // …and each of them must fit the length and anchors of the slot it is given.
    if ([...best.a].some(([s, j]) => (extra.includes(j) || crossKind(j)) && slotFit([slots[s]!], [segments[j]!], [shares[j]!]) > MAX_FIT)) continue
    for (const s of region.slots) touched.add(s)
    for (const [s, j] of best.a) cells[s] = { segments: [segments[j]!.id], sentences: segments[j]!.sentences.map((x) => x.id), confidence: REFIT_CONFIDENCE }
    found.push(...inversions(slots, best.a))
  }
  return found
}