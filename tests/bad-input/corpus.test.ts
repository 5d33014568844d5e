import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InputError, alignCorpus, loadCorpus, readDocuments } from '../../src/index.js'
import { cli } from '../cli/helpers.js'
import { offsetsInside, paragraphsInScript, scratchDir, seedTexts } from './helpers.js'

const scratch = scratchDir('bad-corpus')
afterAll(() => scratch.remove())
const seeds = seedTexts().map((text, i) => scratch.file(`seed-${i + 1}.txt`, text))
const good = seeds[0]!

describe('a path that does not exist', () => {
  const missing = join(scratch.dir, 'no', 'such', 'article.txt')

  it('is an ENOENT InputError naming the path; alone it is thrown', () => {
    expect(() => readDocuments([missing])).toThrow(expect.objectContaining({ name: 'InputError', code: 'ENOENT', file: missing, message: `${missing} does not exist; check the path` }))
  })

  it('beside good files, is reported and the others are still processed (exit 2)', async () => {
    const corpus = loadCorpus([missing, good], { detect: false })
    expect(corpus.documents.map((d) => d.path)).toEqual([good])
    expect(corpus.errors).toEqual([expect.objectContaining({ code: 'ENOENT', file: missing })])
    const run = await cli(['parse', missing, good])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`InputError [ENOENT]: ${missing} does not exist; check the path`)
    expect(run.stdout).toContain(`${good}: `)
  })

  it('in `paracorpus drift`, is an error diagnostic while the corpus is still scored (exit 2)', async () => {
    const run = await cli(['drift', missing, ...seeds])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/error .* does not exist; check the path \[input-enoent\]/u)
    expect(run.stdout).toMatch(/family-1\s+0\.\d{4}/u)
  })

  it('with --strict, stops the run', async () => {
    const run = await cli(['drift', '--strict', missing, ...seeds])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
  })
})

describe('a glob matching nothing', () => {
  const glob = `${scratch.dir}/**/*.docx`

  it('is a NO_MATCH InputError naming the glob (exit 2), the others still processed', async () => {
    expect(() => readDocuments([glob])).toThrow(expect.objectContaining({ name: 'InputError', code: 'NO_MATCH', message: `the glob ${glob} matches no file` }))
    const run = await cli(['parse', glob, good])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`InputError [NO_MATCH]: the glob ${glob} matches no file`)
    expect(run.stdout).toContain(`${good}: `)
    expect((await cli(['parse', glob])).code).toBe(2)
  })

  it('a directory with no text files is NO_MATCH too', async () => {
    const empty = join(scratch.dir, 'no-text-here')
    mkdirSync(empty)
    scratch.file('no-text-here/scan.pdf', 'not read')
    const run = await cli(['parse', empty])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`InputError [NO_MATCH]: directory ${empty} holds no .txt/.md/.mdx/.markdown/.text files`)
  })
})

describe('duplicate files', () => {
  const twin = scratch.file('twin-of-seed-1.txt', seedTexts()[0]!)

  it('are kept once, with a `duplicate-document` warning naming both (exit 0)', async () => {
    const corpus = loadCorpus([good, twin], { detect: false })
    expect(corpus.documents.map((d) => d.path)).toEqual([good])
    expect(corpus.errors).toEqual([])
    expect(corpus.diagnostics).toEqual([{ ruleId: 'duplicate-document', source: 'paracorpus:load', severity: 'warning', file: expect.stringContaining('twin-of-seed-1.txt'), reason: `${twin} has the same bytes as ${good}; kept ${good} only`, url: expect.stringMatching(/\/docs\/rules\.md#duplicate-document$/u) }])
    const run = await cli(['parse', good, twin])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(`${twin} has the same bytes as ${good}; kept ${good} only [duplicate-document]`)
  })

  it('do not form a family of their own in drift', async () => {
    const dataset = await alignCorpus([...seeds, twin], { level: 'turn' })
    expect(dataset.documents).toHaveLength(seeds.length)
    expect(dataset.families.flatMap((f) => f.documents).filter((id) => id.includes('twin'))).toEqual([])
  })

  it('given twice on the command line, are read once without a warning', () => {
    const corpus = readDocuments([good, good, scratch.dir])
    expect(corpus.documents.filter((d) => d.path === good)).toHaveLength(1)
  })
})

describe('a corpus with one document', () => {
  it('is a family alone with a `not-a-translation` warning saying it is the only document (exit 0)', async () => {
    const dataset = await alignCorpus([good], { level: 'turn' })
    expect(dataset.families).toEqual([expect.objectContaining({ alone: true, documents: [dataset.documents[0]!.id] })])
    expect(dataset.drift).toEqual([])
    expect(dataset.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'not-a-translation', severity: 'warning', reason: expect.stringContaining('is not a translation of any other document: it is the only document') }))
    const run = await cli(['drift', good])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('not a translation of any other document')
  })
})

describe('a corpus of one language only', () => {
  // Two versions of the same article in one language: a translation family whose members share a language.
  const latin = paragraphsInScript('Latin')
  const a = scratch.file('one-language-a.txt', latin.join('\n\n'))
  const b = scratch.file('one-language-b.txt', latin.slice(0, -1).join('\n\n'))

  it('loads, detects a single language and is scored without error (exit 0)', async () => {
    const dataset = await alignCorpus([a, b], { level: 'turn' })
    expect(dataset.languages).toHaveLength(1)
    expect(dataset.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    for (const report of dataset.drift) {
      expect(report.score).toBeGreaterThanOrEqual(0)
      expect(report.score).toBeLessThanOrEqual(1)
    }
    const run = await cli(['drift', a, b])
    expect(run.code).toBe(0)
  })
})

describe('a file mixing three scripts', () => {
  const parts = ['Khmer', 'Cyrillic', 'Latin'].map((script) => paragraphsInScript(script).find((p) => p.length > 120)!)
  const path = scratch.file('three-scripts.txt', `${parts.join('\n\n')}\n`)

  it('parses, with each segment detected in its own script (exit 0)', async () => {
    const [doc] = loadCorpus([path]).documents
    expect(doc).toBeDefined()
    expect(offsetsInside(doc!)).toBe(true)
    expect(new Set(doc!.segments.map((s) => s.language?.script))).toEqual(new Set(['Khmr', 'Cyrl', 'Latn']))
    const run = await cli(['parse', path])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`${path}: 3 segments`)
  })
})

describe('strict and keep-going on a directory', () => {
  it('a directory with one bad file among good ones: keep-going reads the rest, strict throws the bad one', () => {
    const dir = join(scratch.dir, 'mixed')
    mkdirSync(dir)
    scratch.file('mixed/a.txt', seedTexts()[1]!)
    scratch.file('mixed/b.txt', Uint8Array.from([0x41, 0x00]))
    scratch.file('mixed/c.txt', seedTexts()[2]!)
    const kept = readDocuments([dir])
    expect(kept.documents.map((d) => d.path.slice(dir.length + 1))).toEqual(['a.txt', 'c.txt'])
    expect(kept.errors.map((e) => e.code)).toEqual(['BINARY'])
    expect(() => readDocuments([dir], { strict: true })).toThrow(InputError)
  })
})
