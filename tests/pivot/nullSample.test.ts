import { describe, expect, it } from 'vitest'
import { groupFamilies } from '../../src/index.js'
import type { FamilyCandidate, PairVerdict } from '../../src/index.js'

function verdict(a: string, b: string, score: number, sharedText?: number): PairVerdict {
  return { a: a < b ? a : b, b: a < b ? b : a, score, parallel: score >= 0.5, reasons: [], ...(sharedText === undefined ? {} : { sharedText }) }
}

/**
 * A folder of `pages` English–French pages, one English page with a revision and a German translation, and that
 * page's French translation, which the first round scores too low to place (0.1 with each). The second round reads
 * the French page's fit (0.4 with both English versions) against the unrelated English–French pairs, one per English
 * page in a family: every language pair read has at least the four a language pair needs.
 */
function decide(pages: number) {
  const ids = Array.from({ length: pages }, (_, i) => `p${i}`)
  const documents: FamilyCandidate[] = [
    ...ids.flatMap((p) => [{ id: `${p}-en`, language: 'eng' }, { id: `${p}-fr`, language: 'fra' }]),
    { id: 'x-en', language: 'eng' }, { id: 'x-en2', language: 'eng' }, { id: 'x-de', language: 'deu' }, { id: 'x-fr', language: 'fra' },
  ]
  const verdicts = [
    ...ids.map((p) => verdict(`${p}-en`, `${p}-fr`, 0.9)),
    verdict('x-en', 'x-en2', 0.95, 1), verdict('x-de', 'x-en', 0.9), verdict('x-de', 'x-en2', 0.9),
    verdict('x-fr', 'x-en', 0.1), verdict('x-fr', 'x-en2', 0.1), verdict('x-fr', 'x-de', 0.1),
  ]
  const lengthOf = (): number => 1000
  const plan = groupFamilies(documents, verdicts, { secondRound: { lengthOf } }).pending!
  // Each page's own pair 0.9, the French page 0.4 with both English versions of its page, unrelated pairs 0.1 to 0.3
  // (each a little higher than the one before), any other pair 0.05.
  const nulls = plan.nulls.map(([a, b]) => `${a}\u0000${b}`)
  const own = (a: string, b: string): boolean => a.split('-')[0] === b.split('-')[0]
  const scoreOf = (a: string, b: string): number => {
    const n = nulls.indexOf(`${a}\u0000${b}`)
    if (n >= 0) return 0.1 + (0.2 * n) / nulls.length
    return !own(a, b) ? 0.05 : a.startsWith('x') ? 0.4 : 0.9
  }
  const scores = new Map(plan.pairs.map(([a, b]) => [`${a}\u0000${b}`, scoreOf(a, b)] as const))
  const decided = groupFamilies(documents, verdicts, { secondRound: { lengthOf, scores } })
  return { nulls: plan.nulls.length, family: decided.families.find((f) => f.documents.includes('x-fr'))!.documents }
}

describe('the second round\'s join bar', () => {
  it('is not read from fewer than eight unrelated pairs, whose top is one pair that scored high by chance', () => {
    const few = decide(4)
    expect(few.nulls).toBe(6)
    expect(few.family).toEqual(['x-fr'])
  })

  it('places the translation once eight unrelated pairs say what unrelated pages score', () => {
    const enough = decide(6)
    expect(enough.nulls).toBe(8)
    expect(enough.family).toEqual(['x-de', 'x-en', 'x-en2', 'x-fr'])
  })
})
