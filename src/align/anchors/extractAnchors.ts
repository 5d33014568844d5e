import { anyAscii } from '../text/anyAscii.js'
import type { Anchor } from './Anchor.js'
import { TextMemo } from '../../util/TextMemo.js'
import { nameSkeleton } from './nameSkeleton.js'
import { scaledValue, scaleAfter } from './numberScale.js'
import { checkOptions } from '../../errors/checkArgument.js'
import { checkText } from '../../errors/checkShape.js'

/** Options of {@link extractAnchors}. */
export interface ExtractAnchorsOptions {
  /**
   * Whether the text's dominant script is Latin. When `undefined` it is measured on the text itself.
   * In non-Latin text every Latin-script word is a name anchor; in Latin text only capitalised words that do
   * not start a sentence are.
   */
  latin?: boolean | undefined
  /** Shortest name skeleton kept, in letters (default: `3`). */
  minNameLength?: number | undefined
}

/** Letters of the scripts whose words and particles stand without a space before them (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar). */
export const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\u30fc'
/**
 * A URL: its scheme or `www.`, then printable ASCII other than quotes, parentheses and angle brackets, or letters,
 * marks and digits of any script (an IRI such as `https://ja.wikipedia.org/wiki/東京`). Punctuation and symbols outside
 * ASCII end it: in text without spaces a URL is often followed at once by `。`, `，`, `、` or a closing bracket. So
 * does a letter of a script written without spaces (see {@link UNSPACED}) glued to an ASCII letter or digit: the
 * sentence's word or particle (`http://localhost:5173에서`, `…/user/project와`, `https://example.comを`, and between
 * two URLs, `http://api:5001をhttp://172.19.0.7:5001に`), not the URL's; after `/`, `=` or `#` such letters are an
 * IRI's path or query (`/wiki/東京`) and stay.
 */
const URL_RE = new RegExp(`\\b(?:https?:\\/\\/|www\\.)(?:[!#-&*-;=?-~]|(?<![A-Za-z0-9])[${UNSPACED}]|(?![${UNSPACED}])[^\\s\\p{P}\\p{S}\\p{C}\\x00-\\x7f])+`, 'giu')
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu
/**
 * A number: Indian digit grouping first (`10,51,635`, `1,00,000`: groups of two digits before the last three, as
 * Hindi, Marathi, Bengali… texts write lakhs and crores), then groups of three after plain spaces (`1 051 635`, as
 * Russian, French… texts often type the thin space: one to three digits first, every later group exactly three
 * digits, not after a letter or hyphen, so that a year or a name's number beside a count, `2019 100`,
 * `COVID-19 100`, stays two numbers), else groups of three after a point, comma,
 * apostrophe or a no-break or thin space (`1,051,635`, `1 051 635`), with a decimal part.
 */
