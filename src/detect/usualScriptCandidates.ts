import { toFrancCode } from './languageCodes.js'
import { profiledSet } from './languageProfiles.js'
import { likelyScript } from './likelyScript.js'

/** A ranked candidate: a language code and its probability under franc. */
interface RankedCandidate {
  /** ISO 639-3 (or franc) code. */
  code: string
  /** Its probability. */
  probability: number
}

/**
 * The candidates of a text too short for franc's odds between trigram models of different origin to mean anything:
 * a language without a profile of ours that is usually written in another script (CLDR's likely script, see
 * `likelyScript`: Turkmen, Azerbaijani and Uzbek in Cyrillic, Serbian in Latin) is left out when a language we have a
 * profile for is written in the text's script and ranked too: its probability becomes 0 (it stays in the list, so
 * the letter evidence, which weighs a letter by how many candidates use it, is the same).
 *
 * Why: franc's model of such a language is 300 trigrams of one Declaration in an orthography little written today,
 * the profiled languages are ranked on trigrams of their own sentences, and on a line of two or three words franc's
 * score gap between the two kinds of model turns into odds of e¹⁰–e¹⁵ (`Килмә бүтән.`: Azerbaijani 1.0, Tatar 0.52)
 * that neither the letters nor the 1 : 20 usual-script prior can outweigh. From `fullLength` letters on, the
 * detector's own length at which a guess has full confidence, the language stays a candidate (at that prior): a
 * longer text in a rare orthography is still named.
 * @param ranked franc's candidates, best first (not changed).
 * @param script ISO 15924 code of the text's script, and its letter count.
 * @param fullLength Letters from which the text is long enough to keep them (the detector's `fullConfidenceLength`).
 * @returns `ranked` itself when nothing is left out, otherwise a copy, in the same order, with those candidates at 0.
 */
export function usualScriptCandidates<T extends RankedCandidate>(ranked: T[], script: { script: string; letters: number }, fullLength: number): T[] {
  if (script.letters >= fullLength) return ranked
  const trained = profiledSet()
  const profiled = (code: string): boolean => trained.has(code) || trained.has(toFrancCode(code))
  if (!ranked.some((c) => profiled(c.code))) return ranked
  let changed = false
  const result = ranked.map((c) => {
    const usual = likelyScript(c.code)
    if (usual === undefined || usual === script.script || profiled(c.code)) return c
    changed = true
    return { ...c, probability: 0 }
  })
  return changed ? result : ranked
}
