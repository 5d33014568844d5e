import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { scratchDir } from '../bad-input/helpers.js'

// RustDesk's README and its translations (tests/fixtures/real; sources and licences in its README) link the Sciter
// library for each system on one line, `[Windows](…/sciter.dll) | [Linux](…) | [macOS](…)`: the links are content.
const scratch = scratchDir('download-line')
afterAll(() => scratch.remove())

describe('a line of download links', () => {
  it('reports a changed download URL of the Arabic README on that line', async () => {
    cpSync('tests/fixtures/real/rustdesk-readme', scratch.dir, { recursive: true })
    const arabic = join(scratch.dir, 'docs/README-AR.md')
    writeFileSync(arabic, readFileSync(arabic, 'utf8').replace('bin.win/x64/sciter.dll', 'bin.win/x64/sciter.dlm'))
    const dataset = await alignCorpus([scratch.dir], { level: 'turn', workers: 1 })
    const report = dataset.drift.find((r) => r.document.endsWith('README-AR.md'))!
    const reasons = report.slots.flatMap((s) => s.reasons).filter((r) => r.score >= 0.5 && r.message.includes('sciter.dll'))
    expect(reasons.map((r) => r.code)).toEqual(['anchor-lost'])
  }, 180_000)
})
