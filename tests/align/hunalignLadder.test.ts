import { describe, expect, it } from 'vitest'
import { ladderToBeads } from '../../scripts/align/hunalign.js'

describe('ladderToBeads', () => {
  it('turns consecutive rungs into beads, adding the final rung', () => {
    expect(ladderToBeads('0\t0\t0.61\n1\t1\t0.35\n3\t2\t0.40\n3\t3\t0.1\n', 4, 3)).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[], [2]],
      [[3], []],
    ])
  })
})
