import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'
import { removeSection } from '../markdownSections.js'

// Real translated docs (data/docs-dev) where one translation lost a whole section (its `## ` heading and what
// follows): the heading's slot has no counterpart. A paragraph holds no heading, so the aligner grouping the heading's
// slot with the paragraph beside it is no merge: the heading is missing.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const scratch = scratchDir('section-removed')
afterAll(() => scratch.remove())

/** A folder holding a project's files as they are, but `changed` with its `## ` section `k` removed. */
function withoutSection(name: string, paths: readonly string[], changed: string, k: number): string {
  const dir = join(scratch.dir, name)
  for (const path of paths) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    if (path === changed) writeFileSync(join(dir, path), removeSection(readFileSync(join(DEV, path), 'utf8'), k))
    else copyFileSync(join(DEV, path), join(dir, path))
  }
  return dir
}

/** Strong reasons (score ≥ 0.5) of the document whose path ends with `suffix`, as `code slot-label` lines. */
function strong(dataset: Dataset, suffix: string, code: string): string[] {
  const report = dataset.drift.find((r) => r.document.endsWith(suffix))
  expect(report).toBeDefined()
  return report!.slots.flatMap((s) => s.reasons).filter((r) => r.code === code && r.score >= 0.5).map((r) => r.message)
}

describe('a translation that lost a section', () => {
  it.each([
    // The Chinese "Realtime transport" page without its "选择指南" (decision guide) section: a heading and a table.
    { project: 'openai-agents-realtime-transport', paths: ['docs/realtime/transport.md', ...['ja', 'ko', 'zh'].map((l) => `docs/${l}/realtime/transport.md`)], changed: 'docs/zh/realtime/transport.md', k: 0 },
    // The Russian FastAPI "Cookie parameters" page without its "Резюме" (recap) section: a heading and one line.
    { project: 'fastapi-cookie-params', paths: ['en', 'ja', 'ko', 'ru', 'zh'].map((l) => `docs/${l}/docs/tutorial/cookie-params.md`), changed: 'docs/ru/docs/tutorial/cookie-params.md', k: 2 },
  ])('reports the heading of the $project section as missing, not merged into the paragraph beside it', async ({ project, paths, changed, k }) => {
    const full = paths.map((p) => `${project}/${p}`)
    const dataset = await alignCorpus([withoutSection(project, full, `${project}/${changed}`, k)], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    // The one heading removed has no counterpart; no heading slot is merged.
    expect(strong(dataset, changed, 'missing').filter((m) => /\(heading\) has no counterpart/u.test(m))).toHaveLength(1)
    expect(strong(dataset, changed, 'merged').filter((m) => /^slot heading-/u.test(m))).toEqual([])
  })
})
