/**
 * Re-fit a member's segments to the pivot's slots where the corpus's word links contradict the structural
 * alignment. The aligner places segments by length, anchors and order; when a paragraph is missing, added or
 * moved, it often fills the neighbouring slot instead (a gap reported one slot off, a move taken for a gap and an
 * addition, a missing turn absorbed into a "merge"). Content tells which slot a segment's words belong to:
 *
 * 1. a slot of a merged cell whose content the segment does not hold (the others' words not found in it, or found
 *    weakly by both sets of links while the segment's length fits the other slots alone) is a gap — weak content
 *    evidence means a gap, not a forced match; a move the aligner reported from lengths that
 *    the words undo is taken back before gaps are judged, and a gap moved to where the words put it stays there;
 * 2. a segment whose words disagree with its slot and agree with a neighbouring gap (or a neighbouring extra
 *    segment that agrees with its slot) is moved there;
 * 2''. a section moved whole (a gap of two slots or more and extra segments elsewhere, as `movedBlocks` finds
 *    them) whose slots expect too few anchors to tell is placed when its words, pooled, say what the slots say;
 * 2'. an extra segment beside its slot's segment, whose words are found best in that slot and that completes its
 *    length, is the other half of a split paragraph (see `joinSplitHalves`);
 * 3. two segments of one kind that each agree with the other's slot and not with their own are a move (`order`).
 *    Moves are judged with links learned without the family: links learned from the cells being judged make the
 *    placement they were learned from look usual. Two segments that each hold none of their own slot's numbers and
 *    between them one of the other slot's are a move too, whatever the words say (`anchorCrossing`).
 *
 * Each step needs both sides judged (enough linked words) and a clear verdict, so a faithful translation is left
 * as the aligner made it.
 */
import type { PivotAlignment } from '../pivot/types.js'
import { roleFamily } from '../pivot/roleFamily.js'
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import type { Affinity } from './slotAffinity.js'
import { AGREE_RATIO, FAR_Z, REFIT_CONFIDENCE, agrees, disagrees } from './affinityVerdict.js'
import { crossedPair } from './crossedPair.js'
import { anchorsCrossed } from './anchorCrossing.js'
import { refitMerges } from './refitMerges.js'
import { joinSplitHalves } from './joinSplitHalves.js'
import { placeMoves } from './placeMoves.js'
import { refitSplits } from './refitSplits.js'
import { shiftGaps } from './shiftGaps.js'
import { placeMovedBlocks } from '../pivot/findSwaps.js'
import { pooledCounts } from './slotAffinity.js'
import { MIN_LINKED_WORDS } from './contentAgreement.js'
import { undoLengthSwaps } from './undoLengthSwaps.js'
import { segmentShares } from '../pivot/segmentShares.js'
import { slotFit } from '../pivot/slotFit.js'

/**
 * A slot of a merged cell whose words are found in the segment at most at this share of the usual rate is not in
 * it. Lower than the disagreement bar (`DISAGREE_RATIO`): the words of a merged slot are found less often (between 0.2 and 0.7 of
 * the usual rate on the evaluation's merges) than those of a slot's own paragraph.
 */
export const ABSENT_RATIO = 0.15
/**
 * …and the slot of the merge whose words are found best must be found this many times as well: a paragraph is
 * out of the sample its words were learned from when it is merged, so all of a true merge's slots match less, alike.
 */
const ABSENT_CONTRAST = 3
/**
 * A slot of a merged cell whose words are found in the segment at most at this share of the usual rate, by the
 * whole corpus's links and by those learned without the family, is not in it either when the segment fits the
 * merge's other slots alone clearly better ({@link ABSENT_FIT} slot-fit units): the slot of a paragraph that is
 * missing, absorbed by the aligner into its neighbour's cell.
 */
export const WEAK_RATIO = 0.35
/** Slot-fit cost (length share against the slots', anchors: `slotFit`) saved by leaving a weak slot out of a merge. */
export const ABSENT_FIT = 2

/**
 * The hub's own alignment with the pairs of its segments that the words put in each other's slots reported as
 * moved: the slots are laid out in the hub's order, so when the hub is the translation whose content moved, every
 * other member holds that content in its slot and the hub alone does not. Its cells stay its own.
 */
