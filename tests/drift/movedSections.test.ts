import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset, DriftReason } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'
import { swapSections } from '../markdownSections.js'

// Real doc pages (data/docs-dev) where one translation has two neighbouring sections swapped and its unmodified
// version stays beside it, as a site holds a page in every language: the aligner keeps one section in place and
// leaves the other's slots a gap (or merged into the cell before them) with its paragraphs extra elsewhere. Those
// paragraphs fill the gap as a moved block when the anchors its slots expect are found in them — the code blocks
// each paragraph introduces (Tauri's configuration steps), counting only the code blocks the translation writes
// somewhere.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const scratch = scratchDir('moved-sections')
afterAll(() => scratch.remove())

/**
 * A folder with the pages of a project, under `copies/` one page with two sections swapped and a copy of some others
 * (`twice`) changed by `edit`.
 */
function folder(name: string, pages: readonly string[], changed: string, k: number, twice: readonly string[] = [], edit = (t: string): string => t): string {
  const dir = join(scratch.dir, name)
  for (const p of pages) {
    mkdirSync(dirname(join(dir, p)), { recursive: true })
    copyFileSync(join(DEV, p), join(dir, p))
  }
  for (const p of twice) {
    mkdirSync(dirname(join(dir, 'copies', p)), { recursive: true })
    const text = readFileSync(join(DEV, p), 'utf8')
    expect(edit(text)).not.toBe(text)
    writeFileSync(join(dir, 'copies', p), edit(text))
  }
  const text = readFileSync(join(DEV, changed), 'utf8')
  const swapped = swapSections(text, k)
  expect(swapped).not.toBe(text)
  mkdirSync(dirname(join(dir, 'copies', changed)), { recursive: true })
  writeFileSync(join(dir, 'copies', changed), swapped)
  return dir
}

/** The messages of the strong (score ≥ 0.5) reasons of some codes in the document whose path ends with `suffix`. */
function messages(dataset: Dataset, suffix: string, ...codes: string[]): string[] {
  const report = dataset.drift.find((r) => r.document.endsWith(suffix))
  expect(report).toBeDefined()
  const reasons: DriftReason[] = report!.slots.flatMap((s) => s.reasons).filter((r) => r.score >= 0.5 && codes.includes(r.code))
  return [...new Set(reasons.map((r) => r.message))]
}

/** Whether a document but the changed one has an `order` reason. */
const otherOrder = (dataset: Dataset, suffix: string): boolean =>
  dataset.drift.some((r) => !r.document.endsWith(suffix) && r.slots.some((s) => s.reasons.some((x) => x.code === 'order' && x.score >= 0.5)))

describe('a section moved past its neighbour, its slots left a gap', () => {
  it('Tauri "Nuxt", Chinese, Checklist and Example Configuration swapped: the configuration steps read with their code', async () => {
    // The Spanish and French pages keep older configuration blocks than the English and Chinese ones, and are held
    // twice (a copy of each with its Nuxt link changed, as the evaluation's copies are), so most members write the
    // older blocks: the slots expect those, which the Chinese page writes nowhere. The steps "Update Tauri
    // configuration" and "Update Nuxt configuration" say little but introduce the blocks.
    const base = 'tauri-frontend/src/content/docs'
    const pages = ['', 'es/', 'fr/', 'zh-cn/'].map((l) => `${base}/${l}start/frontend/nuxt.mdx`)
    const changed = pages[3]!
    const dataset = await alignCorpus([folder('nuxt', pages, changed, 0, [pages[1]!, pages[2]!], (t) => t.replace('https://nuxt.com', 'https://nuxt.con'))], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    const order = messages(dataset, `copies/${changed}`, 'order')
    // Both sections' slots: the checklist's and the configuration steps'.
    expect(order.some((m) => m.includes('“Checklist”'))).toBe(true)
    expect(order.some((m) => m.includes('“Update Tauri configuration”'))).toBe(true)
    expect(otherOrder(dataset, `copies/${changed}`)).toBe(false)
  }, 180_000)

  it('FastAPI "Cookie Parameters", Chinese, the Recap section moved before the one it closes: both its slots merged, then filled', async () => {
    // The Recap heading and paragraph, moved up, leave their slots laid on the long paragraph before them (a
    // merge, no slot empty); the paragraph's Cookie, Query and Path are what the Recap slot expects.
    const pages = ['en', 'ja', 'ko', 'ru', 'zh'].map((l) => `fastapi-cookie-params/docs/${l}/docs/tutorial/cookie-params.md`)
    const changed = pages[4]!
    const dataset = await alignCorpus([folder('cookie', pages, changed, 1)], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    const order = messages(dataset, `copies/${changed}`, 'order')
    expect(order.some((m) => m.includes('“Recap”'))).toBe(true)
    expect(messages(dataset, `copies/${changed}`, 'merged')).toEqual([])
    expect(otherOrder(dataset, `copies/${changed}`)).toBe(false)
  }, 180_000)
})
