import { likely } from 'bcp-47-normalize/lib/likely.js'
import { resolveLanguageTag } from './resolveLanguageTag.js'

/** A language code glued to a region or script code: `ptbr`, `zhCN`, `zhTW`, `zhHant`, or all in capitals: `PTBR`. */
const GLUED = /^([a-z]{2})([A-Za-z]{2}|[A-Za-z]{4})$|^([A-Z]{2})([A-Z]{2})$/u

/**
 * Whether CLDR's likely subtags put a language and a region or script together: the subtag is the language's own
 * likely one (`pt` → `pt-Latn-BR`, `zh` → `zh-Hans-CN`), or the language is the subtag's likely one (`TW` →
 * `zh-Hant-TW`, `MX` → `es-Latn-MX`, `Hant` → `zh-Hant-TW`).
 * @param language A two-letter language code, lower case.
 * @param subtag A region or script code, lower case.
 */
export function likelyTogether(language: string, subtag: string): boolean {
  if ((likely[language] ?? '').split('-').slice(1).includes(subtag)) return true
  return (likely[`und-${subtag}`] ?? '').split('-')[0] === language
}

/**
 * A language tag written without its separator, as many READMEs are named (`README-ptbr.md`, `README_zhCN.md`,
 * `README-zhtw.md`, `README-PTBR.md`, a `zhTW/` folder), with the separator put back (`pt-br`, `zh-CN`, `zh-tw`,
 * `pt-BR`; the language in lower case, the rest as written). Read
 * only when the two halves are a language paracorpus detects and a region or script CLDR's likely subtags put with
 * it, so that a word is no tag (`html`, `main`, `test`, `demo`: no language and region belong together there).
 * @param word A folder name or the end of a file name after its separator.
 * @returns The tag with its separator, or `undefined`.
 */
export function gluedTag(word: string): string | undefined {
  const m = GLUED.exec(word)
  if (m === null) return undefined
  const language = (m[1] ?? m[3]!).toLowerCase()
  const subtag = m[2] ?? m[4]!
  if (resolveLanguageTag(language) === undefined || !likelyTogether(language, subtag.toLowerCase())) return undefined
  return `${language}-${subtag}`
}