const NUMBER_RE = /\p{Nd}{1,2}(?:,\p{Nd}{2})+,\p{Nd}{3}(?!\p{Nd})(?:\.\p{Nd}+)?|(?<![\p{Nd}\p{L}.,-])\p{Nd}{1,3}(?: \p{Nd}{3}(?!\p{Nd}))+(?:[.,\u066b]\p{Nd}+)?|\p{Nd}+(?:[.,\u00a0\u202f'’\u066c]\p{Nd}{3})*(?:[.,\u066b]\p{Nd}+)?/gu
const WORD_RE = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu
const LATIN_RE = /\p{Script=Latin}/u
const LATIN_ALL = /\p{Script=Latin}/gu
const LETTER_ALL = /\p{L}/gu
const UPPER_RE = /^\p{Lu}/u
const SENTENCE_END = /[.!?។៕؟？！。…:;\n]\s*$/u
// What every match of URL_RE, EMAIL_RE and NUMBER_RE holds: a text without it is not searched with them. Their
// Unicode classes make them costly on the first texts of a process (compiled, then warming up): most sentences hold
// no `@`, no URL and no digit.
const URL_HINT = /:\/\/|www\./iu
const DIGIT = /\p{Nd}/u

/**
 * Share of Latin letters among the letters of a text.
 * @param text Any text.
 * @returns A number in [0, 1] (0 for a text without letters).
 */
export function latinShare(text: string): number {
  return latinShareOf([text])
}

/**
 * Share of Latin letters among the letters of several texts together (as if joined by spaces).
 * @param texts Any texts.
 * @returns A number in [0, 1] (0 when they have no letters).
 */
export function latinShareOf(texts: readonly string[]): number {
  let letters = 0
  let latin = 0
  for (const text of texts) {
    const counts = text.length < 16 ? latinCounts(text) : latinMemo.get(text, latinCounts)
    letters += counts[0]
    latin += counts[1]
  }
  return letters === 0 ? 0 : latin / letters
}

const latinMemo = new TextMemo<readonly [number, number]>()

function latinCounts(text: string): readonly [number, number] {
  return [text.match(LETTER_ALL)?.length ?? 0, text.match(LATIN_ALL)?.length ?? 0]
}

/**
 * Find the anchors of a text: numbers (any script's digits, written as ASCII; with a scale word after them —
 * `1.5 million`, `150万`, `1,5 млн` — as the whole value), URLs, e-mail addresses and
 * names — Latin-script words inside non-Latin text, capitalised words not starting a sentence in cased
 * scripts (Latin, Cyrillic, Greek, …), each reduced to an ASCII skeleton with {@link nameSkeleton}.
 * Uncased scripts without Latin words (Khmer, Thai, Chinese …) yield only numbers, URLs and e-mails.
 * @param text Any text.
 * @param options See {@link ExtractAnchorsOptions}.
 * @returns Anchors in text order.
 */
export function extractAnchors(text: string, options: ExtractAnchorsOptions = {}): Anchor[] {
  checkText(text, 'text')
  checkOptions(options)
  const latin = options.latin ?? latinShare(text) >= 0.5
  const minName = options.minNameLength ?? 3
  if (text.length < 16) return anchorsOf(text, latin, minName)
  // The same segments are searched for anchors by every pair they are in; a copy keeps callers apart.
  const key = `${latin ? 'L' : 'N'}${minName}`
  let memo = memos.get(key)
  if (memo === undefined) memos.set(key, (memo = new TextMemo<readonly Anchor[]>()))
  return memo.get(text, (t) => anchorsOf(t, latin, minName)).map((a) => ({ ...a }))
}

const memos = new Map<string, TextMemo<readonly Anchor[]>>()

const SCRIPT_RUN = /[\p{Script=Latin}\p{M}]+(?:['’-][\p{Script=Latin}\p{M}]+)*|[^\p{Script=Latin}]+/gu

/**
 * Words of a text; a word that mixes Latin letters with another script (`Siri那样`, `BBC表示`: scripts written
 * without spaces glue the two) is cut into its script runs, so that the Latin name stands alone.
 */
function* wordsOf(text: string): Generator<{ 0: string; index: number }> {
  for (const m of text.matchAll(WORD_RE)) {
    if (!LATIN_RE.test(m[0]) || /^[\p{Script=Latin}\p{M}'’-]+$/u.test(m[0])) {
      yield { 0: m[0], index: m.index }
      continue
    }
    for (const run of m[0].matchAll(SCRIPT_RUN)) yield { 0: run[0], index: m.index + run.index }
  }
}

/**
 * Digits between two Latin letters: a numeronym or a name's inner digits (`K8s`, `i18n`, `l10n`, `a11y`), which a
 * translation may write out (`Kubernetes`), not a quantity. Digits after or before a letter alone stay numbers
 * (`EC2`, `5G`, `mp3`), and digits glued to the words of scripts written without spaces too (`3月5日`).
 */
function numeronym(text: string, start: number, end: number): boolean {
  return start > 0 && end < text.length && LATIN_RE.test(text[start - 1]!) && LATIN_RE.test(text[end]!)
}

function anchorsOf(text: string, latin: boolean, minName: number): Anchor[] {
  const found: Array<{ at: number; anchor: Anchor }> = []
  let rest = text
  const blank = (start: number, length: number): void => {
    rest = rest.slice(0, start) + ' '.repeat(length) + rest.slice(start + length)
  }
  for (const m of URL_HINT.test(text) ? text.matchAll(URL_RE) : []) {
    const raw = m[0].replace(/[.,;:!?]+$/u, '')
    const normalized = raw.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '')
    found.push({ at: m.index, anchor: { kind: 'url', text: raw, normalized } })
    blank(m.index, m[0].length)
  }
  for (const m of rest.includes('@') ? rest.matchAll(EMAIL_RE) : []) {
    found.push({ at: m.index, anchor: { kind: 'email', text: m[0], normalized: m[0].toLowerCase() } })
    blank(m.index, m[0].length)
  }
  for (const m of DIGIT.test(rest) ? rest.matchAll(NUMBER_RE) : []) {
    if (numeronym(rest, m.index, m.index + m[0].length)) continue
    const power = scaleAfter(rest.slice(m.index + m[0].length, m.index + m[0].length + 16))
    const normalized = (power > 0 ? scaledValue(m[0], power) : undefined) ?? anyAscii(m[0]).replace(/[^0-9]/g, '')
    if (normalized.length > 0) found.push({ at: m.index, anchor: { kind: 'number', text: m[0], normalized } })
  }
  for (const m of wordsOf(rest)) {
    const word = m[0]
    const isLatin = LATIN_RE.test(word)
    let keep = false
    if (!latin && isLatin) keep = true
    else if (UPPER_RE.test(word)) {
      const before = rest.slice(Math.max(0, m.index - 4), m.index)
      const sentenceStart = m.index === 0 || /^\s*$/.test(rest.slice(0, m.index)) || SENTENCE_END.test(before) || /["«“„(]\s*$/u.test(before)
      keep = !sentenceStart
    }
    if (!keep) continue
    const normalized = nameSkeleton(word)
    if (normalized.length >= minName) found.push({ at: m.index, anchor: { kind: 'name', text: word, normalized } })
  }
  found.sort((x, y) => x.at - y.at)
  return found.map((f) => f.anchor)
}
