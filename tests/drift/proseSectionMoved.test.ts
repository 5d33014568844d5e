import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'
import { swapSections } from '../markdownSections.js'

// Real guide pages (data/docs-fresh, opensource.guide) in six languages, where one translation has its last two
// sections swapped: the short closing section (a heading and one paragraph, no link, name or number) now stands
// before the longer one. The aligner keeps the longer section on its slots and leaves the short one's slots a gap
// with its two segments extra; no anchor says where they belong, their words do.
const DIR = resolve(import.meta.dirname, '../../data/docs-fresh/opensource-guide/_articles')
const LANGS = ['', 'ar/', 'be/', 'bg/', 'de/', 'ja/']
const PAGES = ['code-of-conduct.md', 'finding-users.md', 'metrics.md']
const scratch = scratchDir('prose-section-moved')
afterAll(() => scratch.remove())

/** The guide's pages in every language, and under `copies/` the page `changed` with its last two sections swapped. */
function folder(changed: string): string {
  const dir = join(scratch.dir, changed.replace(/\W+/gu, '-'))
  for (const l of LANGS) {
    for (const p of PAGES) {
      mkdirSync(join(dir, l), { recursive: true })
      copyFileSync(join(DIR, l, p), join(dir, l, p))
    }
  }
  const text = readFileSync(join(DIR, changed), 'utf8')
  const swapped = swapSections(text, text.match(/^## /gmu)!.length - 2)
  expect(swapped).not.toBe(text)
  mkdirSync(dirname(join(dir, 'copies', changed)), { recursive: true })
  writeFileSync(join(dir, 'copies', changed), swapped)
  return dir
}

/** The slots with a strong (score ≥ 0.5) `order` reason in the document whose path ends with `suffix`. */
function orderSlots(dataset: Dataset, suffix: string): string[] {
  const report = dataset.drift.find((r) => r.document.endsWith(suffix))
  expect(report).toBeDefined()
  return report!.slots.filter((s) => s.reasons.some((r) => r.code === 'order' && r.score >= 0.5)).map((s) => s.slot)
}

describe('a section of prose alone moved past its neighbour', () => {
  it.each([
    ['Bulgarian, the closing section moved up: order on its slots, by its words', 'bg/code-of-conduct.md'],
    ['Arabic, the closing section moved up, its heading laid on the heading it displaced: order on its slots', 'ar/code-of-conduct.md'],
  ])('opensource.guide "Your Code of Conduct", %s', async (_, changed) => {
    const dataset = await alignCorpus([folder(changed)], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(3)
    expect(orderSlots(dataset, `copies/${changed}`).length).toBeGreaterThanOrEqual(2)
    // No other document of the family is out of order.
    const others = dataset.drift.filter((r) => !r.document.endsWith(`copies/${changed}`))
    expect(others.filter((r) => r.slots.some((s) => s.reasons.some((x) => x.code === 'order' && x.score >= 0.5))).map((r) => r.document)).toEqual([])
  }, 300_000)
})
