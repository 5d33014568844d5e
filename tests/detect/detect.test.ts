import { readFileSync, readdirSync } from 'node:fs'
import { PassThrough } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { detectDocument, detectLanguage, detectScript, summarizeLanguages, toBcp47 } from '../../src/detect/index.js'
import { detectCommand } from '../../src/cli/commands/detect.js'
import { detectLines } from '../../src/cli/detectLines.js'
import { segmentDocument } from '../../src/parse/index.js'
import type { ParsedDocument } from '../../src/types.js'
import { foreignLetters, profilePairs, useProfileData, wordFeatures } from '../../src/detect/languageProfiles.js'
import { bySourceLanguage, readSources } from '../../scripts/langid/corpus.js'
import { CLOSE_PAIRS } from '../../scripts/langid/heldOut.js'
import { trainPair } from '../../scripts/langid/pairs.js'
import { buildProfiles } from '../../scripts/langid/profiles.js'

const corpusDir = new URL('../../corpus/', import.meta.url)
const seeds = readdirSync(corpusDir).sort().map((f) => readFileSync(new URL(f, corpusDir), 'utf8'))
const sources = readSources()
const langid = (file: string): string[] => sources.find((s) => `${s.iso6393}.${s.source}` === file)?.sentences ?? []
const shippedPairs = [...profilePairs()]
/**
 * Profiles of some languages built without some sources (at most 300 sentences of each other source, for speed),
 * with the close-pair discriminators trained again on the same sentences.
 */
const profilesWithout = (held: readonly string[], codes: readonly string[]): ReturnType<typeof buildProfiles> => {
  const rest = sources.filter((s) => codes.includes(s.iso6393) && !held.includes(s.source)).map((s) => ({ ...s, sentences: s.sentences.slice(0, 300) }))
  const data = buildProfiles(bySourceLanguage(rest))
  data.pairs = CLOSE_PAIRS.filter((p) => p.languages.every((code) => codes.includes(code))).map((p) => trainPair(rest, p.languages, p.script).pair)
  return data
}

describe('detectScript', () => {
  it.each([
    ['ខ្ញុំអត់ចេះភាសាខ្មែរទេ Dianna Booher', 'Khmr'],
    ['Клиенттерге қызмет көрсету сапасы (CSP) www.example.com', 'Cyrl'],
    ['Saya tidak tahu 12345 !!!', 'Latn'],
    ['ภาษาไทยเป็นภาษาราชการ', 'Thai'],
    ['ພາສາລາວ ແມ່ນພາສາໄຕ', 'Laoo'],
    ['日本語のテキストです', 'Jpan'],
  ])('reports the dominant script of %j as %s', (text, script) => {
    expect(detectScript(text).script).toBe(script)
  })

  it('ignores digits and punctuation and reports Zyyy without letters', () => {
    expect(detectScript('123 — 456!').script).toBe('Zyyy')
    expect(detectScript('123 — 456!').share).toBe(0)
  })

  it('does not let a Latin name flip a Khmer sentence', () => {
    const guess = detectScript('លោកស្រី Dianna Booher គឺជាប្រធានក្រុមហ៊ុន')
    expect(guess.script).toBe('Khmr')
    expect(guess.counts.find((c) => c.script === 'Latn')?.letters).toBe(12)
  })
})

