import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { InputError, readDocument, readDocuments, resolvePaths } from '../../src/index.js'
import { cli } from '../cli/helpers.js'
import { scratchDir, seedTexts } from './helpers.js'

const scratch = scratchDir('bad-walk')
afterAll(() => scratch.remove())
const seeds = seedTexts()

describe('symbolic link loops in an input directory', () => {
  // Two links back to the root: a walk that follows links without remembering where it has been grows as 2^depth.
  const root = join(scratch.dir, 'looped')
  mkdirSync(join(root, 'inner'), { recursive: true })
  const first = scratch.file('looped/first.txt', seeds[0]!)
  const second = scratch.file('looped/inner/second.txt', seeds[1]!)
  symlinkSync('..', join(root, 'inner', 'up'))
  symlinkSync('.', join(root, 'self'))
  symlinkSync('inner', join(root, 'also-inner'))

  it('are walked once by real path: every file once, each loop reported once as a warning', () => {
    const found = resolvePaths([root])
    expect(found.files).toEqual([first, second])
    expect(found.unresolved).toEqual([])
    expect(found.diagnostics.map((d) => [d.ruleId, d.file])).toEqual([
      ['symlink-revisit', join(root, 'also-inner')],
      ['symlink-loop', join(root, 'inner', 'up')],
      ['symlink-loop', join(root, 'self')],
    ])
  })

  it('do not stop `paracorpus parse`: both files are parsed, the loops are warnings, exit 0', async () => {
    const run = await cli(['parse', root])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`${first}: `)
    expect(run.stdout).toContain(`${second}: `)
    expect(run.stderr).toContain(`${join(root, 'self')} is a symbolic link to ${root}, which contains it (a loop); skipped [symlink-loop]`)
  })

  it('in a glob, are not followed', () => {
    expect(resolvePaths([`${root}/**/*.txt`]).files).toEqual([first, second])
  })
})

describe('special files', () => {
  const dir = join(scratch.dir, 'special')
  mkdirSync(dir)
  const fifo = join(dir, 'pipe.txt')
  execFileSync('mkfifo', [fifo])
  const good = scratch.file('special/good.txt', seeds[2]!)
  const broken = join(dir, 'broken.txt')
  symlinkSync('missing.txt', broken)

  // Each of these blocked or read for ever before regular files were required and reads were capped.
  it.each([
    ['a FIFO', fifo, /pipe\.txt is a named pipe \(FIFO\), not a regular file/u],
    ['/dev/zero', '/dev/zero', /\/dev\/zero is a character device, not a regular file/u],
    ['/dev/null', '/dev/null', /\/dev\/null is a character device/u],
  ])('%s named as a file is a NOT_A_FILE InputError, without blocking', (_what, path, message) => {
    expect(() => readDocument(path)).toThrow(InputError)
    expect(() => readDocument(path)).toThrow(expect.objectContaining({ code: 'NOT_A_FILE', file: path, message: expect.stringMatching(message) }))
  })

  it('a file whose reported size is 0 but that holds more (/proc) is capped: TOO_LARGE, naming the option that exists', () => {
    expect(() => readDocument('/proc/self/status', { maxBytes: 64 })).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE', message: expect.stringContaining('holds more than 64 bytes (its reported size is 0)') }),
    )
    expect(() => readDocument('/proc/self/status', { maxBytes: 64 })).toThrow(/`--max-bytes` on the CLI/u)
  })

  it('inside a directory, a FIFO or broken link named like a text file is reported, and the good file read', () => {
    const result = readDocuments([dir])
    expect(result.documents.map((d) => d.path)).toEqual([good])
    expect(result.errors.map((e) => [e.code, e.file])).toEqual([
      ['ENOENT', broken],
      ['NOT_A_FILE', fifo],
    ])
  })

  it.each([
    ['parse', ['parse', '/dev/zero', fifo, good]],
    ['detect', ['detect', fifo, good]],
  ])('`paracorpus %s` reports them and exits 2, still processing the good file', async (_name, args) => {
    const run = await cli(args)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('InputError [NOT_A_FILE]')
    expect(run.stdout).toContain(good)
  })

  it.each([
    ['bitext', ['bitext', fifo, good]],
    ['detect --lines', ['detect', '--lines', '/dev/zero']],
    ['merge', ['merge', fifo]],
    ['judge', ['judge', '/dev/zero']],
    ['prepare --input', ['prepare', '--input', fifo]],
    ['align --pivot', ['align', good, '--pivot', '/dev/zero', '--out', join(scratch.dir, 'pivot-out')]],
  ])('`paracorpus %s` on a FIFO or device exits 2 with NOT_A_FILE', async (_name, args) => {
    const run = await cli(args)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/InputError \[NOT_A_FILE\]: .* not a regular file/u)
  })

  it('`--max-bytes` exists on the CLI and caps what is read', async () => {
    const run = await cli(['parse', '--max-bytes', '100', good])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('InputError [TOO_LARGE]')
    expect((await cli(['parse', '--max-bytes', '-3', good])).code).toBe(1)
  })
})
