import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { InputError, loadCorpus, readDocument, readDocuments } from '../../src/index.js'
import { cli } from '../cli/helpers.js'
import { scratchDir, seedTexts } from './helpers.js'

// Root reads through `chmod 000` (CI runs tests as root). There, the permission error is raised by hooks on the
// two calls that meet it — listing a directory (`readdirSync`) and opening a file (`openSync`) — with the very
// error Node gives an unprivileged user; elsewhere the real `chmod` does it. A second test below makes the kernel
// refuse for real by running the CLI as an unprivileged user in a child process.
const isRoot = process.getuid?.() === 0
const denied = vi.hoisted(() => new Set<string>())

function permissionDenied(syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${path}'`), { code: 'EACCES', errno: -13, syscall, path })
}

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const openSync = ((path: Parameters<typeof fs.openSync>[0], ...rest: unknown[]) => {
    if (typeof path === 'string' && denied.has(path)) throw permissionDenied('open', path)
    return (fs.openSync as (...args: unknown[]) => number)(path, ...rest)
  }) as typeof fs.openSync
  const readdirSync = ((path: Parameters<typeof fs.readdirSync>[0], ...rest: unknown[]) => {
    if (typeof path === 'string' && denied.has(path)) throw permissionDenied('scandir', path)
    return (fs.readdirSync as (...args: unknown[]) => unknown)(path, ...rest)
  }) as typeof fs.readdirSync
  return { ...fs, openSync, readdirSync, default: { ...fs, openSync, readdirSync } }
})

const scratch = scratchDir('bad-permissions')
const good = scratch.file('good.txt', seedTexts()[1]!)
const locked = join(scratch.dir, 'locked')
mkdirSync(locked)
scratch.file('locked/inside.txt', seedTexts()[2]!)
const lockedFile = scratch.file('locked-file.txt', seedTexts()[0]!)
chmodSync(locked, 0o000)
chmodSync(lockedFile, 0o000)
if (isRoot) {
  denied.add(locked)
  denied.add(lockedFile)
}
afterAll(() => {
  chmodSync(locked, 0o755)
  chmodSync(lockedFile, 0o644)
  scratch.remove()
})

describe('a directory without read permission', () => {
  it('is an EACCES InputError naming the directory; the good file is still read', () => {
    const result = readDocuments([locked, good])
    expect(result.documents.map((d) => d.path)).toEqual([good])
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toBeInstanceOf(InputError)
    expect(result.errors[0]).toMatchObject({ name: 'InputError', code: 'EACCES', file: locked })
    expect(result.errors[0]!.message).toBe(`cannot list directory ${locked}: EACCES: permission denied, scandir '${locked}'`)
  })

  it('makes `paracorpus parse` exit 2 and still parse the rest; --strict stops', async () => {
    const run = await cli(['parse', locked, good])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`InputError [EACCES]: cannot list directory ${locked}: EACCES: permission denied`)
    expect(run.stdout).toContain(`${good}: `)
    const strict = await cli(['parse', '--strict', locked, good])
    expect(strict.code).toBe(2)
    expect(strict.stdout).toBe('')
  })

  it('alone, is thrown', () => {
    expect(() => loadCorpus([locked])).toThrow(expect.objectContaining({ code: 'EACCES' }))
  })
})

describe('a file without read permission', () => {
  it('is an EACCES InputError saying permission denied; the others are still processed', async () => {
    expect(() => readDocument(lockedFile)).toThrow(expect.objectContaining({ name: 'InputError', code: 'EACCES', file: lockedFile, message: `cannot read ${lockedFile}: permission denied` }))
    const run = await cli(['drift', lockedFile, good])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`cannot read ${lockedFile}: permission denied [input-eacces]`)
    expect(run.stdout).toContain(good)
  })
})

describe.runIf(isRoot)('as an unprivileged user (root only: run the CLI in a child process under uid 65534)', () => {
  it('the kernel refuses the directory and the CLI exits 2 with EACCES, still parsing the good file', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url))
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'parse', locked, good], { cwd: root, uid: 65534, gid: 65534, encoding: 'utf8', timeout: 60_000 })
    // A container without CAP_SETUID cannot switch user; the hooked tests above have covered the path then.
    if ((child.error as NodeJS.ErrnoException | undefined)?.code === 'EPERM') return
    expect(child.error).toBeUndefined()
    expect(child.stderr).toContain(`InputError [EACCES]: cannot list directory ${locked}: EACCES: permission denied, scandir '${locked}'`)
    expect(child.stdout).toContain(`${good}: `)
    expect(child.status).toBe(2)
  })
})

describe('an unreadable subdirectory inside a directory argument', () => {
  it('is an EACCES error naming the subdirectory; the readable files beside it are still read', () => {
    const result = readDocuments([scratch.dir])
    expect(result.documents.map((d) => d.path)).toEqual([good])
    expect(result.errors.map((e) => [e.code, e.file])).toEqual([
      ['EACCES', locked],
      ['EACCES', lockedFile],
    ])
    expect(result.errors[0]!.message).toBe(`cannot list directory ${locked}: EACCES: permission denied, scandir '${locked}'`)
  })

  it('makes `paracorpus parse` on the directory exit 2 with the readable file parsed', async () => {
    const run = await cli(['parse', scratch.dir])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`InputError [EACCES]: cannot list directory ${locked}`)
    expect(run.stdout).toContain(`${good}: `)
  })
})
