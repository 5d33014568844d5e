import { countLetters } from '../align/text/countLetters.js'
import type { Pivot, PivotSlot, Segment, SlotCell } from '../types.js'

/**
 * Each slot's cell: its segments, its share of the document's letters (a segment shared by several slots split
 * between them by their expected shares) and how many slots share it at most.
 */
export function sharesOfCells(pivot: Pivot, cells: ReadonlyArray<SlotCell | null>, byId: ReadonlyMap<string, Segment>, slotsOfSegment: ReadonlyMap<string, number[]>, shareOf: (id: string) => number): Array<{ cellSegments: Segment[]; share: number; sharedBy: number; regrouped: boolean }> {
  return pivot.slots.map((slot, i) => {
    const cellSegments = (cells[i]?.segments ?? []).map((id) => byId.get(id)).filter((s): s is Segment => s !== undefined)
    let share = 0
    let sharedBy = 1
    const sharing = new Set<number>()
    for (const s of cellSegments) {
      const shared = slotsOfSegment.get(s.id) ?? [i]
      sharedBy = Math.max(sharedBy, shared.length)
      for (const k of shared) sharing.add(k)
      const expected = shared.reduce((a, k) => a + (pivot.slots[k]?.share ?? 0), 0)
      const own = shareOf(s.id)
      share += expected === 0 ? own / shared.length : (own * slot.share) / expected
    }
    return { cellSegments, share, sharedBy, regrouped: sharedBy > 1 && keepsParagraphs(cellSegments, [...sharing].map((k) => pivot.slots[k]!)) }
  })
}

/**
 * Whether segments shared by several slots keep as many paragraphs as those slots expect: the same paragraphs
 * grouped otherwise (a heading the translation asks as a question, whose list items then continue its answer), not
 * two paragraphs joined into one. A slot whose paragraphs are not known expects one.
 */
function keepsParagraphs(segments: readonly Segment[], slots: readonly PivotSlot[]): boolean {
  return segments.reduce((a, s) => a + s.paragraphs, 0) >= slots.reduce((a, s) => a + (s.paragraphs ?? 1), 0)
}

/**
 * How a document's shares compare with the pivot's once the text that fills no slot, and the slots it leaves
 * empty, are set aside: the pivot's shares summed over the slots the document fills (`filled`), over the document's
 * shares of those cells (`scale`: a cell's share times it is its share of the text that fills those slots, on the
 * pivot's scale). A translation that adds a section holds every slot's text in a smaller share of its letters; one
 * that lacks a section, in a larger one.
 * @param pivot The pivot.
 * @param cells The document's cells.
 * @param shares Each cell's share of the document's letters.
 */
export function filledScale(pivot: Pivot, cells: ReadonlyArray<SlotCell | null>, shares: readonly number[]): { scale: number; filled: number } {
  let filled = 0
  let held = 0
  pivot.slots.forEach((slot, i) => {
    if (cells[i] === null || cells[i] === undefined) return
    filled += slot.share
    held += shares[i]!
  })
  return filled > 0 && held > 0 ? { scale: filled / held, filled } : { scale: 1, filled: 1 }
}

/**
 * Per slot with a cell, the share of the document's letters in segments that fill no slot and stand between the
 * cells of the slots before and after it (the nearest filled ones): a paragraph of the slot's text the alignment
 * left out of its cell (a list item, a line the parser read as another kind), which a cut must not be read from.
 * @param cells The document's cells.
 * @param extra Its segments that fill no slot.
 * @param segments Its content segments, in reading order.
 * @param shareOf A segment's share of the document's letters.
 */
export function unplacedBeside(cells: ReadonlyArray<SlotCell | null>, extra: readonly string[], segments: readonly Segment[], shareOf: (id: string) => number): number[] {
  const position = new Map(segments.map((s, i) => [s.id, i] as const))
  const at = (cell: SlotCell | null | undefined): number[] => (cell?.segments ?? []).map((id) => position.get(id)).filter((p): p is number => p !== undefined)
  const left = extra.map((id) => ({ id, p: position.get(id) })).filter((x): x is { id: string; p: number } => x.p !== undefined)
  if (left.length === 0) return cells.map(() => 0)
  return cells.map((cell, i) => {
    if (cell === null || at(cell).length === 0) return 0
    let after = -1
    for (let k = i - 1; k >= 0 && after < 0; k--) after = Math.max(-1, ...at(cells[k]))
    let before = Infinity
    for (let k = i + 1; k < cells.length && before === Infinity; k++) before = Math.min(Infinity, ...at(cells[k]))
    return left.filter((x) => x.p > after && x.p < before).reduce((a, x) => a + shareOf(x.id), 0)
  })
}

/** Per cell, its sentences that hold letters (a closing quote alone ends nothing), as `sentenceCounts` counts them. */
export function sentenceCountsOfCells(cells: ReadonlyArray<SlotCell | null>, byId: ReadonlyMap<string, Segment>): number[] {
  return cells.map((cell) => {
    if (cell === null) return 0
    const ids = new Set(cell.sentences)
    return cell.segments.flatMap((id) => byId.get(id)?.sentences ?? []).filter((x) => ids.has(x.id) && countLetters(x.text) > 0).length
  })
}

/** A segment's share of the letters of the given segments (0 for an unknown id or a document without letters). */
export function letterShares(segments: readonly Segment[]): (id: string) => number {
  const letters = new Map(segments.map((s) => [s.id, countLetters(s.text)] as const))
  const total = [...letters.values()].reduce((a, b) => a + b, 0)
  return (id) => (total === 0 ? 0 : (letters.get(id) ?? 0) / total)
}
