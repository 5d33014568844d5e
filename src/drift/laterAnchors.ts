import { countLetters } from '../align/text/countLetters.js'
import type { Anchor } from '../align/anchors/Anchor.js'
import { anchorsOf, anchorsOfSegments } from '../pivot/pivotAnchors.js'
import type { PivotAlignment } from '../pivot/types.js'
import { forEachOwnCell } from './ownCells.js'
import type { ParsedDocument, Segment } from '../types.js'

/** Anchor kinds that tell one sentence from another: numbers, links, addresses and code (names recur). */
export const DISTINCTIVE = new Set<Anchor['kind']>(['number', 'url', 'email', 'code'])

/** An anchor's key as compared across languages. */
export function anchorKey(anchor: Pick<Anchor, 'kind' | 'normalized'>): string {
  return `${anchor.kind}:${anchor.normalized}`
}

/**
 * Per sentence of a cell (those with letters), the distinctive anchors it is the first to hold: those of its text,
 * and those the parser kept beside the segment (code spans, link targets) that its text or its Markdown writes.
 */
function firstHeld(segments: readonly Segment[], ids: ReadonlySet<string>, source: string): Array<Set<string>> {
  const seen = new Set<string>()
  const out: Array<Set<string>> = []
  for (const segment of segments) {
    const kept = anchorsOfSegments([segment]).filter((a) => DISTINCTIVE.has(a.kind))
    for (const sentence of segment.sentences) {
      if (!ids.has(sentence.id) || countLetters(sentence.text) === 0) continue
      // A link's target is not in the sentence's text but in its Markdown.
      const written = source.slice(sentence.start, sentence.end)
      const own = new Set([...anchorsOf(sentence.text).filter((a) => DISTINCTIVE.has(a.kind)).map(anchorKey), ...kept.filter((a) => sentence.text.includes(a.text) || written.includes(a.text)).map(anchorKey)])
      out.push(new Set([...own].filter((k) => !seen.has(k))))
      for (const k of own) seen.add(k)
    }
  }
  return out
}

/**
 * Per slot, the anchors (numbers, links, addresses, code) the other members' own cells hold only after their first
 * sentences: entry `j - 1` lists those that at least half of the members with a cell of more than `j` sentences (two
 * at least) first write after their `j`-th sentence. A cell cut after its `j`-th sentence lacks them; one that holds
 * them all kept its later text, whatever its sentence count or length says (a segmenter that ends no sentence before
 * a code span, a translator who writes tersely).
 * @param members The family's documents.
 * @param alignments Each member aligned to the pivot, in the same order.
 * @param d Index of the member the anchors are for (its own cells are left out).
 * @returns One entry per pivot slot (`undefined` where no two other members have a cell of several sentences).
 */
export function laterAnchors(members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], d: number): Array<string[][] | undefined> {
  const slots = alignments[d]?.cells.length ?? 0
  const perSlot: Array<Array<Array<Set<string>>>> = Array.from({ length: slots }, () => [])
  forEachOwnCell(members, alignments, d, slots, (doc, segments, cell, i) => {
    const held = firstHeld(segments, new Set(cell.sentences), doc.text)
    if (held.length >= 2) perSlot[i]!.push(held)
  })
  return perSlot.map((cells) => {
    if (cells.length < 2) return undefined
    const longest = Math.max(...cells.map((c) => c.length))
    return Array.from({ length: longest - 1 }, (_, j) => {
      const longer = cells.filter((c) => c.length > j + 1)
      const counts = new Map<string, number>()
      for (const c of longer) for (const k of new Set(c.slice(j + 1).flatMap((s) => [...s]))) counts.set(k, (counts.get(k) ?? 0) + 1)
      return longer.length < 2 ? [] : [...counts].filter(([, n]) => 2 * n >= longer.length).map(([k]) => k).sort()
    })
  })
}

/**
 * Whether a cell of `sentences` sentences holds every anchor the other members write only after that many
 * sentences (see {@link laterAnchors}), there being at least one: its text goes on past them, so it was not cut there.
 * @param later The slot's entry of {@link laterAnchors}.
 * @param sentences The cell's sentences with letters.
 * @param held The distinctive anchor keys the cell writes itself (see `writtenAnchors`: not the code of a block after
 *   it, which the parser lends to the paragraph before).
 */
export function keepsLaterAnchors(later: readonly string[][] | undefined, sentences: number, held: ReadonlySet<string>): boolean {
  const after = later?.[Math.max(1, sentences) - 1]
  return after !== undefined && after.length > 0 && after.every((k) => held.has(k))
}
