import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

describe.each(['README.md', 'docs/export.md'])('%s', (doc) => {
  it('runs the first TypeScript example against the package source', async () => {
    const markdown = readFileSync(doc, 'utf8')
    const example = /```ts\n([\s\S]*?)```/u.exec(markdown)?.[1]
    expect(example).toContain('writeDataset')
    const dir = mkdtempSync(join(tmpdir(), 'paracorpus-docs-'))
    const out = join(dir, 'out')
    try {
      const source = example!.replace(/from 'paracorpus'/gu, `from ${JSON.stringify(resolve('src/index.ts'))}`).replace(/'out'/gu, JSON.stringify(out))
      const file = join(dir, 'example.mts')
      writeFileSync(file, source)
      const { stdout } = await run(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), file])
      expect(stdout).toContain('dataset.json')
      expect(stdout).toMatch(/family-1\.[a-z]+-[a-z]+\.tmx/u)
      expect(readdirSync(out)).toContain('report.html')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
