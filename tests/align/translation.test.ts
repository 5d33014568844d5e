import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Lexicon, alignBitextCorpus } from '../../src/index.js'
import { trainModel1 } from '../../src/align/lexical/model1.js'
import { WordIds } from '../../src/align/lexical/tokenizeWords.js'
import { TranslationTable } from '../../src/align/signals/translationCost.js'
import { fullBand } from '../../src/align/dp/Band.js'

/** Sentence pairs of a tiny made-up language pair: each source word has one translation, word order shuffled. */
const PAIRS: Array<[string, string]> = [
  ['red house', 'haus rot'],
  ['red garden', 'garten rot'],
  ['big house', 'haus gross'],
  ['big garden', 'gross garten'],
  ['old house near garden', 'alt haus garten nahe'],
  ['old red car', 'auto rot alt'],
  ['big car', 'gross auto'],
  ['near the car', 'nahe auto'],
]

function encoded(pairs: ReadonlyArray<readonly [string, string]>): { s: Int32Array[]; t: Int32Array[]; sIds: WordIds; tIds: WordIds } {
  const sIds = new WordIds()
  const tIds = new WordIds()
  return { s: pairs.map((p) => sIds.encode(p[0])), t: pairs.map((p) => tIds.encode(p[1])), sIds, tIds }
}

describe('IBM Model 1', () => {
  const { s, t, sIds, tIds } = encoded(PAIRS)
  const model = trainModel1(s, t, PAIRS.map((_, k): [number, number] => [k, k]))
  if (model === undefined) throw new Error('no model trained')
  const best = (word: string, ids: WordIds, other: WordIds, table: typeof model.forward.table): string | undefined => {
    const out = table.get(ids.idOf(word) ?? -1)
    if (out === undefined) return undefined
    let k = 0
    out.probs.forEach((p, r) => (k = p > (out.probs[k] ?? 0) ? r : k))
    return other.words()[out.ids[k] ?? -1]
  }
  const key = (ids: WordIds, word: string): string | undefined => ids.words()[ids.idOf(word) ?? -1]

  it('learns each word its translation, in both directions, from co-occurrence alone', () => {
    for (const [a, b] of [['red', 'rot'], ['house', 'haus'], ['garden', 'garten'], ['big', 'gross'], ['car', 'auto']]) {
      expect(best(a ?? '', sIds, tIds, model.forward.table)).toBe(key(tIds, b ?? ''))
      expect(best(b ?? '', tIds, sIds, model.backward.table)).toBe(key(sIds, a ?? ''))
    }
  })

  it('scores a true pair below 0 nats, an unrelated pair above 0, and a merge that keeps the words in between', () => {
    const items: Array<[string, string]> = [['red house', 'haus rot'], ['big car', 'gross auto']]
    const { s: si, t: ti } = { s: items.map((p) => sIds.encode(p[0])), t: items.map((p) => tIds.encode(p[1])) }
    const table = new TranslationTable(fullBand(2, 2), 2, 2, si, ti, model)
    expect(table.cost(0, 1, 0, 1)).toBeLessThan(0)
    expect(table.cost(1, 2, 1, 2)).toBeLessThan(0)
    expect(table.cost(0, 1, 1, 2)).toBeGreaterThan(0)
    // Both sources against both targets: the words still translate, but each target word has twice the source words to come from.
    const merged = table.cost(0, 2, 0, 2)
    expect(merged).toBeLessThan(0)
    expect(merged).toBeGreaterThan(table.cost(0, 1, 0, 1) + table.cost(1, 2, 1, 2))
  })
})

/**
 * Eight Hindi–Chinese article pairs built from PUD sentences (tests/fixtures/pud-corpus, README there): paragraphs
 * of four sentences, about one target sentence in eight deleted; `gold.tsv` gives each Hindi sentence's Chinese one.
 */
describe('the translation model of a corpus lexicon', () => {
  const rows = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pud-corpus', 'gold.tsv'), 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split('\t'))
  const pairs = [...new Set(rows.map((r) => r[0] ?? ''))].map((article) => {
    const source: string[] = []
    const target: string[] = []
    const gold = new Set<string>()
    for (const [a, hi, zh] of rows) {
      if (a !== article) continue
      gold.add(zh === undefined || zh === '' ? `${source.length}|` : `${source.length}|${target.length}`)
      source.push(hi ?? '')
      if (zh !== undefined && zh !== '') target.push(zh)
    }
    return { source, target, gold }
  })
  const right = (beads: ReadonlyArray<ReadonlyArray<{ source: number[]; target: number[] }>>): number =>
    beads.reduce((n, list, k) => n + list.filter((b) => pairs[k]?.gold.has(`${b.source.join(',')}|${b.target.join(',')}`)).length, 0)

  it('is learned with the lexicon and finds more right beads than the lexicon alone', () => {
    const input = pairs.map((p) => ({ source: p.source, target: p.target }))
    const withModel = alignBitextCorpus(input)
    const without = alignBitextCorpus(input, { signals: ['length', 'anchors', 'shape', 'structure', 'lexical', 'cognates'] })
    expect(withModel.lexicon?.model?.forward.table.size).toBeGreaterThan(100)
    expect(right(withModel.beads)).toBeGreaterThan(right(without.beads))
  })
})

describe('word keys', () => {
  it('let a lexicon link inflected forms of the words it was given, in every script', () => {
    const lexicon = new Lexicon([['pemerintah', 'правительство'], ['Denver', 'Денвер']])
    expect(lexicon.compare(['pemerintahan'], ['правительства']).matched).toBe(2)
    expect(lexicon.compare(['denverde'], ['денвердегі']).matched).toBe(2)
    expect(lexicon.compare(['pemilu'], ['правительства']).matched).toBe(0)
  })
})
