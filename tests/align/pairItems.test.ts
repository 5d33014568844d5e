import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignBitext, alignItems, alignmentCost, itemsAlignmentCost } from '../../src/align/alignBitext.js'
import { linkItems, PairItems, sideIsLatin } from '../../src/align/pairItems.js'

const pud = (language: string): string[] =>
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pud', `${language}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t')[1] ?? '')

/** Paragraphs of `size` consecutive sentences (segment-sized items, as the order test aligns them). */
const paragraphs = (sentences: readonly string[], size: number): string[] => {
  const out: string[] = []
  for (let k = 0; k + size <= sentences.length; k += size) out.push(sentences.slice(k, k + size).join(' '))
  return out
}

const reversed = (m: number): number[] => Array.from({ length: m }, (_, k) => m - 1 - k)
const rotated = (m: number): number[] => Array.from({ length: m }, (_, k) => (k + Math.floor(m / 2)) % m)

describe('a pair measured once for several alignments', () => {
  const english = paragraphs(pud('en').slice(0, 240), 2)
  const cases: Array<[string, string[], string[]]> = [
    ['en–de', english, paragraphs(pud('de').slice(0, 240), 2)],
    ['en–zh', english, paragraphs(pud('zh').slice(0, 240), 2)],
    ['ru–hi', paragraphs(pud('ru').slice(0, 160), 2), paragraphs(pud('hi').slice(0, 160), 2).slice(0, 70)],
  ]

  it.each(cases)('%s: the order test’s costs and the segment beads are those of the plain calls', (_name, source, target) => {
    const items = new PairItems(source, target)
    expect(alignItems(items, {})).toEqual(alignBitext(source, target))
    for (const order of [undefined, reversed(target.length), rotated(target.length)]) {
      const moved = order === undefined ? target : order.map((k) => target[k]!)
      expect(itemsAlignmentCost(items, order, {})).toBe(alignmentCost(source, moved))
    }
  })

  it('links a reordered target as linking it from scratch would', () => {
    const [, source, target] = cases[1]!
    const items = new PairItems(source, target)
    const weights = { anchors: 1, cognates: 1 }
    const order = rotated(target.length)
    const moved = order.map((k) => target[k]!)
    const latin = { source: sideIsLatin(source), target: sideIsLatin(moved) }
    expect(items.links(order, weights)).toEqual(linkItems(source, moved, weights, latin))
  })

  it('measures a reordered target again when its sample reads as another script', () => {
    // The side's script is read on its first 20,000 characters: Latin in its own order, Cyrillic reversed.
    const source = paragraphs(pud('de').slice(0, 400), 2)
    const target = [...paragraphs(pud('en').slice(0, 200), 2), ...paragraphs(pud('ru').slice(200, 400), 2)]
    const order = reversed(target.length)
    const moved = order.map((k) => target[k]!)
    expect(sideIsLatin(target)).toBe(true)
    expect(sideIsLatin(moved)).toBe(false)
    const items = new PairItems(source, target)
    expect(itemsAlignmentCost(items, order, {})).toBe(alignmentCost(source, moved))
  })
})
