import { TextMemo } from '../../util/TextMemo.js'

// Made on first use: the first ICU segmenter of a process costs about 25 ms, and simple texts never need it.
let segmenter: Intl.Segmenter | undefined
const WORDY = /[\p{L}\p{N}]/u
const WORDY_ALL = /[\p{L}\p{N}]/gu
const SIMPLE_SCRIPTS = /^[\p{sc=Latn}\p{sc=Cyrl}\p{sc=Grek}\p{sc=Hani}\p{sc=Hira}\p{sc=Kana}\p{sc=Zyyy}]*$/u
const CLUSTERING = /[\p{M}\u200c\u200d\ufe00-\ufe0f\uff9e\uff9f\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0000}-\u{e007f}]/u

/**
 * Count the grapheme clusters of a text that contain a letter or a digit (spaces and punctuation are not
 * counted). A Khmer consonant with its subscripts and vowel signs counts once; `é` counts once however it is
 * encoded.
 * @param text Any text.
 * @returns Number of letter/digit grapheme clusters (0 for blank text).
 */
export function countLetters(text: string): number {
  // Short texts are cheaper to count than to look up.
  return text.length < 16 ? count(text) : memo.get(text, count)
}

// Texts are counted many times over while a corpus is aligned (each candidate pair, the order test, pivots).
const memo = new TextMemo<number>()

function count(text: string): number {
  let letters = 0
  // Pure ASCII is the common case; skip the segmenter there.
  if (/^[\x00-\x7f]*$/.test(text)) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++
    }
    return letters
  }
  // Scripts without combining marks (Latin, Cyrillic, Greek, Han, kana) and no mark, joiner, variation
  // selector, emoji modifier, tag or halfwidth sound mark: every code point is a cluster of its own (CR LF aside,
  // which has no letter), so letters can be counted without the segmenter.
  if (SIMPLE_SCRIPTS.test(text) && !CLUSTERING.test(text)) return text.match(WORDY_ALL)?.length ?? 0
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  for (const { segment } of segmenter.segment(text)) {
    if (WORDY.test(segment)) letters++
  }
  return letters
}
