import { describe, expect, it } from 'vitest'
import { toJsonl, toNwayJsonl, type JsonlRecord, type NwayJsonlRecord } from '../../src/index.js'
import { fixtureDataset } from './fixture.js'

function records<T = JsonlRecord>(content: string): T[] {
  return content
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T)
}

const META_KEYS = ['id', 'units', 'family', 'slot', 'level', 'role', 'source', 'confidence', 'confidences', 'drift', 'documents']

describe('toJsonl', () => {
  it('writes one Hugging Face translation record per unit of a language pair, in an OPUS-named file', () => {
    const files = toJsonl(fixtureDataset())
    expect(files.map((f) => f.name)).toEqual(['family-1.kk-km.jsonl'])
    const file = files[0]!
    expect(file).toMatchObject({ languages: ['kk', 'km'], source: 'km', units: 5, gaps: 1, belowConfidence: 0 })
    expect(file.content.endsWith('\n')).toBe(true)
    const lines = records(file.content)
    expect(lines).toHaveLength(file.units)
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['translation', 'meta'])
      expect(Object.keys(line.translation)).toEqual(['kk', 'km'])
      expect(Object.keys(line.meta)).toEqual(META_KEYS)
      expect(line.meta.documents).toEqual({ kk: 'corpus/interview.kk.txt', km: 'corpus/interview.km.txt' })
    }
    const q2 = lines.find((l) => l.meta.slot === 'q-2')!
    expect(q2.translation.kk).toBe('Биылғы баға қандай?')
    expect(q2.meta).toMatchObject({ id: 'family-1/q-2', units: ['family-1/q-2'], family: 'family-1', level: 'turn', role: 'question', source: 'km', confidence: 0.55, confidences: { kk: 0.55, km: 1 }, drift: { km: 0, kk: 0.86 } })
  })

  it('carries the pair confidence (the product of the two cells) and leaves out units below minConfidence', () => {
    const dataset = fixtureDataset()
    const all = records(toJsonl(dataset)[0]!.content)
    for (const line of all) expect(line.meta.confidence).toBeCloseTo(line.meta.confidences.kk! * line.meta.confidences.km!, 4)
    const file = toJsonl(dataset, { minConfidence: 0.9 })[0]!
    const kept = records(file.content)
    expect(kept.map((l) => l.meta.id)).toEqual(all.filter((l) => l.meta.confidence >= 0.9).map((l) => l.meta.id))
    expect(file.belowConfidence).toBe(all.length - kept.length)
    expect(file.belowConfidence).toBeGreaterThan(0)
  })

  it.each([-0.1, 1.5, Number.NaN])('rejects minConfidence %s with a UsageError', (minConfidence) => {
    expect(() => toJsonl(fixtureDataset(), { minConfidence })).toThrow(expect.objectContaining({ name: 'UsageError', code: 'INVALID_OPTION' }) as Error)
  })

  it.each([
    ['two documents in one language', ['kk', 'kk'] as const, ['kk', 'kk-x-2']],
    ['documents without a language', [null, null] as const, ['und', 'und-x-2']],
    ['one document without a language', ['km', null] as const, ['km', 'und']],
  ])('keys translations by unique BCP 47 tags (%s)', (_, languages, tags) => {
    const file = toJsonl(fixtureDataset({ languages }))[0]!
    expect(file.languages).toEqual(tags)
    for (const line of records(file.content)) expect(Object.keys(line.translation)).toEqual(tags)
  })

  it('keeps newlines and quotes inside the JSON string', () => {
    const lines = records(toJsonl(fixtureDataset())[0]!.content)
    expect(lines.find((l) => l.meta.slot === 'a-1')!.translation.km).toContain('\n\n')
    expect(lines.find((l) => l.meta.slot === 'title')!.translation.km).toContain('& <ទីផ្សារ> "ឆ្នាំ"')
  })
})

describe('toNwayJsonl', () => {
  it('writes one record per unit with every language of the family, and skips units with a gap', () => {
    const [file] = toNwayJsonl(fixtureDataset())
    expect(file).toMatchObject({ name: 'family-1.jsonl', languages: ['km', 'kk'], units: 5, skipped: ['family-1/a-2'], belowConfidence: [] })
    for (const line of records<NwayJsonlRecord>(file!.content)) {
      expect(Object.keys(line.translation)).toEqual(['km', 'kk'])
      expect(line.meta.confidence).toBe(Math.min(line.meta.confidences.km!, line.meta.confidences.kk!))
    }
  })

  it('leaves out units whose lowest cell is below minConfidence', () => {
    const [file] = toNwayJsonl(fixtureDataset(), { minConfidence: 0.9 })
    expect(file!.belowConfidence).toEqual(['family-1/q-2'])
    expect(records<NwayJsonlRecord>(file!.content).every((l) => l.meta.confidence >= 0.9)).toBe(true)
  })
})
