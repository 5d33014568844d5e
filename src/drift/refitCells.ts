/**
 * Re-fit a member's segments to the pivot's slots where the corpus's word links contradict the structural
 * alignment. The aligner places segments by length, anchors and order; when a paragraph is missing, added or
 * moved, it often fills the neighbouring slot instead (a gap reported one slot off, a move taken for a gap and an
 * addition, a missing turn absorbed into a "merge"). Content tells which slot a segment's words belong to:
 *
 * 1. a slot of a merged cell whose content the segment does not hold (the others' words not found in it) is a
 *    gap — weak content evidence means a gap, not a forced match;
 * 2. a segment whose words disagree with its slot and agree with a neighbouring gap (or a neighbouring extra
 *    segment that agrees with its slot) is moved there;
 * 3. two segments of one kind that each agree with the other's slot and not with their own are a move (`order`);
 *    a move the aligner reported that the words undo is taken back. Moves are judged with links learned without
 *    the family: links learned from the cells being judged make the placement they were learned from look usual.
 *
 * Each step needs both sides judged (enough linked words) and a clear verdict, so a faithful translation is left
 * as the aligner made it.
 */
import type { PivotAlignment } from '../pivot/types.js'
import { roleFamily } from '../pivot/roleFamily.js'
import type { PivotSlot, Segment, SlotCell } from '../types.js'
import type { Affinity } from './slotAffinity.js'
import { FAR_Z, REFIT_CONFIDENCE, agrees, disagrees } from './affinityVerdict.js'
import { crossedPair } from './crossedPair.js'
import { refitMerges } from './refitMerges.js'
import { placeMoves } from './placeMoves.js'
import { refitSplits } from './refitSplits.js'
import { shiftGaps } from './shiftGaps.js'
import { undoLengthSwaps } from './undoLengthSwaps.js'

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
      if (ja === undefined || jb === undefined || !crossedPair(words[ja]!, words[jb]!, a, b, affinity, moveAffinity)) continue
      pairs.push([slots[a]!.id, slots[b]!.id])
      used.add(a).add(b)
    }
  }
  return pairs.length === 0 ? alignment : { ...alignment, reordered: [...alignment.reordered, ...pairs] }
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
  const cells = [...alignment.cells]
  let extra = [...alignment.extra]
  const reordered = [...alignment.reordered]
  let changed = false
  const family = (s: number): string => roleFamily(slots[s]!.role)
  const cellOf = (j: number): SlotCell => ({ segments: [segments[j]!.id], sentences: segments[j]!.sentences.map((x) => x.id), confidence: REFIT_CONFIDENCE })
  const owners = (): Map<string, number[]> => {
    const out = new Map<string, number[]>()
    cells.forEach((c, s) => {
      for (const id of c?.segments ?? []) out.set(id, [...(out.get(id) ?? []), s])
    })
    return out
  }
  // The segment a slot holds alone, if it does.
  const single = (s: number, own: ReadonlyMap<string, number[]>): number | undefined => {
    const c = cells[s]
    if (c == null || c.segments.length !== 1 || own.get(c.segments[0]!)?.length !== 1) return undefined
    return index.get(c.segments[0]!)
  }

  // 1. Merged cells: drop the slots whose content the segment does not hold.
  for (const [id, held] of owners()) {
    if (held.length < 2) continue
    const j = index.get(id)
    if (j === undefined || cells[held[0]!]!.segments.length !== 1) continue
    const recall = held.map((s) => affinity(words[j]!, s))
    const best = Math.max(...recall.map((a) => a.recall ?? 0))
    held.forEach((s, k) => {
      const a = recall[k]!
      if (a.recall === undefined || a.recallZ === undefined || a.recall > ABSENT_RATIO || a.recallZ > -FAR_Z || a.recall * ABSENT_CONTRAST > best) return
      cells[s] = null
      changed = true
    })
    const left = held.filter((s) => cells[s] !== null)
    if (left.length === 1) cells[left[0]!] = { ...cells[left[0]!]!, confidence: Math.min(cells[left[0]!]!.confidence, REFIT_CONFIDENCE) }
  }

  // 1b. Split cells: an edge segment of another role or other content leaves the slot.
  if (refitSplits(slots, segments, cells, words, affinity)) changed = true

  // 1c. A gap left a paragraph or a turn away from where the text is missing.
  if (shiftGaps(slots, cells, (s) => single(s, owners()), segments, words, moveAffinity)) changed = true

  // 2. A segment in the wrong one of two neighbouring slots, or in place of a neighbouring extra segment.
  const neighbours = (g: number): number[] =>
    [g - 1, g + 1, g - 2, g + 2].filter((s) => s >= 0 && s < slots.length && family(s) === family(g) && (Math.abs(s - g) === 1 || family((s + g) / 2) !== family(g)))
  let own = owners()
  for (let g = 0; g < slots.length; g++) {
    if (cells[g] !== null) continue
    for (const s of neighbours(g)) {
      const j = single(s, own)
      if (j === undefined || !disagrees(affinity(words[j]!, s)) || !agrees(affinity(words[j]!, g))) continue
      cells[g] = cellOf(j)
      cells[s] = null
      changed = true
      own = owners()
      break
    }
  }
  for (let s = 0; s < slots.length; s++) {
    const j = single(s, own)
    if (j === undefined || !disagrees(affinity(words[j]!, s))) continue
    const swap = [j - 1, j + 1].find((x) => x >= 0 && x < segments.length && extra.includes(segments[x]!.id) && roleFamily(segments[x]!.role) === family(s) && agrees(affinity(words[x]!, s)))
    if (swap === undefined) continue
    extra = [...extra.filter((id) => id !== segments[swap]!.id), segments[j]!.id].sort((a, b) => index.get(a)! - index.get(b)!)
    cells[s] = cellOf(swap)
    changed = true
    own = owners()
  }

  // 2a. Content moved elsewhere: a gap and extra segments enclosing a region that tallies kind for kind.
  const moves = placeMoves(slots, cells, (s) => single(s, own), segments, extra.map((id) => index.get(id)!), words, moveAffinity)
  if (moves.length > 0) {
    changed = true
    own = owners()
    extra = extra.filter((id) => !own.has(id))
  }

  // 2b. A gap beside a segment that holds its words as well as its own slot's: a merge.
  if (refitMerges(slots, segments, cells, words, affinity)) {
    changed = true
    own = owners()
  }

  // 3. A move the aligner made from lengths that the words put back in document order.
  own = owners()
  const undone = undoLengthSwaps(slots, cells, reordered, (s) => single(s, own), words, moveAffinity)
  if (undone.length > 0) changed = true

  // 4. Two segments in each other's slots (or a move the aligner reported that the words undo).
  const moved = new Set<string>([...undone, ...moves.flat().map((s) => slots[s]!.id)])
  for (const [a, b] of moves) reordered.push([slots[a]!.id, slots[b]!.id])
  const position = (id: string): number | undefined => {
    const c = cells[slots.findIndex((x) => x.id === id)]
    return c == null || c.segments.length === 0 ? undefined : index.get(c.segments[0]!)
  }
  for (let a = 0; a < slots.length; a++) {
    for (let b = a + 1; b <= Math.min(slots.length - 1, a + 2); b++) {
      if (family(a) !== family(b) || moved.has(slots[a]!.id) || moved.has(slots[b]!.id)) continue
      const ja = single(a, own)
      const jb = single(b, own)
      if (ja === undefined || jb === undefined) continue
      if (!crossedPair(words[ja]!, words[jb]!, a, b, affinity, moveAffinity)) continue
      const ca = cells[a]!
      cells[a] = { ...cells[b]!, confidence: REFIT_CONFIDENCE }
      cells[b] = { ...ca, confidence: REFIT_CONFIDENCE }
      moved.add(slots[a]!.id).add(slots[b]!.id)
      changed = true
      // Pairs reported before stay only while their content is still out of order.
      const inverted = (x: string, y: string): boolean => (position(x) ?? -1) > (position(y) ?? Number.POSITIVE_INFINITY)
      const kept = reordered.filter(([x, y]) => inverted(x, y))
      const undone = kept.length < reordered.length
      reordered.splice(0, reordered.length, ...kept)
      if (!undone) reordered.push([slots[a]!.id, slots[b]!.id])
    }
  }
  if (!changed) return alignment
  // Segments that no longer fill any slot are extra.
  own = owners()
  const placed = new Set(own.keys())
  const left = segments.filter((s) => !placed.has(s.id) && !extra.includes(s.id)).map((s) => s.id)
  extra = [...extra, ...left].sort((a, b) => index.get(a)! - index.get(b)!)
  return { ...alignment, cells, extra, reordered }
}
