import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/index.js'
import { cli } from '../cli/helpers.js'
import { useTempDirs } from '../tempDirs.js'

const tempDir = useTempDirs('paracorpus-bad-warnings-')

describe('a file repeating one line 5,000 times', () => {
  const repeated = ['A title', ...Array.from({ length: 5_000 }, () => 'The same line, again and again.')].join('\n\n')

  it('gives the first 20 warnings of the rule and one that counts the rest', () => {
    const path = join(tempDir(), 'repeated.txt')
    writeFileSync(path, repeated)
    const [doc] = loadCorpus([path], { detect: false }).documents
    const duplicates = doc!.diagnostics.filter((d) => d.ruleId === 'duplicate-line')
    expect(duplicates).toHaveLength(21)
    expect(duplicates[20]!.reason).toBe('and 4,979 more `duplicate-line` warnings in this file (the first 20 are listed)')
  })

  it('prints a short report from `paracorpus parse`, not 5,000 lines', async () => {
    const path = join(tempDir(), 'repeated.txt')
    writeFileSync(path, repeated)
    const run = await cli(['parse', path])
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n').length).toBeLessThan(40)
    expect(run.stdout).toContain('and 4,979 more `duplicate-line` warnings')
  })
})
