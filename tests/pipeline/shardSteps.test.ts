import { copyFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeCorpus } from '../../scripts/pipeline/corpus.js'
import { alignCorpus, alignShard, familyKey, formatJsonl, InputError, judgeShard, mergeShards, parseJsonl, planPairs, prepareInputs, prepareText, toJson } from '../../src/index.js'
import type { Dataset, ShardRecord } from '../../src/index.js'
import { planDataset } from '../../src/pipeline/buildDataset.js'
import { groupAsDriver } from './groupAsDriver.js'
import { scratchDir } from '../bad-input/helpers.js'
import { FAULT_KINDS, foreignPool, renderWithFault } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud } from '../../scripts/drift/pudArticles.js'

/** Records as another process would see them: written as JSONL and read back. */
const roundTrip = (records: readonly ShardRecord[]): ShardRecord[] => parseJsonl(formatJsonl(records), 'shard.jsonl')

describe('JSONL shard records', () => {
  it('read back exactly as written, one object per line', () => {
    const records = [prepareText('a.txt', 'Title\n\nOne sentence here. Another one, 2024.\n'), prepareText('b.txt', '  \n')]
    const text = formatJsonl(records)
    expect(text.split('\n')).toHaveLength(3)
    expect(text.endsWith('\n')).toBe(true)
    expect(JSON.parse(JSON.stringify(parseJsonl(text, 'x')))).toEqual(JSON.parse(JSON.stringify(records)))
    expect(records.map((r) => r.type)).toEqual(['document', 'skipped'])
  })

  it('give a fingerprint a language tag only when it names a variant (none for an undetermined document)', () => {
    const none = prepareText('numbers.txt', '2024 — 12 345 678.\n\n3.14 + 2.72 = 5.86\n')
    const plain = prepareText('a.txt', 'Title\n\nOne sentence here. Another one, with more words in English, 2024.\n')
    expect(none.type === 'document' && none.fingerprint).toMatchObject({ language: 'und' })
    expect(none.type === 'document' && 'bcp47' in none.fingerprint).toBe(false)
    expect(plain.type === 'document' && 'bcp47' in plain.fingerprint).toBe(false)
  })

  it('name the file, line and byte offset of a bad line, and say when the file was cut short', () => {
    const good = formatJsonl([prepareText('a.txt', 'Some text.\n')])
    const cut = `${good}${good.slice(0, 40)}`
    const error = (() => {
      try {
        parseJsonl(cut, 'part-1.jsonl')
      } catch (e) {
        return e
      }
      return undefined
    })() as InputError
    expect(error).toBeInstanceOf(InputError)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toContain('part-1.jsonl line 2')
    expect(error.message).toContain('cut short')
    expect(error.byteOffset).toBe(Buffer.byteLength(good))
    expect(() => parseJsonl('{"type":"nonsense"}\n', 'f')).toThrow(/not a paracorpus shard record/)
    expect(() => parseJsonl('[1]\n', 'f')).toThrow(/not a paracorpus shard record/)
    expect(parseJsonl('\n\n', 'f')).toEqual([])
  })
})

describe('family keys', () => {
  it('come from the member ids alone: the same members give the same key, others another', () => {
    const key = familyKey(['a/1.txt', 'b/2.txt'])
    expect(key).toMatch(/^[0-9a-f]{16}$/u)
    expect(familyKey(['a/1.txt', 'b/2.txt'])).toBe(key)
    expect(familyKey(['a/1.txt'])).not.toBe(key)
    expect(familyKey(['a/1.txt', 'b/2.txt', 'c/3.txt'])).not.toBe(key)
  })
})

