import Ajv2020 from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { alignFamily, alignToPivot, buildDataset, buildPivot, findFamilies, judgePairs, loadPivot, parseDocument, parsePivot, scoreDrift, serializePivot } from '../../src/index.js'
import { read, seedInterviews } from './helpers.js'

const [km, kk] = seedInterviews() as [ReturnType<typeof seedInterviews>[number], ReturnType<typeof seedInterviews>[number]]
const cache = new Map()
const pivot = buildPivot([km, kk], { cache })

describe('translation families on the seeds', () => {
  const all = ['000_e0cc6a829b0b0a13.txt', '001_73505fbc49ac9a58.txt', '002_2b155514b4abd208.txt'].map((n) => parseDocument(read(`corpus/${n}`), { id: n }))
  const verdicts = judgePairs(all, { cache: new Map() })
  const families = findFamilies(all.map((d) => d.id), verdicts)

  it('puts the two interview translations in one family and the third article alone', () => {
    expect(families).toHaveLength(2)
    const together = families.find((f) => f.documents.length === 2)!
    expect(together.documents.sort()).toEqual([km.id, kk.id].sort())
    const alone = families.find((f) => f.alone)!
    expect(alone.documents).toHaveLength(1)
    expect([km.id, kk.id]).not.toContain(alone.documents[0])
  })

  it('gives every verdict a score in [0, 1] and a reason', () => {
    expect(verdicts).toHaveLength(3)
    for (const v of verdicts) {
      expect(v.score).toBeGreaterThanOrEqual(0)
      expect(v.score).toBeLessThanOrEqual(1)
      expect(v.reasons.length).toBeGreaterThan(0)
    }
  })
})

describe('consensus pivot of the two interview translations', () => {
  it('has a title, intro slots and the 9 Q&A exchanges in order', () => {
    const ids = pivot.slots.map((s) => s.id)
    expect(ids[0]).toBe('title')
    const qa = ids.filter((id) => /^[qa]-\d+$/u.test(id))
    expect(qa).toEqual(Array.from({ length: 18 }, (_, i) => `${i % 2 === 0 ? 'q' : 'a'}-${Math.floor(i / 2) + 1}`))
    const shares = pivot.slots.reduce((a, s) => a + s.share, 0)
    expect(shares).toBeGreaterThan(0.95)
    expect(shares).toBeLessThan(1.05)
  })

  it('keeps the anchors both translations share, with every spelling seen', () => {
    const url = pivot.slots.flatMap((s) => s.anchors).find((a) => a.kind === 'url')
    expect(url?.key).toMatch(/booherconsultants\.com/u)
    const name = pivot.slots.flatMap((s) => s.anchors).find((a) => a.kind === 'name' && a.variants.length > 1)
    expect(name).toBeDefined()
  })

  it('aligns both documents slot by slot with no gaps and no extra segments', () => {
    const { table } = alignFamily('family-1', pivot, [km, kk], { cache })
    for (const row of table.rows) for (const doc of table.documents) expect(row.cells[doc]).not.toBeNull()
    expect(Object.values(table.extra).flat()).toEqual([])
  })

  it('keeps an anchor\'s support, count and code-block mark through a saved pivot', () => {
    const withMarks = { ...pivot, slots: pivot.slots.map((slot, k) => (k === 0 ? { ...slot, anchors: [...slot.anchors, { kind: 'code' as const, key: 'npm run dev', variants: ['npm run dev'], support: 0.75, count: 2, block: true as const }] } : slot)) }
    expect(parsePivot(JSON.parse(serializePivot(withMarks)))).toEqual(withMarks)
  })

  it('serializes and loads back identically', () => {
    const text = serializePivot(pivot)
    expect(parsePivot(JSON.parse(text))).toEqual(pivot)
    expect(serializePivot(parsePivot(JSON.parse(text)))).toBe(text)
  })
})

