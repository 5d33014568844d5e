import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countLetters } from '../../src/align/text/countLetters.js'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Letter/digit grapheme clusters counted the slow way, with the segmenter on every text. */
function clusters(text: string): number {
  let n = 0
  for (const { segment } of segmenter.segment(text)) if (/[\p{L}\p{N}]/u.test(segment)) n++
  return n
}

// Letters of simple scripts beside everything that joins code points into one cluster.
const pieces = ['a', 'Z', 'é', 'e\u0301', 'ж', 'λ', '日', 'あ', 'ア', 'ｶ', 'ﾞ', '\u200d', '\ufe0f', '👍', '🏽', '🇫', '🇷', 'ក', '្', 'ᄀ', '각', '٣', '1', ' ', '.', '\r', '\n', 'ǅ']

describe('countLetters', () => {
  it.each([
    ['école', 5],
    ['e\u0301cole', 5],
    ['ｶﾞｷﾞ', 2],
    ['Сiз бен 2024', 10],
    ['ខ្ញុំ', 1],
  ])('counts %j as %i letter clusters', (text, expected) => {
    expect(countLetters(text)).toBe(expected)
    expect(countLetters(text)).toBe(clusters(text))
  })

  it('counts exactly the clusters the segmenter finds, with or without its fast path and memo', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(countLetters(text)).toBe(clusters(text))
        expect(countLetters(text)).toBe(clusters(text))
      }),
      { numRuns: 2000 },
    )
  })
})
