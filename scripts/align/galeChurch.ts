/**
 * Plain Gale–Church (1993) as a baseline: letters, c = total ratio, s² = 6.8, their priors, exact DP.
 */
import { countLetters } from '../../src/align/text/countLetters.js'
import { normalTailCost } from '../../src/align/signals/normalTailCost.js'
import type { Align } from './score.js'

const SHAPES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.89],
  [1, 0, 0.0099 / 2],
  [0, 1, 0.0099 / 2],
  [2, 1, 0.089 / 2],
  [1, 2, 0.089 / 2],
  [2, 2, 0.011],
]

function sum(arr: readonly number[], from: number, to: number): number {
  let s = 0
  for (let k = from; k < to; k++) s += arr[k] ?? 0
  return s
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k)
}

/**
 * Align two sentence lists with plain Gale–Church.
 * @param source Source sentences.
 * @param target Target sentences.
 * @returns Beads in order.
 */
export function galeChurch(source: readonly string[], target: readonly string[]): Align[] {
  const ls = source.map(countLetters)
  const lt = target.map(countLetters)
  const totalS = sum(ls, 0, ls.length)
  const totalT = sum(lt, 0, lt.length)
  const c = totalS > 0 && totalT > 0 ? totalT / totalS : 1
  const n = source.length
  const m = target.length
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity)
  const back = new Int8Array((n + 1) * (m + 1)).fill(-1)
  cost[0] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let arg = -1
      SHAPES.forEach(([a, b, p], s) => {
        if (i < a || j < b) return
        const prev = cost[(i - a) * (m + 1) + (j - b)] ?? Infinity
        if (prev === Infinity) return
        const l1 = sum(ls, i - a, i)
        const l2 = sum(lt, j - b, j)
        let d = 0
        if (a > 0 && b > 0) {
          const mean = (l1 + l2 / c) / 2
          d = normalTailCost((l2 / c - l1) / Math.sqrt(6.8 * Math.max(1, mean)))
        }
        const total = prev + d - Math.log(p)
        if (total < best) {
          best = total
          arg = s
        }
      })
      cost[i * (m + 1) + j] = best
      back[i * (m + 1) + j] = arg
    }
  }
  const out: Align[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const shape = SHAPES[back[i * (m + 1) + j] ?? -1]
    if (shape === undefined) break
    const [a, b] = shape
    out.push([range(i - a, i), range(j - b, j)])
    i -= a
    j -= b
  }
  return out.reverse()
}
