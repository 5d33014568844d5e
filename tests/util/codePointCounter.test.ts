import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lineShape } from '../../src/index.js'
import { letterCount } from '../../src/detect/letterCount.js'
import { codePointCounter } from '../../src/util/codePointCounter.js'

const pud = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pud')
// Sentences of PUD in every script it has (Latin, Cyrillic, Arabic, Devanagari, Hangul, Han, Thai), marks and all,
// plus astral letters, lone surrogates and combining sequences.
const texts = ['ar', 'de', 'hi', 'ko', 'ru', 'th', 'zh']
  .flatMap((lang) => readFileSync(join(pud, `${lang}.tsv`), 'utf8').split('\n').slice(1, 40))
  .concat(['𝒜𝓁𝓅𝒽𝒶 𐐷𐑌 a\u0301e\u0300', '\ud800 lone \udc00 halves', '', '１２３ ＡＢＣ', 'क्षत्रिय'])

describe('codePointCounter', () => {
  it('counts what the global form of its pattern matches, for letters and for letters with marks', () => {
    const letters = codePointCounter(/^\p{L}$/u)
    const withMarks = codePointCounter(/^[\p{L}\p{M}]$/u)
    expect(texts.length).toBeGreaterThan(200)
    for (const text of texts) {
      expect(letters(text)).toBe(text.match(/\p{L}/gu)?.length ?? 0)
      expect(withMarks(text)).toBe(text.match(/[\p{L}\p{M}]/gu)?.length ?? 0)
    }
  })

  it('is the one counter behind lineShape letters (no marks) and detection letterCount (marks too)', () => {
    const hindi = 'क्षत्रिय राजा'
    expect(lineShape(hindi).letters).toBe(hindi.match(/\p{L}/gu)!.length)
    expect(letterCount(hindi)).toBe(hindi.match(/[\p{L}\p{M}]/gu)!.length)
    expect(letterCount(hindi)).toBeGreaterThan(lineShape(hindi).letters)
  })
})
