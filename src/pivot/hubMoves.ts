/**
 * A move most members report is the hub's own. Every member is aligned to slots laid out in the hub document's
 * order, so when the hub is the translation whose content moved, each faithful member seems to hold that content
 * out of order, and the hub, aligned to itself, seems faithful. A pair of slots that more than half of the other
 * members report out of order (at least two of them) is taken from them and reported on the hub: the order of the
 * majority wins, as the pivot's slots do. Members that do not report the pair are left as they are (their cells
 * may just be too uncertain to tell).
 */
import type { PivotAlignment } from './types.js'

/**
 * The alignments with the moves most members report given to the hub.
 * @param alignments Each member's alignment to the pivot (the hub's has method `identity`).
 * @returns The same array when no move is the hub's, else a new one (only the changed alignments are new objects).
 */
export function hubMoves(alignments: readonly PivotAlignment[]): readonly PivotAlignment[] {
  const hub = alignments.findIndex((a) => a.method === 'identity')
  const others = alignments.length - 1
  if (hub < 0 || others < 2) return alignments
  const key = ([x, y]: readonly [string, string]): string => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`)
  const count = new Map<string, { pair: [string, string]; members: number }>()
  alignments.forEach((a, d) => {
    if (d === hub) return
    for (const k of new Set(a.reordered.map(key))) {
      const pair = a.reordered.find((p) => key(p) === k)!
      const entry = count.get(k) ?? { pair, members: 0 }
      entry.members++
      count.set(k, entry)
    }
  })
  const majority = [...count.values()].filter((e) => e.members >= 2 && 2 * e.members > others)
  if (majority.length === 0) return alignments
  const moved = new Set(majority.map((e) => key(e.pair)))
  return alignments.map((a, d) => {
    if (d === hub) return { ...a, reordered: [...a.reordered, ...majority.map((e) => e.pair)] }
    if (!a.reordered.some((p) => moved.has(key(p)))) return a
    return { ...a, reordered: a.reordered.filter((p) => !moved.has(key(p))) }
  })
}
