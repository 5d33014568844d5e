import { Ajv2020 } from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildDataset, parseDocument, toJson } from '../../src/index.js'
import type { Dataset, ParsedDocument } from '../../src/index.js'
import { seedTexts } from '../bad-input/helpers.js'

const seeds = seedTexts().map((text) => text.split(/\n\s*\n/u).filter((p) => p.trim() !== ''))
const parsedCache = new Map<string, ParsedDocument>()

/** One edit a translator or a scraper might make to an article's paragraphs. */
type Edit = { kind: 'drop' | 'duplicate' | 'swap' | 'renumber' | 'truncate'; at: number }
const edit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('drop', 'duplicate', 'swap', 'renumber', 'truncate'), at: fc.nat() })

function applyEdits(paragraphs: string[], edits: Edit[]): string[] {
  const out = [...paragraphs]
  for (const { kind, at } of edits) {
    if (out.length < 2) break
    const i = at % out.length
    if (kind === 'drop') out.splice(i, 1)
    else if (kind === 'duplicate') out.splice(i, 0, out[i]!)
    else if (kind === 'swap') [out[i], out[(i + 1) % out.length]] = [out[(i + 1) % out.length]!, out[i]!]
    else if (kind === 'renumber') out[i] = out[i]!.replace(/\d/gu, (d) => String((Number(d) + 1) % 10))
    else out.splice(Math.max(1, i))
  }
  return out
}

function parse(id: string, text: string): ParsedDocument {
  const key = `${id}\u0000${text}`
  let doc = parsedCache.get(key)
  if (doc === undefined) parsedCache.set(key, (doc = parseDocument(text, { id })))
  return doc
}

// 2–3 documents, each a seed article (translations of one another or not) with a few edits.
const corpus = fc.array(fc.record({ seed: fc.nat({ max: seeds.length - 1 }), edits: fc.array(edit, { maxLength: 3 }) }), { minLength: 2, maxLength: 3 })
const level = fc.constantFrom('turn' as const, 'sentence' as const)

function build(members: Array<{ seed: number; edits: Edit[] }>, unitLevel: 'turn' | 'sentence'): Dataset {
  const documents = members.map((m, k) => parse(`doc-${k + 1}`, applyEdits(seeds[m.seed]!, m.edits).join('\n\n')))
  return buildDataset(documents, { level: unitLevel })
}

const inUnit = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 1

describe('datasets of small generated corpora', () => {
  it('keep every drift score, component, reason, verdict and unit confidence in [0, 1]', () => {
    let reports = 0
    fc.assert(
      fc.property(corpus, level, (members, unitLevel) => {
        const dataset = build(members, unitLevel)
        reports += dataset.drift.length
        for (const report of dataset.drift) {
          expect(inUnit(report.score), `${report.document} score ${report.score}`).toBe(true)
          for (const [code, value] of Object.entries(report.components)) expect(inUnit(value), `${code} ${value}`).toBe(true)
          for (const slot of report.slots) {
            expect(inUnit(slot.score)).toBe(true)
            for (const value of Object.values(slot.components)) expect(inUnit(value)).toBe(true)
            for (const reason of slot.reasons) expect(inUnit(reason.score)).toBe(true)
          }
          for (const reason of report.reasons) expect(inUnit(reason.score)).toBe(true)
        }
        for (const verdict of dataset.verdicts) expect(inUnit(verdict.score)).toBe(true)
        for (const unit of dataset.units) {
          expect(inUnit(unit.confidence)).toBe(true)
          for (const value of Object.values(unit.drift)) expect(inUnit(value)).toBe(true)
        }
      }),
      { numRuns: 12 },
    )
    // The generated corpora do form families: drift was really scored.
    expect(reports).toBeGreaterThan(0)
  })

  it('serialise to JSON that validates against the schema and re-serialises to the same bytes', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schema/dataset.schema.json', import.meta.url), 'utf8')) as object
    const ajv = new Ajv2020({ allErrors: true, strict: true })
    const validate = ajv.compile(schema)
    fc.assert(
      fc.property(corpus, level, (members, unitLevel) => {
        const dataset = build(members, unitLevel)
        const json = toJson(dataset)
        const parsed = JSON.parse(json) as Dataset
        expect(validate(parsed), ajv.errorsText(validate.errors)).toBe(true)
        expect(toJson(parsed)).toBe(json)
        expect(parsed).toEqual(JSON.parse(JSON.stringify(dataset)))
      }),
      { numRuns: 8 },
    )
  })
})
