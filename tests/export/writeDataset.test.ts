import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS, OutputError, writeDataset, type ExportFileSystem, type ExportFormat } from '../../src/index.js'
import { fixtureDataset } from './fixture.js'
import { useTempDirs } from '../tempDirs.js'

const tempDir = useTempDirs('paracorpus-export-')

const ALL = ['dataset.json', 'family-1.kk-km.jsonl', 'family-1.jsonl', 'family-1.kk-km.tmx', 'family-1.kk-km.kk', 'family-1.kk-km.km', 'report.html']
const MANIFEST = '.paracorpus-manifest.json'

describe('writeDataset', () => {
  it('writes every format by default and returns the paths written', async () => {
    const dir = tempDir()
    const written = await writeDataset(fixtureDataset(), dir)
    expect(written).toEqual(ALL.map((name) => join(dir, name)))
    expect(readdirSync(dir).sort()).toEqual([MANIFEST, ...ALL].sort())
  })

  it.each<[ExportFormat[], string[]]>([
    [['json'], ['dataset.json']],
    [['moses', 'tmx'], ['family-1.kk-km.tmx', 'family-1.kk-km.kk', 'family-1.kk-km.km']],
    [['html', 'jsonl', 'html'], ['family-1.kk-km.jsonl', 'report.html']],
    [['jsonl-nway'], ['family-1.jsonl']],
  ])('writes only the formats asked for (%j)', async (formats, names) => {
    const dir = tempDir()
    expect(await writeDataset(fixtureDataset(), dir, formats)).toEqual(names.map((n) => join(dir, n)))
  })

  it('creates a missing output directory', async () => {
    const dir = join(tempDir(), 'a', 'b')
    await writeDataset(fixtureDataset(), dir, ['json'])
    expect(readdirSync(dir).sort()).toEqual([MANIFEST, 'dataset.json'])
  })

  it('writes byte-identical files for the same dataset', async () => {
    const [one, two] = [tempDir(), tempDir()]
    await writeDataset(fixtureDataset(), one)
    await writeDataset(fixtureDataset(), two)
    for (const name of [MANIFEST, ...ALL]) expect(readFileSync(join(two, name)).equals(readFileSync(join(one, name))), name).toBe(true)
  })

  it('leaves no partial or temporary file when a write fails half-way, and names the file', async () => {
    const dir = tempDir()
    let calls = 0
    const failing: ExportFileSystem = {
      mkdir: (path, options) => fs.mkdir(path, options),
      rename: (from, to) => fs.rename(from, to),
      rm: (path, options) => fs.rm(path, options),
      async writeFile(path, data, encoding) {
        calls += 1
        if (calls === 4) {
          await fs.writeFile(path, data.slice(0, 10), encoding)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        }
        await fs.writeFile(path, data, encoding)
      },
    }
    const error = await writeDataset(fixtureDataset(), dir, EXPORT_FORMATS, { fs: failing }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OutputError)
    expect(error).toMatchObject({ code: 'WRITE_FAILED', file: join(dir, 'family-1.kk-km.tmx') })
    expect((error as OutputError).message).toContain('family-1.kk-km.tmx')
    expect((error as OutputError).message).toContain('ENOSPC')
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps an existing file intact and leaves no temporary file when the target is a directory', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'dataset.json'), 'old\n')
    mkdirSync(join(dir, 'family-1.kk-km.tmx'))
    const error = await writeDataset(fixtureDataset(), dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OutputError)
    expect(error).toMatchObject({ code: 'WRITE_FAILED', file: join(dir, 'family-1.kk-km.tmx') })
    const left = readdirSync(dir).sort()
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([])
    for (const name of left) {
      if (name === 'family-1.kk-km.tmx') continue
      const content = readFileSync(join(dir, name), 'utf8')
      if (name === 'dataset.json' && content === 'old\n') continue
      expect(content.length, name).toBeGreaterThan(0)
    }
  })

  it('throws WRITE_FAILED naming the directory when it cannot be created', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'file'), 'x')
    await expect(writeDataset(fixtureDataset(), join(dir, 'file', 'out'))).rejects.toMatchObject({ name: 'OutputError', code: 'WRITE_FAILED', file: join(dir, 'file', 'out') })
  })
})
