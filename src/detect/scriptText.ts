import { scriptOfCodePoint } from './unicodeScripts.js'
import { codePointTest } from '../util/codePointCounter.js'

/** Latin letters that look like Cyrillic ones, as typed inside Cyrillic words (`Сiз` for `Сіз`). */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
}

const URL_OR_EMAIL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|\S+@\S+\.\w+/giu
const MAYBE_URL_OR_EMAIL = /:\/\/|www\.|@/iu

/**
 * The part of a text written in one script, for the n-gram models: URLs and e-mail addresses removed,
 * words mostly in another script dropped, Latin look-alike letters inside Cyrillic words mapped to
 * their Cyrillic twins.
 * @param text Any text.
 * @param script ISO 15924 code of the script to keep (from `detectScript`).
 * @returns The kept words, separated by single spaces.
 */
export function scriptText(text: string, script: string): string {
  // A piece is checked against its context, then often detected: the same words are asked for twice in a row.
  if (text === last.text && script === last.script) return last.kept
  const kept = scriptWords(text, script).join(' ')
  last = { text, script, kept }
  return kept
}

/** The last text {@link scriptText} was asked for, its script and its answer. */
let last = { text: '', script: '', kept: '' }

function scriptWords(text: string, script: string): string[] {
  const kept: string[] = []
  const value = withoutUrls(text)
  // The words, read code point by code point: runs of letters, marks, apostrophes and hyphens.
  let start = -1
  let inScript = 0
  let letters = 0
  for (let i = 0; i <= value.length; ) {
    const point = i < value.length ? value.codePointAt(i)! : -1
    const width = point > 0xffff ? 2 : 1
    if (point >= 0 && isWordPoint(point)) {
      if (start < 0) {
        start = i
        inScript = 0
        letters = 0
      }
      // ASCII letters are Latin; other ASCII word characters (apostrophe, hyphen) are no letter.
      const s = point < 128 ? ((point | 32) >= 97 && (point | 32) <= 122 ? 'Latn' : undefined) : scriptOfCodePoint(point)
      if (s !== undefined) {
        letters++
        if (s === script || (script === 'Jpan' && (s === 'Hani' || s === 'Hira' || s === 'Kana')) || (script === 'Kore' && (s === 'Hani' || s === 'Hang'))) inScript++
      }
    } else if (start >= 0) {
      keepWord(kept, value.slice(start, i), script, inScript, letters)
      start = -1
    }
    i += width
  }
  return kept
}

/** Add a word to those kept when most of its letters are in the script (Latin look-alikes in Cyrillic words mapped). */
function keepWord(kept: string[], word: string, script: string, inScript: number, letters: number): void {
  if (letters === 0 || inScript * 2 < letters) return
  kept.push(script === 'Cyrl' && inScript < letters ? [...word].map((c) => LATIN_TO_CYRILLIC[c] ?? c).join('') : word)
}

/** Whether a code point belongs in a word: a letter, mark, apostrophe or hyphen. */
const isWordPoint = codePointTest(/^[\p{L}\p{M}'’-]$/u)

/**
 * Remove URLs and e-mail addresses from a text.
 * @param text Any text.
 * @returns The text with each URL or address replaced by a space.
 */
export function withoutUrls(text: string): string {
  // The pattern backtracks over every word; most texts have nothing it could match.
  return MAYBE_URL_OR_EMAIL.test(text) ? text.replace(URL_OR_EMAIL, ' ') : text
}
