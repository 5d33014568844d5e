import { Ajv2020 } from 'ajv/dist/2020.js'
import { XMLValidator } from 'fast-xml-parser'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'
import { datasetSchema } from '../../src/index.js'
import { cli } from './helpers.js'
import { useTempDirs } from '../tempDirs.js'

const tempDir = useTempDirs('paracorpus-align-')

describe('paracorpus align', () => {
  it('aligns the bundled corpus into every format and prints a summary', async () => {
    const out = join(tempDir(), 'out')
    const run = await cli(['align', 'corpus', '--out', out, '--level', 'turn'])
    expect(run.stderr).not.toMatch(/error/u)
    expect(run.code).toBe(0)
    const names = readdirSync(out).sort()
    expect(names).toContain('dataset.json')
    expect(names).toContain('report.html')
    expect(names.filter((n) => n.endsWith('.jsonl')).length).toBeGreaterThan(0)
    expect(names.filter((n) => n.endsWith('.tmx')).length).toBeGreaterThan(0)
    expect(run.stdout).toMatch(/^documents\s+3$/mu)
    expect(run.stdout).toMatch(/^families\s+\d+ \(\d+ with translations/mu)
    expect(run.stdout).toMatch(/^aligned units\s+\d+ \(turn level/mu)
    expect(run.stdout).toContain('corpus/000_e0cc6a829b0b0a13.txt')
    expect(run.stdout).toMatch(/^document\s+language\s+family \(confidence\)\s+drift$/mu)
    // The Khmer and Kazakh interview's family with its confidence; the unrelated Malay article alone, with the family
    // nearest to it and how well that family fits it (what to look at first when a document is left out).
    expect(run.stdout).toMatch(/^corpus\/000_e0cc6a829b0b0a13\.txt\s+km\s+family-1 \(0\.\d\d\)\s+\d/mu)
    expect(run.stdout).toMatch(/^corpus\/001_73505fbc49ac9a58\.txt\s+ms\s+family-2\s+- \(alone; nearest family-1, 0\.\d\d\)$/mu)
    expect(run.stderr).toMatch(/001_73505fbc49ac9a58\.txt is not a translation of any other document: .*; the family nearest to it is family-1, which fits it at 0\.\d\d on average over 2 judged pairs/u)

    const ajv = new Ajv2020({ allErrors: true })
    const validate = ajv.compile(datasetSchema)
    const valid = validate(JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')))
    expect(ajv.errorsText(validate.errors)).toBe('No errors')
    expect(valid).toBe(true)
    for (const tmx of names.filter((n) => n.endsWith('.tmx'))) expect(XMLValidator.validate(readFileSync(join(out, tmx), 'utf8'))).toBe(true)
    const moses = names.filter((n) => !/\.(json|jsonl|tmx|html)$/u.test(n))
    expect(moses.length).toBeGreaterThanOrEqual(2)
    const counts = moses.map((n) => readFileSync(join(out, n), 'utf8').split('\n').length)
    expect(new Set(counts).size).toBe(1)
  })

  it('writes byte-identical files on two runs', async () => {
    const [one, two] = [tempDir(), tempDir()]
    expect((await cli(['align', 'corpus', '--out', one])).code).toBe(0)
    expect((await cli(['align', 'corpus', '--out', two])).code).toBe(0)
    const names = readdirSync(one).sort()
    expect(readdirSync(two).sort()).toEqual(names)
    for (const name of names) expect(readFileSync(join(two, name)).equals(readFileSync(join(one, name))), name).toBe(true)
  })

  it('takes --workers and writes what one thread writes', async () => {
    const [one, two] = [tempDir(), tempDir()]
    expect((await cli(['align', 'corpus', '--out', one, '--workers', '1', '--format', 'json,tmx'])).code).toBe(0)
    const run = await cli(['align', 'corpus', '--out', two, '--workers', '2', '--format', 'json,tmx'])
    expect(run.code).toBe(0)
    const names = readdirSync(one).sort()
    expect(names.some((n) => n.endsWith('.tmx'))).toBe(true)
    expect(readdirSync(two).sort()).toEqual(names)
    for (const name of names) expect(readFileSync(join(two, name)).equals(readFileSync(join(one, name))), name).toBe(true)
  })

  it('writes only the formats asked for', async () => {
    const out = tempDir()
    expect((await cli(['align', 'corpus', '--out', out, '--format', 'json,html'])).code).toBe(0)
    expect(readdirSync(out).sort()).toEqual(['.paracorpus-manifest.json', 'dataset.json', 'report.html'])
  })

  it.each([
    ['an unknown format', ['--format', 'json,xliff'], 'unknown format `xliff`'],
    ['an unknown level', ['--level', 'word'], 'unknown --level `word`'],
    ['an unknown flag', ['--bogus'], 'bogus'],
    ['a confidence above 1', ['--min-confidence', '1.5'], '--min-confidence needs a number from 0 to 1'],
    ['a confidence that is not a number', ['--min-confidence', 'high'], '--min-confidence needs a number from 0 to 1'],
    ['an unknown pair selection', ['--pairs', 'some'], 'unknown --pairs `some`'],
    ['no thread', ['--workers', '0'], '--workers needs a positive whole number of threads, not `0`'],
    ['threads that are not a whole number', ['--workers', '1.5'], '--workers needs a positive whole number of threads, not `1.5`'],
  ])('exits 1 on %s', async (_, args, message) => {
    const run = await cli(['align', 'corpus', '--out', tempDir(), ...args])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(message)
    expect(run.stdout).toBe('')
  })

  it('prints units kept and left out per pair, and --min-confidence leaves out the units below it', async () => {
    const [all, high] = [tempDir(), tempDir()]
    const one = await cli(['align', 'corpus', '--out', all, '--format', 'moses'])
    const two = await cli(['align', 'corpus', '--out', high, '--format', 'moses', '--min-confidence', '0.95'])
    expect(one.stdout).toMatch(/^pair\s+source\s+units\s+gaps\s+below 0\s+mean confidence$/mu)
    const row = (stdout: string): string[] => /^family-1 kk-km\s.*$/mu.exec(stdout)![0].split(/\s+/u)
    const [, , source, units, , below] = row(one.stdout)
    const [, , , kept, , dropped] = row(two.stdout)
    expect(['kk', 'km']).toContain(source)
    expect(below).toBe('0')
    expect(Number(kept) + Number(dropped)).toBe(Number(units))
    expect(Number(dropped)).toBeGreaterThan(0)
    const lines = readFileSync(join(high, 'family-1.kk-km.kk'), 'utf8').split('\n').length - 1
    expect(lines).toBe(Number(kept))
  })

  it('exits 2 and names the culprit when no input can be read', async () => {
    const run = await cli(['align', 'no/such/dir', '--out', tempDir()])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('no/such/dir')
  })

  it('exits 2 with WRITE_FAILED when the output directory cannot be made', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'file'), 'x')
    const run = await cli(['align', 'corpus', '--out', join(dir, 'file'), '--format', 'json'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('OutputError [WRITE_FAILED]')
    expect(run.stderr).toContain(join(dir, 'file'))
  })

  it.each([
    ['draws a progress bar on a terminal', [], true],
    ['draws nothing with --quiet', ['--quiet'], false],
  ])('%s', async (_, extra, drawn) => {
    const out = new PassThrough()
    const err = Object.assign(new PassThrough(), { isTTY: true })
    let stderr = ''
    err.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
    out.resume()
    const code = await runCli(['align', 'corpus', '--out', tempDir(), '--format', 'json', ...extra], { stdout: out, stderr: err, stdin: Readable.from(['']) })
    expect(code).toBe(0)
    expect(stderr.includes('align [pairs]')).toBe(drawn)
  })

  it('draws no progress bar when stderr is not a terminal', async () => {
    const run = await cli(['align', 'corpus', '--out', tempDir(), '--format', 'json'])
    expect(run.stderr).not.toContain('█')
  })

  it('shows help', async () => {
    const run = await cli(['align', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('--format')
  })
})
