import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { visitSimpleWords } from '../../src/align/lexical/simpleWords.js'
import { tokenizeWords } from '../../src/align/lexical/tokenizeWords.js'

const segmenter = new Intl.Segmenter('und', { granularity: 'word' })
const LETTER = /\p{L}/u

/** The word segments with a letter that `Intl.Segmenter` finds. */
const icuWords = (text: string): string[] =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike === true && LETTER.test(s.segment)).map((s) => s.segment)

/** The words `visitSimpleWords` finds, or `undefined` when it leaves the text to the segmenter. */
const simpleWords = (text: string): string[] | undefined => {
  const out: string[] = []
  return visitSimpleWords(text, (w) => (out.push(w), true)) ? out : undefined
}

const pud = (language: string): string[] =>
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pud', `${language}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t')[1] ?? '')

describe('words of simple text without the segmenter', () => {
  it('finds the segmenter’s words on every PUD sentence it handles, and leaves the others to it', () => {
    let handled = 0
    let left = 0
    for (const language of ['en', 'de', 'id', 'tr', 'ru', 'ar', 'hi', 'ko', 'th', 'zh']) {
      for (const sentence of pud(language)) {
        const words = simpleWords(sentence)
        if (words === undefined) left++
        else {
          handled++
          expect(words).toEqual(icuWords(sentence))
        }
      }
    }
    expect(handled).toBeGreaterThan(4000)
    expect(left).toBeGreaterThan(4000)
  })

  it('finds the segmenter’s words on generated strings of letters, digits and every kind of middle character', () => {
    const focus = [...'aZéжЖ10.,:;\'’‘_· -\n\r"@/ßıİ\u00a0\t…–“„ǈ']
    const every = Array.from({ length: 0x500 }, (_, k) => String.fromCharCode(k))
    let seed = 20261205
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    let handled = 0
    for (let k = 0; k < 60_000; k++) {
      let text = ''
      for (let q = 1 + next(10); q > 0; q--) text += next(3) === 0 ? every[next(every.length)]! : focus[next(focus.length)]!
      const words = simpleWords(text)
      if (words === undefined) continue
      handled++
      expect(words, JSON.stringify(text)).toEqual(icuWords(text))
    }
    expect(handled).toBeGreaterThan(30_000)
  })

  it('gives tokenizeWords the segmenter’s words, lower-cased, distinct, in order', () => {
    const text = "L'État a dit: « 3,5 % » — U.S. e-mail_addr Straße's 1.000,5 ŁÓDŹ ŁÓDŹ"
    const expected = [...new Set(icuWords(text).map((w) => w.toLocaleLowerCase('und')))]
    expect(simpleWords(text)).toBeDefined()
    expect(tokenizeWords(text)).toEqual(expected)
  })
})
