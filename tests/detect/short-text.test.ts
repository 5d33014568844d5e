import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/detect/index.js'
import { FRANC_SHORTEST_LETTERS, francTemperature } from '../../src/detect/confidence.js'
import { createProfileScorer, knownWords, PROFILE_MODEL_OPTIONS } from '../../src/detect/languageProfiles.js'
import { buildProfiles } from '../../scripts/langid/profiles.js'
import type { LanguageProfilesData } from '../../src/detect/languageProfiles.js'

describe('franc temperature', () => {
  it('grows as text gets shorter, down to the shortest length, and shrinks for long text', () => {
    expect(francTemperature(50)).toBeGreaterThan(francTemperature(200))
    expect(francTemperature(200)).toBeGreaterThan(francTemperature(5_000))
    expect(francTemperature(5)).toBe(francTemperature(FRANC_SHORTEST_LETTERS))
  })
})

describe('short sentences (written for these tests)', () => {
  // Everyday Malay lines built from common words: franc alone puts such lines in Sesotho, Sundanese or Luba.
  it.each([
    'Bolehkah awak tolong saya esok pagi?',
    'Saya mahu pergi ke pasar sekarang.',
    'Kenapa kamu tidak datang semalam?',
  ])('finds Malay in %j', (line) => {
    expect(detectLanguage(line).iso6393).toBe('zsm')
  })

  it.each([
    'Saya mau pergi ke pasar sekarang karena uang saya habis.',
    'Kenapa kamu tidak bisa datang kemarin?',
  ])('finds Indonesian in %j', (line) => {
    expect(detectLanguage(line).iso6393).toBe('ind')
  })

  // English user-interface strings with words the Malay/Indonesian training strings also contain
  // (`text`, `data`): plain letters missing from franc's trigrams are no evidence against English.
  it.each(['Meets the standards for accessible text.', 'Copy the image as a data file'])('keeps English %j out of Malay and Indonesian', (line) => {
    expect(['zsm', 'ind']).not.toContain(detectLanguage(line).iso6393)
  })

  it('gives a long document a finite, full confidence (known-word odds are capped)', () => {
    const line = 'Kerajaan negeri mahu membina sekolah baharu kerana bilangan murid semakin bertambah. '
    const guess = detectLanguage(line.repeat(400))
    expect(guess.iso6393).toBe('zsm')
    expect(guess.confidence).toBeGreaterThan(0.9)
  })
})

describe('profile smoothing', () => {
  const data: LanguageProfilesData = {
    version: 1,
    source: 'test',
    languages: {
      aaa: { total: 6, ngrams: { a: 3, b: 3 }, wordTotal: 2, words: { ab: 2 } },
      bbb: { total: 600, ngrams: { a: 300, c: 300 }, wordTotal: 200, words: { ac: 200 } },
    },
  }
  it('with interpolation, an n-gram no language showed costs both languages alike, whatever their size', () => {
    const interpolated = createProfileScorer(data, { ...PROFILE_MODEL_OPTIONS, charLambda: 0.5, wordLambda: 0.5 })
    const posterior = interpolated('zzz', ['aaa', 'bbb'])
    expect(posterior.get('aaa')).toBeCloseTo(0.5, 5)
  })
  it('at λ = 1 too (the default), and an n-gram only one language showed favours it', () => {
    const plain = createProfileScorer(data, { ...PROFILE_MODEL_OPTIONS, charLambda: 1, wordLambda: 1 })
    expect(plain('zzz', ['aaa', 'bbb']).get('aaa')).toBeCloseTo(0.5, 5)
    expect(plain('bbb', ['aaa', 'bbb']).get('aaa') ?? 0).toBeGreaterThan(0.9)
    expect(plain('ccc', ['aaa', 'bbb']).get('bbb') ?? 0).toBeGreaterThan(0.9)
  })
})

describe('known words', () => {
  it('leave out unknown capitalised words (names) but count known ones however written', () => {
    const named = knownWords('Itu Xqwerty. Dia penjaga rumah ini.', ['zsm', 'ind'])
    const plain = knownWords('itu dia penjaga rumah ini', ['zsm', 'ind'])
    expect(named).toEqual(plain)
    expect(knownWords('xqwerty itu', ['zsm', 'ind']).total).toBe(2)
  })

  it('leave out words of one or two letters, which too many languages write alike', () => {
    expect(knownWords('a as di ke', ['zsm', 'ind'])).toEqual({ known: 0, total: 0 })
    expect(knownWords('pergi ke rumah', ['zsm', 'ind'])).toEqual({ known: 2, total: 2 })
  })
})

describe('profile building', () => {
  it('gives every training source the same share of a language, whatever its size', () => {
    const big = Array.from({ length: 50 }, () => 'aaaa aaaa aaaa')
    const data = buildProfiles([
      { iso6393: 'zsm', train: ['bbbb bbbb bbbb'], extra: [{ source: 'big', sentences: big }], test: [] },
      { iso6393: 'ind', train: ['cccc cccc cccc'], extra: [], test: [] },
    ])
    const zsm = data.languages.zsm
    expect(zsm?.ngrams.a).toBeCloseTo(zsm?.ngrams.b ?? 0, 1)
    expect(zsm?.words?.aaaa).toBeCloseTo(zsm?.words?.bbbb ?? 0, 1)
  })

  it('gives every register the same share of a language, however many sources it has', () => {
    const source = (name: string, register: string, word: string): { source: string; register: string; sentences: string[] } => ({
      source: name,
      register,
      sentences: Array.from({ length: 10 }, () => `${word} ${word} ${word}`),
    })
    const data = buildProfiles([
      { iso6393: 'zsm', train: [], extra: [source('one', 'informal', 'aaaa'), source('two', 'informal', 'bbbb'), source('three', 'news', 'cccc')], test: [] },
      { iso6393: 'ind', train: ['dddd dddd dddd'], extra: [], test: [] },
    ])
    const words = data.languages.zsm?.words ?? {}
    expect((words.aaaa ?? 0) + (words.bbbb ?? 0)).toBeCloseTo(words.cccc ?? 0, 1)
    expect(words.aaaa).toBeCloseTo(words.bbbb ?? 0, 1)
  })
})

describe('text of fewer than three different letters', () => {
  it.each([
    ['one letter a million times', 'a'.repeat(1_000_000)],
    ['laughter', 'Ha ha ha ha ha ha ha ha!'],
    ['one Khmer letter repeated', 'ក'.repeat(200)],
  ])('is undetermined (%s), whatever its length', (_what, text) => {
    const guess = detectLanguage(text)
    expect(guess.iso6393).toBe('und')
    expect(guess.confidence).toBe(0)
  })

  it('still leaves a short word of three letters to the detector', () => {
    expect(detectLanguage('Saya mahu pergi ke pasar').iso6393).not.toBe('und')
    expect(detectLanguage('abcabcabc').iso6393).not.toBe('und')
  })
})
