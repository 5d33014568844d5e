import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../tempDirs.js'
import { cli } from './helpers.js'

const tempDir = useTempDirs('paracorpus-max-bytes-')

describe('--max-bytes', () => {
  it.each([
    ['align', (f: string, out: string) => ['align', f, '--out', out]],
    ['drift', (f: string) => ['drift', f]],
    ['parse', (f: string) => ['parse', f]],
    ['detect', (f: string) => ['detect', f]],
    ['detect', (f: string) => ['detect', '--lines', f]],
    ['bitext', (f: string) => ['bitext', f, f]],
  ])('%s takes the --max-bytes its TOO_LARGE error names', async (name, args) => {
    const dir = tempDir()
    const file = join(dir, 'article.txt')
    writeFileSync(file, 'A sentence of an article that is longer than the limit.\n'.repeat(4))
    const run = await cli([...args(file, join(dir, 'out')), '--max-bytes', '100'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('[TOO_LARGE]')
    expect(run.stderr).toContain('`--max-bytes`')
    expect((await cli([name, '--help'])).stdout).toContain('--max-bytes N')
    expect((await cli([...args(file, join(dir, 'out')), '--max-bytes', '100000'])).stderr).not.toContain('TOO_LARGE')
  })
})
