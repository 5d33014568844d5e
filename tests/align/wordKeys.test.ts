import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignBitextCorpus } from '../../src/index.js'
import { WordIds } from '../../src/align/lexical/tokenizeWords.js'

/**
 * Sentence pairs of PUD articles of one language pair (tests/fixtures/pud-corpus*, README there): per article,
 * every source sentence with its target sentence (empty when deleted). Returns the article bitexts and their gold
 * beads.
 */
function articles(folder: string): Array<{ source: string[]; target: string[]; gold: Set<string> }> {
  const rows = readFileSync(join(import.meta.dirname, '..', 'fixtures', folder, 'gold.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'))
  const byArticle = new Map<string, string[][]>()
  for (const row of rows) byArticle.set(row[0] ?? '', [...(byArticle.get(row[0] ?? '') ?? []), row])
  return [...byArticle.values()].map((list) => {
    const source: string[] = []
    const target: string[] = []
    const gold = new Set<string>()
    for (const [, s, t] of list) {
      const i = source.push(s ?? '') - 1
      gold.add(t === undefined || t === '' ? `${i}:` : `${i}:${target.push(t) - 1}`)
    }
    return { source, target, gold }
  })
}

/** Share of gold beads the corpus aligner finds exactly. */
function exactShare(folder: string): number {
  const bitexts = articles(folder)
  const { beads } = alignBitextCorpus(bitexts)
  let right = 0
  let all = 0
  bitexts.forEach((b, k) => {
    all += b.gold.size
    for (const bead of beads[k] ?? []) if (b.gold.has(`${bead.source.join(',')}:${bead.target.join(',')}`)) right++
  })
  return right / all
}

describe('word keys of the lexicon and the translation model', () => {
  it('knows a Korean word by the letters of its first syllables, whatever particle follows', () => {
    const ids = new WordIds()
    // "president" with the topic, subject and genitive particles; "presidential election" shares the stem.
    const forms = ['대통령은', '대통령이', '대통령의', '대통령선거']
    const encoded = forms.map((w) => [...ids.encode(w)])
    expect(new Set(encoded.map((e) => e.join(','))).size).toBe(1)
    expect(ids.idOf('대통령')).toBe(encoded[0]?.[0])
  })

  it('knows a Chinese compound by its characters, so compounds that share one share a key', () => {
    const ids = new WordIds()
    const president = [...ids.encode('總統')]
    const rule = [...ids.encode('統治')]
    expect(president).toHaveLength(2)
    expect(president.filter((id) => rule.includes(id))).toHaveLength(1)
  })

  it.each([
    ['pud-corpus-ko-ru', 0.88],
    ['pud-corpus', 0.88],
  ])('aligns the sentences of the PUD articles of %s with a word model learned on all of them', (folder, share) => {
    expect(exactShare(folder)).toBeGreaterThan(share)
  }, 120_000)
})
