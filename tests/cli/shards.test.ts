import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseJsonl } from '../../src/index.js'
import { cli } from './helpers.js'
import { useTempDirs } from '../tempDirs.js'

const tempDir = useTempDirs('paracorpus-shards-')

async function step(args: string[], stdin = ''): Promise<string> {
  const run = await cli(args, stdin)
  expect(run.stderr, `${args[0]}: ${run.stderr}`).toBe('')
  expect(run.code).toBe(0)
  return run.stdout
}

describe('paracorpus prepare, pairs, judge, group, align-shard, merge', () => {
  it('run one after the other through stdin and stdout, write the files align writes, byte for byte', async () => {
    const dir = tempDir()
    const prepared = await step(['prepare', 'corpus'])
    expect(parseJsonl(prepared, 'prepared').map((r) => r.type)).toEqual(['document', 'document', 'document'])
    const batches = await step(['pairs', '-'], prepared)
    const verdicts = await step(['judge', '-'], prepared + batches)
    const families = await step(['group', '-'], prepared + verdicts)
    writeFileSync(join(dir, 'families.jsonl'), families)
    await step(['align-shard', '-', '--level', 'turn', '--out', join(dir, 'results.jsonl')], prepared + families)
    writeFileSync(join(dir, 'rest.jsonl'), prepared + verdicts)
    const merge = await cli(['merge', join(dir, 'results.jsonl'), join(dir, 'families.jsonl'), join(dir, 'rest.jsonl'), '--out', join(dir, 'merged'), '--level', 'turn'])
    const align = await cli(['align', 'corpus', '--out', join(dir, 'aligned'), '--level', 'turn'])
    expect(merge.code).toBe(align.code)
    expect(merge.stderr).toBe(align.stderr)
    expect(merge.stdout.replace(/merged/gu, 'aligned')).toBe(align.stdout)
    const names = readdirSync(join(dir, 'aligned')).sort()
    expect(readdirSync(join(dir, 'merged')).sort()).toEqual(names)
    for (const name of names) expect(readFileSync(join(dir, 'merged', name)), name).toEqual(readFileSync(join(dir, 'aligned', name)))
  }, 240_000)

  it('turn a bad input line into an error record, not a failure', async () => {
    const input = `${JSON.stringify({ id: 'a.txt', text: 'A title\n\nSome text of 2024.\n' })}\nnot json\n${JSON.stringify({ path: 'no/such/file.txt' })}\n`
    const records = parseJsonl(await step(['prepare', '--input', '-'], input), 'out')
    expect(records.map((r) => r.type)).toEqual(['document', 'error', 'error'])
    expect(JSON.stringify(records[1])).toContain('stdin line 2')
    expect(JSON.stringify(records[2])).toContain('ENOENT')
  })

  it('stop with exit 2 and say what is missing when a step lacks its input', async () => {
    const prepared = await step(['prepare', 'corpus'])
    const merge = await cli(['merge', '-', '--out', join(tempDir(), 'out')], prepared)
    expect(merge.code).toBe(2)
    expect(merge.stderr).toMatch(/no decision record/u)
    const bad = await cli(['judge', '-'], '{"type":"batch","batch":0,"pairs":[["x","y"]]}\n')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/document x/u)
    expect((await cli(['pairs'])).code).toBe(1)
  })
})
