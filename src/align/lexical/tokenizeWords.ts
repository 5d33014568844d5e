import { checkNumber } from '../../errors/checkArgument.js'
import { checkText } from '../../errors/checkShape.js'
import { TextMemo } from '../../util/TextMemo.js'
import { visitSimpleWords } from './simpleWords.js'
/**
 * Word tokens for the lexical pass: Intl.Segmenter word segments (so scripts written without spaces, such as
 * Khmer or Thai, split into words too), lower-cased, keeping only segments that contain a letter.
 */

// Made on first use: a text of simple characters is cut without it (see `simpleWords.ts`).
let segmenter: Intl.Segmenter | undefined
const LETTER = /\p{L}/u

/** Words read per distinct word kept, at most: a text that repeats a few words (`*a*a*a…`) is not read to its end. */
const READ_PER_WORD_KEPT = 16

/**
 * The distinct words of a text, lower-cased, in order of first occurrence.
 * @param text Any text.
 * @param maxWords Keep at most this many distinct words (default: `64`), to bound the work per item; at most
 *   `16 × maxWords` words are read, so the work is bounded even when the text repeats a few words.
 * @returns Distinct lower-cased words containing a letter.
 */
export function tokenizeWords(text: string, maxWords = 64): string[] {
  checkText(text, 'text')
  checkNumber(maxWords, 'maxWords', { min: 0 })
  return scan(text, maxWords).words
}

/** Distinct words in order of first occurrence, and the position (among the words read) where each was first read. */
interface WordScan {
  words: string[]
  firstAt: number[]
}

function scan(text: string, maxWords: number): WordScan {
  const words: string[] = []
  const firstAt: number[] = []
  const seen = new Set<string>()
  let read = 0
  const budget = maxWords * READ_PER_WORD_KEPT
  // Takes each word segment with a letter; false once no more are wanted.
  const take = (segment: string): boolean => {
    if (read >= budget) return false
    const at = read++
    // The root locale's lower case: `toLocaleLowerCase('und')` gives the same for every code point (final sigma
    // included; no Turkish or Lithuanian rules), but resolves the locale and calls ICU on every word.
    const word = segment.toLowerCase()
    if (seen.has(word)) return true
    seen.add(word)
    words.push(word)
    firstAt.push(at)
    return words.length < maxWords
  }
  if (!visitSimpleWords(text, take)) {
    segmenter ??= new Intl.Segmenter('und', { granularity: 'word' })
    for (const seg of segmenter.segment(text)) {
      if (seg.isWordLike !== true || !LETTER.test(seg.segment)) continue
      if (!take(seg.segment)) break
    }
  }
  return { words, firstAt }
}

/** Most distinct words {@link memoWords} serves (the cognate signal's). */
export const MEMO_MAX_WORDS = 256

// A text is segmented once however often it is aligned (both passes of a corpus lexicon, every pair it is in) and
// whichever signal reads it (cognates, the lexical pass): word segmentation of scripts without spaces is the
// costliest step of both.
const memo = new TextMemo<WordScan>()
const scanOf = (text: string): WordScan => scan(text, MEMO_MAX_WORDS)

/**
 * `tokenizeWords(text, maxWords)` for `maxWords ≤ MEMO_MAX_WORDS`, the text segmented once and remembered: the
 * first `maxWords` distinct words first read among the first `16 × maxWords` words, exactly what
 * `tokenizeWords` reads.
 * @param text Any text.
 * @param maxWords Distinct words kept (at most `MEMO_MAX_WORDS`).
 * @returns Distinct lower-cased words containing a letter (do not modify: shared).
 */
export function memoWords(text: string, maxWords: number): readonly string[] {
  if (maxWords > MEMO_MAX_WORDS) return scan(text, maxWords).words
  const { words, firstAt } = text.length < 16 ? scan(text, MEMO_MAX_WORDS) : memo.get(text, scanOf)
  const budget = maxWords * READ_PER_WORD_KEPT
  let k = 0
  while (k < words.length && k < maxWords && (firstAt[k] ?? 0) < budget) k++
  return k === words.length ? words : words.slice(0, k)
}

