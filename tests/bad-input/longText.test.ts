import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectLanguage, loadCorpus, splitSentences, tokenizeWords } from '../../src/index.js'
import { cli } from '../cli/helpers.js'
import { useTempDirs } from '../tempDirs.js'
import { offsetsInside, paragraphsInScript, seedParagraphs } from './helpers.js'

const tempDir = useTempDirs('paracorpus-bad-long-')

/** `chars` UTF-16 units of the seed corpus' Khmer letters and marks only: one line, no space, no punctuation. */
function unspacedKhmer(chars: number): string {
  const letters = paragraphsInScript('Khmer').join('').replace(/[^\p{Script=Khmer}]/gu, '')
  return letters.repeat(Math.ceil(chars / letters.length)).slice(0, chars)
}

describe('a long line of Khmer with no spaces (normal for Khmer and Thai)', () => {
  // ICU's sentence iteration is quadratic on such a run: 800,000 characters took 24 s before the text was
  // segmented in bounded chunks, this 5 MB line far longer than the test's time-out.
  const line = unspacedKhmer(1_700_000)

  it('is split into sentences whose offsets cover the line, in order, with no letter cut', () => {
    const sentences = splitSentences(line)
    expect(sentences.length).toBeGreaterThan(1)
    expect(sentences[0]!.start).toBe(0)
    expect(sentences.at(-1)!.end).toBe(line.length)
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.start).toBe(sentences[i - 1]!.end)
    expect(sentences.map((s) => s.text).join('')).toBe(line)
  })

  it('as a 5 MB file, loads, parses and is detected as Khmer', () => {
    const path = join(tempDir(), 'khmer-line.txt')
    writeFileSync(path, line)
    const corpus = loadCorpus([path])
    expect(corpus.errors).toEqual([])
    const [doc] = corpus.documents
    expect(offsetsInside(doc!)).toBe(true)
    expect(doc!.language?.iso6393).toBe('khm')
  })
})

describe('language detection of a 50 MB string', () => {
  // Every n-gram of the text went into one array: V8 aborted the process ("invalid size") at 3.7 GB.
  const prose = seedParagraphs().join('\n\n')
  const huge = prose.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(prose)))

  it('reads bounded windows of it and gives the same language as the text it repeats', () => {
    const whole = detectLanguage(prose)
    const guess = detectLanguage(huge)
    expect(guess.iso6393).toBe(whole.iso6393)
    expect(guess.confidence).toBeGreaterThan(0)
  })

  it('through `paracorpus detect --lines` on a file with one 50 MB line, prints one line and exits 0', async () => {
    const path = join(tempDir(), 'one-line.txt')
    writeFileSync(path, `${huge.replace(/\n/gu, ' ')}\nA short second line in English, for good measure.\n`)
    const run = await cli(['detect', '--lines', path])
    expect(run.code).toBe(0)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^[a-z]{3}\t0\.\d{4}$/u)
  })
})

describe('a long text that repeats a few words (`*a*a*a…`)', () => {
  // Every lexical signal tokenizes the texts it compares; reading such a text to its end on every call made
  // `align` on a folder holding 200 KB of `*a` five times slower than on 200 KB of prose.
  it('is read only up to 16 words per distinct word kept', () => {
    expect(tokenizeWords(`${'a '.repeat(10_000)}b`, 4)).toEqual(['a'])
    expect(tokenizeWords(`${'*a'.repeat(100_000)}`, 64)).toEqual(['a'])
  })

  it('is read whole when it is short enough, every distinct word in order', () => {
    expect(tokenizeWords(`${'a '.repeat(40)}B c`, 4)).toEqual(['a', 'b', 'c'])
  })
})
