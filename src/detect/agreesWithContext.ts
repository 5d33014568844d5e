import type { LanguageGuess } from '../types.js'
import { majorLanguages } from './data/majorLanguages.js'
import { scriptLanguages } from './data/scriptLanguages.js'
import { francReading } from './francRanking.js'
import { toFrancCode } from './languageCodes.js'
import { scriptText } from './scriptText.js'

const rivalsByScript = new Map<string, string[]>()

/** The languages of a script with 8 million speakers or more (franc codes). */
function majorRivals(script: string): string[] {
  let rivals = rivalsByScript.get(script)
  if (rivals === undefined) rivalsByScript.set(script, (rivals = (scriptLanguages[script] ?? []).filter((code) => majorLanguages.has(code))))
  return rivals
}

/** The languages ranked against each context language of each script: the same array, text after text. */
const rankedByContext = new Map<string, readonly string[]>()

/** The context's language and the script's major ones (franc codes). */
function rankedLanguages(script: string, own: string, rivals: readonly string[]): readonly string[] {
  const key = `${script}\u0000${own}`
  let only = rankedByContext.get(key)
  if (only === undefined) rankedByContext.set(key, (only = rivals.includes(own) ? rivals : [own, ...rivals]))
  return only
}

/**
 * Whether a piece of text (a sentence) reads as its context's language rather than as another major language of
 * its script: franc ranks only the context's language and those few rivals (a sixth of franc's languages for Latin
 * script), so a quoted English sentence in a German paragraph is told apart at a fraction of a full detection.
 * A piece that agrees needs no detection of its own; one that does not is judged in full.
 * @param text The piece, in the context's script.
 * @param context The context's language (a segment's own guess).
 * @returns `true` when the context's language ranks first or close behind (see {@link AGREE_SCORE}).
 */
export function agreesWithContext(text: string, context: LanguageGuess): boolean {
  return agreementScore(text, context) >= AGREE_SCORE
}

/**
 * franc's score of a piece's context language when franc ranks only it and the major languages of the script (see
 * {@link agreesWithContext}).
 * @param text The piece, in the context's script.
 * @param context The context's language.
 * @returns `1` when it ranks first (or the script has no other major language), lower the farther behind, `0` when
 *   franc does not rank it.
 */
export function agreementScore(text: string, context: LanguageGuess): number {
  return contextReading(text, context).score
}

/** How franc reads a piece against its context (see {@link contextReading}). */
export interface ContextReading {
  /** The context language's score (see {@link agreementScore}). */
  score: number
  /** franc code of the language ranked first (`und` when none is). */
  top: string
}

/**
 * franc's ranking of a piece over its context's language and the major languages of the script (see
 * {@link agreesWithContext}): the context language's score and the language ranked first, so that two pieces can be
 * told to read alike (the same language first) even when it is not the context's.
 * @param text The piece, in the context's script.
 * @param context The context's language.
 * @returns The score and the first language.
 */
export function contextReading(text: string, context: LanguageGuess): ContextReading {
  const own = toFrancCode(context.iso6393)
  const rivals = majorRivals(context.script)
  if (rivals.length === 0 || (rivals.length === 1 && rivals[0] === own)) return { score: 1, top: own }
  const only = rankedLanguages(context.script, own, rivals)
  return francReading(scriptText(text, context.script), only, own)
}

/**
 * franc's score (1 for the best, lower the farther) from which the context's language still counts as the piece's:
 * close languages (Russian and Bulgarian, Indonesian and Javanese) trade first place on plain sentences, within a
 * few tenths; a sentence in another language leaves the context's language far behind (0.4–0.6 for an English
 * sentence in a German paragraph).
 */
export const AGREE_SCORE = 0.7
