import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Lexicon } from '../../src/align/lexical/Lexicon.js'
import { tokenizeWords } from '../../src/align/lexical/tokenizeWords.js'

// The aligner's words are lower-cased as the root locale does (`toLocaleLowerCase('und')`), with `toLowerCase`,
// which gives the same without resolving a locale and calling ICU per word.
describe('words lower-cased as the root locale does', () => {
  it('toLowerCase is the root locale lower case for every code point of the planes with cased letters, alone and inside a word', () => {
    const differ: string[] = []
    // Planes 0 and 1: every cased letter of Unicode is there (above are ideographs and private use).
    for (let c = 0; c <= 0x1ffff; c++) {
      if (c >= 0xd800 && c < 0xe000) continue
      const ch = String.fromCodePoint(c)
      for (const s of [ch, `A${ch}Σ`]) if (s.toLowerCase() !== s.toLocaleLowerCase('und')) differ.push(c.toString(16))
    }
    expect(differ).toEqual([])
  }, 120_000)

  it('gives the words of every PUD sentence in the root locale lower case', () => {
    for (const lang of ['en', 'de', 'ru', 'tr', 'id']) {
      const lines = readFileSync(new URL(`../../../shared/data/pud/${lang}.tsv`, import.meta.url), 'utf8').split('\n')
      for (const line of lines.slice(0, 300)) {
        const words = tokenizeWords(line, 1000)
        expect(words.map((w) => w.toLocaleLowerCase('und'))).toEqual(words)
      }
    }
  })

  it('keeps the rules that do not depend on a language: final sigma, a dotted capital I', () => {
    expect(tokenizeWords('ΟΔΟΣ İstanbul')).toEqual(['οδος', 'i̇stanbul'])
    const lexicon = new Lexicon([['ΟΔΟΣ', 'İSTANBUL']])
    expect(lexicon.pairs()).toEqual([['οδος', 'i̇sta']])
  })
})
