import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { model1ToIds, type Model1Direction, type WordModel1Direction } from '../../src/align/lexical/model1.js'
import { trainCorpusLexicon } from '../../src/align/lexical/trainCorpusLexicon.js'
import { WordIds } from '../../src/align/lexical/tokenizeWords.js'

const pud = (language: string): string[] =>
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pud', `${language}.tsv`), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.slice(line.indexOf('\t') + 1))

/** The conversion as it was: every partner of every word of the side looked up by `idOf`, one at a time. */
function partnerByPartner(d: WordModel1Direction, given: WordIds, emitted: WordIds): Map<number, Array<[number, number]>> {
  const table = new Map<number, Array<[number, number]>>()
  given.words().forEach((w, id) => {
    const list: Array<[number, number]> = []
    for (const [f, p] of d.table.get(w) ?? []) {
      const fid = emitted.idOf(f)
      if (fid !== undefined) list.push([fid, p])
    }
    if (list.length > 0) table.set(id, list.sort((x, y) => x[0] - y[0]))
  })
  return table
}

const asLists = (d: Model1Direction): Map<number, Array<[number, number]>> =>
  new Map([...d.table].map(([id, out]) => [id, Array.from(out.ids, (f, r): [number, number] => [f, out.probs[r] ?? 0])]))

/** A model learned on the first 400 PUD sentences of English and a language, as the pipeline's lexicons are. */
function learned(language: string): { lexicon: NonNullable<ReturnType<typeof trainCorpusLexicon>>; en: string[]; other: string[] } {
  const en = pud('en').slice(0, 400)
  const other = pud(language).slice(0, 400)
  const lexicon = trainCorpusLexicon([{ source: en, target: other, beads: en.map((_, k) => ({ source: [k], target: [k], score: 0, confidence: 1 })) }])
  if (lexicon?.model === undefined) throw new Error(`no model learned for en-${language}`)
  return { lexicon, en, other }
}

describe('a word model as the ids of one pair of sentence groups (model1ToIds)', () => {
  for (const language of ['de', 'zh', 'ko']) {
    it(`gives every partner the look-up one at a time gave, on PUD en-${language} groups of 1 to 6 sentences`, () => {
      const { lexicon } = learned(language)
      const model = lexicon.model!
      let converted = 0
      let words = 0
      for (let at = 400; at < 460; at += 6) {
        for (const size of [1, 3, 6]) {
          const sourceIds = new WordIds()
          const targetIds = new WordIds()
          for (const text of pud('en').slice(at, at + size)) sourceIds.encode(text)
          for (const text of pud(language).slice(at, at + size)) targetIds.encode(text)
          const ids = model1ToIds(model, sourceIds, targetIds)
          expect(asLists(ids.forward)).toEqual(partnerByPartner(model.forward, sourceIds, targetIds))
          expect(asLists(ids.backward)).toEqual(partnerByPartner(model.backward, targetIds, sourceIds))
          converted += ids.forward.table.size + ids.backward.table.size
          words += sourceIds.words().length + targetIds.words().length
        }
      }
      // The tables compared hold the partners the model learned, not two empty ones: words of the groups, on either
      // side, met in the 400 sentences the model learned from keep a partner (en-de 65 %, en-zh 76 %, en-ko 41 %).
      expect(converted).toBeGreaterThan(0.3 * words)
    })
  }

  it('keys the partners of a word once per model, not again for every sentence group it is converted for', () => {
    const { lexicon } = learned('de')
    const model = lexicon.model!
    const group = (from: number): { s: WordIds; t: WordIds } => {
      const s = new WordIds()
      const t = new WordIds()
      for (const text of pud('en').slice(from, from + 2)) s.encode(text)
      for (const text of pud('de').slice(from, from + 2)) t.encode(text)
      return { s, t }
    }
    // Once to key the partners, then the same sentences again with their look-ups counted.
    const first = group(500)
    model1ToIds(model, first.s, first.t)
    const again = group(500)
    let keyed = 0
    let byKey = 0
    const count = (ids: WordIds): WordIds =>
      Object.assign(Object.create(ids) as WordIds, {
        idOf: (word: string): number | undefined => {
          keyed++
          return ids.idOf(word)
        },
        idOfKey: (key: string): number | undefined => {
          byKey++
          return ids.idOfKey(key)
        },
      })
    const converted = model1ToIds(model, count(again.s), count(again.t))
    const partners = (d: WordModel1Direction, ids: WordIds): number => ids.words().reduce((n, w) => n + (d.table.get(w)?.length ?? 0), 0)
    expect(converted.forward.table.size).toBeGreaterThan(10)
    expect(keyed).toBe(0)
    expect(byKey).toBeLessThanOrEqual(partners(model.forward, again.s) + partners(model.backward, again.t))
  })
})
