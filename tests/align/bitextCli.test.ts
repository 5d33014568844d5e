import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.js'

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d: Buffer) => (out += d.toString()))
  stderr.on('data', (d: Buffer) => (err += d.toString()))
  const code = await runCli(argv, { stdout, stderr, stdin: new PassThrough() })
  return { code, stdout: out, stderr: err }
}

const dir = mkdtempSync(join(tmpdir(), 'paracorpus-bitext-'))
const src = join(dir, 'src.txt')
const tgt = join(dir, 'tgt.txt')
writeFileSync(src, 'Where were you born?\n\nI was born in Almaty in 1975.\nThen we moved.\n')
writeFileSync(tgt, 'Сіз қайда тудыңыз?\n\nМен 1975 жылы Алматыда тудым. Содан кейін көштік.\n')
const binary = join(dir, 'bin.txt')
writeFileSync(binary, Buffer.from([0x61, 0x00, 0x62]))

describe('paracorpus bitext', () => {
  it('prints one Vecalign-style bead per line with a confidence in [0, 1]', async () => {
    const { code, stdout } = await cli(['bitext', src, tgt])
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    for (const line of lines) expect(line).toMatch(/^\[[\d,]*\]:\[[\d,]*\]:(0|1)\.\d\d$/u)
    expect(lines[0]).toMatch(/^\[0\]:\[0\]:/u)
    expect(lines).toContain(lines.find((l) => l.startsWith('[2,3]:[2]:')))
  })

  it('reads a word lexicon with --lexicon and rejects a malformed one with exit 2', async () => {
    const lexicon = join(dir, 'en-kk.lex')
    writeFileSync(lexicon, '# p1 0.7 p0 0.05\nborn\tтудым\nborn\tтудыңыз\nmoved\tкөштік\n')
    const { code, stdout } = await cli(['bitext', '--lexicon', lexicon, src, tgt])
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')[0]).toMatch(/^\[0\]:\[0\]:/u)
    const bad = join(dir, 'bad.lex')
    writeFileSync(bad, 'born тудым\n')
    const failed = await cli(['bitext', '--lexicon', bad, src, tgt])
    expect(failed.code).toBe(2)
    expect(failed.stderr).toMatch(/bad\.lex line 1/u)
  })

  it('prints JSON with --json', async () => {
    const { code, stdout } = await cli(['bitext', '--json', src, tgt])
    expect(code).toBe(0)
    const beads = JSON.parse(stdout) as Array<{ source: number[]; target: number[] }>
    expect(beads.flatMap((b) => b.source)).toEqual([0, 1, 2, 3])
  })

  it('honours --max-bead 1', async () => {
    const { stdout } = await cli(['bitext', '--max-bead', '1', src, tgt])
    for (const line of stdout.trim().split('\n')) expect(line).not.toMatch(/\d,\d/u)
  })

  it('says in --help that the third field is a confidence, not a cost', async () => {
    const { code, stdout } = await cli(['bitext', '--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/NOT Vecalign's cost/u)
  })

  it.each([
    [['bitext', src], 1],
    [['bitext', '--max-bead', 'x', src, tgt], 1],
    [['bitext', '--bogus', src, tgt], 1],
    [['bitext', join(dir, 'missing.txt'), tgt], 2],
    [['bitext', binary, tgt], 2],
  ])('exits with the right code for %j', async (argv, expected) => {
    const { code, stderr } = await cli(argv)
    expect(code).toBe(expected)
    expect(stderr).toMatch(/paracorpus:/u)
  })
})