describe('detectLanguage', () => {
  it.each(['', '   ', '1234', '!!!'])('returns und for %j', (text) => {
    expect(detectLanguage(text)).toMatchObject({ iso6393: 'und', bcp47: 'und', confidence: 0 })
  })

  it.each([
    [0, 'khm', 'km', 'Khmr'],
    [1, 'zsm', 'ms', 'Latn'],
    [2, 'kaz', 'kk', 'Cyrl'],
  ])('identifies seed %i as %s with confidence ≥ 0.8', (index, iso, bcp, script) => {
    const guess = detectLanguage(seeds[index] ?? '')
    expect(guess).toMatchObject({ iso6393: iso, bcp47: bcp, script })
    expect(guess.confidence).toBeGreaterThanOrEqual(0.8)
  })

  it('counts letters a candidate never uses against it (Kazakh қ ұ against Kyrgyz, as franc guesses)', () => {
    const text = 'Ұлы ақын туралы кітап оқыдым.'
    expect(detectLanguage(text, { profiles: false }).iso6393).not.toBe('kaz')
    expect(detectLanguage(text).iso6393).toBe('kaz')
  })

  it('learns letter inventories: Kazakh letters are foreign to Kyrgyz and Russian, Russian ы to Ukrainian and Serbian', () => {
    const kazakh = foreignLetters('қазақ тілі ұлы', ['kaz', 'kir', 'rus'])
    expect(kazakh.get('kaz')).toBe(0)
    expect(kazakh.get('kir')).toBeGreaterThanOrEqual(2)
    expect(kazakh.get('rus')).toBeGreaterThanOrEqual(2)
    // Ukrainian has training sentences: the missing ы counts in full. Serbian's inventory comes from franc's
    // trigrams alone: there it counts, but as weak evidence.
    expect(foreignLetters('мы были', ['rus', 'ukr']).get('ukr')).toBe(1)
    const serbian = foreignLetters('мы были', ['rus', 'srp']).get('srp') ?? 0
    expect(serbian).toBeGreaterThan(0)
    expect(serbian).toBeLessThan(1)
  })

  it('gives the word model unigrams and bigrams', () => {
    expect(wordFeatures('Saya tidak tahu')).toEqual(['saya', 'tidak', 'tahu', 'saya tidak', 'tidak tahu'])
  })

  it('maps ISO 639-3 codes to the shortest BCP 47 tag', () => {
    expect(['khm', 'kaz', 'zsm', 'ind', 'kir', 'und'].map(toBcp47)).toEqual(['km', 'kk', 'ms', 'id', 'ky', 'und'])
  })

  it('honours only and ignore', () => {
    expect(detectLanguage('Мен қазақша сөйлей алмаймын.', { ignore: ['kaz'] }).iso6393).not.toBe('kaz')
    expect(detectLanguage('Hello there, how are you today?', { only: ['eng', 'zsm'] }).iso6393).toBe('eng')
  })

  describe('with profiles built without the held-out source', () => {
    afterAll(() => useProfileData(undefined))

    it.each([
      ['kaz', 0.9],
      ['kir', 0.75],
      ['tat', 0.75],
      ['rus', 0.5],
    ])('recognises %s Tatoeba sentences among Kazakh, Kyrgyz, Tatar and Russian without Tatoeba in training', (code, rate) => {
      useProfileData(profilesWithout(['tatoeba'], ['kaz', 'kir', 'tat', 'rus']))
      const sentences = langid(`${code}.tatoeba`).filter((s) => s.length >= 25)
      const right = sentences.filter((s) => detectLanguage(s).iso6393 === code).length
      expect(right / sentences.length).toBeGreaterThanOrEqual(rate)
    }, 60_000)

    it('tells Malay and Indonesian news sentences apart without news in training', () => {
      // Every source of the news register (registers.json), so that no news is left in training.
      const news = [...new Set(sources.filter((s) => ['zsm', 'ind'].includes(s.iso6393) && s.register === 'news').map((s) => s.source))]
      expect(news).toEqual(expect.arrayContaining(['news-articles', 'news-quotes', 'news-csui', 'news-bbc']))
      useProfileData(profilesWithout(news, ['zsm', 'ind']))
      for (const file of ['zsm.news-articles', 'ind.news-csui']) {
        const code = file.slice(0, 3)
        const sentences = langid(file).slice(0, 150)
        const right = sentences.filter((s) => detectLanguage(s).iso6393 === code).length
        expect(right / sentences.length).toBeGreaterThanOrEqual(0.7)
      }
    }, 120_000)
  })
})

