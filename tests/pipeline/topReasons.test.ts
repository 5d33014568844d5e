import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { scratchDir } from '../bad-input/helpers.js'

// Vite's "Getting Started" in English and German (data/docs-dev; sources and licences in its README). The German page
// opens a code block with four backticks and closes it with three, so everything after it is code on the site too:
// its report has far more than ten reasons.
const DEV = 'data/docs-dev/vite-getting-started'
const scratch = scratchDir('top-reasons')
afterAll(() => scratch.remove())

describe('how many reasons a drift report lists', () => {
  it('lists ten by default, every one with a larger `topReasons`, and refuses one that is no whole number', async () => {
    for (const path of ['vite/docs/guide/index.md', 'docs-de/docs/guide/index.md']) {
      mkdirSync(dirname(join(scratch.dir, path)), { recursive: true })
      copyFileSync(join(DEV, path), join(scratch.dir, path))
    }
    const german = async (topReasons?: number) => (await alignCorpus([scratch.dir], { level: 'turn', workers: 1, ...(topReasons === undefined ? {} : { topReasons }) })).drift.find((r) => r.document.includes('docs-de'))!
    const some = await german()
    const all = await german(Number.MAX_SAFE_INTEGER)
    expect(some.reasons).toHaveLength(10)
    expect(all.reasons.length).toBeGreaterThan(10)
    expect(all.reasons.slice(0, 10)).toEqual(some.reasons)
    expect(all.score).toBe(some.score)
    await expect(german(Number.POSITIVE_INFINITY)).rejects.toThrow(/topReasons/u)
  }, 180_000)
})
