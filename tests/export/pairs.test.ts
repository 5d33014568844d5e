import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { alignCorpus, familyPairs, familySource, toJsonl, toMoses, toNwayJsonl, toTmx, type Dataset, type JsonlRecord } from '../../src/index.js'

// A real family: one article in English, German, Russian and Chinese (professional translations, PUD), with a
// question/answer turn missing in German.
let dataset: Dataset
const byLanguage = (tag: string): string => dataset.documents.find((d) => d.language?.bcp47 === tag)!.id

beforeAll(async () => {
  dataset = await alignCorpus(['tests/fixtures/pairs/*.txt'], { level: 'sentence' })
}, 120_000)

function records(content: string): JsonlRecord[] {
  return content
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonlRecord)
}

describe('pairwise exports of a family where one translation lacks sections', () => {
  it('keeps, in every pair without the short translation, the units that translation lacks', () => {
    expect(dataset.families.filter((f) => !f.alone)).toHaveLength(1)
    const german = byLanguage('de')
    const lacking = dataset.units.filter((u) => u.texts[german] === null)
    expect(lacking.length).toBeGreaterThan(1)
    const pairs = familyPairs(dataset, { pairs: 'all' })
    expect(pairs).toHaveLength(6)
    for (const pair of pairs) {
      const ids = new Set(pair.units.flatMap((u) => u.units))
      const withGerman = pair.languages.some((l) => l.document === german)
      for (const unit of lacking) {
        const bothSides = pair.languages.every((l) => unit.texts[l.document] != null)
        if (!withGerman && bothSides) expect(ids.has(unit.id), `${pair.stem} ${unit.id}`).toBe(true)
      }
      if (withGerman) expect(pair.gaps).toBeGreaterThan(0)
      else expect(pair.units.length).toBeGreaterThan(toNwayJsonl(dataset)[0]!.units)
    }
  })

  it('pairs the source with every other language by default, and every two languages with pairs: all', () => {
    const source = familySource(dataset, 'family-1')!
    const byDefault = familyPairs(dataset)
    expect(byDefault).toHaveLength(3)
    for (const pair of byDefault) expect(pair.source).toBe(source)
    expect(familyPairs(dataset, { pairs: 'all' }).filter((p) => p.source === undefined)).toHaveLength(3)
  })

  it('writes JSONL that loads as a Hugging Face translation dataset: two languages, the same keys on every line', () => {
    for (const file of toJsonl(dataset, { pairs: 'all' })) {
      const lines = records(file.content)
      expect(lines.length, file.name).toBe(file.units)
      expect(file.name).toBe(`family-1.${file.languages.join('-')}.jsonl`)
      expect([...file.languages].sort()).toEqual(file.languages)
      const metaKeys = Object.keys(lines[0]!.meta)
      for (const line of lines) {
        expect(Object.keys(line)).toEqual(['translation', 'meta'])
        expect(Object.keys(line.translation)).toEqual(file.languages)
        for (const text of Object.values(line.translation)) expect(typeof text === 'string' && text.trim() !== '').toBe(true)
        expect(Object.keys(line.meta)).toEqual(metaKeys)
        expect(Object.keys(line.meta.confidences)).toEqual(file.languages)
      }
    }
  })

  it('writes Moses files in the OPUS layout: l1 < l2, equal line counts, no empty lines', () => {
    for (const pair of toMoses(dataset, { pairs: 'all' })) {
      const [l1, l2] = pair.languages
      expect(l1 < l2).toBe(true)
      expect(pair.files.map((f) => f.name)).toEqual([`family-1.${l1}-${l2}.${l1}`, `family-1.${l1}-${l2}.${l2}`])
      const counts = pair.files.map((f) => f.content.split('\n').length - 1)
      expect(counts).toEqual([pair.lines, pair.lines])
      expect(pair.lines).toBeGreaterThan(0)
      for (const f of pair.files) {
        expect(f.content.endsWith('\n')).toBe(true)
        for (const line of f.content.slice(0, -1).split('\n')) expect(line.trim()).not.toBe('')
      }
    }
  })

  it('writes TMX 1.4b per pair with the source as srclang and a confidence on every tu and tuv', () => {
    const source = dataset.documents.find((d) => d.id === familySource(dataset, 'family-1'))!.language!.bcp47
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (n) => ['tu', 'tuv', 'prop'].includes(n) })
    for (const file of toTmx(dataset)) {
      expect(XMLValidator.validate(file.content)).toBe(true)
      const tmx = (parser.parse(file.content) as { tmx: { '@_version': string; header: Record<string, string>; body: { tu: Array<{ prop: Array<Record<string, string>>; tuv: Array<{ '@_xml:lang': string; prop: Array<Record<string, string>> }> }> } } }).tmx
      expect(tmx['@_version']).toBe('1.4')
      expect(Object.keys(tmx.header).sort()).toEqual(['@_adminlang', '@_creationtool', '@_creationtoolversion', '@_datatype', '@_o-tmf', '@_segtype', '@_srclang'])
      expect(tmx.header['@_srclang']).toBe(source)
      expect(tmx.body.tu).toHaveLength(file.units)
      for (const tu of tmx.body.tu) {
        expect(tu.prop.filter((p) => p['@_type'] === 'x-confidence')).toHaveLength(1)
        expect(tu.tuv.map((t) => t['@_xml:lang'])[0]).toBe(source)
        for (const tuv of tu.tuv) expect(tuv.prop.filter((p) => p['@_type'] === 'x-confidence')).toHaveLength(1)
      }
    }
  })

  it('keeps with minConfidence 0.9 exactly the units whose pair confidence in dataset.json is at least 0.9', () => {
    const json = JSON.parse(JSON.stringify(dataset)) as Dataset
    const unitsById = new Map(json.units.map((u) => [u.id, u]))
    const all = toJsonl(dataset, { pairs: 'all' })
    const filtered = toJsonl(dataset, { pairs: 'all', minConfidence: 0.9 })
    filtered.forEach((file, i) => {
      const kept = records(file.content)
      for (const line of kept) {
        const cells = Object.entries(line.meta.documents).map(([tag, doc]) => {
          const own = line.meta.units.map((id) => unitsById.get(id)!).filter((u) => u.texts[doc] !== null)
          const cell = Math.min(...own.map((u) => u.confidences[doc]!))
          expect(line.meta.confidences[tag]).toBe(cell)
          return cell
        })
        expect(line.meta.confidence).toBeCloseTo(cells[0]! * cells[1]!, 4)
        expect(line.meta.confidence).toBeGreaterThanOrEqual(0.9)
      }
      const before = records(all[i]!.content)
      expect(kept.map((l) => l.meta.id)).toEqual(before.filter((l) => l.meta.confidence >= 0.9).map((l) => l.meta.id))
      expect(file.belowConfidence).toBe(before.length - kept.length)
    })
  })

  it('puts no sentence of either document in two units of a pair', () => {
    const unitsById = new Map(dataset.units.map((u) => [u.id, u]))
    for (const pair of familyPairs(dataset, { pairs: 'all' })) {
      for (const { document } of pair.languages) {
        const seen = new Set<string>()
        for (const unit of pair.units) {
          const spans = new Set(unit.units.flatMap((id) => unitsById.get(id)!.spans[document] ?? []))
          for (const span of spans) {
            expect(seen.has(span), `${pair.stem} ${document} ${span}`).toBe(false)
            seen.add(span)
          }
        }
      }
    }
  })
})
