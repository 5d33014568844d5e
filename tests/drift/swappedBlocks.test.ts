import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset, DriftReason } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'
import { swapSections } from '../markdownSections.js'

// Two neighbouring sections swapped in a real translation (data/docs-dev) whose sections are mostly code: the code
// blocks a section's paragraphs introduce are among the anchors its slots expect (read with the paragraphs), a code
// block the translation keeps in an older version tells nothing of the order, and a translation that writes the
// pivot's paragraphs as headings fits the pivot's structure a regrouping worse either way.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const scratch = scratchDir('swapped-blocks')
afterAll(() => scratch.remove())

/** Copies of some files of a project, one of them replaced by `text`; returns the folder. */
function folder(name: string, project: string, files: readonly string[], changed: string, text: string): string {
  const dir = join(scratch.dir, name)
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true })
    copyFileSync(join(DEV, project, f), join(dir, f))
  }
  writeFileSync(join(dir, changed), text)
  return dir
}

/** The slots of the strong reasons (score ≥ 0.5) of some codes, on the document whose path ends with `suffix`. */
function slotsOf(dataset: Dataset, suffix: string, ...codes: string[]): string[] {
  const report = dataset.drift.find((r) => r.document.endsWith(suffix))
  expect(report).toBeDefined()
  const reasons: DriftReason[] = report!.slots.flatMap((s) => s.reasons).filter((r) => r.score >= 0.5 && codes.includes(r.code))
  return [...new Set(reasons.map((r) => r.slot!))]
}

/** Whether a document other than the one changed has an `order` reason. */
const otherOrder = (dataset: Dataset, suffix: string): boolean => dataset.drift.some((r) => !r.document.endsWith(suffix) && r.slots.some((s) => s.reasons.some((x) => x.code === 'order' && x.score >= 0.5)))

describe('two sections swapped, read with their code', () => {
  it('Tauri\'s Chinese Next.js page with "Checklist" and "Example Configuration" swapped: order, found with the code blocks the sections introduce', async () => {
    // The example section is mostly code (a tauri.conf.json in three package managers' versions, a Next.js config):
    // the anchors its slots expect are those blocks, which stand in code segments after the paragraphs, and the
    // Chinese page keeps older versions of some of them, which tell nothing about the order.
    const page = (l: string): string => `src/content/docs/${l === 'en' ? '' : `${l}/`}start/frontend/nextjs.mdx`
    const files = ['en', 'es', 'fr', 'zh-cn'].map(page)
    const text = readFileSync(join(DEV, 'tauri-frontend', page('zh-cn')), 'utf8')
    const swapped = swapSections(text, 0)
    expect(swapped).not.toBe(text)
    const dataset = await alignCorpus([folder('nextjs', 'tauri-frontend', files, page('zh-cn'), swapped)], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    expect(slotsOf(dataset, page('zh-cn'), 'order').length).toBeGreaterThanOrEqual(4)
    expect(otherOrder(dataset, page('zh-cn'))).toBe(false)
  }, 180_000)
})
