import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { slotLabel } from '../../src/pivot/consensusSlots.js'

// The Starship FAQ (data/docs-dev/starship-faq: the English original at docs/faq/README.md and four translations in
// docs/<lang>/faq/): the consensus pivot is built around a translation, the family's source is the English its paths
// name. Reasons must name slots in the original's words.
const DIR = resolve(import.meta.dirname, '../../data/docs-dev/starship-faq')

describe('slot labels in the family source', () => {
  it('names every slot the source fills by the first words of its text there, though the hub is a translation', async () => {
    const dataset = await alignCorpus([DIR], { level: 'turn', workers: 1 })
    const family = dataset.families.find((f) => !f.alone)!
    const source = dataset.documents.find((d) => d.id === family.source)!
    expect(source.path).toMatch(/docs\/faq\/README\.md$/u)
    const pivot = dataset.pivots.find((p) => p.id === family.id)!
    expect(pivot.document).not.toBe(source.id)
    const table = dataset.alignments.find((a) => a.family === family.id)!
    const text = new Map(source.segments.map((s) => [s.id, s.text] as const))
    const labelled = pivot.slots.filter((slot, i) => {
      const cell = table.rows[i]!.cells[source.id]
      if (cell === null || cell === undefined) return false
      expect(slot.label).toBe(slotLabel(text.get(cell.segments[0]!)!))
      return true
    })
    expect(labelled.length).toBeGreaterThan(pivot.slots.length / 2)
    // The reasons about the translations quote those labels.
    const messages = dataset.drift.flatMap((r) => r.reasons.map((x) => x.message)).filter((m) => /^slot \S+ “/u.test(m))
    expect(messages.length).toBeGreaterThan(0)
    for (const m of messages) expect(pivot.slots.some((s) => m.startsWith(`slot ${s.id} “${s.label}”`))).toBe(true)
  })
})
