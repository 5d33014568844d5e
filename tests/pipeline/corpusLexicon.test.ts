import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus, alignShard, formatJsonl, judgeShard, Lexicon, languagePairLexicon, mergeShards, parseJsonl, planPairs, prepareInputs, toJson, UsageError } from '../../src/index.js'
import { groupAsDriver } from './groupAsDriver.js'
import type { Dataset, LexiconRecord, ShardRecord } from '../../src/index.js'
import { planDataset } from '../../src/pipeline/buildDataset.js'
import { cli } from '../cli/helpers.js'
import { useTempDirs } from '../tempDirs.js'

const tempDir = useTempDirs('paracorpus-lexicon-')

/**
 * Eight Hindi–Chinese article pairs built from PUD sentences (tests/fixtures/pud-corpus, README there): paragraphs
 * of four sentences, about one target sentence in eight deleted. `gold.tsv`: article, source sentence, its target
 * sentence (empty when deleted).
 */
const dir = join(import.meta.dirname, '..', 'fixtures', 'pud-corpus')
const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, '')
const gold = new Set(
  readFileSync(join(dir, 'gold.tsv'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [article, source, target] = line.split('\t')
      return `${article}|${squash(source)}|${squash(target)}`
    }),
)

/** Units whose Hindi and Chinese texts are exactly a gold pair (or a gold deletion). */
function rightUnits(dataset: Dataset): number {
  let right = 0
  for (const unit of dataset.units) {
    const docs = Object.keys(unit.texts)
    const hi = docs.find((d) => d.endsWith('.hi.txt'))
    const zh = docs.find((d) => d.endsWith('.zh.txt'))
    const article = (hi ?? zh ?? '').split('/').pop()?.slice(0, 3) ?? ''
    if (gold.has(`${article}|${squash(hi === undefined ? '' : unit.texts[hi])}|${squash(zh === undefined ? '' : unit.texts[zh])}`)) right++
  }
  return right
}

describe('the corpus lexicon of alignCorpus', () => {
  const run = (options: Parameters<typeof alignCorpus>[1]): Promise<Dataset> => alignCorpus([dir], { workers: 1, ...options })

  it('aligns the sentences of short articles of one language pair better with words learned on all of them', async () => {
    const without = await run({ corpusLexicon: false })
    const withLexicon = await run({})
    expect(withLexicon.families.filter((f) => !f.alone)).toHaveLength(8)
    expect(rightUnits(withLexicon)).toBeGreaterThan(rightUnits(without))
    expect(rightUnits(withLexicon) / gold.size).toBeGreaterThan(0.7)
    // Only the sentences of the units change: families, verdicts and drift are those of the run without it.
    expect(withLexicon.verdicts).toEqual(without.verdicts)
    expect(withLexicon.drift).toEqual(without.drift)
  }, 120_000)

  it('gives the same dataset on a pool of workers as on one thread', async () => {
    expect(toJson(await alignCorpus([dir], { workers: 2 }))).toBe(toJson(await run({})))
  }, 120_000)

  it('uses a given lexicon for its language pair instead of learning one', async () => {
    const useless = new Lexicon([['नहीं', '没有']], { p1: 0.5, p0: 0.2 })
    const given = await run({ lexicons: [{ ...languagePairLexicon(['hi', 'zh'], useless) }] })
    const learned = await run({})
    expect(toJson(given)).not.toBe(toJson(learned))
    await expect(run({ lexicons: [{ languages: ['hin'], pairs: [], p1: 0.5, p0: 0.1 }] as never })).rejects.toThrow(UsageError)
  }, 120_000)

  it('is learned once in the sharded job (judge → group → rejudge → group → align-shard) and gives the dataset alignCorpus gives', async () => {
    const roundTrip = (records: readonly ShardRecord[]): ShardRecord[] => parseJsonl(formatJsonl(records), 'shard.jsonl')
    const prepared = roundTrip(await prepareInputs([dir]))
    const batches = roundTrip(planPairs(prepared, 16))
    const { settings } = planDataset([], {})
    // Two judge shards, each with every document and half of the batches.
    const judged = [0, 1].flatMap((half) => roundTrip(judgeShard([...prepared, ...batches.filter((_, k) => k % 2 === half)], settings.align)))
    expect(judged.some((r) => r.type === 'pair-training')).toBe(true)
    const decision = groupAsDriver([...prepared, ...judged], prepared, settings.threshold, settings.align)
    const lexicons = decision.filter((r): r is LexiconRecord => r.type === 'lexicon')
    expect(lexicons.map((r) => r.lexicon.languages)).toEqual([['cmn', 'hin']])
    const families = decision.filter((r) => r.type === 'family')
    const results = [0, 1].flatMap((half) => roundTrip(alignShard([...prepared, ...lexicons, ...families.filter((_, k) => k % 2 === half)])))
    const merged = mergeShards([...prepared, ...judged, ...decision, ...results])
    expect(toJson(merged)).toBe(toJson(await run({})))
  }, 180_000)

  it('reads a lexicon file with --lexicon L1:L2=FILE in align and in group, with the same dataset either way', async () => {
    const out = tempDir()
    const inputs = await prepareInputs([dir])
    const learned = groupAsDriver(
      [...inputs, ...judgeShard([...inputs, ...planPairs(inputs, 64)], planDataset([], {}).settings.align)],
      inputs,
      0.5,
      planDataset([], {}).settings.align,
    ).find((r): r is LexiconRecord => r.type === 'lexicon')!.lexicon
    // Written the other way round (Chinese first): a lexicon works in either direction.
    const file = join(out, 'zh-hi.tsv')
    writeFileSync(file, new Lexicon(learned.pairs.map(([h, z]): [string, string] => [z, h]), { p1: learned.p1, p0: learned.p0 }).toText())
    const align = await cli(['align', dir, '--out', join(out, 'aligned'), '--format', 'json', '--lexicon', `zh:hi=${file}`])
    expect(align.code).toBe(0)
    const prepared = await cli(['prepare', dir])
    const batches = await cli(['pairs', '-'], prepared.stdout)
    const verdicts = await cli(['judge', '-'], prepared.stdout + batches.stdout)
    // group asks for a second judging round; rejudge scores it on the documents and group decides with the scores.
    const asked = await cli(['group', '-', '--lexicon', `zh:hi=${file}`], prepared.stdout + verdicts.stdout)
    const rescored = await cli(['rejudge', '-'], prepared.stdout + asked.stdout)
    const families = await cli(['group', '-', '--lexicon', `zh:hi=${file}`], prepared.stdout + verdicts.stdout + rescored.stdout)
    const results = await cli(['align-shard', '-'], prepared.stdout + families.stdout)
    const merged = await cli(['merge', '-', '--out', join(out, 'merged'), '--format', 'json'], prepared.stdout + verdicts.stdout + families.stdout + results.stdout)
    expect(merged.code).toBe(0)
    expect(readFileSync(join(out, 'merged', 'dataset.json'), 'utf8')).toBe(readFileSync(join(out, 'aligned', 'dataset.json'), 'utf8'))
    const bad = await cli(['align', dir, '--out', join(out, 'bad'), '--lexicon', file])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('L1:L2=FILE')
  }, 240_000)
})
