import { countLetters } from '../align/text/countLetters.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { ParsedDocument, Segment, SlotCell } from '../types.js'

/** How a sentence ends: a full stop, an exclamation, a question, a colon (a lead-in), or none of these. */
export type EndMark = 'stop' | 'exclaim' | 'ask' | 'lead' | 'none'

/** Sentence-final marks of the world's scripts, by what they end with. */
const MARKS: ReadonlyArray<readonly [EndMark, RegExp]> = [
  ['stop', /[.。．｡।॥۔።။។๚…]/u],
  ['exclaim', /[!！߹՜]/u],
  ['ask', /[?？؟\u037e՞፧⸮]/u],
  ['lead', /[:：]/u],
]

/** What may follow a sentence's mark and says nothing of how it ends: closing quotes and brackets, emoji, spaces. */
const TRAILING = /[\s\p{Pe}\p{Pf}"'\p{So}\p{Sk}\p{Mn}\u200d\ufe0f*_]+$/u

/**
 * How a text ends (see {@link EndMark}), read from its last mark once closing quotes, brackets, emoji and Markdown
 * emphasis are set aside.
 * @param text A sentence.
 */
export function endMark(text: string): EndMark {
  const last = [...text.replace(TRAILING, '')].at(-1) ?? ''
  return MARKS.find(([, re]) => re.test(last))?.[0] ?? 'none'
}

/**
 * How the other members end a slot's sentences: `after[j]` is how most of them end their sentence `j + 1` where
 * more sentences follow it in the slot, `last` how most of them end the slot (`none` where no mark has a majority).
 */
export interface SlotMarks {
  /** How most members end each sentence that others follow, by position. */
  after: EndMark[]
  /** How most members end their last sentence of the slot. */
  last: EndMark
}

/** The sentences (with letters) of a member's cell, as `sentenceCounts` counts them. */
function cellSentences(cell: SlotCell, segments: readonly Segment[]): string[] {
  const byId = new Map(segments.flatMap((s) => s.sentences.map((x) => [x.id, x.text] as const)))
  return cell.sentences.map((id) => byId.get(id) ?? '').filter((t) => countLetters(t) > 0)
}

/** The mark more than half the entries hold, or `none`. */
function majority(marks: readonly EndMark[]): EndMark {
  for (const mark of ['stop', 'exclaim', 'ask', 'lead'] as const) if (2 * marks.filter((m) => m === mark).length > marks.length) return mark
  return 'none'
}

/**
 * Per slot, how the other members end its sentences (see {@link SlotMarks}), from their cells of two sentences or
 * more that no other slot shares. A translation that stops after its first sentences ends as the others' last kept
 * sentence ends; one that writes the slot's sentences as one ends as the slot does (`partial` reads both).
 * @param members The family's documents.
 * @param alignments Each member aligned to the pivot, in the same order.
 * @param d Index of the member the marks are for (its own cells are left out).
 * @returns One entry per pivot slot; `undefined` where fewer than two other members have such a cell.
 */
export function closingMarks(members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], d: number): Array<SlotMarks | undefined> {
  const slots = alignments[d]?.cells.length ?? 0
  const perSlot: EndMark[][][] = Array.from({ length: slots }, () => [])
  alignments.forEach((alignment, m) => {
    const doc = members[m]
    if (m === d || doc === undefined) return
    const slotsOfSegment = new Map<string, number>()
    for (const cell of alignment.cells) for (const id of cell?.segments ?? []) slotsOfSegment.set(id, (slotsOfSegment.get(id) ?? 0) + 1)
    alignment.cells.forEach((cell, i) => {
      if (cell === null || i >= slots || cell.segments.some((id) => (slotsOfSegment.get(id) ?? 0) > 1)) return
      const sentences = cellSentences(cell, doc.segments)
      if (sentences.length >= 2) perSlot[i]!.push(sentences.map(endMark))
    })
  })
  return perSlot.map((peers) => {
    if (peers.length < 2) return undefined
    const longest = Math.max(...peers.map((p) => p.length))
    const after = Array.from({ length: longest - 1 }, (_, j) => majority(peers.filter((p) => p.length > j + 1).map((p) => p[j]!)))
    return { after, last: majority(peers.map((p) => p.at(-1)!)) }
  })
}

/**
 * Whether a cell of `k` sentences ends as the other members end the whole slot and not as they end their `k`-th
 * sentence: it was not cut there (two sentences written as one, or an exclamation closing a paraphrase), whatever
 * its length says.
 * @param marks How the others end the slot's sentences.
 * @param k Sentences of the cell.
 * @param own How the cell's last sentence ends.
 */
export function endsAsWhole(marks: SlotMarks | undefined, k: number, own: EndMark): boolean {
  if (marks === undefined || k < 1 || own === 'none') return false
  const kth = marks.after[k - 1]
  return own === marks.last && kth !== undefined && kth !== 'none' && kth !== own
}
