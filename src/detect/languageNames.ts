import { likely } from 'bcp-47-normalize/lib/likely.js'
import { scriptLanguages } from './data/scriptLanguages.js'
import { fromFrancCode, toBcp47 } from './languageCodes.js'

let byName: Map<string, string> | undefined

/**
 * A language's English name as path parts write it: lower case, accents dropped, words joined by one space
 * (`Norwegian Bokmål` → `norwegian bokmal`, `brazilian-portuguese` → `brazilian portuguese`).
 * @param name A name as CLDR gives it or as written in a path.
 */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '').join(' ')
}

/**
 * English name → BCP 47 tag, from CLDR's names (`Intl.DisplayNames`, no list of words of ours): every language
 * paracorpus detects by its own name (`French` → `fr`, `Hebrew` → `he`), and the variants CLDR names in one
 * phrase (`Brazilian Portuguese` → `pt-BR`, `Traditional Chinese` → `zh-Hant`, `Latin American Spanish` →
 * `es-419`) for each region or script whose likely language it is. A name two languages share is dropped.
 */
function languageNames(): Map<string, string> {
  if (byName !== undefined) return byName
  const english = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' })
  const found = new Map<string, string | null>()
  const add = (tag: string): void => {
    const name = english.of(tag)
    if (name === undefined || /[(),]/u.test(name)) return
    const key = nameKey(name)
    const had = found.get(key)
    found.set(key, had === undefined || had === tag ? tag : null)
  }
  const known = new Set<string>()
  for (const codes of Object.values(scriptLanguages)) for (const franc of codes) known.add(toBcp47(fromFrancCode(franc)))
  for (const tag of [...known].sort()) add(tag)
  for (const key of Object.keys(likely).sort()) {
    const sub = /^und-([a-z]{2}|\d{3}|[a-z]{4})$/u.exec(key)?.[1]
    const language = likely[key]!.split('-')[0]!
    if (sub === undefined || !known.has(language)) continue
    add(`${language}-${sub.length === 4 ? sub[0]!.toUpperCase() + sub.slice(1) : sub.toUpperCase()}`)
  }
  byName = new Map([...found].filter((e): e is [string, string] => e[1] !== null))
  return byName
}

/**
 * The language a path part names in English (`french`, `Japanese`, `brazilian-portuguese`, `Chinese_Traditional`
 * is none: CLDR's word order only), as a BCP 47 tag.
 * @param part A file name's suffix, a whole stem or a folder name, as written.
 * @returns The tag (`fr`, `pt-BR`), or `undefined` when the part is no language's English name.
 */
export function languageByName(part: string): string | undefined {
  return languageNames().get(nameKey(part))
}
