import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'

// Real translated docs as their projects wrote them (tests/fixtures/real, data/docs-dev), read as a user would
// (consensus pivot, no source named). `partial` says a slot's text stops early; these cells keep their whole text,
// and were read as cut because their share of the document was measured against the wrong whole.
const REAL = resolve(import.meta.dirname, '../fixtures/real')
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')

/** The `partial` reasons (score ≥ 0.5) of the document whose path ends with `file`, by slot label. */
function partials(dataset: Dataset, file: string): string[] {
  const report = dataset.drift.find((r) => r.document.endsWith(file))!
  expect(report).toBeDefined()
  return report.slots.flatMap((s) => s.reasons).filter((r) => r.code === 'partial' && r.score >= 0.5).map((r) => r.message)
}

describe('partial on real translations', () => {
  it('reads a slot against the text that fills slots, not against sections the translation added', async () => {
    // The Chinese RustDesk README has sections the English one lacks (they fill no slot), so every slot holds a
    // smaller share of its letters: its faithful "Desktop versions use Flutter or Sciter" paragraph, written in two
    // sentences where others write three, looked cut at 80% of its expected share.
    const dataset = await alignCorpus([resolve(REAL, 'rustdesk-readme')], { level: 'turn', workers: 1 })
    expect(partials(dataset, 'README-ZH.md').filter((m) => /Desktop versions use Flutter/u.test(m))).toEqual([])
    // The Arabic paragraph is an older version (Sciter only, no tutorial or CI sentence): still partial.
    expect(partials(dataset, 'README-AR.md').filter((m) => /Desktop versions use Flutter/u.test(m))).toHaveLength(1)
  })

  it('counts text the alignment left beside a cell, and sentences with letters only', async () => {
    // The Japanese Starship FAQ translates the uninstall answer whole, but its opening line and its last paragraph
    // fill no slot (the question is a heading there); the Korean README's contributing paragraph has the others'
    // two sentences with letters (the slot's third is a lone emoji in some members).
    const faq = await alignCorpus([resolve(DEV, 'starship-faq')], { level: 'turn', workers: 1 })
    expect(partials(faq, 'ja-JP/faq/README.md')).toEqual([])
    const readme = await alignCorpus([resolve(DEV, 'starship-readme')], { level: 'turn', workers: 1 })
    expect(partials(readme, 'ko-KR/guide/README.md')).toEqual([])
  })
})

describe('partial read from the alignment with the pivot’s document', () => {
  it('does not take a cell for cut when the sentence aligner paired its slot with another, shorter paragraph', async () => {
    // The Persian Vite guide translates the Node.js note whole (three sentences, 20.19+, 22.12+ and the link), but
    // the hub's sentence alignment paired the note with a one-sentence paragraph of the translation: the cell itself
    // keeps more than the slot's text.
    const dataset = await alignCorpus([resolve(DEV, 'vite-getting-started')], { level: 'turn', workers: 1 })
    const doc = dataset.documents.find((d) => (d.path ?? '').endsWith('docs-fa/docs/guide/index.md'))!
    const note = doc.segments.find((s) => s.text.startsWith('Vite به نسخه'))!
    const row = dataset.alignments.flatMap((a) => a.rows).find((r) => r.cells[doc.id]?.segments.includes(note.id) === true)!
    expect(row).toBeDefined()
    const report = dataset.drift.find((r) => r.document === doc.id)!
    expect(report.slots.find((s) => s.slot === row.slot)!.reasons.filter((r) => r.code === 'partial' && r.score >= 0.5)).toEqual([])
  })
})
