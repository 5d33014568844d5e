/**
 * What a writing system does that parse, align and pipeline read differently, per Unicode script: one table for the
 * stages that join a wrapped line (`parse/logicalLines`), read a line without an end mark (`parse/draftRoles`), read numerals written inside runs of letters
 * (`align/anchors/numberWords`) and weigh a document's length in characters (`pipeline/candidatePairs`).
 */
export interface ScriptTraits {
  /** Words are written without spaces, so a line wrapped inside a sentence joins the next with none. */
  joinsWrappedLines: boolean
  /** Numbers are written with positional numerals inside runs of letters (`二〇一六`, `สองพัน`). */
  numeralRuns: boolean
  /** One character carries about a word of text (counted {@link DENSE_LETTER_WEIGHT} times when lengths are compared). */
  dense: boolean
  /** Sentences end with a space or the line's end, no mark, so a line without an end mark may be a whole sentence. */
  endsUnmarked: boolean
}

/**
 * How many letters of an alphabet one character of a dense script (Han, kana, Hangul: trait `dense`) is worth when
 * lengths or scripts are weighed against each other: it carries about a word's worth, as much as three letters
 * (`pipeline/candidatePairs` compares documents' lengths so, `detect/detectScript` weighs a text's scripts so).
 */
export const DENSE_LETTER_WEIGHT = 3

/**
 * The scripts whose traits differ from those of alphabets written with spaces (which have none of them). Thai
 * writes no spaces between words but one between phrases, so a wrapped Thai line keeps its space; Hangul spaces
 * its words but packs a syllable in a character. Thai and Lao end a sentence with a space, not a mark.
 */
export const SCRIPT_TRAITS: Readonly<Record<string, ScriptTraits>> = {
  Han: { joinsWrappedLines: true, numeralRuns: true, dense: true, endsUnmarked: false },
  Hiragana: { joinsWrappedLines: true, numeralRuns: false, dense: true, endsUnmarked: false },
  Katakana: { joinsWrappedLines: true, numeralRuns: false, dense: true, endsUnmarked: false },
  Hangul: { joinsWrappedLines: false, numeralRuns: false, dense: true, endsUnmarked: false },
  Thai: { joinsWrappedLines: false, numeralRuns: true, dense: false, endsUnmarked: true },
  Lao: { joinsWrappedLines: false, numeralRuns: false, dense: false, endsUnmarked: true },
}

/**
 * A character class of the scripts with a trait (`[\p{Script=Han}…]`), with `extra` characters (a class body) added.
 * @param trait The trait the scripts have.
 * @param extra More characters of the class, as written inside `[…]`.
 * @param flags The expression's flags (`u` always included).
 */
export function scriptClass(trait: keyof ScriptTraits, extra = '', flags = 'u'): RegExp {
  const scripts = Object.entries(SCRIPT_TRAITS)
    .filter(([, traits]) => traits[trait])
    .map(([script]) => `\\p{Script=${script}}`)
  return new RegExp(`[${scripts.join('')}${extra}]`, flags.includes('u') ? flags : `${flags}u`)
}
