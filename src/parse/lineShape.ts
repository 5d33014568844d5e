/** Surface features of one line of text, used to classify it without word lists. */
export interface LineShape {
  /** Number of words (word-like segments; scripts without spaces are segmented by ICU). */
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

/** Sentence-final punctuation across scripts (Latin, CJK, Khmer, Devanagari, Arabic, Ethiopic, Myanmar, Armenian…). */
export const TERMINAL = /[.!?…。！？｡។៕।॥؟۔።፧፨။՝։‼⁇⁈⁉]/u
/** Question marks across scripts (Latin, fullwidth, Arabic, Ethiopic, Armenian, Greek erotimatiko, Myanmar is absent). */
export const QUESTION = /[?？؟፧՞;⁇⁈⁉¿]/u
const TRAILING_CLOSERS = /[\s"'”’»›)\]}*_`]+$/u
const LETTER = /\p{L}/gu
const DIGIT = /\p{Nd}/u

const wordSegmenter = new Intl.Segmenter('und', { granularity: 'word' })

/** Count word-like segments (ICU word boundaries, so Khmer or Thai without spaces count properly). */
export function countWords(text: string): number {
  if (text.length > 2000) return text.split(/\s+/u).filter((w) => w !== '').length
  let n = 0
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike === true) n++
  return n
}

/** Measure the surface shape of a line. */
export function lineShape(text: string): LineShape {
  const trimmed = text.trim()
  const tail = trimmed.replace(TRAILING_CLOSERS, '')
  const last = tail.slice(-1)
  return {
    words: countWords(trimmed),
    letters: trimmed.match(LETTER)?.length ?? 0,
    terminal: last !== '' && TERMINAL.test(last),
    asks: QUESTION.test(trimmed),
    endsAsking: last !== '' && QUESTION.test(last),
    digits: DIGIT.test(trimmed),
  }
}
