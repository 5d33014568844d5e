import type { LanguageGuess } from '../types.js'

/** How much of a document's prose is in a language (see {@link languageShare}). */
export interface LanguageShare {
  /** Weight of the segments in the language over the weight of all segments with letters, in [0, 1]. */
  share: number
  /** Script of the language's segments (that of the weightiest; `''` when none is in it). */
  script: string
}

/**
 * Share of a document's prose written in a language: the weight of the segments whose own guess is that language
 * over the weight of all segments with letters, each weighed by its letters with a letter of a dense script (Han,
 * kana, Hangul) worth three of an alphabet (`weightedLetters`), as a character of those carries about a word. A
 * translation that left passages in its source language holds both; this says how much of it was translated.
 * @param prose The prose of the document's content segments (`proseText`).
 * @param iso6393 The language (ISO 639-3).
 * @param own A text's own guess (memoised by the caller).
 * @param weigh A text's weighted letters.
 * @returns The share (`0` when no segment has letters) and the script it is written in.
 */
export function languageShare(prose: readonly string[], iso6393: string, own: (text: string) => LanguageGuess, weigh: (text: string) => number): LanguageShare {
  let total = 0
  let inLanguage = 0
  let script = ''
  let heaviest = 0
  for (const text of prose) {
    const weight = weigh(text)
    if (weight === 0) continue
    total += weight
    const guess = own(text)
    if (guess.iso6393 !== iso6393) continue
    inLanguage += weight
    if (weight > heaviest) [heaviest, script] = [weight, guess.script]
  }
  return { share: total === 0 ? 0 : inLanguage / total, script }
}
