import { scriptOfCodePoint } from './unicodeScripts.js'

/** Latin letters that look like Cyrillic ones, as typed inside Cyrillic words (`Сiз` for `Сіз`). */
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
}

const URL_OR_EMAIL = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|\S+@\S+\.\w+/giu
const MAYBE_URL_OR_EMAIL = /:\/\/|www\.|@/iu
const WORD = /[\p{L}\p{M}'’-]+/gu

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
  for (const match of withoutUrls(text).matchAll(WORD)) {
    const word = match[0]
    let inScript = 0
    let letters = 0
    for (let i = 0; i < word.length; ) {
      const point = word.codePointAt(i)!
      i += point > 0xffff ? 2 : 1
      const s = scriptOfCodePoint(point)
      if (s === undefined) continue
      letters++
      if (s === script || (script === 'Jpan' && (s === 'Hani' || s === 'Hira' || s === 'Kana')) || (script === 'Kore' && (s === 'Hani' || s === 'Hang'))) inScript++
    }
    if (letters === 0 || inScript * 2 < letters) continue
    if (script === 'Cyrl' && inScript < letters) {
      kept.push([...word].map((c) => LATIN_TO_CYRILLIC[c] ?? c).join(''))
    } else {
      kept.push(word)
    }
  }
  return kept
}

/**
 * Remove URLs and e-mail addresses from a text.
 * @param text Any text.
 * @returns The text with each URL or address replaced by a space.
 */
export function withoutUrls(text: string): string {
  // The pattern backtracks over every word; most texts have nothing it could match.
  return MAYBE_URL_OR_EMAIL.test(text) ? text.replace(URL_OR_EMAIL, ' ') : text
}