function hubCrossings(slots: readonly PivotSlot[], segments: readonly Segment[], alignment: PivotAlignment, words: readonly Int32Array[], affinity: (words: Int32Array, slot: number) => Affinity, moveAffinity: (words: Int32Array, slot: number) => Affinity): PivotAlignment {
  const index = new Map(segments.map((s, i) => [s.id, i] as const))
  const at = (s: number): number | undefined => {
    const c = alignment.cells[s]
    return c == null || c.segments.length !== 1 ? undefined : index.get(c.segments[0]!)
  }
  const pairs: Array<[string, string]> = []
  const used = new Set<number>()
  for (let a = 0; a < slots.length; a++) {
    for (let b = a + 1; b <= Math.min(slots.length - 1, a + 2); b++) {
      if (roleFamily(slots[a]!.role) !== roleFamily(slots[b]!.role) || used.has(a) || used.has(b)) continue
      const ja = at(a)
      const jb = at(b)
      if (ja === undefined || jb === undefined || (!crossedPair(words[ja]!, words[jb]!, a, b, affinity, moveAffinity) && !anchorsCrossed(slots[a]!, slots[b]!, segments[ja]!.text, segments[jb]!.text))) continue
      pairs.push([slots[a]!.id, slots[b]!.id])
      used.add(a).add(b)
    }
  }
  return pairs.length === 0 ? alignment : { ...alignment, reordered: [...alignment.reordered, ...pairs] }
}

/** A member's alignment being re-fitted: the cells and lists the steps change, and what they read. */
interface Refit {
  slots: readonly PivotSlot[]
  segments: readonly Segment[]
  words: readonly Int32Array[]
  affinity: (words: Int32Array, slot: number) => Affinity
  moveAffinity: (words: Int32Array, slot: number) => Affinity
  /** Position of each segment id. */
  index: ReadonlyMap<string, number>
  /** Each segment's share of the member's letters (see `segmentShares`). */
  shares: readonly number[]
  cells: Array<SlotCell | null>
  extra: string[]
  reordered: Array<[string, string]>
  /** Slots whose cells the word links learned without the family placed (the other steps leave them). */
  placed: Set<number>
}

/** Per segment id, the slots whose cells hold it. */
function owners(cells: ReadonlyArray<SlotCell | null>): Map<string, number[]> {
  const out = new Map<string, number[]>()
  cells.forEach((c, s) => {
    for (const id of c?.segments ?? []) out.set(id, [...(out.get(id) ?? []), s])
  })
  return out
}

/** The segment a slot holds alone, if it does. */
function single(refit: Refit, s: number, own: ReadonlyMap<string, number[]>): number | undefined {
  const c = refit.cells[s]
  if (c == null || c.segments.length !== 1 || own.get(c.segments[0]!)?.length !== 1) return undefined
  return refit.index.get(c.segments[0]!)
}

function family(refit: Refit, s: number): string {
  return roleFamily(refit.slots[s]!.role)
}

/** Whether the segments of two slots (by id) stand in the other order in the document; false when one is a gap. */
function outOfOrder(refit: Refit, x: string, y: string): boolean {
  const at = (id: string): number | undefined => {
    const s = refit.slots.findIndex((slot) => slot.id === id)
    const c = refit.cells[s]
    return c == null || c.segments.length === 0 ? undefined : refit.index.get(c.segments[0]!)
  }
  const [px, py] = [at(x), at(y)]
  const [sx, sy] = [refit.slots.findIndex((slot) => slot.id === x), refit.slots.findIndex((slot) => slot.id === y)]
  return px !== undefined && py !== undefined && (px > py) === (sx < sy)
}

function cellOf(refit: Refit, j: number): SlotCell {
  return { segments: [refit.segments[j]!.id], sentences: refit.segments[j]!.sentences.map((x) => x.id), confidence: REFIT_CONFIDENCE }
}

/**
 * Whether a slot of a merged cell held by segment `j` is absent from it by the lengths as well (see
 * {@link WEAK_RATIO}): a slot of the segment's own kind, its words weakly found by both sets of links, and the
 * segment fitting the merge's other slots alone clearly better.
 */