/**
 * Letters of a word the lexicon and the translation model keep: words are compared by their first five letters
 * (code points), a crude stem that gathers inflected forms (`pemerintah`/`pemerintahan`, case endings) so the
 * models learned on a few hundred sentences see each word more often (pud-dev strict F1 with the translation
 * model: whole words 0.951; 3, 4, 5, 6 letters 0.952, 0.953, 0.955, 0.953).
 */
export const WORD_KEY_LETTERS = 5

const HANGUL = /\p{Script=Hangul}/u
const HAN = /\p{Script=Han}/u
const HAN_RUNS = /\p{Script=Han}|[^\p{Script=Han}]+/gu

/**
 * The key a word is known by in a lexicon: its first {@link WORD_KEY_LETTERS} letters. Letters are code points,
 * but a Hangul syllable block is written as the letters (jamo) it is made of, so a Korean key holds about two
 * syllables, the stem of a word whose particles and endings follow (`대통령은`, `대통령이`, `대통령의` share one).
 * pud-dev strict F1 of the six Korean pairs 0.949 → 0.965 (one block, five letters of which were up to five blocks).
 * @param word A lower-cased word.
 * @returns Its key.
 */
export function wordKey(word: string): string {
  if (HANGUL.test(word)) word = word.normalize('NFD')
  if (word.length <= WORD_KEY_LETTERS) return word
  let out = ''
  let k = 0
  for (const ch of word) {
    if (k++ === WORD_KEY_LETTERS) break
    out += ch
  }
  return out
}

/**
 * The keys a word is known by: its {@link wordKey}, except that every Han character is a key of its own (a
 * character is a morpheme, and the words a segmenter finds in Chinese text are compounds of them: `總統`,
 * `統治`); what a Han word holds of other scripts (kana endings) stays one key. pud-dev strict F1 of the six
 * Chinese pairs 0.947 → 0.959 (each word its first character: 0.954).
 * @param word A lower-cased word.
 * @returns Its keys, in order (one, unless the word has Han characters).
 */
export function wordKeys(word: string): string[] {
  if (!HAN.test(word)) return [wordKey(word)]
  return (word.match(HAN_RUNS) ?? []).map(wordKey)
}

/** Maps words of one side to dense integer ids (by their {@link wordKeys}). */
export class WordIds {
  private readonly ids = new Map<string, number>()

  /** Number of distinct words seen. */
  get size(): number {
    return this.ids.size
  }

  /**
   * The id of a word, if it (or a word of the same key) was seen.
   * @param word A lower-cased word, or a key (a word of several Han characters is known by the first).
   * @returns Its id, or `undefined`.
   */
  idOf(word: string): number | undefined {
    return this.ids.get(this.keyOf(word))
  }

  /**
   * The key a word is known by (its first {@link wordKeys}); the same function for every `WordIds`.
   * @param word A lower-cased word, or a key.
   * @returns The key.
   */
  keyOf(word: string): string {
    return wordKeys(word)[0] ?? ''
  }

  /**
   * The id of a key as {@link WordIds.keyOf} gives it, if seen.
   * @param key A key.
   * @returns Its id, or `undefined`.
   */
  idOfKey(key: string): number | undefined {
    return this.ids.get(key)
  }

  /**
   * Every word key seen, indexed by id.
   * @returns Word keys in id order.
   */
  words(): string[] {
    return [...this.ids.keys()]
  }

  /**
   * Sorted distinct word ids of a text (words of the same key share an id).
   * @param text Any text.
   * @returns Ids (new keys get new ids).
   */
  encode(text: string): Int32Array {
    const words = memoWords(text, 64)
    const seen = new Set<number>()
    for (const w of words) {
      for (const key of wordKeys(w)) {
        let id = this.ids.get(key)
        if (id === undefined) {
          id = this.ids.size
          this.ids.set(key, id)
        }
        seen.add(id)
      }
    }
    return Int32Array.from(seen).sort()
  }
}
