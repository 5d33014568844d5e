import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { OutputError, writeDataset } from '../../src/index.js'
import { cli } from '../cli/helpers.js'
import { fixtureDataset } from '../export/fixture.js'
import { useTempDirs } from '../tempDirs.js'
import { seedTexts } from './helpers.js'

const tempDir = useTempDirs('paracorpus-bad-out-')
const MANIFEST = '.paracorpus-manifest.json'
const root = fileURLToPath(new URL('../../', import.meta.url))

/** A pid that no process has any more: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  return child.pid!
}

describe('an --out directory used again', () => {
  it('holds one dataset: files of the previous run not written again are removed, files paracorpus did not write are kept', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'notes.txt'), 'mine\n')
    writeFileSync(join(dir, 'family-9.jsonl'), 'not from paracorpus\n')
    await writeDataset(fixtureDataset(), dir)
    expect(readdirSync(dir).filter((n) => n.startsWith('family-1'))).toHaveLength(5)
    const written = await writeDataset(fixtureDataset(), dir, ['json'])
    expect(written).toEqual([join(dir, 'dataset.json')])
    expect(readdirSync(dir).sort()).toEqual([MANIFEST, 'dataset.json', 'family-9.jsonl', 'notes.txt'])
    expect(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'))).toEqual({ tool: 'paracorpus', files: ['dataset.json'] })
  })

  it('never removes a file outside the directory, whatever the manifest says', async () => {
    const dir = tempDir()
    const outside = tempDir()
    writeFileSync(join(outside, 'precious.txt'), 'keep\n')
    writeFileSync(join(dir, MANIFEST), JSON.stringify({ tool: 'paracorpus', files: [`../${outside.split('/').pop()!}/precious.txt`, join(outside, 'precious.txt'), '..', 'dataset.json'] }))
    await writeDataset(fixtureDataset(), dir, ['json'])
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('keep\n')
  })

  it('through the CLI: a second, smaller run leaves only its own files beside the unrelated ones', async () => {
    const seeds = seedTexts()
    const inputs = tempDir()
    seeds.forEach((text, i) => writeFileSync(join(inputs, `seed-${i}.txt`), text))
    const out = tempDir()
    writeFileSync(join(out, 'README.txt'), 'my notes\n')
    expect((await cli(['align', inputs, '--out', out])).code).toBe(0)
    const first = readdirSync(out)
    const onlyOne = join(inputs, 'seed-0.txt')
    expect((await cli(['align', onlyOne, '--out', out, '--format', 'json,jsonl'])).code).toBe(0)
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files: string[] }
    expect(readdirSync(out).sort()).toEqual([MANIFEST, 'README.txt', ...manifest.files].sort())
    expect(manifest.files).toContain('dataset.json')
    expect(manifest.files.every((name) => name === 'dataset.json' || name.endsWith('.jsonl'))).toBe(true)
    expect(first.length).toBeGreaterThan(readdirSync(out).length)
  })
})

describe('temporary files', () => {
  it('left by a killed run are removed by the next run; those of a live process and unrelated files are kept', async () => {
    const dir = tempDir()
    const orphan = `.dataset.json.${deadPid()}.0badc0de.tmp`
    const live = `.dataset.json.${process.ppid}.0badc0de.tmp`
    for (const name of [orphan, live, '.my-editor.tmp', 'draft.tmp']) writeFileSync(join(dir, name), 'x'.repeat(1000))
    await writeDataset(fixtureDataset(), dir, ['json'])
    expect(readdirSync(dir).sort()).toEqual([live, MANIFEST, '.my-editor.tmp', 'dataset.json', 'draft.tmp'].sort())
  })

  it('are removed when the process is interrupted (SIGINT) during the write phase', () => {
    const dir = tempDir()
    const script = join(tempDir(), 'interrupt.mts')
    writeFileSync(
      script,
      [
        `import * as fs from 'node:fs/promises'`,
        `import { writeDataset } from ${JSON.stringify(join(root, 'src/index.ts'))}`,
        `import { fixtureDataset } from ${JSON.stringify(join(root, 'tests/export/fixture.ts'))}`,
        `let calls = 0`,
        `const interrupting = { ...fs, async writeFile(path: string, data: string, encoding: 'utf8') {`,
        `  await fs.writeFile(path, data, encoding)`,
        `  if (++calls === 3) { process.kill(process.pid, 'SIGINT'); await new Promise((r) => setTimeout(r, 30_000)) }`,
        `} }`,
        `await writeDataset(fixtureDataset(), ${JSON.stringify(dir)}, undefined, { fs: interrupting })`,
      ].join('\n'),
    )
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    expect(child.signal).toBe('SIGINT')
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('an --out path where no directory can be made', () => {
  // Node's recursive mkdir retried for ever under /proc (100 % CPU); each level is now tried at most twice.
  it.each(['/proc/self/x', '/proc/self/x/y'])('%s is a WRITE_FAILED OutputError', async (dir) => {
    const error = await writeDataset(fixtureDataset(), dir, ['json']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OutputError)
    expect(error).toMatchObject({ code: 'WRITE_FAILED', file: dir })
  })

  it('makes `paracorpus align --out /proc/self/x` exit 2', async () => {
    const run = await cli(['align', 'corpus', '--out', '/proc/self/x', '--format', 'json'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('OutputError [WRITE_FAILED]: cannot create the output directory `/proc/self/x`')
  })
})
