/**
 * The detector's data built without one source name (leave-one-source-out): the profiles and the close-pair
 * discriminators trained on every other source file — feature weights and combination alike — so that the
 * held-out source is detected as text of a register nothing was fitted on. Used by `scripts/eval-langid.ts` and
 * `scripts/langid/explain.ts`.
 */
import type { LanguageProfilesData } from '../../src/detect/languageProfiles.js'
import { bySourceLanguage } from './corpus.js'
import type { SourceFile } from './corpus.js'
import { trainPair } from './pairs.js'
import { buildProfiles } from './profiles.js'

/** Close pairs given a discriminator, with their script. */
export const CLOSE_PAIRS: ReadonlyArray<{ languages: [string, string]; script: string }> = [{ languages: ['zsm', 'ind'], script: 'Latn' }]

/**
 * Profiles and discriminators from every source but one name. A pair none of whose languages has a source of that
 * name keeps the discriminator given in `otherwise` (it never judges the held-out sentences).
 * @param sources Every source file.
 * @param name The source name held out (in every language that has it).
 * @param otherwise Discriminators to keep for pairs the held-out source does not touch.
 * @returns The data to pass to `useProfileData`.
 */
export function heldOutProfileData(sources: readonly SourceFile[], name: string, otherwise: LanguageProfilesData['pairs'] = []): LanguageProfilesData {
  const rest = sources.filter((s) => s.source !== name)
  const held = new Set(sources.filter((s) => s.source === name).map((s) => s.iso6393))
  const data = buildProfiles(bySourceLanguage(rest))
  data.pairs = CLOSE_PAIRS.flatMap(({ languages, script }) => {
    if (languages.some((code) => held.has(code))) return [trainPair(rest, languages, script).pair]
    return (otherwise ?? []).filter((p) => p.languages.join() === languages.join())
  })
  return data
}