function absentByLength(refit: Refit, j: number, s: number, held: readonly number[], recall: Affinity): boolean {
  const { slots, segments, words, shares } = refit
  if (recall.recall === undefined || recall.recall > WEAK_RATIO || roleFamily(segments[j]!.role) !== family(refit, s)) return false
  const heldOut = refit.moveAffinity(words[j]!, s).recall
  if (heldOut === undefined || heldOut > WEAK_RATIO) return false
  const fit = (of: readonly number[]): number => slotFit(of.map((x) => slots[x]!), [segments[j]!], [shares[j]!])
  return fit(held) - fit(held.filter((x) => x !== s)) >= ABSENT_FIT
}

/** 1. Merged cells: drop the slots whose content the segment does not hold. */
function dropAbsentSlots(refit: Refit): boolean {
  const { cells, index, words, affinity } = refit
  let changed = false
  for (const [id, held] of owners(cells)) {
    if (held.length < 2) continue
    const j = index.get(id)
    if (j === undefined || cells[held[0]!]!.segments.length !== 1) continue
    const recall = held.map((s) => affinity(words[j]!, s))
    const best = Math.max(...recall.map((a) => a.recall ?? 0))
    held.forEach((s, k) => {
      const a = recall[k]!
      if (a.recall === undefined || a.recallZ === undefined || a.recallZ > -FAR_Z || a.recall * ABSENT_CONTRAST > best) return
      if (a.recall > ABSENT_RATIO && !absentByLength(refit, j, s, held, a)) return
      cells[s] = null
      changed = true
    })
    const left = held.filter((s) => cells[s] !== null)
    if (left.length === 1) cells[left[0]!] = { ...cells[left[0]!]!, confidence: Math.min(cells[left[0]!]!.confidence, REFIT_CONFIDENCE) }
  }
  return changed
}

/** 2. A segment in the wrong one of two neighbouring slots goes to the gap its words agree with. */
function fillNeighbourGaps(refit: Refit): boolean {
  const { slots, cells, words, affinity } = refit
  const neighbours = (g: number): number[] =>
    [g - 1, g + 1, g - 2, g + 2].filter((s) => s >= 0 && s < slots.length && family(refit, s) === family(refit, g) && (Math.abs(s - g) === 1 || family(refit, (s + g) / 2) !== family(refit, g)))
  let changed = false
  let own = owners(cells)
  for (let g = 0; g < slots.length; g++) {
    if (cells[g] !== null) continue
    for (const s of neighbours(g)) {
      if (refit.placed.has(s)) continue
      const j = single(refit, s, own)
      if (j === undefined || !disagrees(affinity(words[j]!, s)) || !agrees(affinity(words[j]!, g))) continue
      cells[g] = cellOf(refit, j)
      cells[s] = null
      changed = true
      own = owners(cells)
      break
    }
  }
  return changed
}

/** 2'. A segment in place of a neighbouring extra segment that agrees with the slot changes place with it. */
function swapWithExtra(refit: Refit): boolean {
  const { slots, segments, cells, index, words, affinity } = refit
  let changed = false
  let own = owners(cells)
  for (let s = 0; s < slots.length; s++) {
    const j = single(refit, s, own)
    if (j === undefined || !disagrees(affinity(words[j]!, s))) continue
    const swap = [j - 1, j + 1].find((x) => x >= 0 && x < segments.length && refit.extra.includes(segments[x]!.id) && roleFamily(segments[x]!.role) === family(refit, s) && agrees(affinity(words[x]!, s)))
    if (swap === undefined) continue
    refit.extra = [...refit.extra.filter((id) => id !== segments[swap]!.id), segments[j]!.id].sort((a, b) => index.get(a)! - index.get(b)!)
    cells[s] = cellOf(refit, swap)
    changed = true
    own = owners(cells)
  }
  return changed
}

/**
 * 4. Two segments in each other's slots (or a move the aligner reported that the words undo); `own` is the
 * ownership the length swaps were undone from.
 */
