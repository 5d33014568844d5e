import { scriptLanguages } from './data/scriptLanguages.js'
import { fromFrancCode, toBcp47 } from './languageCodes.js'

let byTag: Map<string, string> | undefined

/** Every language paracorpus can detect, keyed by ISO 639-3 code and by its shortest BCP 47 tag. */
function knownLanguages(): Map<string, string> {
  if (byTag !== undefined) return byTag
  byTag = new Map()
  for (const codes of Object.values(scriptLanguages)) {
    for (const franc of codes) {
      const iso = fromFrancCode(franc)
      byTag.set(iso, iso)
      byTag.set(franc, iso)
      const tag = toBcp47(iso).toLowerCase()
      if (!byTag.has(tag)) byTag.set(tag, iso)
    }
  }
  return byTag
}

/**
 * The language a BCP 47 tag or ISO 639 code names, when it is one paracorpus can detect: `ja` → `jpn`,
 * `zh-CN` → `cmn`, `pt_BR` → `por`, `rus` → `rus`, `JP` → none (a country, not a language).
 * @param tag A tag as written by a user or in a path.
 * @returns The ISO 639-3 code and the tag in BCP 47 form (region kept: `zh-CN`), or `undefined`.
 */
export function resolveLanguageTag(tag: string): { iso6393: string; bcp47: string } | undefined {
  const parts = tag.trim().split(/[-_]/u)
  const primary = (parts[0] ?? '').toLowerCase()
  if (!/^[a-z]{2,3}$/u.test(primary)) return undefined
  const iso6393 = knownLanguages().get(primary)
  if (iso6393 === undefined) return undefined
  const rest = parts.slice(1).map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p))
  return { iso6393, bcp47: [toBcp47(iso6393), ...rest].join('-') }
}
