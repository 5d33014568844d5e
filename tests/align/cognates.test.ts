import { describe, expect, it } from 'vitest'
import { alignBitext } from '../../src/index.js'
import { cognateKeys, linkCognates, mergeLinks } from '../../src/align/signals/cognates.js'
import { rng } from '../../scripts/align/synthetic.js'

describe('cognateKeys', () => {
  it.each([
    ['Expedition', 'expédition'],
    ['Kazakhstan', 'Казахстан'],
    ['pemerintah', 'pemerintahan'],
    ['Alexander', 'Александр'],
  ])('gives %s and %s a shared key', (a, b) => {
    expect(cognateKeys(b).some((k) => cognateKeys(a).includes(k))).toBe(true)
  })

  it('leaves out words of fewer than four letters', () => {
    expect(cognateKeys('the cat and a dog')).toEqual([])
  })
})

describe('linkCognates', () => {
  it('links keys found on both sides, rare ones strongest, and drops keys found in many items', () => {
    const source = ['Alexander came.', 'Nothing here.', ...Array.from({ length: 30 }, (_, k) => `Moscow ${k}.`)]
    const target = ['Александр пришёл.', 'Ничего.', ...Array.from({ length: 30 }, (_, k) => `Москва ${k}.`)]
    const links = linkCognates(source, target)
    expect(links.source[0]?.length).toBe(1)
    expect(links.target[0]).toEqual(links.source[0])
    expect(links.source[1]?.length).toBe(0)
    expect(links.source[2]?.length).toBe(0) // in every other item: says nothing
  })

  it('merges into the anchors id space with scaled weights', () => {
    const a = { source: [Int32Array.of(0)], target: [Int32Array.of(0)], weight: Float64Array.of(2) }
    const b = { source: [Int32Array.of(0)], target: [Int32Array.of()], weight: Float64Array.of(3) }
    const merged = mergeLinks(a, b, 0.5)
    expect([...merged.source[0]!]).toEqual([0, 1])
    expect([...merged.target[0]!]).toEqual([0])
    expect([...merged.weight]).toEqual([2, 1.5])
  })
})

describe('the cognate signal', () => {
  it('aligns sentences of equal length by their transliterated words', () => {
    // Lower-case words (no name anchors) of equal length; the target is the source transliterated into Cyrillic,
    // with one source sentence dropped: only shared words tell where.
    const random = rng(5)
    const latin = 'bdfgklmnprstvz'
    const vowels = 'aeiou'
    const cyr: Record<string, string> = { b: 'б', d: 'д', f: 'ф', g: 'г', k: 'к', l: 'л', m: 'м', n: 'н', p: 'п', r: 'р', s: 'с', t: 'т', v: 'в', z: 'з', a: 'а', e: 'е', i: 'и', o: 'о', u: 'у' }
    const word = (): string => Array.from({ length: 6 }, (_, k) => (k % 2 === 0 ? latin : vowels)[Math.floor(random() * (k % 2 === 0 ? latin.length : vowels.length))]).join('')
    const source: string[] = []
    const target: string[] = []
    const gold = new Set<string>()
    for (let k = 0; k < 40; k++) {
      const s = `${Array.from({ length: 5 }, word).join(' ')}.`
      if (k === 20) gold.add(`${source.length}|`)
      else {
        gold.add(`${source.length}|${target.length}`)
        target.push([...s].map((c) => cyr[c] ?? c).join(''))
      }
      source.push(s)
    }
    const exact = (beads: ReturnType<typeof alignBitext>): number => beads.filter((b) => gold.has(`${b.source.join(',')}|${b.target.join(',')}`)).length
    const without = exact(alignBitext(source, target, { signals: ['length', 'anchors', 'shape'] }))
    const withCognates = exact(alignBitext(source, target, { signals: ['length', 'anchors', 'shape', 'cognates'] }))
    expect(withCognates).toBe(gold.size)
    expect(withCognates).toBeGreaterThan(without)
  })
})
