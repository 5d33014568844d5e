import { sentenceChunks } from './sentenceChunks.js'
import { checkText } from '../errors/checkShape.js'

/** A sentence found in a text, with offsets into that text. */
export interface SentenceSpan {
  /** Sentence text, trimmed. */
  text: string
  /** Offset of the first character. */
  start: number
  /** Offset one past the last character. */
  end: number
}

const sentenceSegmenter = new Intl.Segmenter('und', { granularity: 'sentence' })
// Script terminators after which a sentence ends even with no space (Khmer khan, Devanagari danda,
// CJK full stops, Ethiopic, Myanmar, Arabic full stop). ICU handles most; this catches the rest.
const HARD_TERMINATOR = /[។៕।॥。！？።။۔]+(?=[^\s"'”’»)\]。！？។៕])/gu
// A single dotted token ("Dr.", "Ft.", "Inc.", "e.g.") is an abbreviation more often than a sentence.
const ABBREVIATION = /^[\p{L}][\p{L}\p{M}.\-]{0,5}\.$/u
// A title-like abbreviation closing a piece ("… Mr.", "… Dr.", "… Inc."): an uppercase letter and at most
// three lowercase ones before the dot.
const TRAILING_ABBREVIATION = /(?:^|\s)\p{Lu}\p{Ll}{0,2}\.$/u

function trimSpan(text: string, start: number, end: number): SentenceSpan | undefined {
  let a = start
  let b = end
  while (a < b && /\s/u.test(text[a]!)) a++
  while (b > a && /\s/u.test(text[b - 1]!)) b--
  return b > a ? { text: text.slice(a, b), start: a, end: b } : undefined
}

/**
 * Split text into sentences: `Intl.Segmenter` (ICU rules, which know most scripts' terminators),
 * then a split after script terminators that ICU leaves unbroken, then single-token abbreviations
 * ("Dr.") glued to the next sentence.
 */
export function splitSentences(text: string): SentenceSpan[] {
  checkText(text, 'text')
  const pieces: Array<[number, number]> = []
  for (const s of sentenceChunks(sentenceSegmenter, text)) {
    const start = s.index
    const end = s.index + s.segment.length
    let cut = start
    HARD_TERMINATOR.lastIndex = 0
    for (const m of s.segment.matchAll(HARD_TERMINATOR)) {
      const at = start + m.index + m[0].length
      if (at < end) {
        pieces.push([cut, at])
        cut = at
      }
    }
    pieces.push([cut, end])
  }
  const out: SentenceSpan[] = []
  let pendingStart: number | undefined
  for (const [start, end] of pieces) {
    const span = trimSpan(text, pendingStart ?? start, end)
    if (span === undefined) continue
    const own = trimSpan(text, start, end)
    const glued = own !== undefined && ((ABBREVIATION.test(own.text) && !own.text.includes(' ')) || TRAILING_ABBREVIATION.test(own.text))
    if (glued && end < text.length) {
      pendingStart = span.start
      continue
    }
    pendingStart = undefined
    out.push(span)
  }
  if (pendingStart !== undefined) {
    const span = trimSpan(text, pendingStart, text.length)
    if (span !== undefined) out.push(span)
  }
  return out
}
