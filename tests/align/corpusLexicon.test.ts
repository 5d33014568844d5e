import { describe, expect, it } from 'vitest'
import { InputError, Lexicon, alignBitext, alignBitextCorpus, tokenizeWords, trainCorpusLexicon } from '../../src/index.js'
import { rng } from '../../scripts/align/synthetic.js'

/**
 * Short document pairs of a made-up language pair: every sentence has the same length (five-letter words, 4 to
 * 6 a sentence), so length cannot tell neighbours apart, while each source word always has the same translation.
 * Every document is too short (18 sentences) for the pair-local lexical pass; together they are not.
 */
function documents(count: number): Array<{ source: string[]; target: string[]; gold: Set<string> }> {
  const random = rng(11)
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const cyr = 'абвгдежзиклмнопрстуфхцчшщ'
  const word = (alphabet: string): string => Array.from({ length: 5 }, () => alphabet[Math.floor(random() * alphabet.length)] ?? 'a').join('')
  const vocab = Array.from({ length: 120 }, () => [word(letters), word(cyr)] as const)
  return Array.from({ length: count }, () => {
    const source: string[] = []
    const target: string[] = []
    const gold = new Set<string>()
    for (let k = 0; k < 18; k++) {
      const u = Array.from({ length: 4 + Math.floor(random() * 3) }, () => vocab[Math.floor(random() * vocab.length)] ?? ['a', 'б'])
      const s = `${u.map((w) => w[0]).join(' ')}.`
      const t = `${u.map((w) => w[1]).join(' ')}.`
      if (k === 7) {
        gold.add(`${source.length}|`)
        source.push(s)
      } else {
        gold.add(`${source.length}|${target.length}`)
        source.push(s)
        target.push(t)
      }
    }
    return { source, target, gold }
  })
}

const exact = (beads: ReadonlyArray<{ source: number[]; target: number[] }>, gold: Set<string>): number =>
  beads.filter((b) => gold.has(`${b.source.join(',')}|${b.target.join(',')}`)).length

describe('Lexicon', () => {
  const lexicon = new Lexicon([['house', 'haus'], ['red', 'rot'], ['garden', 'garten']], { p1: 0.7, p0: 0.05 })

  it('scores segments whose words translate each other above 0.5 and unrelated ones below', () => {
    expect(lexicon.score('The red house.', 'Das rote Haus ist rot.')).toBeGreaterThan(0.9)
    expect(lexicon.score('The red house.', 'Der Garten.')).toBeLessThan(0.1)
    expect(lexicon.score('Nothing known.', 'Nichts bekannt.')).toBe(0.5)
  })

  it('counts linked and matched words on both sides', () => {
    const evidence = lexicon.compare(tokenizeWords('red house garden'), tokenizeWords('rot haus'))
    expect(evidence).toMatchObject({ linked: 5, matched: 4 })
    expect(evidence.logLikelihoodRatio).toBeCloseTo(4 * Math.log(0.7 / 0.05) + Math.log(0.3 / 0.95), 6)
  })

  it('round-trips through its text form, rates included', () => {
    const again = Lexicon.parse(lexicon.toText())
    expect(again.pairs()).toEqual(lexicon.pairs())
    expect(again.p1).toBeCloseTo(0.7, 4)
    expect(again.p0).toBeCloseTo(0.05, 4)
  })

  it('rejects a line without a tab and a file without pairs with a typed error', () => {
    expect(() => Lexicon.parse('house haus\n', 'de.lex')).toThrow(InputError)
    expect(() => Lexicon.parse('# only a comment\n', 'de.lex')).toThrow(/no word pair/u)
  })
})

describe('corpus-level word model', () => {
  const docs = documents(12)

  it('learns word links from the confident beads of many short documents', () => {
    const pairs = docs.map((d) => ({ ...d, beads: alignBitext(d.source, d.target) }))
    const lexicon = trainCorpusLexicon(pairs)
    expect(lexicon).toBeDefined()
    const first = docs[0]!
    expect(lexicon!.score(first.source[0]!, first.target[0]!)).toBeGreaterThan(0.9)
    expect(lexicon!.score(first.source[0]!, first.target[5]!)).toBeLessThan(0.5)
    expect(trainCorpusLexicon(pairs.slice(0, 1))).toBeUndefined()
  })

  it('aligns short documents better with the corpus lexicon than each on its own', () => {
    const perPair = docs.reduce((n, d) => n + exact(alignBitext(d.source, d.target), d.gold), 0)
    const { beads, lexicon } = alignBitextCorpus(docs)
    const corpus = docs.reduce((n, d, k) => n + exact(beads[k] ?? [], d.gold), 0)
    const total = docs.reduce((n, d) => n + d.gold.size, 0)
    expect(lexicon).toBeDefined()
    expect(corpus).toBeGreaterThan(perPair)
    expect(corpus / total).toBeGreaterThan(0.95)
  })

  it('uses a given lexicon in a single pass', () => {
    const { lexicon } = alignBitextCorpus(docs)
    const again = alignBitextCorpus(docs.slice(0, 2), { lexicon })
    expect(again.lexicon).toBe(lexicon)
    expect(exact(again.beads[0] ?? [], docs[0]!.gold)).toBe(docs[0]!.gold.size)
  })
})
