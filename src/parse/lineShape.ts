import { checkText } from '../errors/checkShape.js'
import { codePointCounter, codePointTest } from '../util/codePointCounter.js'
import { isWhiteSpace } from '../util/whiteSpace.js'
import { SENTENCE_END } from '../util/sentenceEnd.js'
import { QUESTION_MARK } from '../util/questionMark.js'
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
/** Question marks across scripts (see `QUESTION_MARK`). */
export const QUESTION = QUESTION_MARK
/** Closing quotes, brackets and emphasis marks that may follow a line's last punctuation (white space too). */
const CLOSERS = new Set([...`"'”’»›)]}*_\``].map((c) => c.charCodeAt(0)))
/**
 * Whether a code point is part of an emoji written after a line's punctuation (`…inspire starship. 🙏`, `Done! ✅`):
 * a pictograph, a skin-tone modifier, a regional indicator (flags), a variation selector, a zero-width joiner or the
 * keycap mark. A reader sees the sentence end before it.
 */
const isEmojiPart = codePointTest(/^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}]$/u)
/** Whether a code point is a decimal digit of any script (`\p{Nd}`), each tested once per process. */
const isDigit = codePointTest(/^\p{Nd}$/u)

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
  const last = lastBeforeClosers(trimmed)
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
    digits: hasDigit(trimmed),
  }
}

/**
 * The last character of a text before its trailing closers, white space and emoji (what
 * `/[\s"'”’»›)\]}*_`\p{Extended_Pictographic}…]+$/u` would cut off), whole when it lies outside the Basic
 * Multilingual Plane (a surrogate pair); `''` when nothing is left. Emoji are cut only after other text: a line of
 * emoji alone has no end mark.
 */
function lastBeforeClosers(text: string): string {
  let end = text.length
  while (end > 0) {
    const unit = text.charCodeAt(end - 1)
    if (isWhiteSpace(unit) || CLOSERS.has(unit)) {
      end--
      continue
    }
    const size = pairBefore(text, end) ? 2 : 1
    const point = text.codePointAt(end - size)!
    // `‼` and `⁉` are pictographs and end marks at once: they end the sentence.
    if (end <= size || !isEmojiPart(point) || TERMINAL.test(String.fromCodePoint(point))) break
    end -= size
  }
  if (end === 0) return ''
  return text.slice(pairBefore(text, end) ? end - 2 : end - 1, end)
}

/** Whether the two code units before `end` are a surrogate pair (one code point outside the Basic Multilingual Plane). */
function pairBefore(text: string, end: number): boolean {
  const low = text.charCodeAt(end - 1)
  return end >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff
}

/** Whether a text holds a decimal digit of any script (`/\p{Nd}/u`), read code point by code point. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const point = text.codePointAt(i)!
    if (isDigit(point)) return true
    i += point > 0xffff ? 2 : 1
  }
  return false
}
