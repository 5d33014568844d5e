import { describe, expect, it } from 'vitest'
import { toMoses } from '../../src/index.js'
import { fixtureDataset } from './fixture.js'

function lines(content: string): string[] {
  return content === '' ? [] : content.slice(0, -1).split('\n')
}

describe('toMoses', () => {
  it('writes one pair of files per language pair with OPUS names, tags sorted', () => {
    const [pair] = toMoses(fixtureDataset())
    expect(pair!.languages).toEqual(['kk', 'km'])
    expect(pair!.files.map((f) => f.name)).toEqual(['family-1.kk-km.kk', 'family-1.kk-km.km'])
  })

  it.each([
    ['km + kk', fixtureDataset()],
    ['kk + kk', fixtureDataset({ languages: ['kk', 'kk'] })],
    ['und + und', fixtureDataset({ languages: [null, null] })],
    ['sentence level', fixtureDataset({ level: 'sentence' })],
  ])('gives every file the same line count, no empty lines, no tabs, LF endings (%s)', (_, dataset) => {
    for (const family of toMoses(dataset)) {
      const counts = family.files.map((f) => lines(f.content).length)
      expect(new Set(counts).size).toBe(1)
      expect(counts[0]).toBe(family.lines)
      for (const file of family.files) {
        expect(file.content.endsWith('\n')).toBe(true)
        expect(file.content).not.toMatch(/\r|\t|\n\n|^\n/u)
        for (const line of lines(file.content)) expect(line.trim()).toBe(line)
      }
    }
  })

  it('keeps line i of each file on the same unit and skips units with an empty side', () => {
    const dataset = fixtureDataset()
    const [family] = toMoses(dataset)
    expect(family!.gaps).toBe(1)
    const [kk, km] = family!.files.map((f) => lines(f.content))
    expect(km).toHaveLength(5)
    expect(km![3]).toBe('ខ្ញុំចាប់ផ្តើមនៅឆ្នាំ 1998។ ពេលនោះ តម្លៃស្រូវទាបណាស់។')
    expect(kk![3]).toBe('Мен 1998 жылы бастадым. Ол кезде күріш бағасы өте төмен болды.')
    expect(kk![1]).toBe('Біз Баттамбанг провинциясындағы бір фермермен сөйлестік.')
  })

  it('treats a whitespace-only side as empty', () => {
    const dataset = fixtureDataset()
    dataset.units[0]!.texts['corpus/interview.kk.txt'] = ' \t\n '
    const [family] = toMoses(dataset)
    expect(family!.gaps).toBe(2)
    expect(family!.lines).toBe(4)
  })

  it('writes nothing for a family of one document', () => {
    expect(toMoses(fixtureDataset()).map((f) => f.family)).toEqual(['family-1'])
  })
})
