import { iso15924 } from 'iso-15924'
import { scriptOfChar, scriptOfCodePoint } from './unicodeScripts.js'
import { checkText } from '../errors/checkShape.js'
import { DENSE_LETTER_WEIGHT, SCRIPT_TRAITS } from '../util/scripts.js'

/** The writing system of a text. */
export interface ScriptGuess {
  /** ISO 15924 code of the dominant script (`Khmr`, `Cyrl`, `Latn`, `Jpan`, `Kore`, …), `Zyyy` when the text has no letters. */
  script: string
  /**
   * Share of the text's letters written in the dominant script, in [0, 1] (`0` when there are no letters), a letter of
   * a dense script (Han, kana, Hangul) weighing {@link DENSE_LETTER_WEIGHT} letters of an alphabet.
   */
  share: number
  /** Letters (and combining marks) counted, all scripts together. */
  letters: number
  /** Letters per ISO 15924 script, the weightiest first (see {@link DENSE_LETTER_WEIGHT}). */
  counts: Array<{ script: string; letters: number }>
}

/** ISO 15924 codes of the dense scripts. */
const DENSE_CODES: ReadonlySet<string> = new Set(iso15924.filter((e) => e.pva !== undefined && SCRIPT_TRAITS[e.pva]?.dense === true).map((e) => e.code))

/** A letter's weight when scripts are weighed against each other (see {@link DENSE_LETTER_WEIGHT}). */
function letterWeight(script: string): number {
  return DENSE_CODES.has(script) ? DENSE_LETTER_WEIGHT : 1
}

/**
 * A text's letters with each letter of a dense script (Han, kana, Hangul) weighing {@link DENSE_LETTER_WEIGHT}
 * letters of an alphabet: how much text it holds, whatever its scripts.
 * @param found The text's `detectScript`.
 */
export function weightedLetters(found: ScriptGuess): number {
  return countsWeight(found.counts)
}

/** The weight of letters counted per script (see {@link weightedLetters}). */
function countsWeight(counts: ScriptGuess['counts']): number {
  let weight = 0
  for (const c of counts) weight += c.letters * letterWeight(c.script)
  return weight
}

/** Share of kana among Han + kana letters above which a text is Japanese (`Jpan`) rather than Chinese. */
const KANA_SHARE_FOR_JAPANESE = 0.1
/** Share of Hangul among Han + Hangul letters above which a text is Korean (`Kore`). */
const HANGUL_SHARE_FOR_KOREAN = 0.1

/**
 * Find the dominant script of a text by counting its letters per Unicode script.
 *
 * Digits, punctuation, symbols and spaces are ignored, so are combining marks shared by all scripts.
 * The dominant script is the one with most letters, so a minority run — a Latin brand name in a Khmer
 * sentence, a Cyrillic word quoted in English — does not decide the script; a letter of a dense script (Han, kana,
 * Hangul) counts {@link DENSE_LETTER_WEIGHT} times, as it carries about a word. Han mixed with kana is
 * reported as `Jpan`, Han mixed with Hangul as `Kore` (ISO 15924 compound codes).
 *
 * @param text Any text.
 * @returns The dominant script, its share and the counts; `Zyyy` with share `0` when there are no letters.
 */
export function detectScript(text: string): ScriptGuess {
  checkText(text, 'text')
  // Letters per script number (see `scriptNumber`), and the numbers met, in order.
  const met: number[] = []
  let letters = 0
  // ASCII letters are Latin and other ASCII is no letter: counted without a lookup per character.
  let ascii = 0
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i)
    if (unit < 128) {
      const lower = unit | 32
      if (lower >= 97 && lower <= 122) ascii++
      i++
      continue
    }
    let number = unit < 0xd800 || unit > 0xdfff ? bmpNumbers[unit]! : 0
    if (number === 0) {
      const point = text.codePointAt(i)!
      i += point > 0xffff ? 2 : 1
      number = scriptNumber(scriptOfCodePoint(point))
      if (point === unit && (unit < 0xd800 || unit > 0xdfff)) bmpNumbers[unit] = number
    } else {
      i++
    }
    if (number < 0) continue
    letters++
    if (tally[number]!++ === 0) met.push(number)
  }
  if (ascii > 0) {
    const latin = scriptNumber(scriptOfChar('a'))
    letters += ascii
    if (tally[latin] === 0) met.push(latin)
    tally[latin]! += ascii
  }
  const counts = met.map((number) => ({ script: scriptCodes[number]!, letters: tally[number]! }))
  for (const number of met) tally[number] = 0
  const weight = countsWeight(counts)
  counts.sort((a, b) => b.letters * letterWeight(b.script) - a.letters * letterWeight(a.script) || (a.script < b.script ? -1 : 1))
  const top = counts[0]
  if (top === undefined) return { script: 'Zyyy', share: 0, letters: 0, counts }

  const count = (script: string): number => counts.find((c) => c.script === script)?.letters ?? 0
  const han = count('Hani')
  const kana = count('Hira') + count('Kana')
  const hangul = count('Hang')
  if (top.script === 'Hani' || top.script === 'Hira' || top.script === 'Kana' || top.script === 'Hang') {
    if (kana > 0 && kana / (han + kana) >= KANA_SHARE_FOR_JAPANESE) {
      return { script: 'Jpan', share: ((han + kana) * DENSE_LETTER_WEIGHT) / weight, letters, counts }
    }
    if (hangul > 0 && hangul / (han + hangul) >= HANGUL_SHARE_FOR_KOREAN) {
      return { script: 'Kore', share: ((han + hangul) * DENSE_LETTER_WEIGHT) / weight, letters, counts }
    }
  }
  return { script: top.script, share: (top.letters * letterWeight(top.script)) / weight, letters, counts }
}

/** Script codes by number (see {@link scriptNumber}). */
const scriptCodes: string[] = []
const numbers = new Map<string, number>()
/** Scratch: letters per script number of the text being read (zero between calls). */
let tally = new Int32Array(16)
/** Per BMP code unit (not a surrogate): its script's number (from 1), −1 for none, 0 not yet known. */
const bmpNumbers = new Int16Array(0x10000)

/** A number for each script code met (from 1), −1 for none. */
function scriptNumber(script: string | undefined): number {
  if (script === undefined) return -1
  let number = numbers.get(script)
  if (number === undefined) {
    number = scriptCodes.length === 0 ? 1 : scriptCodes.length
    if (scriptCodes.length === 0) scriptCodes.push('')
    scriptCodes.push(script)
    numbers.set(script, number)
    if (tally.length <= number) {
      const grown = new Int32Array(2 * (number + 1))
      grown.set(tally)
      tally = grown
    }
  }
  return number
}
