import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCopy } from '../../scripts/build-copy.js'
import { writeReadmeFolders } from '../../scripts/pipeline/readmeCorpus.js'
import { alignCorpus, loadCorpus, loadCorpusParallel, toJson } from '../../src/index.js'
import type { Corpus, LoadCorpusParallelOptions, LoadFileEvent, ProgressEvent } from '../../src/index.js'
import { scratchDir, seedTexts } from '../bad-input/helpers.js'

const scratch = scratchDir('parallel')
const seeds = seedTexts()
// A corpus of a dozen files: the seeds, edited copies, a duplicate and files that fail or are skipped.
for (let copy = 0; copy < 3; copy++) {
  seeds.forEach((text, i) => {
    const paragraphs = text.split('\n\n')
    scratch.file(`article-${copy}-${i}.txt`, copy === 0 ? text : paragraphs.filter((_, k) => k % (copy + 2) !== 1).join('\n\n'))
  })
}
scratch.file('duplicate.txt', seeds[0]!)
scratch.file('binary.txt', Uint8Array.from([0x41, 0x00, 0x42]))
scratch.file('empty.txt', '  \n')
const inputs = [scratch.dir, join(scratch.dir, 'missing.txt')]

/** Errors as plain data: the built package has its own copy of the error classes. */
function plain(corpus: Corpus): unknown {
  return { ...corpus, errors: corpus.errors.map((e) => ({ name: e.name, code: e.code, message: e.message, file: e.file, byteOffset: e.byteOffset })) }
}

afterAll(() => scratch.remove())

describe('loadCorpusParallel from the sources (in the calling thread)', () => {
  it('gives exactly what loadCorpus gives: documents, diagnostics and errors', async () => {
    const threads: number[] = []
    const parallel = await loadCorpusParallel(inputs, { workers: 2, onFile: (e) => threads.push(e.thread) })
    expect(plain(parallel)).toEqual(plain(loadCorpus(inputs)))
    expect(parallel.documents.length).toBeGreaterThan(8)
    expect(threads).toHaveLength(parallel.documents.length + 3)
  })

  it('throws the first error in file order with --strict, like loadCorpus', async () => {
    const expected = (() => {
      try {
        loadCorpus([scratch.dir], { strict: true })
      } catch (error) {
        return error
      }
    })()
    await expect(loadCorpusParallel([scratch.dir], { strict: true, workers: 2 })).rejects.toEqual(expected)
  })
})