function swapCrossedPairs(refit: Refit, moved: Set<string>, own: ReadonlyMap<string, number[]>, putBack: Set<string>): boolean {
  const { slots, cells, index, words, affinity, moveAffinity, reordered } = refit
  const position = (id: string): number | undefined => {
    const c = cells[slots.findIndex((x) => x.id === id)]
    return c == null || c.segments.length === 0 ? undefined : index.get(c.segments[0]!)
  }
  let changed = false
  for (let a = 0; a < slots.length; a++) {
    for (let b = a + 1; b <= Math.min(slots.length - 1, a + 2); b++) {
      if (family(refit, a) !== family(refit, b) || moved.has(slots[a]!.id) || moved.has(slots[b]!.id) || putBack.has(`${slots[a]!.id}\u0000${slots[b]!.id}`)) continue
      const ja = single(refit, a, own)
      const jb = single(refit, b, own)
      if (ja === undefined || jb === undefined) continue
      if (!crossedPair(words[ja]!, words[jb]!, a, b, affinity, moveAffinity) && !anchorsCrossed(slots[a]!, slots[b]!, refit.segments[ja]!.text, refit.segments[jb]!.text)) continue
      const ca = cells[a]!
      cells[a] = { ...cells[b]!, confidence: REFIT_CONFIDENCE }
      cells[b] = { ...ca, confidence: REFIT_CONFIDENCE }
      changed = true
      // Pairs reported before stay only while their content is still out of order.
      const inverted = (x: string, y: string): boolean => (position(x) ?? -1) > (position(y) ?? Number.POSITIVE_INFINITY)
      const kept = reordered.filter(([x, y]) => inverted(x, y))
      const undone = kept.length < reordered.length
      reordered.splice(0, reordered.length, ...kept)
      // A reported move taken back leaves its slots free to cross with other neighbours; a move found stays.
      if (undone) putBack.add(`${slots[a]!.id}\u0000${slots[b]!.id}`)
      else {
        reordered.push([slots[a]!.id, slots[b]!.id])
        moved.add(slots[a]!.id).add(slots[b]!.id)
      }
    }
  }
  return changed
}

/**
 * The member's alignment re-fitted by content (the same object when nothing changes).
 * @param slots The pivot's slots.
 * @param segments The member's content segments, in document order.
 * @param alignment The member's alignment to the pivot.
 * @param words Each segment's word ids (same order as `segments`).
 * @param affinity Word-set against slot affinity of this member.
 * @param moveAffinity The same from word links learned without this family, to judge moves: links learned from
 *   the cells being judged make whatever placement they were learned from look usual (default: `affinity`).
 */
