import { readFileSync, readdirSync } from 'node:fs'
import { francAll } from 'franc'
import { describe, expect, it } from 'vitest'
import { majorLanguages } from '../../src/detect/data/majorLanguages.js'
import { scriptLanguages } from '../../src/detect/data/scriptLanguages.js'
import { francRanking, francReading } from '../../src/detect/francRanking.js'
import { letterCount } from '../../src/detect/letterCount.js'
import { buildNgramTrie, textNgramNodes } from '../../src/detect/ngramTrie.js'
import { textNgrams } from '../../src/detect/ngrams.js'

const sources = new URL('../../data/langid/sources/', import.meta.url)
/** Every 60th sentence of each labelled source, the seed articles' paragraphs, and some odd strings. */
const texts = [
  ...readdirSync(sources)
    .sort()
    .flatMap((f) => readFileSync(new URL(f, sources), 'utf8').split('\n').filter((_, i) => i % 60 === 0)),
  ...readdirSync(new URL('../../corpus/', import.meta.url))
    .sort()
    .flatMap((f) => readFileSync(new URL(`../../corpus/${f}`, import.meta.url), 'utf8').split(/\n\s*\n/u)),
  '',
  ' ',
  '123 456',
  'a',
  'İstanbul’da ŞEHİR',
  '𠀀𠀁 漢字 かな カナ 한국어',
  '\ud800 lone \udc00 surrogates',
  'x'.repeat(3000),
]

describe('francRanking', () => {
  // Every script's languages, and its major ones only (a context's language against its rivals: a few languages
  // of a script, ranked from their postings alone).
  const majors = Object.values(scriptLanguages).map((codes) => codes.filter((code) => majorLanguages.has(code)))
  const lists: Array<readonly string[]> = [[], ...Object.values(scriptLanguages), ...majors, ['eng', 'deu', 'fra'], ['zzz']]
  // Thousands of francAll calls: 40 s on an idle 2-core machine, past the default 60 s limit when the machine is shared.
  it('ranks every text with the same scores in the same order as francAll, for all or a few languages of a script', () => {
    let compared = 0
    for (const text of texts) {
      for (const only of lists) {
        expect(francRanking(text, only)).toEqual(francAll(text, { only: [...only], minLength: 1 }))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(1000)
  }, 300_000)

  it('reads one language as francAll ranks it: its score (0 when not ranked) and the language ranked first', () => {
    let compared = 0
    for (const text of texts.filter((_, i) => i % 3 === 0)) {
      for (const only of lists) {
        const ranked = francAll(text, { only: [...only], minLength: 1 })
        for (const code of new Set([ranked[0]![0], ranked[ranked.length - 1]![0], ...only.slice(0, 2), 'zzz'])) {
          expect(francReading(text, only, code)).toEqual({ score: ranked.find(([c]) => c === code)?.[1] ?? 0, top: ranked[0]![0] })
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(1000)
  }, 300_000)
})

describe('textNgramNodes', () => {
  it('finds the n-grams textNgrams cuts, in the same order, and none outside the vocabulary', () => {
    const half = texts.filter((_, i) => i % 2 === 0)
    const vocabulary = new Set(half.flatMap((t) => textNgrams(t)))
    const { trie, grams: spelled } = buildNgramTrie(vocabulary)
    let known = 0
    let unknown = 0
    for (const text of texts) {
      const grams = textNgrams(text)
      const nodes = textNgramNodes(trie, text)
      expect(nodes.length).toBe(grams.length)
      grams.forEach((gram, k) => {
        const node = nodes[k]!
        if (node >= 0) known++
        else unknown++
        expect(node >= 0 ? spelled[node] : undefined).toBe(vocabulary.has(gram) ? gram : undefined)
      })
    }
    expect(known).toBeGreaterThan(0)
    expect(unknown).toBeGreaterThan(0)
  })
})

describe('letterCount', () => {
  it('counts what /[\\p{L}\\p{M}]/gu matches', () => {
    for (const text of texts) expect(letterCount(text)).toBe(text.match(/[\p{L}\p{M}]/gu)?.length ?? 0)
  })
})
