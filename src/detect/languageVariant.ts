import { bcp47Normalize } from 'bcp-47-normalize'
import type { LanguageGuess } from '../types.js'
import { scriptLanguages } from './data/scriptLanguages.js'
import { fromFrancCode } from './languageCodes.js'
import { hanScript } from './hanScript.js'
import { resolveLanguageTag } from './resolveLanguageTag.js'

/** Scripts that are one writing system mixing several (Japanese: Han and kana; Korean: Hangul and Han): no variant. */
const COMPOUND_SCRIPTS = new Set(['Jpan', 'Kore'])

let scriptsByLanguage: Map<string, string[]> | undefined

/** The scripts the detector knows a language in, by ISO 639-3 code. */
function scriptsOf(iso6393: string): readonly string[] {
  if (scriptsByLanguage === undefined) {
    scriptsByLanguage = new Map()
    for (const [script, codes] of Object.entries(scriptLanguages)) {
      for (const code of codes) {
        const iso = fromFrancCode(code)
        scriptsByLanguage.set(iso, [...(scriptsByLanguage.get(iso) ?? []), script])
      }
    }
  }
  return scriptsByLanguage.get(iso6393) ?? []
}

/** A tag in its shortest form under CLDR's likely subtags (`zh-Hant` → `zh-TW`, `zh-Hans-CN` → `zh`, `sr-Cyrl` → `sr`). */
function normalized(tag: string): string {
  return bcp47Normalize(tag, { warning: () => undefined }) || tag
}

/**
 * The script a document is written in when it tells one variant of its language from another: Simplified or
 * Traditional characters for a language the detector knows in Han characters (Chinese; see `hanScript`), the detected
 * script for a language it knows in several scripts (Serbian, Bosnian, Uzbek, Azerbaijani in Cyrillic or Latin
 * letters); never for a language written in a compound script (Japanese, Korean: their Han characters are their own).
 * @param language The document's language.
 * @param prose The document's prose.
 * @returns An ISO 15924 code (`Hant`, `Latn`), or `undefined` when the script tells no variant or is not told.
 */
export function variantScript(language: Pick<LanguageGuess, 'iso6393' | 'script'>, prose: string): string | undefined {
  const scripts = scriptsOf(language.iso6393)
  if (scripts.some((s) => COMPOUND_SCRIPTS.has(s))) return undefined
  if (language.script === 'Hani') return scripts.includes('Hani') ? hanScript(prose) : undefined
  return scripts.length > 1 && scripts.includes(language.script) ? language.script : undefined
}

/**
 * A language tag that says it is written in a script: unchanged when it says so already, or when it implies the script
 * by CLDR's likely subtags (`zh` is Simplified, `zh-TW` and `zh-HK` Traditional, `sr` Cyrillic); else with the script
 * subtag put in (`zh` + `Hant` → `zh-Hant`, `zh-CN` + `Hant` → `zh-Hant-CN`, `sr` + `Latn` → `sr-Latn`).
 * @param bcp47 A BCP 47 tag (`zh`, `zh-TW`, `sr`).
 * @param script An ISO 15924 code.
 * @returns The tag, with the script subtag where it was not said or implied.
 */
export function withScript(bcp47: string, script: string): string {
  const parts = bcp47.split('-')
  const written = parts.length > 1 && /^[A-Z][a-z]{3}$/u.test(parts[1]!)
  const tag = [parts[0]!, script, ...parts.slice(written ? 2 : 1)].join('-')
  return tag === bcp47 || normalized(tag) === normalized(bcp47) ? bcp47 : tag
}

/**
 * The variant of a language a document is written in, as the family decision tells languages apart: the ISO 639-3
 * code, followed by the script and region subtags of its BCP 47 tag that CLDR's likely subtags do not imply — `cmn`
 * for `zh`, `zh-CN` and `zh-Hans`; `cmn-TW` for `zh-TW`, `zh-Hant` and `zh-Hant-TW`; `cmn-HK` for `zh-HK`; `por` for
 * `pt` and `pt-BR`, `por-PT` for `pt-PT`; `srp-Latn` for `sr-Latn`. Two variants of one language (Simplified and
 * Traditional Chinese, Serbian in Cyrillic and in Latin letters, German and Swiss German) are translations of one
 * another, not two versions of one document. `undefined` for a document of unknown language.
 * @param language The document's language (`bcp47` as detected, with the variant its path or text tells).
 */
export function languageVariant(language: Pick<LanguageGuess, 'iso6393'> & { bcp47?: string | undefined } | undefined): string | undefined {
  if (language === undefined || language.iso6393 === 'und' || language.iso6393 === '') return undefined
  const rest = language.bcp47 === undefined ? [] : normalized(language.bcp47).split('-').slice(1)
  return [language.iso6393, ...rest].join('-')
}

/**
 * The document a language named by a user stands for (`--source`, `--pivot`): the one whose tag or ISO 639-3 code is
 * the name as written, else the one of the same variant (`languageVariant`) however the name spells it — `zh-Hant`
 * names a member tagged `zh-TW`, `zh` one tagged `zh-CN`, `en` one tagged `en-US`, while `zh` never names `zh-TW`.
 * @param documents The documents to choose from.
 * @param name A BCP 47 tag or ISO 639 code, as written.
 * @returns The first such document, or `undefined` when the name names none (or no language).
 */
export function documentInLanguage<T extends { language?: (Pick<LanguageGuess, 'iso6393'> & { bcp47?: string | undefined }) | undefined }>(documents: readonly T[], name: string): T | undefined {
  const exact = documents.find((d) => d.language !== undefined && (d.language.bcp47 === name || d.language.iso6393 === name))
  if (exact !== undefined) return exact
  const resolved = resolveLanguageTag(name)
  const variant = resolved === undefined ? undefined : languageVariant(resolved)
  return variant === undefined ? undefined : documents.find((d) => languageVariant(d.language) === variant)
}
