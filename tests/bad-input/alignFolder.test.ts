import { copyFileSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cli } from '../cli/helpers.js'
import { scratchDir } from './helpers.js'

const seeds = readdirSync('corpus').filter((f) => f.endsWith('.txt'))

/** A folder holding the seed articles and one hostile file beside them. */
function folderWith(name: string, content: string): { dir: string; out: string; remove: () => void } {
  const scratch = scratchDir('align-hostile')
  const out = scratchDir('align-hostile-out')
  for (const f of seeds) copyFileSync(join('corpus', f), join(scratch.dir, f))
  scratch.file(name, content)
  return { dir: scratch.dir, out: out.dir, remove: () => (scratch.remove(), out.remove()) }
}

const cleanups: Array<() => void> = []
afterAll(() => cleanups.forEach((c) => c()))

function dataset(out: string): { documents: Array<{ id: string }> } {
  return JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as { documents: Array<{ id: string }> }
}

function alignedDocuments(out: string): string[] {
  return dataset(out).documents.map((d) => d.id)
}

/** Whether the dataset holds a diagnostic of `ruleId` placed in a file whose name ends with `name`. */
function hasDiagnostic(value: unknown, ruleId: string, name: string): boolean {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null) continue
    const record = node as Record<string, unknown>
    if (record.ruleId === ruleId && JSON.stringify(record).includes(name)) return true
    stack.push(...Object.values(record))
  }
  return false
}

describe.each([
  ['`- ` 10,000 times', 'dash.md', `${'- '.repeat(10_000)}deep\n`, 'markdown-too-deep'],
  ['`1. ` 10,000 times', 'numbers.md', `${'1. '.repeat(10_000)}deep\n`, 'markdown-too-deep'],
  ['`>` 10,000 times', 'quotes.md', `${'>'.repeat(10_000)} deep\n`, 'markdown-too-deep'],
  ['`*a` 100,000 times', 'stars.md', '*a'.repeat(100_000), 'markdown-too-dense'],
  ['`[a](` 50,000 times', 'links.md', '[a]('.repeat(50_000), 'markdown-too-dense'],
])('`paracorpus align` on a folder with a file of %s beside the seeds', (_what, name, content, ruleId) => {
  it('aligns the seeds and the file, its nesting or markup cut with the rule in the dataset and on stderr, and exits 2', { timeout: 300_000 }, async () => {
    const folder = folderWith(name, content)
    cleanups.push(folder.remove)
    const run = await cli(['align', folder.dir, '--out', folder.out, '--format', 'json'])
    expect(run.code).toBe(2)
    expect(run.stdout).toContain(name)
    expect(run.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}:\\d+:\\d+ warning .*\\[${ruleId}\\]`, 'u'))
    expect(hasDiagnostic(dataset(folder.out), ruleId, name)).toBe(true)
    const ids = alignedDocuments(folder.out)
    expect(ids).toHaveLength(seeds.length + 1)
  })
})

describe('`paracorpus align` on a folder with a file past --max-bytes beside the seeds', () => {
  it('aligns the seeds, reports the file as TOO_LARGE and exits 2', { timeout: 300_000 }, async () => {
    const folder = folderWith('huge.md', `${'word '.repeat(200_000)}\n`)
    cleanups.push(folder.remove)
    const run = await cli(['align', folder.dir, '--out', folder.out, '--format', 'json', '--max-bytes', '200000'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/huge\.md error .*\[input-too_large\]/u)
    expect(alignedDocuments(folder.out)).toHaveLength(seeds.length)
  })
})
