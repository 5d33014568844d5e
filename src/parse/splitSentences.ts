import { sentenceChunks } from './sentenceChunks.js'
import { checkText } from '../errors/checkShape.js'
import { checkOptions, usage } from '../errors/checkArgument.js'

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
// A full stop after a letter of a script without case (Han, Kana, Hangul, Arabic…), then a space and a lowercase
// word: ICU keeps "e.g. foo" whole because a lowercase word after an abbreviation continues its sentence, but an
// abbreviation is a word of a cased script, so here the stop ends the sentence ("설정합니다. starship은…").
const UNCASED_STOP = /\p{Lo}[.．]["'”’»)\]]*(?=\s+\p{Ll})/gu
// A single dotted token ("Dr.", "Ft.", "Inc.", "e.g.") is an abbreviation more often than a sentence.
const ABBREVIATION = /^[\p{L}][\p{L}\p{M}.\-]{0,5}\.$/u
// A title-like abbreviation closing a piece ("… Mr.", "… Dr.", "… Inc."): an uppercase letter and at most
// three lowercase ones before the dot.
const TRAILING_ABBREVIATION = /(?:^|\s)\p{Lu}\p{Ll}{0,2}\.$/u
// A word: a run of letters and marks.
const WORD = /[\p{L}\p{M}]+/gu

function trimSpan(text: string, start: number, end: number): SentenceSpan | undefined {
  let a = start
  let b = end
  while (a < b && /\s/u.test(text[a]!)) a++
  while (b > a && /\s/u.test(text[b - 1]!)) b--
  return b > a ? { text: text.slice(a, b), start: a, end: b } : undefined
}

/** Offsets inside one ICU segment where a sentence ends that ICU leaves unbroken, ascending. */
function cutsInside(segment: string): number[] {
  const cuts = new Set<number>()
  for (const pattern of [HARD_TERMINATOR, UNCASED_STOP]) {
    for (const m of segment.matchAll(pattern)) {
      const at = m.index + m[0].length
      if (at < segment.length) cuts.add(at)
    }
  }
  return [...cuts].sort((a, b) => a - b)
}

/**
 * Words a text writes with no full stop after them (letters only, case kept): a word found here is a word, not an
 * abbreviation, wherever else it is followed by a dot ("<summary>Cmd</summary>" … "with Cmd. Create…").
 * @param texts The texts of one document (its prose, not its code).
 * @returns The set of such words.
 */
export function undottedWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>()
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) if (text[m.index + m[0].length] !== '.') words.add(m[0])
  }
  return words
}

/** Options of {@link splitSentences}. */
export interface SentenceOptions {
  /** Words the whole document writes without a dot after them ({@link undottedWords}); by default the text's own. */
  undotted?: ReadonlySet<string>
}

/**
 * Whether a piece ending in a dotted short word is an abbreviation glued to the next piece: not when the document
 * writes that word, case kept, without its dot elsewhere: then it is a word ending a sentence ("… with Cmd." beside a
 * heading "Cmd", "Yes." beside "Yes, …"), which no list of abbreviations has to tell.
 */
function abbreviationBefore(own: string, next: string | undefined, undotted: ReadonlySet<string>): boolean {
  if (next === undefined) return false
  const single = ABBREVIATION.test(own) && !own.includes(' ')
  if (!single && !TRAILING_ABBREVIATION.test(own)) return false
  const word = /[\p{L}\p{M}.\-]+(?=\.$)/u.exec(own)?.[0] ?? ''
  return !undotted.has(word)
}

/**
 * Split text into sentences: `Intl.Segmenter` (ICU rules, which know most scripts' terminators),
 * then a split after script terminators that ICU leaves unbroken and after a full stop closing an uncased script's
 * word before a lowercase one, then short dotted words ("Dr.") glued to the next sentence when they are read as
 * abbreviations (see `abbreviationBefore`).
 * @param text Any text.
 * @param options The document's undotted words, when the text is one part of it.
 * @returns The sentences, with offsets into `text`.
 */
export function splitSentences(text: string, options: SentenceOptions = {}): SentenceSpan[] {
  checkText(text, 'text')
  const checked = checkOptions(options)
  if (checked.undotted !== undefined && !(checked.undotted instanceof Set && [...checked.undotted].every((w) => typeof w === 'string'))) usage('options.undotted', 'a Set of words (strings)', checked.undotted)
  const undotted = options.undotted ?? undottedWords([text])
  const pieces: Array<[number, number]> = []
  for (const s of sentenceChunks(sentenceSegmenter, text)) {
    const start = s.index
    const end = s.index + s.segment.length
    let cut = start
    for (const at of cutsInside(s.segment)) {
      pieces.push([cut, start + at])
      cut = start + at
    }
    pieces.push([cut, end])
  }
  const out: SentenceSpan[] = []
  let pendingStart: number | undefined
  const owns = pieces.map(([start, end]) => trimSpan(text, start, end))
  for (const [i, [start, end]] of pieces.entries()) {
    const span = trimSpan(text, pendingStart ?? start, end)
    if (span === undefined) continue
    const own = owns[i]
    let k = i + 1
    while (k < owns.length && owns[k] === undefined) k++
    const next = owns[k]
    if (own !== undefined && abbreviationBefore(own.text, next?.text, undotted)) {
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
