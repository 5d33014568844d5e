import { likely } from 'bcp-47-normalize/lib/likely.js'
import { scriptLanguages } from './data/scriptLanguages.js'
import { fromFrancCode, toBcp47 } from './languageCodes.js'

let names: { languages: Map<string, string>; variants: Map<string, string> | undefined; umbrellas: Map<string, string> | undefined } | undefined

/** English names by CLDR (`Intl.DisplayNames`), no fallback to the code. */
let english: Intl.DisplayNames | undefined

/**
 * A language's English name as path parts write it: lower case, accents dropped, words joined by one space
 * (`Norwegian Bokmål` → `norwegian bokmal`, `brazilian-portuguese` → `brazilian portuguese`).
 * @param name A name as CLDR gives it or as written in a path.
 */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '').join(' ')
}

/** BCP 47 tags of the languages paracorpus detects (their shortest form), sorted. */
function knownTags(): string[] {
  const known = new Set<string>()
  for (const codes of Object.values(scriptLanguages)) for (const franc of codes) known.add(toBcp47(fromFrancCode(franc)))
  return [...known].sort()
}

/**
 * Name key → tag of the tags' English names written without a parenthesis (`Chinese (China)` is a code's name, not
 * a language's); a name two tags share is dropped.
 */
function namesOf(tags: readonly string[]): Map<string, string> {
  english ??= new Intl.DisplayNames('en', { type: 'language', fallback: 'none' })
  const found = new Map<string, string | null>()
  for (const tag of tags) {
    const name = english.of(tag)
    if (name === undefined || /[(),]/u.test(name)) continue
    const key = nameKey(name)
    const had = found.get(key)
    found.set(key, had === undefined || had === tag ? tag : null)
  }
  return new Map([...found].filter((e): e is [string, string] => e[1] !== null))
}

/**
 * The variants CLDR names in one phrase (`Brazilian Portuguese` → `pt-BR`, `Traditional Chinese` → `zh-Hant`,
 * `Latin American Spanish` → `es-419`, `British English` → `en-GB`): for each region or script, its likely language
 * (see `likelyPairs`) when paracorpus detects it. Names of languages themselves are not among them.
 */
function variantNames(languages: ReadonlyMap<string, string>): Map<string, string> {
  const known = new Set(knownTags())
  const tags = likelyPairs().flatMap(([sub, language]) => (known.has(language) ? [`${language}-${sub.length === 4 ? sub[0]!.toUpperCase() + sub.slice(1) : sub.toUpperCase()}`] : []))
  return new Map([...namesOf(tags)].filter(([key]) => !languages.has(key)))
}

/**
 * Each region or script (lower case) with the language CLDR's likely subtags give it: the table's `und-XX` entries,
 * and the regions its values name that have no entry of their own, which the table leaves to `und`'s language
 * (`GB`, `AU`, `CA` → `en`). Sorted.
 */
function likelyPairs(): Array<[string, string]> {
  const pairs = new Map<string, string>()
  const fallback = (likely['und'] ?? '').split('-')[0]!
  for (const [key, value] of Object.entries(likely)) {
    const sub = /^und-([a-z]{2}|\d{3}|[a-z]{4})$/u.exec(key)?.[1]
    if (sub !== undefined) pairs.set(sub, value.split('-')[0]!)
  }
  for (const value of Object.values(likely)) {
    const region = /-([a-z]{2})$/u.exec(value)?.[1]
    if (region !== undefined && likely[`und-${region}`] === undefined) pairs.set(region, fallback)
  }
  return [...pairs].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1))
}

/**
 * Names of languages paracorpus does not detect as such that name one it does (`Norwegian` → `nb`): a language of
 * CLDR's likely table whose English name, with a word more, is the name of its region's own language (`no` is
 * written in Norway, whose language is `nb`, Norwegian Bokmål). A macrolanguage's name thus names the variety its
 * country writes.
 */
function umbrellaNames(languages: ReadonlyMap<string, string>): Map<string, string> {
  english ??= new Intl.DisplayNames('en', { type: 'language', fallback: 'none' })
  const known = new Set(languages.values())
  const out = new Map<string, string>()
  for (const [code, value] of Object.entries(likely)) {
    if (!/^[a-z]{2,3}$/u.test(code) || known.has(code)) continue
    const name = english.of(code)
    if (name === undefined || /[(),]/u.test(name) || languages.has(nameKey(name))) continue
    const region = value.split('-').pop()!
    const own = (likely[`und-${region}`] ?? '').split('-')[0]!
    const ownName = known.has(own) ? english.of(own) : undefined
    if (ownName !== undefined && nameKey(ownName).startsWith(`${nameKey(name)} `)) out.set(nameKey(name), own)
  }
  return out
}

/**
 * The language a path part names in English, by CLDR's names (`Intl.DisplayNames`, no list of words of ours): every
 * language paracorpus detects by its own name (`french` → `fr`, `Hebrew` → `he`), and the variants CLDR names in one
 * phrase (`brazilian-portuguese` → `pt-BR`, `Simplified_Chinese` → `zh-Hans`, `british-english` → `en-GB`: read
 * only for a part of two words or more, as every such name is). CLDR's word order only: `Chinese_Traditional` is none.
 * @param part A file name's suffix, a whole stem or a folder name, as written.
 * @returns The tag (`fr`, `pt-BR`), or `undefined` when the part is no language's English name.
 */
export function languageByName(part: string): string | undefined {
  const key = nameKey(part)
  names ??= { languages: namesOf(knownTags()), variants: undefined, umbrellas: undefined }
  const language = names.languages.get(key)
  if (language !== undefined) return language
  if (!key.includes(' ')) return (names.umbrellas ??= umbrellaNames(names.languages)).get(key)
  names.variants ??= variantNames(names.languages)
  return names.variants.get(key)
}
