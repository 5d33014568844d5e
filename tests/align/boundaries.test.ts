import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { BOUNDARY_MISMATCH, boundaryCost, itemEnd, itemStart, openBoundaries, startsLowercase } from '../../src/align/signals/boundaries.js'
import { alignBitextCorpus } from '../../src/align/alignBitextCorpus.js'
import { alignBitext } from '../../src/align/alignBitext.js'
import { splitPoint } from '../../scripts/align/synthetic.js'

const gold = join(import.meta.dirname, '..', '..', 'data', 'gold', 'public', 'textberg-dev', 'sac1989-a')
const lines = (path: string): string[] => readFileSync(path, 'utf8').replace(/\n$/u, '').split('\n')
const source = lines(`${gold}.src`)
const target = lines(`${gold}.tgt`)
const pud = (language: string): string[] =>
  lines(join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pud', `${language}.tsv`)).map((l) => l.split('\t')[1] ?? '')

describe('sentence-internal boundaries', () => {
  it('reads the edges of a text once: the same sentences aligned again test no character', () => {
    // The sentences of a segment are aligned in every pair and again with the corpus lexicon: the second reading of
    // the same texts (new strings, equal text) gives the same flags without testing a character.
    for (const language of ['de', 'hi', 'ko']) {
      const sentences = pud(language).slice(200, 230)
      const first = openBoundaries(sentences)
      const test = vi.spyOn(RegExp.prototype, 'test')
      try {
        expect(openBoundaries(sentences.map((x) => ` ${x}`.slice(1)))).toEqual(first)
        expect(test).not.toHaveBeenCalled()
      } finally {
        test.mockRestore()
      }
    }
  })

  it('tells how an item ends, closing quotes skipped', () => {
    // A French sentence of the text+berg dev file that the translator cut at a colon, and the clause after it.
    expect(itemEnd(target[90] ?? '')).toBe('clause')
    expect(itemEnd(target[91] ?? '')).toBe('sentence')
    expect(startsLowercase(target[91] ?? '')).toBe(true)
    expect(startsLowercase(target[90] ?? '')).toBe(false)
    // PUD: a German sentence opening with a quote, and a Hindi one ending with a danda.
    const de = pud('de')[0] ?? ''
    expect(de.startsWith('„')).toBe(true)
    expect(startsLowercase(de)).toBe(false)
    expect(itemEnd(pud('hi')[1] ?? '')).toBe('sentence')
  })

  it('opens the cut of a split sentence, in cased and uncased scripts alike', () => {
    for (const language of ['de', 'ru', 'hi', 'ar', 'ko']) {
      const sentences = pud(language).slice(0, 40)
      const at = splitPoint(sentences[5] ?? '')
      expect(at).toBeGreaterThan(0)
      const split = [...sentences.slice(0, 5), (sentences[5] ?? '').slice(0, at), (sentences[5] ?? '').slice(at + 1), ...sentences.slice(6)]
      const open = openBoundaries(split)
      expect(open[6], language).toBe(1)
      // Whole sentences are closed at both ends.
      expect(open[5], language).toBe(0)
      expect(open[0]).toBe(0)
      expect(open[split.length]).toBe(0)
    }
  })

  it('reads nothing into missing sentence marks on a side that does not use them (Thai)', () => {
    const thai = pud('th').slice(0, 40)
    expect(thai.filter((t) => itemEnd(t) === 'sentence').length).toBeLessThan(20)
    expect(openBoundaries(thai).filter((x) => x === 1).length).toBeLessThan(4)
  })

  it('takes a speaker label for a new turn and a lowercase side for one that does not capitalise', () => {
    const interview = lines(join(import.meta.dirname, '..', '..', 'corpus', '000_e0cc6a829b0b0a13.txt')).filter((l) => l.trim() !== '')
    const turn = interview.find((l) => l.startsWith('jr: ')) ?? ''
    expect(itemStart(turn)).toBe('other')
    expect(openBoundaries(['Mengapa membeli barangan yang ditawarkan?', turn])[1]).toBe(0)
    // A side of lowercase letters only (the cipher gold's target): its lowercase starts say nothing.
    const cipher = lines(join(import.meta.dirname, '..', '..', 'data', 'gold', 'synthetic', 'cipher-02.tgt'))
    const lower = cipher.filter((t) => itemStart(t) === 'lower').length
    expect(lower).toBeGreaterThan(cipher.length / 2)
    const open = openBoundaries(cipher)
    const opened = (p: number): boolean => open[p] === 1
    for (let p = 1; p < cipher.length; p++) if (itemEnd(cipher[p - 1] ?? '') === 'sentence') expect(opened(p)).toBe(false)
  })

  it('costs a bead that ends inside a sentence on one side only', () => {
    const open = openBoundaries(target.slice(88, 93))
    const closed = new Uint8Array(open.length)
    expect(open[3]).toBe(1)
    expect(boundaryCost(closed, open, 3, 3)).toBe(BOUNDARY_MISMATCH)
    expect(boundaryCost(open, open, 3, 3)).toBe(0)
    expect(boundaryCost(closed, open, 2, 2)).toBe(0)
  })

  it('keeps the clause a translator cut off with its sentence (text+berg dev: a 1-2 bead, not 1-1 and an insertion)', () => {
    const find = (beads: ReadonlyArray<{ source: number[]; target: number[] }>) => beads.find((b) => b.source.includes(88))
    const corpus = alignBitextCorpus([{ source, target }]).beads[0] ?? []
    expect(find(corpus)?.target).toEqual([90, 91])
    expect(find(alignBitext(source, target))?.target).toEqual([90, 91])
    // Without the signal, the word links of the lexical pass (which cannot link the clause) make it an insertion.
    const without = alignBitextCorpus([{ source, target }], { signals: ['length', 'anchors', 'shape', 'structure', 'lexical', 'cognates', 'translation'] }).beads[0] ?? []
    expect(find(without)?.target).toEqual([90])
  })
})
