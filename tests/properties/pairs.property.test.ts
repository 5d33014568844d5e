import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { familyPairs, toMoses } from '../../src/index.js'
import type { AlignedUnit, Dataset, DatasetDocument } from '../../src/index.js'

/** What one document puts in one unit: nothing, new sentences, or the previous unit's last sentence again (and new ones). */
type Cell = { kind: 'gap' | 'new' | 'share'; fresh: number; confidence: number }
const cell: fc.Arbitrary<Cell> = fc.record({
  kind: fc.constantFrom('gap', 'new', 'new', 'share'),
  fresh: fc.integer({ min: 0, max: 2 }),
  confidence: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000),
})
const family = fc.integer({ min: 2, max: 4 }).chain((documents) =>
  fc.array(fc.array(cell, { minLength: documents, maxLength: documents }), { minLength: 1, maxLength: 10 }),
)

/** A family of generated documents and units in which a sentence may fill two consecutive units of a document. */
function datasetOf(rows: Cell[][]): Dataset {
  const ids = rows[0]!.map((_, d) => `doc-${d}`)
  const sentences: string[][] = ids.map(() => [])
  const units: AlignedUnit[] = []
  rows.forEach((row, k) => {
    const unit: AlignedUnit = { id: `family-1/s-${k + 1}/1`, family: 'family-1', slot: `s-${k + 1}`, level: 'sentence', role: 'body', texts: {}, spans: {}, confidence: 1, confidences: {}, drift: {} }
    row.forEach((c, d) => {
      const doc = ids[d]!
      const own = sentences[d]!
      const previous = units[k - 1]?.spans[doc] ?? []
      const spans: string[] = []
      if (c.kind === 'share' && previous.length > 0) spans.push(previous[previous.length - 1]!)
      if (c.kind !== 'gap') {
        for (let n = 0; n < Math.max(c.kind === 'new' ? 1 : 0, c.fresh); n++) {
          own.push(`Sentence ${own.length + 1} of ${doc}.`)
          spans.push(`s1.${own.length}`)
        }
      }
      unit.spans[doc] = spans
      unit.texts[doc] = spans.length === 0 ? null : spans.map((s) => own[Number(s.slice(3)) - 1]!).join(' ')
      unit.confidences[doc] = spans.length === 0 ? 0 : c.confidence
      unit.drift[doc] = 0
    })
    units.push(unit)
  })
  const documents: DatasetDocument[] = ids.map((id, d) => {
    const text = sentences[d]!.join(' ')
    const point = { line: 1, column: 1, offset: 0 }
    return {
      id,
      path: id,
      sha256: '0'.repeat(64),
      segments: [{ id: 's1', role: 'body', text, paragraphs: 1, place: { start: point, end: point }, sentences: sentences[d]!.map((s, i) => ({ id: `s1.${i + 1}`, text: s, start: 0, end: 0 })) }],
      diagnostics: [],
      language: { iso6393: 'und', bcp47: ['en', 'de', 'fr', 'km'][d]!, script: 'Latn', confidence: 1, candidates: [] },
      characters: text.length,
    }
  })
  return {
    tool: { name: 'paracorpus', version: '0.0.0' },
    options: { level: 'sentence', pivot: 'consensus', parallelThreshold: 0.5 },
    documents,
    languages: [],
    verdicts: [],
    families: [{ id: 'family-1', documents: ids, alone: false }],
    pivots: [{ id: 'family-1', origin: 'document', document: ids[0], slots: [] }],
    alignments: [{ family: 'family-1', pivot: 'family-1', documents: ids, rows: [], extra: {} }],
    units,
    drift: [],
    diagnostics: [],
  }
}

describe('pairwise units (property)', () => {
  it('put no sentence of any document in two units of one pair, and keep every unit where both sides have text', () => {
    fc.assert(
      fc.property(family, (rows) => {
        const dataset = datasetOf(rows)
        const byId = new Map(dataset.units.map((u) => [u.id, u]))
        for (const pair of familyPairs(dataset, { pairs: 'all' })) {
          const docs = pair.languages.map((l) => l.document)
          const covered = new Set(pair.units.flatMap((u) => u.units))
          for (const unit of dataset.units) if (docs.every((d) => unit.texts[d] !== null)) expect(covered.has(unit.id)).toBe(true)
          for (const doc of docs) {
            const seen = new Set<string>()
            for (const unit of pair.units) {
              const spans = [...new Set(unit.units.flatMap((id) => byId.get(id)!.spans[doc] ?? []))]
              for (const span of spans) {
                expect(seen.has(span)).toBe(false)
                seen.add(span)
              }
              const sentences = dataset.documents.find((d) => d.id === doc)!.segments[0]!.sentences
              expect(unit.texts[doc]).toBe(spans.map((s) => sentences.find((x) => x.id === s)!.text).join(' '))
            }
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('keep with minConfidence exactly the units of a pair whose confidence reaches it, in the same order', () => {
    fc.assert(
      fc.property(family, fc.integer({ min: 0, max: 100 }), (rows, percent) => {
        const dataset = datasetOf(rows)
        const minConfidence = percent / 100
        const all = familyPairs(dataset, { pairs: 'all' })
        familyPairs(dataset, { pairs: 'all', minConfidence }).forEach((pair, i) => {
          expect(pair.units).toEqual(all[i]!.units.filter((u) => u.confidence >= minConfidence))
          expect(pair.belowConfidence).toBe(all[i]!.units.length - pair.units.length)
        })
        for (const moses of toMoses(dataset, { pairs: 'all', minConfidence })) {
          expect(moses.files.map((f) => f.content.split('\n').length - 1)).toEqual([moses.lines, moses.lines])
        }
      }),
      { numRuns: 200 },
    )
  })
})
