import { describe, expect, it } from 'vitest'
import { toJsonl, type JsonlRecord } from '../../src/index.js'
import { fixtureDataset } from './fixture.js'

function records(content: string): JsonlRecord[] {
  return content
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as JsonlRecord)
}

describe('toJsonl', () => {
  it('writes one Hugging Face translation record per unit, one file per family with a pivot', () => {
    const files = toJsonl(fixtureDataset())
    expect(files.map((f) => f.name)).toEqual(['family-1.jsonl'])
    const file = files[0]!
    expect(file.content.endsWith('\n')).toBe(true)
    const lines = records(file.content)
    expect(lines).toHaveLength(file.units)
    expect(file.units).toBe(5)
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['translation', 'meta'])
      expect(Object.keys(line.translation)).toEqual(['km', 'kk'])
      expect(Object.keys(line.meta)).toEqual(['id', 'family', 'slot', 'level', 'role', 'confidence', 'drift', 'documents'])
      expect(line.meta.documents).toEqual({ km: 'corpus/interview.km.txt', kk: 'corpus/interview.kk.txt' })
    }
    const q2 = lines.find((l) => l.meta.slot === 'q-2')!
    expect(q2.translation.kk).toBe('Биылғы баға қандай?')
    expect(q2.meta).toMatchObject({ id: 'family-1/q-2', family: 'family-1', level: 'turn', role: 'question', confidence: 0.55, drift: { km: 0, kk: 0.86 } })
  })

  it('skips and reports units with a gap, since datasets wants the same languages on every line', () => {
    const file = toJsonl(fixtureDataset())[0]!
    expect(file.skipped).toEqual(['family-1/a-2'])
    expect(records(file.content).some((l) => l.meta.slot === 'a-2')).toBe(false)
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
