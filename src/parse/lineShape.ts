import { checkText } from '../errors/checkShape.js'
import { codePointCounter } from '../util/codePointCounter.js'
import { isWhiteSpace } from '../util/whiteSpace.js'
import { SENTENCE_END } from '../util/sentenceEnd.js'
/** Surface features of one line of text, used to classify it without word lists. */
export interface LineShape {
  /** Number of words (word-like segments; scripts without spaces are segmented by ICU), counted up to 65. */
  words: number
  /** Number of letters. */
  letters: number
  /** Ends with sentence-final punctuation (any script), possibly followed by closing quotes/brackets. */
  terminal: boolean
  /** Contains a question mark of any script. */
  asks: boolean
  /** Ends with a question mark of any script. */
  endsAsking: boolean
  /** Contains a digit. */
  digits: boolean
}

/** Sentence-final punctuation across scripts: Unicode `Sentence_Terminal` and `…` (see {@link SENTENCE_END}). */
export const TERMINAL = SENTENCE_END
/** Question marks across scripts (Latin, fullwidth, Arabic, Ethiopic, Armenian, Greek erotimatiko, Myanmar is absent). */
export const QUESTION = /[?？؟፧՞;⁇⁈⁉¿]/u
const TRAILING_CLOSERS = /[\s"'”’»›)\]}*_`]+$/u
const DIGIT = /\p{Nd}/u

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' })

/**
 * Count word-like segments (ICU word boundaries, so Khmer or Thai without spaces count properly).
 * @param limit Stop counting past this many (default: no limit); shape decisions only need small counts.
 */
export function countWords(text: string, limit = Number.POSITIVE_INFINITY): number {
  const spaced = spacedWords(text)
  // Text with a space every dozen characters or so is written with spaces between words: count them directly.
  // ICU's dictionary segmentation is for scripts without spaces (Khmer, Thai, Lao, Chinese, Japanese…).
  if (text.length > 2000 || spaced * 12 >= text.length) return spaced
  let n = 0
  for (const s of wordSegmenter.segment(text)) {
    if (s.isWordLike === true) n++
    if (n > limit) break
  }
  return n
}

/** Runs of anything but white space (the pieces `text.split(/\s+/u)` gives that are not empty), counted without cutting the text. */
function spacedWords(text: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i))
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** How many letters (`/\p{L}/gu` matches) a text holds, each distinct code point tested once per process. */
const countLetters = codePointCounter(/^\p{L}$/u)

/** Words counted at most by {@link lineShape}: every decision made on word counts is about shorter lines. */
export const SHAPE_WORD_LIMIT = 64

/**
 * Measure the surface shape of a line. Its words and letters are counted when first read (most lines are prose that
 * ends with a full stop, and the rules that read word or letter counts are about short unfinished lines; counting the
 * words of a line without spaces means ICU's dictionary segmentation).
 */
export function lineShape(text: string): LineShape {
  checkText(text, 'text')
  const trimmed = text.trim()
  const tail = trimmed.replace(TRAILING_CLOSERS, '')
  // The last character, whole when it lies outside the Basic Multilingual Plane (a surrogate pair).
  const last = Array.from(tail.slice(-2)).pop() ?? ''
  let words = -1
  let letters = -1
  return {
    get words(): number {
      return words >= 0 ? words : (words = countWords(trimmed, SHAPE_WORD_LIMIT))
    },
    get letters(): number {
      return letters >= 0 ? letters : (letters = countLetters(trimmed))
    },
    terminal: last !== '' && TERMINAL.test(last),
    asks: QUESTION.test(trimmed),
    endsAsking: last !== '' && QUESTION.test(last),
    digits: DIGIT.test(trimmed),
  }
}
