import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset, DriftReason } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'
import { swapSections } from '../markdownSections.js'

// Real translated docs (data/docs-dev) where one translation has two neighbouring sections of unequal length swapped.
// The aligner keeps the longer section on its slots and lays the shorter one on the slots beside them: its own slots
// are a gap, the slots it took push their content into a neighbour's cell or out of every slot. Nothing fills no
// slot where the gap is, so a move between a gap and extra segments is not seen; the moved section's anchors (links,
// numbers, names, code), found in the gap's slots and not in those it took, say where it belongs.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const scratch = scratchDir('displaced-sections')
afterAll(() => scratch.remove())

/** A copy of a project's folder with one translation's sections `k` and `k + 1` swapped; returns the folder. */
function swappedProject(project: string, translation: string, k: number): string {
  const dir = join(scratch.dir, project)
  cpSync(join(DEV, project), dir, { recursive: true })
  const path = join(dir, translation)
  const text = readFileSync(path, 'utf8')
  const swapped = swapSections(text, k)
  expect(swapped).not.toBe(text)
  writeFileSync(path, swapped)
  return dir
}

/** The strong reasons (score ≥ 0.5) of the document whose path ends with `suffix`. */
function strong(dataset: Dataset, suffix: string): DriftReason[] {
  const report = dataset.drift.find((r) => r.document.endsWith(suffix))
  expect(report).toBeDefined()
  return report!.slots.flatMap((s) => s.reasons).filter((r) => r.score >= 0.5)
}

/** The slot labels of the strong reasons of one code. */
const labels = (reasons: readonly DriftReason[], code: string): string[] => reasons.filter((r) => r.code === code).map((r) => r.message)

describe('two neighbouring sections of unequal length swapped', () => {
  it('a short licence section moved before a long code-signing section is order on both, not missing', async () => {
    // Starship's README in Korean: "🔒 Code Signing Policy" (a heading, five paragraphs and a list) and "📝라이선스"
    // (a heading and a copyright line with its links) change places.
    const dir = swappedProject('starship-readme', 'docs/ko-KR/guide/README.md', 4)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    const reasons = strong(dataset, 'ko-KR/guide/README.md')
    const order = labels(reasons, 'order')
    expect(order.some((m) => /Лицензия|Copyright/u.test(m))).toBe(true)
    expect(order.some((m) => /подписания кода|Code Signing/iu.test(m))).toBe(true)
    expect(labels(reasons, 'missing').filter((m) => /Лицензия|Copyright/u.test(m))).toEqual([])
    for (const r of dataset.drift.filter((d) => !d.document.endsWith('ko-KR/guide/README.md'))) expect(r.slots.flatMap((s) => s.reasons).filter((x) => x.code === 'order' && x.score >= 0.5)).toEqual([])
  })

  it('a section with a command moved after a shorter one is order on both, and its neighbours keep their cells', async () => {
    // Hexo's troubleshooting page in Russian: "Данные не обновляются" (a paragraph and `hexo clean`) and "No command is
    // executed" change places; "Escape Contents", whose slots the moved section took, keeps its heading and paragraph.
    const dir = swappedProject('hexo-troubleshooting', 'source/ru/docs/troubleshooting.md', 8)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    const reasons = strong(dataset, 'ru/docs/troubleshooting.md')
    const slots = (code: string): string[] => reasons.filter((r) => r.code === code).map((r) => r.slot!)
    expect(slots('order').length).toBeGreaterThanOrEqual(4)
    expect(slots('missing')).toEqual([])
    expect(slots('split')).toEqual([])
    for (const r of dataset.drift.filter((d) => !d.document.endsWith('ru/docs/troubleshooting.md'))) expect(r.slots.flatMap((s) => s.reasons).filter((x) => x.code === 'order' && x.score >= 0.5)).toEqual([])
  })

  it('aligns again the slots a block left without reading a slot the realignment filled (the source named)', async () => {
    // Vite's German getting-started page with its 'Community Vorlagen' section moved before 'Scaffolding': with the
    // English named as source, the slots the moved block left were realigned, and the next run of them read a
    // segment no slot held before the realignment (a TypeError, the whole run lost).
    const dir = swappedProject('vite-getting-started', 'docs-de/docs/guide/index.md', 3)
    const dataset = await alignCorpus([dir], { level: 'turn', source: 'en', workers: 1 })
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    expect(strong(dataset, 'docs-de/docs/guide/index.md').length).toBeGreaterThan(0)
  }, 180_000)
})
