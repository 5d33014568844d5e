import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { scratchDir } from '../bad-input/helpers.js'
import { APATCH_BESIDE_RUSSIAN, APATCH_FAQ, apatchFolderBesideRussian } from './apatchFolder.js'
import { swapSections } from '../markdownSections.js'

// A real FAQ (tests/fixtures/real/apatch-faq: English source, Arabic, Chinese, Russian and Ukrainian translations)
// where one translation has two neighbouring sections swapped: a question-and-answer section and a section of a
// heading, two paragraphs and a link line. No re-assignment of one kind undoes that move (the headings and
// paragraphs keep their own order, so do the question and answer); the gap the moved section leaves and the run of
// paragraphs that fill no slot match across positions, kind by kind, by length and by anchors.
const FAQ = APATCH_FAQ
const scratch = scratchDir('section-moves')
afterAll(() => scratch.remove())

describe('a translation with two sections swapped', () => {
  const dir = join(scratch.dir, 'swapped')
  const russian = apatchFolderBesideRussian(dir)
  // "What is Kernel Patch Module?" and "Relationship between APatch and KernelPatch".
  const swapped = swapSections(russian, 4)
  writeFileSync(join(dir, 'ru.md'), swapped)

  it('reports the move as order on both sections, not as missing and extra', async () => {
    expect(swapped).not.toBe(russian)
    expect(swapped.indexOf('## Связь между APatch и KernelPatch')).toBeLessThan(swapped.indexOf('## Что такое Kernel Patch Module?'))
    const dataset = await alignCorpus([dir], { level: 'turn', source: 'en', workers: 1 })
    const family = dataset.families.find((f) => !f.alone)!
    expect(family.documents).toHaveLength(5)
    const report = dataset.drift.find((r) => r.document.endsWith('ru.md'))!
    const strong = (code: string): string[] => report.slots.flatMap((s) => s.reasons).filter((r) => r.code === code && r.score >= 0.5).map((r) => r.message)
    const ordered = strong('order')
    // Both sections: the question and its answer's three paragraphs, the heading, both paragraphs and the link line.
    expect(ordered).toHaveLength(8)
    expect(ordered.some((m) => /Kernel Patch Module\?/u.test(m))).toBe(true)
    expect(ordered.some((m) => /Relationship between APatch and KernelPatch/u.test(m))).toBe(true)
    expect(strong('missing')).toEqual([])
    // None of the moved paragraphs is left without a slot.
    const table = dataset.alignments.find((a) => a.family === family.id)!
    const segments = dataset.documents.find((d) => d.id === report.document)!.segments
    const left = (table.extra[report.document] ?? []).map((id) => segments.find((s) => s.id === id)!.text)
    expect(left.filter((t) => /KernelPatch|Kernel Patch/u.test(t))).toEqual([])
    // The translations as they are keep their order.
    for (const r of dataset.drift.filter((d) => d !== report)) expect(r.slots.flatMap((s) => s.reasons).filter((x) => x.code === 'order')).toEqual([])
  })

  it('finds the move when the pivot is another translation and the aligner glued the moved edges to their neighbours', async () => {
    // Without a named source the pivot is a translation (Arabic here), whose paragraphs differ from the Russian and
    // Ukrainian ones: the aligner glues the moved section's heading to the slot before it and its link line to the
    // question after it, and shares the gap's first slot with the answer before it. Both translations are swapped.
    const both = join(scratch.dir, 'both')
    mkdirSync(both, { recursive: true })
    for (const [name, path] of Object.entries(APATCH_BESIDE_RUSSIAN)) if (name !== 'uk.md') copyFileSync(join(FAQ, path), join(both, name))
    writeFileSync(join(both, 'ru.md'), swapped)
    writeFileSync(join(both, 'uk.md'), swapSections(readFileSync(join(FAQ, 'uk/faq_uk.md'), 'utf8'), 4))
    const dataset = await alignCorpus([both], { level: 'turn', workers: 1 })
    expect(dataset.families.find((f) => !f.alone)!.documents).toHaveLength(5)
    for (const name of ['ru.md', 'uk.md']) {
      const report = dataset.drift.find((r) => r.document.endsWith(name))!
      const strong = (code: string): string[] => report.slots.flatMap((s) => s.reasons).filter((r) => r.code === code && r.score >= 0.5).map((r) => r.slot!)
      // The question and answer and the moved section's slots.
      expect(strong('order').length, name).toBeGreaterThanOrEqual(4)
      expect(strong('missing'), name).toEqual([])
      expect(report.reasons.filter((r) => r.code === 'extra' && r.score >= 0.5), name).toEqual([])
    }
    for (const r of dataset.drift.filter((d) => !/(ru|uk)\.md$/u.test(d.document))) expect(r.slots.flatMap((s) => s.reasons).filter((x) => x.code === 'order')).toEqual([])
  })
})
