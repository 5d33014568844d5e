import { spawn } from 'node:child_process'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../src/index.js'
import { useTempDirs } from '../tempDirs.js'
import { cli } from './helpers.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const seeds = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => `corpus/${f}`)
const tempDir = useTempDirs('paracorpus-stdin-')

interface Run {
  code: number
  stdout: string
  stderr: string
}

/**
 * Run the real command in a child process with `input` on its stdin, or with stdin fed without end
 * (`endless`) until the child closes it.
 */
function paracorpus(args: string[], input: string | { endless: string }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => stdout.push(c))
    child.stderr.on('data', (c: Buffer) => stderr.push(c))
    child.stdin.on('error', () => {})
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }))
    if (typeof input === 'string') {
      child.stdin.end(input)
      return
    }
    const chunk = input.endless.repeat(4096)
    const feed = (): void => {
      while (!child.stdin.destroyed && child.exitCode === null && child.stdin.write(chunk));
      if (!child.stdin.destroyed && child.exitCode === null) child.stdin.once('drain', feed)
    }
    feed()
  })
}

const seed = (n: number): string => readFileSync(join(root, seeds[n]!), 'utf8')
const withoutOrigin = (d: ParsedDocument): unknown => ({ ...d, id: undefined, path: undefined, diagnostics: d.diagnostics.map((x) => ({ ...x, file: undefined })) })

describe('`-` reads stdin', () => {
  it('parse - gives the document a file gives, named `-`', async () => {
    const [piped, fromFile] = await Promise.all([paracorpus(['parse', '-', '--json'], seed(0)), cli(['parse', seeds[0]!, '--json'])])
    expect(piped.code).toBe(0)
    const [doc] = JSON.parse(piped.stdout) as ParsedDocument[]
    const [same] = JSON.parse(fromFile.stdout) as ParsedDocument[]
    expect(doc!.id).toBe('-')
    expect(doc!.segments.length).toBeGreaterThan(5)
    expect(withoutOrigin(doc!)).toEqual(withoutOrigin(same!))
  })

  it('parse - beside files parses both, and detect - names the language of the piped article', async () => {
    const [parse, detect] = await Promise.all([paracorpus(['parse', seeds[2]!, '-'], seed(0)), paracorpus(['detect', '-', seeds[2]!], seed(1))])
    expect(parse.code).toBe(0)
    expect(parse.stdout).toMatch(/^-: \d+ segments/mu)
    expect(parse.stdout).toContain(`${seeds[2]}: `)
    expect(detect.code).toBe(0)
    const fromFile = await cli(['detect', seeds[1]!])
    const columns = fromFile.stdout.trim().split(/\s+/u).slice(1).join(' ')
    expect(detect.stdout.split('\n').find((l) => l.startsWith('- '))?.trim().split(/\s+/u).slice(1).join(' ')).toBe(columns)
  })

  it('bitext SRC - and bitext - TGT print the beads of the two files', async () => {
    const dir = tempDir()
    const src = join(dir, 'src.txt')
    const tgt = join(dir, 'tgt.txt')
    const source = 'Where were you born?\nI was born in Almaty in 1975.\nThen we moved.\n'
    const target = 'Сіз қайда тудыңыз?\nМен 1975 жылы Алматыда тудым. Содан кейін көштік.\n'
    writeFileSync(src, source)
    writeFileSync(tgt, target)
    const [files, tgtPiped, srcPiped] = await Promise.all([cli(['bitext', src, tgt]), paracorpus(['bitext', src, '-'], target), paracorpus(['bitext', '-', tgt], source)])
    expect(files.code).toBe(0)
    expect(files.stdout).toMatch(/^\[0\]:\[0\]:/u)
    expect(tgtPiped).toEqual(files)
    expect(srcPiped).toEqual(files)
  })

  it.each([
    ['parse', ['parse', '-']],
    ['detect', ['detect', '-']],
    ['detect --lines', ['detect', '--lines', '-']],
    ['bitext', ['bitext', 'corpus/000_e0cc6a829b0b0a13.txt', '-']],
  ])('%s stops an endless stdin at --max-bytes with TOO_LARGE', async (_, args) => {
    const run = await paracorpus([...args, '--max-bytes', '65536'], { endless: 'y\n' })
    expect({ code: run.code, stderr: run.stderr.trim() }).toEqual({ code: 2, stderr: 'paracorpus: InputError [TOO_LARGE]: stdin holds more than 65536 bytes; raise the limit with `--max-bytes` or split the input' })
    expect(run.stdout).toBe('')
  })

  it.each(['align', 'drift'])('%s, which compares documents read from paths, refuses `-` with a usage error naming the commands that read stdin', async (command) => {
    const run = await cli([command, 'corpus', '-'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('`parse -`, `detect -` and `bitext` read stdin')
  })

  it('refuses `-` twice (usage, exit 1) and an empty stdin (EMPTY, exit 2)', async () => {
    const [twice, empty] = await Promise.all([paracorpus(['bitext', '-', '-'], 'a\n'), paracorpus(['parse', '-'], ' \n')])
    expect(twice.code).toBe(1)
    expect(twice.stderr).toContain('can be read only once')
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain('[EMPTY]')
  })
})
