import { describe, expect, it } from 'vitest'
import { buildDataset, parseDocument } from '../../src/index.js'
import { read } from './helpers.js'

// A family of three translations written for the tests (English Q:/A:, German F:/A:, Chinese 问：/答：), mixed
// with the seed corpus: families must come out by content alone, whatever the scripts and markers.
describe('a three-language family beside the seeds', () => {
  const names = ['tests/fixtures/pivot/bakery-en.md', 'tests/fixtures/pivot/bakery-de.md', 'tests/fixtures/pivot/bakery-zh.md', 'corpus/000_e0cc6a829b0b0a13.txt', 'corpus/001_73505fbc49ac9a58.txt', 'corpus/002_2b155514b4abd208.txt']
  const documents = names.map((n) => parseDocument(read(n), { id: n }))
  const dataset = buildDataset(documents, { level: 'turn' })

  it('parses the Chinese translation with full-width colon markers into four exchanges', () => {
    const zh = documents[2]!
    expect(zh.language?.iso6393).toBe('cmn')
    expect(zh.segments.filter((s) => s.role === 'question').map((s) => s.turn)).toEqual([1, 2, 3, 4])
    expect(zh.segments.find((s) => s.role === 'question')!.marker).toBe('问')
  })

  it('groups the three bakery translations, the two interview seeds, and leaves the Malay article alone', () => {
    const families = dataset.families.map((f) => [...f.documents].sort())
    expect(families).toContainEqual(names.slice(0, 3).sort())
    expect(families).toContainEqual([names[3]!, names[5]!])
    expect(families).toContainEqual([names[4]!])
  })

  it('aligns every slot of the three-way family and keeps drift low and explained', () => {
    const family = dataset.families.find((f) => f.documents.length === 3)!
    const table = dataset.alignments.find((a) => a.family === family.id)!
    expect(table.rows).toHaveLength(11)
    for (const row of table.rows) for (const id of table.documents) expect(row.cells[id]).not.toBeNull()
    for (const report of dataset.drift.filter((r) => r.family === family.id)) {
      expect(report.score).toBeLessThan(0.2)
      for (const reason of report.reasons) expect(reason.message.length).toBeGreaterThan(0)
    }
  })
})
