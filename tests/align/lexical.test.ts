import { describe, expect, it } from 'vitest'
import { alignBitext } from '../../src/align/alignBitext.js'
import { WordIds, tokenizeWords } from '../../src/align/lexical/tokenizeWords.js'
import { trainLexicon } from '../../src/align/lexical/trainLexicon.js'
import { LexicalTable, lexicalItemCost, lexicalRates } from '../../src/align/signals/lexicalCost.js'
import { fullBand } from '../../src/align/dp/Band.js'
import { rng } from '../../scripts/align/synthetic.js'


/**
 * A pair whose sentences all have the same length (every word 5 letters, 4 to 6 words a sentence), so length
 * barely tells neighbours apart, but each source word always translates to the same target word.
 */
function equalLengthPair(n: number): { source: string[]; target: string[]; gold: Set<string> } {
  const random = rng(7)
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const cyr = 'абвгдежзиклмнопрстуфхцчшщ'
  const word = (alphabet: string): string => Array.from({ length: 5 }, () => alphabet[Math.floor(random() * alphabet.length)] ?? 'a').join('')
  const vocab = Array.from({ length: 150 }, () => [word(letters), word(cyr)] as const)
  const units = Array.from({ length: n }, () =>
    Array.from({ length: 4 + Math.floor(random() * 3) }, () => vocab[Math.floor(random() * vocab.length)] ?? ['a', 'б']),
  )
  const source: string[] = []
  const target: string[] = []
  const gold = new Set<string>()
  units.forEach((u, k) => {
    const s = `${u.map((w) => w[0]).join(' ')}.`
    const t = `${u.map((w) => w[1]).join(' ')}.`
    if (k % 17 === 5) {
      gold.add(`${source.length}|`)
      source.push(s) // deleted on the target side
    } else if (k % 17 === 11) {
      gold.add(`|${target.length}`)
      target.push(t) // inserted on the target side
    } else {
      gold.add(`${source.length}|${target.length}`)
      source.push(s)
      target.push(t)
    }
  })
  return { source, target, gold }
}

function exactShare(beads: ReturnType<typeof alignBitext>, gold: Set<string>): number {
  return beads.filter((b) => gold.has(`${b.source.join(',')}|${b.target.join(',')}`)).length / gold.size
}

describe('tokenizeWords', () => {
  it('lower-cases, keeps distinct words with a letter, and splits scripts without spaces', () => {
    expect(tokenizeWords('The cat, the CAT and 42 dogs!')).toEqual(['the', 'cat', 'and', 'dogs'])
    expect(tokenizeWords('ภาษาไทยง่ายนิดเดียว').length).toBeGreaterThan(1)
  })

  it('encodes words to sorted ids shared across items', () => {
    const ids = new WordIds()
    const a = ids.encode('b a')
    const b = ids.encode('a c')
    expect([...a]).toEqual([0, 1])
    expect(b).toContain(a[1] === 1 ? 1 : 0)
    expect(ids.size).toBe(3)
  })
})

describe('trainLexicon and lexicalCost', () => {
  const { source, target } = equalLengthPair(120)
  const sIds = new WordIds()
  const tIds = new WordIds()
  const S = source.map((t) => sIds.encode(t))
  const T = target.map((t) => tIds.encode(t))
  // Training beads: the first 60 items before the first perturbation are 1-1 (k < 5), then offsets shift; use
  // the true pairs of the generator's first block only.
  const training: Array<[number, number]> = [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]]
  for (let k = 0; k < 40; k++) training.push([k, k])

  it('links words that co-occur in the training beads and estimates p1 > p0', () => {
    const lex = trainLexicon(S, T, training.slice(0, 5).concat(pairsFrom(source.length)), { minCount: 2 })
    expect(lex).toBeDefined()
    expect((lex?.sourceLinks.size ?? 0)).toBeGreaterThan(10)
    expect((lex?.p1 ?? 0)).toBeGreaterThan((lex?.p0 ?? 1) * 3)
  })

  it('costs translations below unrelated pairs', () => {
    const rates = lexicalRates(0.6, 0.05)
    expect(rates.match).toBeLessThan(0)
    expect(rates.miss).toBeGreaterThan(0)
    expect(lexicalItemCost(10, 8, rates)).toBeLessThan(0)
    expect(lexicalItemCost(10, 0, rates)).toBeGreaterThan(0)
    expect(lexicalItemCost(3, 9, rates)).toBeCloseTo(3 * rates.match)
    const lex = trainLexicon(S, T, pairsFrom(source.length))
    if (lex === undefined) throw new Error('no lexicon')
    const table = new LexicalTable(fullBand(S.length, T.length), 3, 3, S, T, lex)
    expect(table.cost(0, 1, 0, 1)).toBeLessThan(0)
    expect(table.cost(0, 1, 3, 4)).toBeGreaterThan(0)
  })
})

/** The true 1-1 pairs of {@link equalLengthPair} before its first perturbation (k = 0 … 4). */
function pairsFrom(_n: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (let k = 0; k < 5; k++) out.push([k, k])
  // After k = 5 (deleted on the target side) source k ↔ target k - 1 up to k = 10.
  for (let k = 6; k < 11; k++) out.push([k, k - 1])
  return out
}

describe('lexical pass in alignBitext', () => {
  it('fixes an alignment that length alone cannot settle', () => {
    const { source, target, gold } = equalLengthPair(200)
    const without = exactShare(alignBitext(source, target, { signals: ['length', 'anchors', 'shape', 'structure'] }), gold)
    const withLexical = exactShare(alignBitext(source, target), gold)
    expect(withLexical).toBeGreaterThan(without)
    expect(withLexical).toBeGreaterThanOrEqual(0.95)
  })

  it('stays off for short pairs (too few confident beads to learn from)', () => {
    const { source, target } = equalLengthPair(20)
    expect(alignBitext(source, target)).toEqual(alignBitext(source, target, { signals: ['length', 'anchors', 'shape', 'structure', 'similarity'] }))
  })
})
