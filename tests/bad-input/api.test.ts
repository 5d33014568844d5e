import { describe, expect, it } from 'vitest'
import {
  UsageError,
  alignCorpus,
  buildDataset,
  decodeText,
  documentFromBytes,
  documentId,
  judgePairs,
  loadCorpus,
  loadCorpusParallel,
  normalizeText,
  parseDocument,
  readDocument,
  readDocuments,
  resolvePaths,
  scoreDrift,
  splitSentences,
  writeDataset,
} from '../../src/index.js'
import { fixtureDataset } from '../export/fixture.js'

const seeds = ['corpus']
const doc = parseDocument('A title\n\nA paragraph of text that says something.', { id: 'a', detect: false })
const pivot = fixtureDataset().pivots[0]!
const alignment = { document: 'a', pivot: pivot.id, method: 'slots' as const, cells: pivot.slots.map(() => null), extra: [], reordered: [] }

/** A call with wrong arguments, the argument it must name, and words of what was expected. */
type Misuse = [string, () => unknown, string, RegExp]

const misuses: Misuse[] = [
  ['splitSentences(text, null)', () => splitSentences('One. Two.', null as never), '`options`', /an options object \(or omitted\), got null/u],
  ['splitSentences(text, { undotted: ["Cmd"] })', () => splitSentences('One. Two.', { undotted: ['Cmd'] as never }), '`options.undotted`', /a Set of words/u],
  ['alignCorpus(paths, { pivot: 42 })', () => alignCorpus(seeds, { pivot: 42 as never }), '`pivot`', /'consensus', a document id, a language .* got the number 42/u],
  ['alignCorpus(paths, { pivot: null })', () => alignCorpus(seeds, { pivot: null as never }), '`pivot`', /got null/u],
  ['alignCorpus(paths, { pivot: {} })', () => alignCorpus(seeds, { pivot: {} as never }), '`pivot`', /a Pivot has a string `id` and a `slots` array/u],
  ['alignCorpus(paths, { weights: { missing: -5 } })', () => alignCorpus(seeds, { weights: { missing: -5 } }), '`weights.missing`', /a finite number ≥ 0, got the number -5/u],
  ['alignCorpus(paths, { weights: { extra: "x" } })', () => alignCorpus(seeds, { weights: { extra: 'x' as never } }), '`weights.extra`', /got the string "x"/u],
  ['alignCorpus(paths, { weights: { missing: NaN } })', () => alignCorpus(seeds, { weights: { missing: Number.NaN } }), '`weights.missing`', /got the number NaN/u],
  ['alignCorpus(paths, { weights: { mising: 1 } })', () => alignCorpus(seeds, { weights: { mising: 1 } as never }), '`weights.mising`', /one of the drift codes \(missing, extra/u],
  ['alignCorpus("corpus")', () => alignCorpus('corpus' as never), '`inputs`', /an array of strings, got the string "corpus"; wrap it: \["corpus"\]/u],
  ['alignCorpus(paths, { workers: 0 })', () => alignCorpus(seeds, { workers: 0 }), '`workers`', /an integer ≥ 1, got the number 0/u],
  ['alignCorpus(paths, { workers: 1.5 })', () => alignCorpus(seeds, { workers: 1.5 }), '`workers`', /an integer ≥ 1/u],
  ['alignCorpus(paths, { level: "word" })', () => alignCorpus(seeds, { level: 'word' as never }), '`level`', /one of 'sentence', 'turn'/u],
  ['alignCorpus(paths, { parallelThreshold: 2 })', () => alignCorpus(seeds, { parallelThreshold: 2 }), '`parallelThreshold`', /from 0 to 1/u],
  ['alignCorpus(paths, { maxBytes: -1 })', () => alignCorpus(seeds, { maxBytes: -1 }), '`maxBytes`', /an integer ≥ 1/u],
  ['alignCorpus(paths, { onProgress: 1 })', () => alignCorpus(seeds, { onProgress: 1 as never }), '`onProgress`', /a function/u],
  ['alignCorpus(paths, "strict")', () => alignCorpus(seeds, 'strict' as never), '`options`', /an options object/u],
  ['writeDataset(ds, dir, "json")', () => writeDataset(fixtureDataset(), '/tmp/never-written', 'json' as never), '`formats`', /an array of format names .* got the string "json"; wrap it: \["json"\]/u],
  ['writeDataset(ds, dir, ["pdf"])', () => writeDataset(fixtureDataset(), '/tmp/never-written', ['pdf' as never]), '`formats[0]`', /one of 'json', 'jsonl', 'jsonl-nway', 'tmx', 'moses', 'html', got the string "pdf"/u],
  ['writeDataset(ds, dir, [])', () => writeDataset(fixtureDataset(), '/tmp/never-written', []), '`formats`', /at least one/u],
  ['writeDataset(null, dir)', () => writeDataset(null as never, '/tmp/never-written'), '`dataset`', /a dataset from `alignCorpus`/u],
  ['writeDataset(ds, "")', () => writeDataset(fixtureDataset(), ''), '`dir`', /a non-empty string/u],
  ['buildDataset(null)', () => buildDataset(null as never), '`documents`', /an array of parsed documents/u],
  ['buildDataset([{}])', () => buildDataset([{}] as never), '`documents[0]`', /a parsed document/u],
  ['buildDataset(docs, { weights: { role: Infinity } })', () => buildDataset([doc], { weights: { role: Number.POSITIVE_INFINITY } }), '`weights.role`', /got the number Infinity/u],
  ['scoreDrift(pivot, doc, alignment, { dialogue: "yes" })', () => scoreDrift(pivot, doc, alignment, { dialogue: 'yes' as never }), '`dialogue`', /`true` or `false`, got the string "yes"/u],
  ['scoreDrift(pivot, doc, alignment, { weights: { order: -1 } })', () => scoreDrift(pivot, doc, alignment, { weights: { order: -1 } }), '`weights.order`', /a finite number ≥ 0, got the number -1/u],
  ['scoreDrift(pivot, doc, alignment, { lengthTolerance: NaN })', () => scoreDrift(pivot, doc, alignment, { lengthTolerance: Number.NaN }), '`lengthTolerance`', /a finite number ≥ 0, got the number NaN/u],
  ['scoreDrift(pivot, doc, alignment, { topReasons: 2.5 })', () => scoreDrift(pivot, doc, alignment, { topReasons: 2.5 }), '`topReasons`', /an integer ≥ 0/u],
  ['scoreDrift(pivot, doc, alignment, { family: 7 })', () => scoreDrift(pivot, doc, alignment, { family: 7 as never }), '`family`', /a non-empty string, got the number 7/u],
  ['scoreDrift(pivot, doc, alignment, { sentenceCounts: 3 })', () => scoreDrift(pivot, doc, alignment, { sentenceCounts: 3 as never }), '`sentenceCounts`', /an array with one entry per pivot slot/u],
  ['scoreDrift(pivot, doc, short alignment)', () => scoreDrift(pivot, doc, { ...alignment, cells: alignment.cells.slice(1) }), '`alignment`', new RegExp(`one cell per pivot slot \\(${pivot.slots.length}\\)`, 'u')],
  ['scoreDrift(pivot, doc, alignment, { content: [] })', () => scoreDrift(pivot, doc, alignment, { content: [] }), '`content`', new RegExp(`one entry per pivot slot \\(${pivot.slots.length}\\).*got an array of 0`, 'u')],
  ['judgePairs(docs, { pairs: "some" })', () => judgePairs([doc], { pairs: 'some' as never }), '`pairs`', /one of 'all', 'candidates'/u],
  ['parseDocument(null)', () => parseDocument(null as never), '`text`', /a string or a VFile, got null/u],
  ['parseDocument(text, { maxTitleWords: "x" })', () => parseDocument('x', { maxTitleWords: 'x' as never }), '`maxTitleWords`', /an integer ≥ 1/u],
  ['loadCorpus(null)', () => loadCorpus(null as never), '`inputs`', /an array of strings, got null/u],
  ['loadCorpus([42])', () => loadCorpus([42 as never]), '`inputs[0]`', /a non-empty string, got the number 42/u],
  ['loadCorpusParallel(paths, { workers: "2" })', () => loadCorpusParallel(seeds, { workers: '2' as never }), '`workers`', /got the string "2"/u],
  ['readDocuments(paths, { extensions: "md" })', () => readDocuments(seeds, { extensions: 'md' as never }), '`extensions`', /wrap it: \["md"\]/u],
  ['readDocument(undefined)', () => readDocument(undefined as never), '`path`', /a non-empty string, got undefined/u],
  ['documentFromBytes("text", path)', () => documentFromBytes('text' as never, 'a.txt'), '`bytes`', /a Uint8Array/u],
  ['decodeText(null, file)', () => decodeText(null as never, 'a.txt'), '`bytes`', /a Uint8Array/u],
  ['normalizeText(42)', () => normalizeText(42 as never), '`input`', /a string, got the number 42/u],
  ['documentId(null)', () => documentId(null as never), '`path`', /a non-empty string/u],
  ['resolvePaths(paths, { cwd: 1 })', () => resolvePaths(seeds, { cwd: 1 as never }), '`cwd`', /a non-empty string, got the number 1/u],
]

describe.each(misuses)('%s', (_call, call, name, expected) => {
  it('throws (or rejects with) a UsageError naming the argument and what it must be', async () => {
    let thrown: unknown
    try {
      await call()
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(UsageError)
    expect(thrown).toMatchObject({ name: 'UsageError', code: 'INVALID_OPTION' })
    expect((thrown as Error).message.startsWith(`${name} must be `)).toBe(true)
    expect((thrown as Error).message).toMatch(expected)
  })
})

describe('options that were right', () => {
  it('are accepted: good weights, a string pivot, workers above the machine (capped)', async () => {
    const dataset = await alignCorpus(seeds, { weights: { missing: 0, extra: 1.5 }, pivot: 'consensus', workers: 10_000, detect: false, level: 'turn' })
    expect(dataset.documents.length).toBeGreaterThan(0)
    for (const report of dataset.drift) expect(Number.isFinite(report.score)).toBe(true)
  })

  it('are accepted by scoreDrift: a dialogue flag, weights, a tolerance and a number of reasons', () => {
    const report = scoreDrift(pivot, doc, alignment, { dialogue: false, weights: { missing: 2 }, lengthTolerance: 1.5, topReasons: 3, family: 'f' })
    expect(report.family).toBe('f')
    expect(report.reasons.length).toBeLessThanOrEqual(3)
  })
})
