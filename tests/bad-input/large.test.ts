import { statSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { loadCorpus, readDocument, segmentDocument } from '../../src/index.js'
import { cli } from '../cli/helpers.js'
import { numberedParagraphs } from '../../scripts/reliability/inputs.js'
import { offsetsInside, scratchDir, seedParagraphs } from './helpers.js'

const scratch = scratchDir('bad-large')
afterAll(() => scratch.remove())
const paragraphs = seedParagraphs()

/** An article of about `bytes` UTF-8 bytes made of the seed paragraphs, each copy numbered so that no line repeats. */
function longArticle(bytes: number): string {
  return numberedParagraphs(paragraphs, bytes)
}

describe('a 50 MB article', () => {
  it('loads and parses without crashing', { timeout: 300_000 }, () => {
    const path = scratch.file('fifty-megabytes.txt', longArticle(50 * 1024 * 1024))
    expect(statSync(path).size).toBeGreaterThanOrEqual(50 * 1024 * 1024)
    const corpus = loadCorpus([path], { detect: false })
    expect(corpus.errors).toEqual([])
    const [doc] = corpus.documents
    expect(doc?.segments.length).toBeGreaterThan(paragraphs.length * 100)
    expect(offsetsInside(doc!)).toBe(true)
  })
})

describe('a single line of 20,000 characters', () => {
  const sentences = paragraphs.filter((p) => !p.includes('\n')).join(' ')
  const line = sentences.repeat(Math.ceil(20_000 / sentences.length)).slice(0, 20_000)
  const path = scratch.file('one-line.txt', line)

  it('is one segment whose sentences cover it, and `paracorpus parse` exits 0', async () => {
    const doc = readDocument(path)
    expect('text' in doc && doc.text.length).toBe(20_000)
    const parsed = segmentDocument(line)
    expect(parsed.segments).toHaveLength(1)
    expect(parsed.segments[0]!.sentences.length).toBeGreaterThan(10)
    expect(offsetsInside(parsed)).toBe(true)
    const run = await cli(['parse', path])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`${path}: 1 segments`)
  })

  it('of 500,000 characters still parses (offsets were once spread into a call and overflowed the stack)', () => {
    const long = 'word '.repeat(100_000)
    const parsed = segmentDocument(long)
    expect(parsed.segments.map((s) => s.role)).toEqual(['body'])
    expect(offsetsInside(parsed)).toBe(true)
  })
})
