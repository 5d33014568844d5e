import { describe, expect, it } from 'vitest'
import { integerRuns } from '../../src/util/integerRuns.js'

describe('integerRuns', () => {
  it('sorts the values and joins consecutive ones, leaving the input as it was', () => {
    const values = [9, 5, 1, 2, 4, 7]
    expect(integerRuns(values)).toEqual([[1, 2], [4, 5], [7, 7], [9, 9]])
    expect(values).toEqual([9, 5, 1, 2, 4, 7])
  })
  it('gives nothing for nothing and one run for one value', () => {
    expect(integerRuns([])).toEqual([])
    expect(integerRuns([3])).toEqual([[3, 3]])
  })
})
