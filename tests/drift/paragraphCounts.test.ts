import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { othersParagraphs } from '../../src/drift/paragraphCounts.js'
import type { PivotAlignment } from '../../src/pivot/types.js'
import type { ParsedDocument } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'
import { APATCH_FAQ } from './apatchFolder.js'

// A real pair (tests/fixtures/real/apatch-faq: the English FAQ and its Russian translation) where the translation has
// a paragraph more after its first answer: a family of two members. Whether a paragraph was added to a cell is asked
// of the other members; the pivot's count is a median over both, the translation's own two paragraphs included, and
// rounds to two, as many as the translation has.
const scratch = scratchDir('paragraph-counts')
afterAll(() => scratch.remove())

describe('the paragraphs the other members write in a slot', () => {
  it('leave out the member judged: in a family of two, the other member alone', async () => {
    copyFileSync(join(APATCH_FAQ, 'en/faq.md'), join(scratch.dir, 'en.md'))
    const russian = readFileSync(join(APATCH_FAQ, 'ru/faq_ru.md'), 'utf8')
    const answer = 'с мощными возможностями исправления ядра KernelSU.\n'
    expect(russian).toContain(answer)
    writeFileSync(join(scratch.dir, 'ru.md'), russian.replace(answer, `${answer}\nОбновления выходят каждую неделю, а список изменений публикуется в канале проекта.\n`))
    const dataset = await alignCorpus([scratch.dir], { level: 'turn', workers: 1 })
    const family = dataset.families.find((f) => f.documents.length === 2)!
    expect(family).toBeDefined()
    const table = dataset.alignments.find((a) => a.family === family.id)!
    const pivot = dataset.pivots.find((p) => p.id === table.pivot)!
    const members = table.documents.map((id) => dataset.documents.find((d) => d.id === id)! as unknown as ParsedDocument)
    const alignments: PivotAlignment[] = table.documents.map((id) => ({ document: id, pivot: pivot.id, cells: table.rows.map((r) => r.cells[id] ?? null), extra: table.extra[id] ?? [], reordered: [], method: 'hub' }))
    const ru = table.documents.findIndex((id) => id.endsWith('ru.md'))
    const en = 1 - ru
    // The slot whose Russian cell holds the added paragraph.
    const slot = alignments[ru]!.cells.findIndex((c) => c !== null && c.segments.some((id) => members[ru]!.segments.find((s) => s.id === id)!.text.includes('каждую неделю')))
    expect(slot).toBeGreaterThanOrEqual(0)
    const paragraphs = (d: number): number => alignments[d]!.cells[slot]!.segments.reduce((a, id) => a + members[d]!.segments.find((s) => s.id === id)!.paragraphs, 0)
    expect(paragraphs(ru)).toBe(2)
    expect(paragraphs(en)).toBe(1)
    // The pivot's median counts the Russian cell too, and rounds up to its two paragraphs; the English alone writes one.
    expect(pivot.slots[slot]!.paragraphs).toBe(2)
    expect(othersParagraphs(members, alignments, ru)[slot]).toBe(1)
    expect(othersParagraphs(members, alignments, en)[slot]).toBe(2)
  }, 300_000)
})