describe('the sharded job', () => {
  const scratch = scratchDir('shards')
  // Above 50 documents, so that pairs are candidate pairs from the fingerprints, with a binary file (an error
  // record), an empty one (skipped) and an exact duplicate (kept once).
  const generated = writeCorpus(scratch.dir, 56, 11)
  writeFileSync(join(scratch.dir, 'zz-binary.txt'), Buffer.from([0x41, 0x00, 0x42]))
  writeFileSync(join(scratch.dir, 'zz-empty.txt'), '\n  \n')
  copyFileSync(generated.files[0]!, join(scratch.dir, 'zz-copy.txt'))
  const files = [...generated.files.map((f) => f), join(scratch.dir, 'zz-binary.txt'), join(scratch.dir, 'zz-copy.txt'), join(scratch.dir, 'zz-empty.txt')].sort()
  let expected: Dataset
  beforeAll(async () => {
    expected = await alignCorpus([scratch.dir], { workers: 1 })
    scratch.remove()
  })

  // Every step in its own shards, every hand-over through JSONL.
  const prepared = [prepareInputs(files.slice(0, 20)), prepareInputs(files.slice(20))].map(roundTrip)
  const all = prepared.flat()
  const batches = roundTrip(planPairs(all.map((r) => (r.type === 'document' ? r.fingerprint : r)), 16))
  const documentsOf = (ids: Set<string>): ShardRecord[] => all.filter((r) => r.type === 'document' && ids.has(r.document.id))
  const judged = [0, 1].flatMap((part) => {
    const mine = batches.filter((b) => b.type === 'batch' && b.batch % 2 === part)
    const ids = new Set(mine.flatMap((b) => (b.type === 'batch' ? b.pairs.flat() : [])))
    return roundTrip(judgeShard([...documentsOf(ids), ...mine], planDataset([], {}).settings.align))
  })
  const grouped = groupAsDriver([...all.map((r) => (r.type === 'document' ? r.fingerprint : r)), ...judged], all, 0.5, planDataset([], {}).settings.align)
  const results = [0, 1].flatMap((part) => {
    const mine = grouped.filter((g) => g.type === 'family' && parseInt(g.key.slice(0, 4), 16) % 2 === part)
    const ids = new Set(mine.flatMap((g) => (g.type === 'family' ? g.family.documents : [])))
    // Every shard gets the lexicon records of every language pair.
    return roundTrip(alignShard([...mine, ...grouped.filter((g) => g.type === 'lexicon'), ...documentsOf(ids)]))
  })

  it('hands the family results over as they are: a record read back from JSONL equals the one written', () => {
    const family = grouped.filter((g) => g.type === 'family' && !g.family.alone).slice(0, 3)
    const ids = new Set(family.flatMap((g) => (g.type === 'family' ? g.family.documents : [])))
    const written = alignShard([...family, ...grouped.filter((g) => g.type === 'lexicon'), ...documentsOf(ids)])
    expect(written.some((r) => r.result.cuts?.some((cuts) => cuts.some((c) => c !== null)))).toBe(true)
    expect(roundTrip(written)).toEqual(written)
  })

  it('gives, merged, the dataset align gives: byte for byte', () => {
    const merged = mergeShards([...[...results].reverse(), ...grouped, ...[...judged].reverse(), ...all])
    expect(toJson(merged)).toBe(toJson(expected))
    expect((expected).families.some((f) => !f.alone)).toBe(true)
  })

  it('keeps bad inputs as records and reports them as align does', () => {
    expect(all.filter((r) => r.type === 'error')).toHaveLength(1)
    expect(all.filter((r) => r.type === 'skipped')).toHaveLength(1)
    const ruleIds = (expected).diagnostics.map((d) => d.ruleId)
    expect(ruleIds).toContain('input-binary')
    expect(ruleIds).toContain('duplicate-document')
  })

  it('judges only candidate pairs, each once, a component at a time', () => {
    const pairs = batches.flatMap((b) => (b.type === 'batch' ? b.pairs.map(([a, c]) => `${a}|${c}`) : []))
    expect(new Set(pairs).size).toBe(pairs.length)
    expect(pairs.length).toBeLessThan((56 * 55) / 2 / 2)
    expect(judged.filter((r) => r.type === 'verdict')).toHaveLength(pairs.length)
  })

  it('refuses a merge without every family result, and a shard without the documents it names', () => {
    expect(() => mergeShards([...results.slice(1), ...grouped, ...judged, ...all])).toThrow(/no result for family-/)
    expect(() => judgeShard(batches.slice(0, 1), {})).toThrow(/does not hold|but not the document/)
    expect(() => alignShard(grouped.filter((g) => g.type === 'family' && !g.family.alone).slice(0, 1))).toThrow(/does not hold its document record/)
  })
})

/** Every step of the sharded job in two shards, every hand-over through JSONL; the merged dataset. */
function runSharded(files: readonly string[]): Dataset {
  const prepared = [prepareInputs(files.filter((_, k) => k % 2 === 0)), prepareInputs(files.filter((_, k) => k % 2 === 1))].map(roundTrip).flat()
  const batches = roundTrip(planPairs(prepared.map((r) => (r.type === 'document' ? r.fingerprint : r)), 16))
  const judged = roundTrip(judgeShard([...prepared, ...batches], planDataset([], {}).settings.align))
  const grouped = groupAsDriver([...prepared.map((r) => (r.type === 'document' ? r.fingerprint : r)), ...judged], prepared, 0.5, planDataset([], {}).settings.align)
  const results = roundTrip(alignShard([...grouped, ...prepared]))
  return mergeShards([...results, ...grouped, ...judged, ...prepared])
}

describe('the sharded job on translations whose cells the content check moves', () => {
  // Real professional translations (PUD, ../shared/data/pud) of news articles in six languages, each translation
  // with one fault put in on purpose: the content check re-fits cells and scores them again from the family
  // results, which reach the merge through JSON.
  const languages = ['en', 'de', 'ru', 'zh', 'ar', 'th']
  const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), languages)
  const articles = buildArticles(sentences).filter((a) => a.origin === 'news').slice(0, 4)
  const pool = foreignPool(articles, sentences)
  const scratch = scratchDir('shards-pud')
  const files = articles.flatMap((article, a) =>
    languages.flatMap((lang, l) => {
      const fault = l === 0 ? 'faithful' : FAULT_KINDS[(a * 5 + l) % FAULT_KINDS.length]!
      const doc = renderWithFault(article, sentences, lang, fault, pool, `${article.id}/${lang}`)
      return doc === undefined ? [] : [scratch.file(`${article.id}-${lang}.txt`, doc.text)]
    }),
  )

  it('gives, merged, the dataset align gives: byte for byte', async () => {
    const expected = await alignCorpus([scratch.dir], { workers: 1 })
    const merged = runSharded(files.sort())
    scratch.remove()
    expect(expected.families.filter((f) => !f.alone).length).toBeGreaterThanOrEqual(articles.length)
    expect(toJson(merged)).toBe(toJson(expected))
  }, 240_000)
})