describe('detectDocument', () => {
  const parsed = (index: number): ParsedDocument => segmentDocument(seeds[index] ?? '', { id: `seed-${index}` })

  it.each([0, 1, 2])('gives the document language to at least 95 percent of the non-boilerplate segments of seed %i', (index) => {
    const doc = detectDocument(parsed(index))
    expect(doc.language?.confidence).toBeGreaterThanOrEqual(0.8)
    const content = doc.segments.filter((s) => s.role !== 'boilerplate')
    const agree = content.filter((s) => s.language?.iso6393 === doc.language?.iso6393).length
    expect(agree / content.length).toBeGreaterThanOrEqual(0.95)
    for (const s of doc.segments) for (const sentence of s.sentences) expect(sentence.language).toBeDefined()
  })

  it('reports an English sentence inside a Kazakh document as English and lets a short line inherit', () => {
    const doc: ParsedDocument = {
      id: 'mixed',
      sha256: '',
      text: '',
      diagnostics: [],
      segments: [
        { id: 's1', role: 'body', text: langid('kaz.tatoeba').slice(0, 6).join(' '), paragraphs: 1, place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, sentences: [] },
        { id: 's2', role: 'body', text: 'Good customer service is simply not enough for a successful business.', paragraphs: 1, place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, sentences: [] },
        { id: 's3', role: 'body', text: 'Да, да.', paragraphs: 1, place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, sentences: [] },
        { id: 's4', role: 'body', text: 'https://www.example.com/page', paragraphs: 1, place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, sentences: [] },
      ],
    }
    const out = detectDocument(doc)
    expect(out.language?.iso6393).toBe('kaz')
    expect(out.segments.map((s) => s.language?.iso6393)).toEqual(['kaz', expect.not.stringMatching(/^(kaz|und)$/), 'kaz', 'und'])
    expect(out.segments[1]?.language?.script).toBe('Latn')
    expect(out.segments[2]?.language?.inherited).toBe(true)
    expect(out.segments[1]?.language?.inherited).toBeUndefined()
  })

  it('warns about a document it cannot judge and summarises the corpus', () => {
    const empty: ParsedDocument = { id: 'empty', sha256: '', text: '1234', segments: [], diagnostics: [] }
    const docs = [detectDocument(parsed(0)), detectDocument(parsed(2)), detectDocument(empty)]
    expect(docs[2]?.diagnostics).toEqual([expect.objectContaining({ ruleId: 'low-confidence-language', source: 'paracorpus:detect' })])
    const summary = summarizeLanguages(docs)
    expect(summary.languages.map((l) => l.iso6393).sort()).toEqual(['kaz', 'khm', 'und'])
    expect(summary.undetermined).toEqual(['empty'])
    expect(summary.warnings).toHaveLength(1)
  })
})

describe('paracorpus detect --lines', () => {
  it('prints exactly one line per input line, und for blank lines', () => {
    const input = ['Мен қазақша сөйлей алмаймын.', '', 'ខ្ញុំអត់ចេះភាសាខ្មែរទេ', '   ', 'Hello there, how are you today?'].join('\n')
    const out = detectLines(`${input}\n`).split('\n')
    expect(out.pop()).toBe('')
    expect(out).toHaveLength(5)
    expect(out.map((l) => l.split('\t')[0])).toEqual(['kaz', 'und', 'khm', 'und', 'eng'])
    expect(out[1]).toBe('und\t0')
  })

  it('reads stdin through the command', async () => {
    const stdin = new PassThrough()
    const stdout = new PassThrough()
    const chunks: string[] = []
    stdout.on('data', (c: Buffer) => chunks.push(c.toString()))
    stdin.end('Алар душманга чабуул жасады.\n\nភាសាខ្មែរ\n')
    const code = await detectCommand.run(['--lines', '-'], { stdin, stdout, stderr: new PassThrough() })
    expect(code).toBe(0)
    expect(chunks.join('').split('\n')).toHaveLength(4)
  })
})
