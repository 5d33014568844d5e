import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset, DriftReason } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'
import { swapSections } from '../markdownSections.js'

// OpenTelemetry's "Distributions" page (data/docs-dev; its translations record the English commit they translate)
// where one translation has two neighbouring sections of about the same shape swapped: the aligner lays each
// section's content on the other's slots, item by item, with confident cells, and leaves no gap or extra segment.
// The anchors each section's slots expect and the other's do not (the heading ids, the links) are found in the
// segments laid on the other section's slots: order on both sections, not lost and changed anchors.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev/opentelemetry-concepts')
const LANGUAGES = ['en', 'es', 'fr', 'ja', 'pt', 'ro', 'zh']
const path = (language: string): string => `content/${language}/docs/concepts/distributions.md`
const scratch = scratchDir('swapped-sections')
afterAll(() => scratch.remove())

/** The page in every language, one translation replaced by `text`; returns the folder. */
function family(name: string, language: string, text: string): string {
  const dir = join(scratch.dir, name)
  for (const l of LANGUAGES) {
    mkdirSync(dirname(join(dir, path(l))), { recursive: true })
    copyFileSync(join(DEV, path(l)), join(dir, path(l)))
  }
  writeFileSync(join(dir, path(language)), text)
  return dir
}

/** The strong reasons (score ≥ 0.5) of the document whose path ends with `suffix`. */
function strong(dataset: Dataset, suffix: string): DriftReason[] {
  const report = dataset.drift.find((r) => r.document.endsWith(suffix))
  expect(report).toBeDefined()
  return report!.slots.flatMap((s) => s.reasons).filter((r) => r.score >= 0.5)
}

/** The slots of the strong reasons of some codes. */
const slotsOf = (reasons: readonly DriftReason[], ...codes: string[]): string[] => [...new Set(reasons.filter((r) => codes.includes(r.code)).map((r) => r.slot!))]

/** Whether a document other than the one changed has an `order` reason. */
const otherOrder = (dataset: Dataset, suffix: string): boolean => dataset.drift.some((r) => !r.document.endsWith(suffix) && r.slots.some((s) => s.reasons.some((x) => x.code === 'order' && x.score >= 0.5)))

describe('two neighbouring sections of about the same shape swapped', () => {
  it('the Romanian "Collector" and "Language specific instrumentation libraries" subsections: order on both, no anchor reason', async () => {
    // Each a heading, then a paragraph and a paragraph or a one-item list: the second one's heading id and its Java
    // agent link stand on the first one's slots, and the first one's blog post and builder links on the second's.
    const text = readFileSync(join(DEV, path('ro')), 'utf8')
    const end = text.indexOf('\n## ', text.indexOf('\n### ')) + 1
    const swapped = swapSections(text.slice(0, end), 0, '### ') + text.slice(end)
    expect(swapped).not.toBe(text)
    const dataset = await alignCorpus([family('ro', 'ro', swapped)], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    const reasons = strong(dataset, path('ro'))
    const order = slotsOf(reasons, 'order')
    expect(order.length).toBeGreaterThanOrEqual(4)
    expect(slotsOf(reasons, 'anchor-lost', 'anchor-changed', 'partial').filter((s) => order.includes(s))).toEqual([])
    expect(otherOrder(dataset, path('ro'))).toBe(false)
  }, 180_000)

  it('the Japanese "Who can create a distribution?" and "Contribution or distribution?" sections, written as headings where others ask: order on both', async () => {
    // The pivot reads these sections as questions and their answers; the Japanese page writes the questions as
    // headings without a question mark, so the section openers are matched as openers of either kind.
    const text = readFileSync(join(DEV, path('ja')), 'utf8')
    const swapped = swapSections(text, 1)
    expect(swapped).not.toBe(text)
    const dataset = await alignCorpus([family('ja', 'ja', swapped)], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    const reasons = strong(dataset, path('ja'))
    expect(slotsOf(reasons, 'order').length).toBeGreaterThanOrEqual(4)
    expect(slotsOf(reasons, 'merged', 'split')).toEqual([])
    expect(otherOrder(dataset, path('ja'))).toBe(false)
  }, 180_000)
})

describe('two paragraphs of lopsided lengths in a faithful translation', () => {
  it('stay in their slots when their anchors are there: the Chinese "Zero-code" page has no order reason', async () => {
    // The Chinese page (known faithful: it records the English commit it translates) writes its first paragraph
    // shorter and its third longer than the others do; lengths alone exchanged them (two paragraphs two slots
    // apart), though the first holds the ops and code-based links, OpenTelemetry, API and SDK the first slot expects.
    const dir = join(scratch.dir, 'zero-code')
    const page = (l: string): string => `content/${l}/docs/concepts/instrumentation/zero-code/index.md`
    for (const l of ['en', 'es', 'fr', 'ja', 'pt', 'zh']) {
      mkdirSync(dirname(join(dir, page(l))), { recursive: true })
      copyFileSync(join(DEV, page(l)), join(dir, page(l)))
    }
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    for (const r of dataset.drift) expect(slotsOf(r.slots.flatMap((s) => s.reasons).filter((x) => x.score >= 0.5), 'order')).toEqual([])
  }, 180_000)
})
