import { describe, expect, it } from 'vitest'
import { anchorGroups } from '../../src/align/costModel.js'

/** Ids of items drawn from a seeded generator: some items with none, some with a handful, some with hundreds (a coarse level's blocks). */
function items(count: number, seed: number): Int32Array[] {
  let x = seed
  const next = (): number => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  return Array.from({ length: count }, () => {
    const kind = next()
    const n = kind < 0.3 ? 0 : kind < 0.8 ? Math.floor(next() * 5) : 40 + Math.floor(next() * 400)
    return Int32Array.from(Array.from({ length: n }, () => Math.floor(next() * 1000))).sort()
  })
}

describe('anchorGroups', () => {
  it('holds every group of consecutive items as the sorted union (with repeats) of their ids, small or large', () => {
    const ids = items(60, 7)
    for (const size of [1, 2, 3, 4]) {
      const groups = anchorGroups(ids, size)
      for (let end = size; end <= ids.length; end++) {
        const expected = ids.slice(end - size, end).flatMap((a) => [...a]).sort((a, b) => a - b)
        expect([...groups.ids.subarray(groups.offsets[end], groups.offsets[end + 1])]).toEqual(expected)
      }
      // A large group (over the insertion-sort limit) was met at least once.
      expect(Math.max(...Array.from({ length: ids.length - size + 1 }, (_, k) => groups.offsets[k + size + 1]! - groups.offsets[k + size]!))).toBeGreaterThan(64)
    }
  })
})
