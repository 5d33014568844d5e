import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WordIds } from '../../src/align/lexical/tokenizeWords.js'
import { intersects, trainLexicon, type WordLinks } from '../../src/align/lexical/trainLexicon.js'

/**
 * `trainLexicon` counts co-occurrences in a dense array and looks links up by word id; these tests hold it to the
 * plain definition written out below (a map of every pair in the order the beads meet it, each word's best partners
 * with ties of Dice going to the pair met first, link maps walked for the match rates), on real sentences.
 */

function lines(lang: string): string[] {
  return readFileSync(new URL(`../../../shared/data/pud/${lang}.tsv`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.slice(l.indexOf('\t') + 1))
}

/** The plain 'best' lexicon: every pair counted in a map, in the order the beads meet it. */
function plainBest(source: readonly Int32Array[], target: readonly Int32Array[], train: ReadonlyArray<readonly [number, number]>, minCount: number, maxShare: number, minDice: number, perWord: number): WordLinks | undefined {
  const sc = new Map<number, number>()
  const tc = new Map<number, number>()
  for (const [i, j] of train) {
    for (const w of source[i]!) sc.set(w, (sc.get(w) ?? 0) + 1)
    for (const w of target[j]!) tc.set(w, (tc.get(w) ?? 0) + 1)
  }
  const maxCount = Math.max(minCount, maxShare * train.length)
  const usable = (c: number | undefined): boolean => c !== undefined && c >= minCount && c <= maxCount
  let vt = 0
  for (const w of tc.keys()) vt = Math.max(vt, w + 1)
  const pairs = new Map<number, number>()
  for (const [i, j] of train) {
    const ts = target[j]!.filter((w) => usable(tc.get(w)))
    if (ts.length === 0) continue
    for (const s of source[i]!) if (usable(sc.get(s))) for (const t of ts) pairs.set(s * vt + t, (pairs.get(s * vt + t) ?? 0) + 1)
  }
  const best = (flip: boolean): Map<number, Array<[number, number]>> => {
    const out = new Map<number, Array<[number, number]>>()
    for (const [key, c] of pairs) {
      if (c < minCount) continue
      const s = Math.floor(key / vt)
      const t = key % vt
      const [w, v] = flip ? [t, s] : [s, t]
      const dice = (2 * c) / ((flip ? tc : sc).get(w)! + (flip ? sc : tc).get(v)!)
      if (dice < minDice) continue
      const list = out.get(w) ?? []
      list.push([v, dice])
      list.sort((x, y) => y[1] - x[1])
      if (list.length > perWord) list.length = perWord
      out.set(w, list)
    }
    return out
  }
  const sLinks = new Map<number, Set<number>>()
  const tLinks = new Map<number, Set<number>>()
  const add = (s: number, t: number): void => {
    sLinks.set(s, (sLinks.get(s) ?? new Set()).add(t))
    tLinks.set(t, (tLinks.get(t) ?? new Set()).add(s))
  }
  for (const [s, list] of best(false)) for (const [t] of list) add(s, t)
  for (const [t, list] of best(true)) for (const [s] of list) add(s, t)
  const freeze = (m: Map<number, Set<number>>): Map<number, Int32Array> => new Map([...m].map(([k, v]) => [k, Int32Array.from(v).sort()]))
  const sourceLinks = freeze(sLinks)
  const targetLinks = freeze(tLinks)
  if (sourceLinks.size === 0) return undefined
  const linked = (words: Int32Array, links: Map<number, Int32Array>): number => words.filter((w) => links.has(w)).length
  const matched = (words: Int32Array, links: Map<number, Int32Array>, other: Int32Array): number => words.filter((w) => links.has(w) && intersects(links.get(w)!, other)).length
  let linked1 = 0
  let matched1 = 0
  let linked0 = 0
  let matched0 = 0
  train.forEach(([i, j], k) => {
    const s = source[i]!
    const t = target[j]!
    const t0 = target[train[(k + 1) % train.length]![1]]!
    linked1 += linked(s, sourceLinks) + linked(t, targetLinks)
    matched1 += matched(s, sourceLinks, t) + matched(t, targetLinks, s)
    linked0 += linked(s, sourceLinks) + linked(t0, targetLinks)
    matched0 += matched(s, sourceLinks, t0) + matched(t0, targetLinks, s)
  })
  const p1 = Math.min(0.98, Math.max(0.05, linked1 === 0 ? 0 : matched1 / linked1))
  const p0 = Math.min(0.9 * p1, Math.max(0.002, linked0 === 0 ? 0 : (matched0 + 1) / (linked0 + 2)))
  return { sourceLinks, targetLinks, p1, p0, beads: train.length }
}

/** A lexicon as text, its maps in their own order. */
function dump(links: WordLinks | undefined): string {
  if (links === undefined) return 'none'
  const side = (m: Map<number, Int32Array>): string => [...m].map(([k, v]) => `${k}:${[...v].join(',')}`).join(' ')
  return `${side(links.sourceLinks)}\n${side(links.targetLinks)}\n${links.p1} ${links.p0} ${links.beads}`
}

describe("trainLexicon's 'best' links", () => {
  it('are the plain definition on sentences and on paragraphs with repeated words, whatever the options', () => {
    const pairs: Array<[string, string]> = [
      ['en', 'de'],
      ['ru', 'zh'],
    ]
    for (const [a, b] of pairs) {
      const left = lines(a).slice(0, 150)
      const right = lines(b).slice(0, 150)
      for (const group of [1, 3]) {
        const sourceIds = new WordIds()
        const targetIds = new WordIds()
        const source: Int32Array[] = []
        const target: Int32Array[] = []
        for (let k = 0; k + group <= left.length; k += group) {
          let words = sourceIds.encode(left.slice(k, k + group).join(' '))
          // Paragraph cells may repeat a word id: every occurrence counts.
          if (group > 1 && k % 7 === 0) words = Int32Array.from([...words, ...words.slice(0, 2)]).sort()
          source.push(words)
          target.push(targetIds.encode(right.slice(k, k + group).join(' ')))
        }
        // Some beads cross to the next item, so co-occurrence counts are not all diagonal.
        const beads = source.map((_, k): [number, number] => [k, k % 5 === 0 ? Math.min(target.length - 1, k + 1) : k])
        const settings: Array<[number, number, number, number]> = [
          [2, 0.1, 0.3, 1],
          [1, 0.5, 0.1, 3],
          [3, 0.3, 0.2, 2],
        ]
        for (const [minCount, maxShare, minDice, perWord] of settings) {
          const got = trainLexicon(source, target, beads, { minCount, maxShare, minDice, linksPerWord: perWord, linking: 'best' })
          expect(dump(got)).toBe(dump(plainBest(source, target, beads, minCount, maxShare, minDice, perWord)))
        }
      }
    }
  })

  it('give a tie of Dice to the pair the beads meet first, not to the smaller word id', () => {
    // Source word 0 meets target words 7 and 3 in two beads each (Dice 0.8 both); 7 comes first, in the first bead.
    const source = [Int32Array.of(0), Int32Array.of(0), Int32Array.of(0)]
    const target = [Int32Array.of(7), Int32Array.of(3, 7), Int32Array.of(3)]
    const beads: Array<[number, number]> = [
      [0, 0],
      [1, 1],
      [2, 2],
    ]
    const links = trainLexicon(source, target, beads, { minCount: 2, maxShare: 1, minDice: 0.3, linksPerWord: 1, linking: 'best' })
    // Forward, word 0 keeps 7 only; backward, 3 and 7 each keep 0, so 0's links are both, in the first-met order of the table's keys.
    expect([...links!.targetLinks.keys()]).toEqual([7, 3])
    expect(dump(links)).toBe(dump(plainBest(source, target, beads, 2, 1, 0.3, 1)))
  })
})
