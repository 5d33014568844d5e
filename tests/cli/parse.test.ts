import { describe, expect, it } from 'vitest'
import type { ParsedDocument } from '../../src/index.js'
import { cli } from './helpers.js'

describe('paracorpus parse', () => {
  it('prints a summary per document with warnings and their positions', async () => {
    const run = await cli(['parse', 'corpus'])
    expect(run.code).toBe(0)
    const heads = run.stdout.split('\n').filter((l) => l.startsWith('corpus/'))
    expect(heads).toHaveLength(3)
    expect(run.stdout).toMatch(/corpus\/\S+:\d+:\d+ warning .* \[lost-marker\]/u)
  })

  it('prints full documents with --json', async () => {
    const run = await cli(['parse', 'corpus/000_e0cc6a829b0b0a13.txt', '--json'])
    const docs = JSON.parse(run.stdout) as ParsedDocument[]
    expect(docs).toHaveLength(1)
    expect(docs[0]!.segments.filter((s) => s.role === 'question')).toHaveLength(9)
  })

  it('exits 2 and names the file for a missing path, still parsing the others', async () => {
    const run = await cli(['parse', 'corpus/000_e0cc6a829b0b0a13.txt', 'no/such/file.txt'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('no/such/file.txt does not exist')
    expect(run.stdout).toContain('corpus/000_e0cc6a829b0b0a13.txt:')
  })

  it('exits 1 on a usage error', async () => {
    expect((await cli(['parse'])).code).toBe(1)
    expect((await cli(['parse', '--bogus', 'x'])).code).toBe(1)
    expect((await cli(['nonsense'])).code).toBe(1)
  })

  it('shows help', async () => {
    const run = await cli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('parse')
  })
})