describe('drift of the seed translations', () => {
  const reports = [km, kk].map((doc) => scoreDrift(pivot, doc, alignToPivot(pivot, doc, { cache, hub: km })))

  it('shows the lost question marker as role drift on that question slot', () => {
    const lost = km.segments.find((s) => s.role === 'question' && s.marker === undefined) ?? kk.segments.find((s) => s.role === 'question' && s.marker === undefined)!
    const owner = km.segments.includes(lost) ? 0 : 1
    const slot = `q-${lost.turn}`
    const slotDrift = reports[owner]!.slots.find((s) => s.slot === slot)!
    expect(slotDrift.components.role).toBeGreaterThan(0)
    expect(slotDrift.reasons.map((r) => r.message).join(' ')).toMatch(/marker/u)
    expect(reports[1 - owner]!.slots.find((s) => s.slot === slot)!.components.role ?? 0).toBe(0)
  })

  it('takes the surname transliterated two ways (Booher, Бохер) for the same name, not for drift', () => {
    const anchorReasons = reports.flatMap((r) => r.slots.flatMap((s) => s.reasons)).filter((r) => r.code.startsWith('anchor-'))
    expect(anchorReasons.filter((r) => /Booher|Бохер/u.test(r.message))).toEqual([])
    expect(pivot.slots.some((s) => s.anchors.some((a) => a.variants.includes('Booher') || a.variants.includes('Бохер')))).toBe(true)
  })

  it('scores a translation that fills no slot as complete drift', () => {
    const empty = { document: kk.id, pivot: pivot.id, cells: pivot.slots.map(() => null), extra: [], reordered: [], method: 'hub' as const }
    const report = scoreDrift(pivot, kk, empty)
    expect(report.score).toBe(1)
    expect(report.components.missing).toBe(1)
  })

  it('keeps every score in [0, 1]', () => {
    for (const r of reports) {
      expect(r.score).toBeGreaterThanOrEqual(0)
      expect(r.score).toBeLessThanOrEqual(1)
      for (const v of Object.values(r.components)) expect(v).toBeGreaterThanOrEqual(0)
      for (const s of r.slots) expect(s.score).toBeLessThanOrEqual(1)
    }
  })
})

describe('a pivot written by hand', () => {
  const file = loadPivot('tests/fixtures/pivot/bakery.pivot.json')
  const en = parseDocument(read('tests/fixtures/pivot/bakery-en.md'), { id: 'en' })
  const de = parseDocument(read('tests/fixtures/pivot/bakery-de.md'), { id: 'de' })

  it('is valid against the pivot JSON Schema', () => {
    const ajv = new Ajv2020.default({ allErrors: true })
    const validate = ajv.compile(JSON.parse(read('schema/pivot.schema.json')) as object)
    expect(validate(JSON.parse(read('tests/fixtures/pivot/bakery.pivot.json')))).toBe(true)
    expect(validate({ slots: [{ id: 'x', role: 'chorus', share: 1 }] })).toBe(false)
  })

  it('is honoured: both translations fill its slots in its order', () => {
    for (const doc of [en, de]) {
      const aligned = alignToPivot(file, doc)
      expect(aligned.method).toBe('slots')
      const roles = aligned.cells.map((c) => doc.segments.find((s) => s.id === c?.segments[0])?.role)
      expect(roles).toEqual(file.slots.map((s) => s.role))
      expect(aligned.extra).toEqual([])
    }
  })

  it('finds a slot the translation lacks and the number it dropped', () => {
    const shorter = parseDocument(read('tests/fixtures/pivot/bakery-de.md').replace(/F: Was haben Sie am Ende[^\n]*\n\nA: Wir haben einen[^\n]*\n\n/u, '').replace(' 2009', ''), { id: 'de-short' })
    const report = scoreDrift(file, shorter, alignToPivot(file, shorter))
    const bySlot = new Map(report.slots.map((s) => [s.slot, s] as const))
    expect(bySlot.get('q-3')!.components.missing).toBe(1)
    expect(bySlot.get('a-3')!.components.missing).toBe(1)
    expect(bySlot.get('intro-1')!.components['anchor-lost']).toBeGreaterThan(0)
    expect(report.score).toBeGreaterThan(scoreDrift(file, de, alignToPivot(file, de)).score)
  })

  it('is not forced on documents that are not translations of its source', () => {
    const others = seedInterviews()
    const dataset = buildDataset([en, de, ...others], { pivot: file, level: 'turn' })
    const aligned = dataset.alignments.flatMap((a) => a.documents)
    expect(aligned.sort()).toEqual(['de', 'en'])
    const refused = dataset.diagnostics.filter((d) => d.ruleId === 'not-a-translation-of-pivot').map((d) => d.file)
    expect(refused.sort()).toEqual(others.map((d) => d.id).sort())
  })

  it('rejects a malformed pivot with a typed error naming the field', () => {
    expect(() => parsePivot({ slots: [{ id: 'a', role: 'title', share: 2 }] }, 'bad.json')).toThrow(/slots\[0\].*share/u)
    expect(() => parsePivot({ slots: [] }, 'bad.json')).toThrow(/non-empty slots/u)
  })
})