describe('loadCorpusParallel from the built package', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  let built: { loadCorpusParallel: (inputs: readonly string[], options?: LoadCorpusParallelOptions) => Promise<Corpus>; alignCorpus: typeof alignCorpus }
  let outDir: string

  beforeAll(async () => {
    mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true })
    outDir = mkdtempSync(join(root, 'node_modules', '.cache', 'paracorpus-build-'))
    built = (await import(await buildCopy(outDir))) as typeof built
  })
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('really runs worker threads, and gives what loadCorpus gives', async () => {
    const events: LoadFileEvent[] = []
    const parallel = await built.loadCorpusParallel(inputs, { workers: 2, onFile: (e) => events.push(e) })
    expect(plain(parallel)).toEqual(plain(loadCorpus(inputs)))
    expect(events.map((e) => e.done)).toEqual(events.map((_, i) => i + 1))
    // Every file was done in a worker thread (id ≠ 0), and both workers took some.
    expect(events.every((e) => e.thread !== 0)).toBe(true)
    expect(new Set(events.map((e) => e.thread)).size).toBe(2)
  })

  it('uses the calling thread for a small corpus by default', async () => {
    const events: LoadFileEvent[] = []
    await built.loadCorpusParallel(seeds.map((_, i) => join(scratch.dir, `article-0-${i}.txt`)), { onFile: (e) => events.push(e) })
    expect(events.map((e) => e.thread)).toEqual(seeds.map(() => 0))
  })

  it('makes alignCorpus give the same dataset on 2 workers as on 1', async () => {
    const few = [`${scratch.dir}/article-0-*.txt`, join(scratch.dir, 'article-1-0.txt'), join(scratch.dir, 'binary.txt')]
    const one = await built.alignCorpus(few, { workers: 1, level: 'turn' })
    const two = await built.alignCorpus(few, { workers: 2, level: 'turn' })
    expect(one.documents.length).toBeGreaterThan(2)
    expect(toJson(two)).toBe(toJson(one))
    expect(toJson(await alignCorpus(few, { level: 'turn' }))).toBe(toJson(one))
  })

  it('judges pairs and builds families in worker threads, with the same bytes as one thread', async () => {
    const events: ProgressEvent[] = []
    const one = await built.alignCorpus(inputs, { workers: 1 })
    const two = await built.alignCorpus(inputs, { workers: 2, onProgress: (e) => events.push(e) })
    expect(two.families.filter((f) => !f.alone).length).toBeGreaterThan(1)
    expect(two.units.length).toBeGreaterThan(0)
    expect(toJson(two)).toBe(toJson(one))
    expect(toJson(await alignCorpus(inputs))).toBe(toJson(one))
    for (const stage of ['pairs', 'families']) {
      const threads = events.filter((e) => e.stage === stage && e.thread !== undefined).map((e) => e.thread)
      expect(threads.length).toBeGreaterThan(0)
      expect(threads.every((t) => t !== 0)).toBe(true)
    }
  })

  it('aligns the hub of one family to its members on both threads, before and after its family task, with the same bytes as one thread', async () => {
    // One README in the ten PUD languages: a single family, whose hub is aligned to nine members for the units.
    const pud = join(root, '..', 'shared', 'data', 'pud')
    expect(existsSync(join(pud, 'en.tsv'))).toBe(true)
    const folders = writeReadmeFolders(join(outDir, 'readme-data'), pud, 3_000, 4)
    const events: ProgressEvent[] = []
    const two = await built.alignCorpus([folders.readme], { workers: 2, onProgress: (e) => events.push(e) })
    expect(two.families.filter((f) => !f.alone)).toHaveLength(1)
    const hubPairs = events.filter((e) => e.stage === 'hub pairs')
    expect(hubPairs).toHaveLength(two.documents.length - 1)
    expect(hubPairs.every((e) => e.thread !== undefined && e.thread !== 0)).toBe(true)
    expect(new Set(hubPairs.map((e) => e.thread)).size).toBe(2)
    // Pairs are judged in id order: the hub is aligned in its own direction to the members before it, on both
    // threads before the family's task, instead of one after another inside it.
    const hub = two.pivots[0]!.document!
    const before = two.documents.filter((d) => d.id < hub)
    const hubAlignments = events.filter((e) => e.stage === 'hub alignments')
    expect(before.length).toBeGreaterThan(1)
    expect(hubAlignments).toHaveLength(before.length)
    expect(new Set(hubAlignments.map((e) => e.thread)).size).toBe(2)
    expect(events.findIndex((e) => e.stage === 'hub alignments')).toBeLessThan(events.findIndex((e) => e.stage === 'families' && e.done > 0))
    expect(toJson(two)).toBe(toJson(await built.alignCorpus([folders.readme], { workers: 1 })))
  }, 300_000)

  it('gives the same bytes on worker threads as on one with corpus lexicons learned up front and on first use', async () => {
    // Hindi–Chinese is a language pair of eight families (learned on the pool before the family stage); the
    // interview's German, English and Russian pairs belong to one family only (learned, if its hub needs them, by
    // that family's thread).
    const fixtures = join(import.meta.dirname, '..', 'fixtures')
    const inputs = [join(fixtures, 'pud-corpus'), join(fixtures, 'pairs')]
    const two = await built.alignCorpus(inputs, { workers: 2 })
    expect(two.families.filter((f) => !f.alone && f.documents.some((d) => d.includes('interview')))).toHaveLength(1)
    expect(two.families.filter((f) => !f.alone).length).toBeGreaterThan(8)
    expect(toJson(two)).toBe(toJson(await built.alignCorpus(inputs, { workers: 1 })))
  }, 180_000)
})
