import type { LanguageGuess } from '../types.js'

/**
 * The guess for a text whose language cannot be told (empty, too short, digits only, or a script
 * franc does not know).
 * @param script ISO 15924 code of the text's dominant script (default: `Zyyy`, no letters).
 * @returns An `und` guess with confidence `0` and no candidates.
 */
export function undetermined(script = 'Zyyy'): LanguageGuess {
  return { iso6393: 'und', bcp47: 'und', script, confidence: 0, candidates: [] }
}
