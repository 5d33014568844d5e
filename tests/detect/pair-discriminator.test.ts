import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/detect/index.js'
import { profilePairs } from '../../src/detect/languageProfiles.js'
import { discriminatePairs, pairFeatures, pairScore } from '../../src/detect/pairDiscriminator.js'
import type { PairDiscriminatorData } from '../../src/detect/pairDiscriminator.js'
import { fitPairCombination, pairFeatureModel } from '../../scripts/langid/pairs.js'
import type { PairSample } from '../../scripts/langid/pairs.js'
import type { SourceFile } from '../../scripts/langid/corpus.js'

const toy: PairDiscriminatorData = { languages: ['zsm', 'ind'], features: { kerana: 4, karena: -4, '-iti': 2, '-tas': -2 }, profileWeight: 0.1, featureWeight: 0.5, bias: 0 }

describe('pair discriminator', () => {
  it('counts each word and each ending of a long word once', () => {
    expect(pairFeatures('Universiti itu ditutup kerana kerana banjir')).toEqual(['universiti', '-iti', 'itu', 'ditutup', '-tup', 'kerana', '-ana', 'banjir', '-jir'])
  })

  it('scores spelling pairs and word endings with opposite signs', () => {
    expect(pairScore('Universiti ditutup kerana banjir.', toy)).toBe(6)
    expect(pairScore('Universitas ditutup karena banjir.', toy)).toBe(-6)
  })

  it('re-splits only the two languages of the pair and keeps their total', () => {
    const posterior = new Map([['zsm', 0.3], ['ind', 0.5], ['sun', 0.2]])
    const out = discriminatePairs(posterior, 'Universiti ditutup kerana banjir.', [toy])
    expect(out.get('sun')).toBe(0.2)
    expect((out.get('zsm') ?? 0) + (out.get('ind') ?? 0)).toBeCloseTo(0.8, 10)
    expect(out.get('zsm') ?? 0).toBeGreaterThan(out.get('ind') ?? 0)
    expect(discriminatePairs(new Map([['zsm', 1]]), 'kerana', [toy]).get('zsm')).toBe(1)
  })

  it('ships a Malay–Indonesian discriminator whose features include the classic spelling pairs', () => {
    const pair = profilePairs().find((p) => p.languages.join() === 'zsm,ind')
    expect(pair).toBeDefined()
    for (const [malay, indonesian] of [['kerana', 'karena'], ['bahawa', 'bahwa'], ['boleh', 'bisa']] as const) {
      expect(pair?.features[malay] ?? 0).toBeGreaterThan(0)
      expect(pair?.features[indonesian] ?? 0).toBeLessThan(0)
    }
  })

  it('ships informal markers of both languages, learned from informal sources of each', () => {
    const pair = profilePairs().find((p) => p.languages.join() === 'zsm,ind')
    for (const malay of ['nak', 'awak', 'je']) expect(pair?.features[malay] ?? 0).toBeGreaterThan(0.5)
    for (const indonesian of ['gak', 'aja', 'udah', 'kalo', 'banget']) expect(pair?.features[indonesian] ?? 0).toBeLessThan(-0.5)
  })

  it('weighs a word common in one register of both languages at next to nothing, however many sources each register has', () => {
    const file = (iso6393: string, source: string, register: string, lines: string[]): SourceFile => ({ iso6393, source, register, sentences: lines })
    const news = (n: number): string[] => Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? `kepada rakyat berita nombor${n}` : `berita lain nombor${n}`))
    const chat = (word: string, n: number): string[] => Array.from({ length: 20 }, (_, i) => `${word} sembang${n} ${i}`)
    const sources = [
      file('zsm', 'a', 'news', news(1)),
      file('zsm', 'b', 'news', news(2)),
      file('zsm', 'c', 'informal', chat('nak', 3)),
      file('zsm', 'd', 'informal', chat('nak', 4)),
      file('ind', 'e', 'news', news(5)),
      ...[6, 7, 8, 9, 10, 11].map((n) => file('ind', `f${n}`, 'informal', chat('gak', n))),
    ]
    const model = pairFeatureModel(sources, ['zsm', 'ind'], 'Latn')
    expect(Math.abs(model.weights.kepada ?? 0)).toBeLessThan(0.2)
    expect(model.weights.nak ?? 0).toBeGreaterThan(0.5)
    expect(model.weights.gak ?? 0).toBeLessThan(-0.5)
  })

  it('never gives the profiles or the features a negative weight, even where held-out profiles point the wrong way', () => {
    // Held-out predictions whose profile log-odds mostly oppose the truth (the profiles learned a register's words as
    // the other language's) while the feature scores are right: unconstrained, the fit turns the profiles around.
    const samples: PairSample[] = Array.from({ length: 40 }, (_, i) => {
      const truth = i % 2 === 0 ? 1 : 0
      const sign = truth === 1 ? 1 : -1
      const profile = (i % 5 === 0 ? 4 : -4) * sign
      return { source: `${truth === 1 ? 'zsm' : 'ind'}.s${i % 4}`, profile, score: 2 * sign, truth }
    })
    const fit = fitPairCombination(samples)
    expect(fit.profileWeight).toBe(0)
    expect(fit.featureWeight).toBeGreaterThan(0.5)
  })

  it.each([
    ['Kerajaan negeri bersetuju kerana wang itu sahaja tidak mencukupi.', 'zsm'],
    ['Pemerintah daerah setuju karena uang itu saja tidak mencukupi.', 'ind'],
  ])('tells %j apart by its spellings', (text, code) => {
    expect(detectLanguage(text).iso6393).toBe(code)
  })
})
