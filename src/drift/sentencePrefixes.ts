import { countLetters } from '../align/text/countLetters.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { ParsedDocument } from '../types.js'
import { median, round4 } from '../util/stats.js'

/**
 * Per slot, how the text of the other members' cells builds up sentence by sentence: entry `j` is the share of the
 * slot's letters that its first `j + 1` sentences hold (the median over the members whose own cell of the slot has
 * two sentences or more; a member with fewer sentences counts 1). A translation that stops after its first
 * sentences keeps about that share of the slot, where a faithful one keeps about all of it: `partial` compares the
 * two. Letters are counted per member and taken as shares of its own cell, so scripts that write more or fewer
 * letters per word, or no spaces at all (Thai, Khmer), compare alike.
 * @param members The family's documents.
 * @param alignments Each member aligned to the pivot, in the same order.
 * @param d Index of the member the prefixes are for (its own cells are left out).
 * @returns One entry per pivot slot; `undefined` where fewer than two other members have a cell of several
 *   sentences of their own.
 */
export function sentencePrefixes(members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], d: number): Array<number[] | undefined> {
  const slots = alignments[d]?.cells.length ?? 0
  const perSlot: number[][][] = Array.from({ length: slots }, () => [])
  alignments.forEach((alignment, m) => {
    if (m === d) return
    const doc = members[m]
    if (doc === undefined) return
    const letters = new Map(doc.segments.flatMap((s) => s.sentences.map((x) => [x.id, countLetters(x.text)] as const)))
    const slotsOfSegment = new Map<string, number>()
    for (const cell of alignment.cells) for (const id of cell?.segments ?? []) slotsOfSegment.set(id, (slotsOfSegment.get(id) ?? 0) + 1)
    alignment.cells.forEach((cell, i) => {
      if (cell === null || i >= slots || cell.segments.some((id) => (slotsOfSegment.get(id) ?? 0) > 1)) return
      const counts = cell.sentences.map((id) => letters.get(id) ?? 0)
      const total = counts.reduce((a, b) => a + b, 0)
      if (counts.length < 2 || total === 0) return
      let sum = 0
      perSlot[i]!.push(counts.map((c) => (sum += c) / total))
    })
  })
  return perSlot.map((peers) => {
    if (peers.length < 2) return undefined
    const longest = Math.max(...peers.map((p) => p.length))
    return Array.from({ length: longest - 1 }, (_, j) => round4(median(peers.map((p) => p[j] ?? 1))))
  })
}