export function refitCells(slots: readonly PivotSlot[], segments: readonly Segment[], alignment: PivotAlignment, words: readonly Int32Array[], affinity: (words: Int32Array, slot: number) => Affinity, moveAffinity: (words: Int32Array, slot: number) => Affinity = affinity): PivotAlignment {
  if (alignment.method === 'identity') return hubCrossings(slots, segments, alignment, words, affinity, moveAffinity)
  const index = new Map(segments.map((s, i) => [s.id, i] as const))
  const refit: Refit = { slots, segments, words, affinity, moveAffinity, index, shares: segmentShares(segments), cells: [...alignment.cells], extra: [...alignment.extra], reordered: [...alignment.reordered], placed: new Set() }
  const { cells } = refit
  let changed = dropAbsentSlots(refit)
  // 1b. Split cells: an edge segment of another role or other content leaves the slot.
  if (refitSplits(slots, segments, cells, words, affinity)) changed = true
  // 1c. A move the aligner made from lengths that the words put back in document order (before the gaps are
  // judged: a length swap beside a gap puts the segments a shifted gap would move out of their places).
  const undone = undoLengthSwaps(slots, cells, refit.reordered, (s) => single(refit, s, owners(cells)), words, moveAffinity)
  if (undone.length > 0) changed = true
  // 1d. A gap left a paragraph or a turn away from where the text is missing; the cells it moves are placed by
  // the links learned without the family, which the steps judging with the whole corpus's links do not overrule.
  const beforeShift = [...cells]
  if (shiftGaps(slots, cells, (s) => single(refit, s, owners(cells)), segments, words, moveAffinity, refit.reordered)) {
    changed = true
    cells.forEach((c, s) => {
      if (c !== null && c !== beforeShift[s]) refit.placed.add(s)
    })
    // Reported moves stay only while their content is still out of order (a shifted gap lays its cells in order).
    refit.reordered = refit.reordered.filter(([x, y]) => outOfOrder(refit, x, y))
  }
  if (fillNeighbourGaps(refit)) changed = true
  if (swapWithExtra(refit)) changed = true

  // 2a. Content moved elsewhere: a gap and extra segments enclosing a region that tallies kind for kind. The
  // segments the steps above took out of their slots fill none now: they are extra too.
  let own = owners(cells)
  refit.extra = segments.filter((s) => !own.has(s.id)).map((s) => s.id)
  const moves = placeMoves(slots, cells, (s) => single(refit, s, own), segments, refit.extra.map((id) => index.get(id)!), words, moveAffinity)
  if (moves.length > 0) {
    changed = true
    own = owners(cells)
    refit.extra = refit.extra.filter((id) => !own.has(id))
  }
  // 2a''. A section moved whole whose slots expect no anchors (prose alone): a gap and extra segments elsewhere
  // whose words, by the links learned without the family, say what the gap's slots say.
  const unplaced = placeMovedBlocks(slots, cells, segments, refit.shares, index, refit.extra, refit.reordered, [], (gap, block) => wordsAgree(gap, block, words, moveAffinity), (s, j) => !agrees(moveAffinity(words[j]!, s)))
  if (unplaced.length < refit.extra.length) {
    changed = true
    refit.extra = unplaced
  }
  // 2a'. The other half of a split paragraph beside its slot.
  own = owners(cells)
  if (joinSplitHalves(slots, segments, cells, (s) => single(refit, s, own), refit.extra.map((id) => index.get(id)!), words, affinity).length > 0) {
    changed = true
    own = owners(cells)
    refit.extra = refit.extra.filter((id) => !own.has(id))
  }
  // 2b. A gap beside a segment that holds its words as well as its own slot's: a merge.
  if (refitMerges(slots, segments, cells, words, affinity)) changed = true

  // 3. Moves: what the steps above moved stays; two segments in each other's slots change places. A pair the
  // words put back in document order is not exchanged again, but each of its slots can still be crossed with
  // another: a length swap beside a true move takes one slot of the move into the pair it wrongly exchanged.
  own = owners(cells)
  const moved = new Set<string>(moves.flat().map((s) => slots[s]!.id))
  const putBack = new Set<string>()
  for (let k = 0; k + 1 < undone.length; k += 2) putBack.add(`${undone[k]}\u0000${undone[k + 1]}`)
  for (const [a, b] of moves) refit.reordered.push([slots[a]!.id, slots[b]!.id])
  if (swapCrossedPairs(refit, moved, own, putBack)) changed = true
  if (!changed) return alignment
  // Segments that no longer fill any slot are extra.
  const placed = new Set(owners(cells).keys())
  const left = segments.filter((s) => !placed.has(s.id) && !refit.extra.includes(s.id)).map((s) => s.id)
  const extra = [...refit.extra, ...left].sort((a, b) => index.get(a)! - index.get(b)!)
  return { ...alignment, cells, extra, reordered: refit.reordered }
}

/**
 * Whether the words of segments moved as a block say what its slots say: a section (two slots at least: one
 * paragraph whose words match a gap may be a paste of it), pooled, at least {@link AGREE_RATIO} of the usual rate,
 * with enough words linked to judge (twice `MIN_LINKED_WORDS`).
 * @param gap The slots, in order.
 * @param moved The segments (document positions), item by item.
 * @param words Each segment's word ids, by document position.
 * @param affinity Word-set against slot affinity, from links learned without the family.
 */
export function wordsAgree(gap: readonly number[], moved: readonly number[], words: readonly Int32Array[], affinity: (words: Int32Array, slot: number) => Affinity): boolean {
  if (gap.length < 2) return false
  const counts = moved.map((j, k) => affinity(words[j]!, gap[k]!).counts)
  const linked = counts.reduce((a, c) => a + (c?.linked ?? 0), 0)
  const pooled = pooledCounts(counts)
  return pooled !== undefined && linked >= 2 * MIN_LINKED_WORDS && pooled.ratio >= AGREE_RATIO
}
