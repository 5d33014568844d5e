import { describe, expect, it } from 'vitest'
import { alignBitext } from '../../src/align/alignBitext.js'
import { UsageError } from '../../src/errors/UsageError.js'
import { cipherUnits, perturb } from '../../scripts/align/synthetic.js'

const english = [
  'The company was founded in 1998 by Dianna Booher in Dallas.',
  'It offers seminars on business writing and customer service.',
  'Why does customer service matter so much?',
  'Customers have more choices than ever before and feel less loyal.',
  'They want products quickly, cheaply and from anyone who will deliver them.',
  'Visit www.booherconsultants.com for the full list of offerings.',
  'What is your definition of good customer service?',
  'Good service is not enough.',
  'It has to be superior, unexpected service (the WOW kind).',
  'How do you measure it?',
  'There are many ways, as many as there are businesses.',
  'Evaluation costs time and money, but it is worth it.',
]

const key = (b: { source: number[]; target: number[] }): string => `${b.source.join(',')}:${b.target.join(',')}`

describe('alignBitext', () => {
  it.each([
    ['both sides empty', [], [], []],
    ['empty target', ['a', 'b'], [], ['0:', '1:']],
    ['empty source', [], ['a'], [':0']],
  ])('handles %s', (_name, source: string[], target: string[], expected: string[]) => {
    expect(alignBitext(source, target).map(key)).toEqual(expected)
  })

  it('aligns a cipher translation into another script one to one', () => {
    const units = cipherUnits(english, 3)
    const beads = alignBitext(units.map((u) => u[0]), units.map((u) => u[1]))
    expect(beads.map(key)).toEqual(english.map((_, i) => `${i}:${i}`))
  })

  it('recovers merges, splits and deletions known by construction', () => {
    const units = cipherUnits([...english, ...english.map((s) => s.replace(/\./g, '!'))], 5)
    const pair = perturb(units, 11, { deletion: 0.05, insertion: 0, merge: 0.1, split: 0.1, swap: 0 })
    const beads = alignBitext(pair.source, pair.target)
    const gold = new Set(pair.gold.map(key))
    const correct = beads.filter((b) => gold.has(key(b))).length
    expect(correct / pair.gold.length).toBeGreaterThan(0.8)
  })

  it('keeps blank lines as items', () => {
    const beads = alignBitext(['One.', '', 'Two?'], ['Бір.', '', 'Екі?'])
    expect(beads.flatMap((b) => b.source)).toEqual([0, 1, 2])
    expect(beads.flatMap((b) => b.target)).toEqual([0, 1, 2])
  })

  it('gives the same path with the banded coarse-to-fine search as with the exact DP on clean data', () => {
    const many = Array.from({ length: 12 }, () => english).flat()
    const units = cipherUnits(many, 9)
    const s = units.map((u) => u[0])
    const t = units.map((u) => u[1])
    const exact = alignBitext(s, t, { exactLimit: 1e9 }).map(key)
    const banded = alignBitext(s, t, { exactLimit: 100, bandWidth: 8 }).map(key)
    expect(banded).toEqual(exact)
  })

  it('uses a similarity plug-in when given one', () => {
    const source = ['a', 'b', 'c']
    const target = ['x', 'y', 'z']
    const beads = alignBitext(source, target, {
      maxBead: 1,
      scorer: { similarity: (s, t) => (s[0] === 'a' && t[0] === 'y') || (s[0] === 'b' && t[0] === 'z') ? 1 : 0 },
      weights: { similarity: 40 },
    })
    expect(beads.some((b) => key(b) === '0:1')).toBe(true)
    expect(beads.some((b) => key(b) === '1:2')).toBe(true)
  })

  it.each([0, 5, 1.5])('rejects maxBead %s with a UsageError', (maxBead) => {
    expect(() => alignBitext(['a'], ['b'], { maxBead })).toThrow(UsageError)
  })
})
