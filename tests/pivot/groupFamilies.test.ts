import { describe, expect, it } from 'vitest'
import { findFamilies, groupFamilies } from '../../src/index.js'
import type { PairVerdict } from '../../src/index.js'

function verdict(a: string, b: string, score: number): PairVerdict {
  return { a: a < b ? a : b, b: a < b ? b : a, score, parallel: score >= 0.5, reasons: [] }
}

const docs = [
  { id: 'a-en', language: 'eng' }, { id: 'a-de', language: 'deu' }, { id: 'a-th', language: 'tha' },
  { id: 'b-en', language: 'eng' }, { id: 'b-de', language: 'deu' }, { id: 'b-th', language: 'tha' },
]

describe('groupFamilies', () => {
  it('does not chain two articles of one template through a false verdict, where connected components do', () => {
    const verdicts = [
      verdict('a-en', 'a-de', 0.9), verdict('a-en', 'a-th', 0.85), verdict('a-de', 'a-th', 0.8),
      verdict('b-en', 'b-de', 0.9), verdict('b-en', 'b-th', 0.88), verdict('b-de', 'b-th', 0.86),
      verdict('a-th', 'b-de', 0.62), verdict('a-en', 'b-th', 0.55),
    ]
    expect(findFamilies(docs.map((d) => d.id), verdicts)).toHaveLength(1)
    const { families } = groupFamilies(docs, verdicts)
    expect(families.map((f) => f.documents)).toEqual([['a-de', 'a-en', 'a-th'], ['b-de', 'b-en', 'b-th']])
    expect(families[0]!.confidence).toBeCloseTo((0.9 + 0.85 + 0.8) / 3, 4)
  })

  it('keeps one document per language unless the two are parallel to each other (a revision), and says so', () => {
    const revision = [...docs, { id: 'a-en-2', language: 'eng' }]
    const close = [verdict('a-en', 'a-de', 0.9), verdict('a-en-2', 'a-de', 0.9), verdict('a-en', 'a-en-2', 0.95)]
    const together = groupFamilies(revision, close)
    expect(together.families[0]!.documents).toEqual(['a-de', 'a-en', 'a-en-2'])
    expect(together.sameLanguage).toEqual([{ family: 'family-1', language: 'eng', documents: ['a-en', 'a-en-2'] }])
    const apart = groupFamilies(revision, [verdict('a-en', 'a-de', 0.9), verdict('a-en-2', 'a-de', 0.85), verdict('a-en', 'a-en-2', 0.4)])
    expect(apart.families.find((f) => f.documents.includes('a-en-2'))!.alone).toBe(true)
    expect(apart.leftOut.get('a-en-2')).toBe('a-de (0.85) belongs to family-1, which fits it at 0.63 on average over 2 judged pairs and has a-en in the same language, which the family fits at 0.90 on average over 1 judged pair')
  })

  it('lets a damaged translation join the family it fits clearly best, below the threshold, one per language', () => {
    const verdicts = [
      verdict('a-en', 'a-de', 0.9), verdict('b-en', 'b-de', 0.9),
      verdict('a-th', 'a-en', 0.42), verdict('a-th', 'a-de', 0.38), verdict('a-th', 'b-en', 0.1), verdict('a-th', 'b-de', 0.12),
      verdict('b-th', 'b-en', 0.35), verdict('b-th', 'b-de', 0.3), verdict('b-th', 'a-en', 0.28), verdict('b-th', 'a-de', 0.27),
    ]
    const { families, leftOut } = groupFamilies(docs, verdicts)
    expect(families.find((f) => f.documents.includes('a-th'))!.documents).toEqual(['a-de', 'a-en', 'a-th'])
    // b-th fits b no better than a: it stays alone rather than be guessed into a family, and says so.
    expect(families.find((f) => f.documents.includes('b-th'))!.alone).toBe(true)
    expect(leftOut.get('b-th')).toMatch(/family-2 fits it best \(mean score 0\.3\d over 2 judged pairs\), but family-1 fits it almost as well \(0\.28\)/)
    expect(leftOut.has('a-th')).toBe(false)
  })

  it('says when a lone translation fits a family that has a better one in its language', () => {
    const second = [...docs, { id: 'a-th-2', language: 'tha' }]
    const verdicts = [
      verdict('a-en', 'a-de', 0.9), verdict('a-en', 'a-th', 0.8), verdict('a-de', 'a-th', 0.8),
      verdict('a-th-2', 'a-en', 0.45), verdict('a-th-2', 'a-de', 0.4), verdict('a-th-2', 'a-th', 0.45),
    ]
    const { families, leftOut } = groupFamilies(second, verdicts)
    expect(families.find((f) => f.documents.includes('a-th-2'))!.alone).toBe(true)
    // Both figures the decision read: how well the family fits the lone document, and its own Thai translation.
    expect(leftOut.get('a-th-2')).toBe('family-1 fits it best (mean score 0.43 over 3 judged pairs), but has a-th in the same language, which it fits at 0.80 on average over 2 judged pairs')
  })
})
