import { likely } from 'bcp-47-normalize/lib/likely.js'
import { scriptLanguages } from '../detect/data/scriptLanguages.js'
import { gluedTag, likelyTogether } from '../detect/gluedTag.js'
import { languageByName } from '../detect/languageNames.js'

/** A language tag written in a path, and where. */
export interface PathLanguageTag {
  /**
   * The tag as written (`ja`, `zh-CN`, `zh-tw`, `pt_BR`, `rus`, `JP`; one written glued with its separator put back:
   * `ptbr` → `pt-br`), or a language's English name as written (`french`, `brazilian-portuguese`, `Chinese`).
   */
  tag: string
  /** Where it was found: the file name, or a folder. */
  in: 'file' | 'folder'
}

// A script or region subtag, in either case (`Hant`, `hans`, `CN`, `tw`, `419`): sites write `zh-cn/`, `ja-jp/`,
// `README.zh-tw.md` as often as `zh-CN/`.
const SUBTAG = '[-_](?:[A-Za-z][a-z]{3}|[A-Za-z]{2}|\\d{3})'
// A BCP 47-like tag: a 2–3 letter language, optionally a script or region (`zh-Hans`, `pt-BR`, `zh_CN`, `zh-tw`).
const TAG = `[a-z]{2,3}(?:${SUBTAG})?`
// A whole stem read as a tag: a lower-case subtag only after a two-letter language (`zh-tw`), so that a short word
// before a language code (`faq-ja`, `api_ko`, `cli-zh`) leaves the code to the suffix.
const STEM_TAG = new RegExp(`^([a-z]{2}(?:${SUBTAG})?|[a-z]{3}(?:[-_](?:[A-Z][a-z]{3}|[A-Z]{2}|\\d{3}))?)$`, 'u')
// The end of a file name's stem, tried in turn when the whole stem is no tag: after a dot (`README.ja`, `faq.rus`: a
// three-letter code only after a dot), after a hyphen or underscore (`README-zh-CN`, `faq_cn`), an upper-case
// two-letter suffix (`README-JP`, `README-ZH-TW`, `README-PT-BR`).
const SUFFIX_TAGS = [new RegExp(`\\.(${TAG})$`, 'u'), new RegExp(`[-_]([a-z]{2}(?:${SUBTAG})?)$`, 'u'), /[-_.]([A-Z]{2}(?:[-_][A-Z]{2})?)$/u]
// A folder named by a two-letter language, optionally with script or region (`ja`, `zh-CN`, `pt_BR`, `zh-cn`).
const FOLDER_TAG = new RegExp(`^[a-z]{2}(?:${SUBTAG})?$`, 'u')
// A tag written glued at the end of a file name (`README-ptbr`, `README_zhCN`, `README.zhtw`, `README-PTBR`), or as a whole folder or
// file name in camel case (`zhTW/`, `ptBR.md`): a lower-case word of four letters standing alone is too often a word.
const GLUED_FILE = /[-_.]([a-z]{2}[A-Za-z]{2}(?:[A-Za-z]{2})?|[A-Z]{4})$/u
const GLUED_ALONE = /^[a-z]{2}[A-Z][a-z]?(?:[A-Z]|[a-z]{2})$/u
// A language's English name written capitalised after a hyphen or underscore at the end of a file name, in one or
// two words (`README_Chinese`, `README-Brazilian-Portuguese`): a lower-case word after a hyphen is a slug's
// (`learn-french`), not a language switcher's.
const NAMED_SUFFIXES = [/[-_](\p{Lu}\p{L}*[-_]\p{Lu}\p{L}*)$/u, /[-_](\p{Lu}\p{L}*)$/u]

/** ISO 15924 codes of the scripts the detector knows, and Simplified and Traditional Han (`zh-Hans`, `zh-Hant`). */
const SCRIPTS = new Set([...Object.keys(scriptLanguages), 'Hans', 'Hant'])

/**
 * Whether a tag's four-letter subtag, if any, names a script (`zh-hant`): a word of four letters after a language code
 * (`my-page`, `de-test`) is no tag.
 */
function scriptKnown(tag: string): boolean {
  const sub = tag.split(/[-_]/u)[1]
  return sub === undefined || sub.length !== 4 || SCRIPTS.has(sub[0]!.toUpperCase() + sub.slice(1).toLowerCase())
}

/**
 * Whether a whole file stem of two short words is a tag: its region, in lower case, one CLDR's likely subtags put
 * with the language, or any region for the language every region defaults to (`zh-tw.md`, `pt-br.md`, `en-gb.md`;
 * `hi-fi.md`, `my-de.md`, `wi-fi.md` are two words). In a folder or after a file name's separator a lower-case
 * region is read as written (`fr-ca/`, `README.fr-ca.md`, `zh-sg/`: the likely table pairs a region with one
 * language only), and a region in capitals always is.
 */
function stemIsTag(tag: string): boolean {
  const [language, sub] = tag.split(/[-_]/u) as [string, string | undefined]
  if (!scriptKnown(tag)) return false
  if (sub === undefined || !/^[a-z]{2}$/u.test(sub)) return true
  return likelyTogether(language.toLowerCase(), sub) || (likely[`und-${sub}`] === undefined && (likely['und'] ?? '').split('-')[0] === language.toLowerCase())
}

/**
 * Language tags written in a path — in the file name (`README.ja.md`, `README-zh-CN.md`, `faq.ru.md`) and in
 * folder names (`docs/ja/…`, `zh-CN/…`, `zh-cn/…`) — most specific first: the file name's, then the folders' from the
 * deepest. Only the form is checked here; whether a tag names a known language is decided by the detect stage.
 * @param path A file path (`/` or `\` separated).
 * @returns Candidate tags, best first (empty when the path names none).
 */
export function pathLanguageTags(path: string): PathLanguageTag[] {
  const parts = path.split(/[\\/]/u).filter((p) => p !== '' && p !== '.' && p !== '..')
  const name = parts.pop() ?? ''
  const stem = name.replace(/\.[A-Za-z0-9]+$/u, '')
  const out: PathLanguageTag[] = []
  const fileTag = fileNameTag(stem)
  if (fileTag !== undefined) out.push({ tag: fileTag, in: 'file' })
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k]!
    const tag = FOLDER_TAG.test(part) ? (scriptKnown(part) ? part : undefined) : GLUED_ALONE.test(part) ? gluedTag(part) : namedFolder(part)
    if (tag !== undefined) out.push({ tag, in: 'folder' })
  }
  return out
}

/**
 * The tag a file name's stem writes (see `pathLanguageTags`), a glued one with its separator put back: the whole stem
 * (`ja`, `zh-tw`; two short words that are no tag, `hi-fi`, `my-de`, `wi-fi`, none), else its end (`README.ja`,
 * `faq-ja`), else a glued tag, else a language's English name.
 */
function fileNameTag(stem: string): string | undefined {
  const whole = STEM_TAG.exec(stem)?.[1]
  if (whole !== undefined) return stemIsTag(whole) ? whole : undefined
  for (const suffix of SUFFIX_TAGS) {
    const tag = suffix.exec(stem)?.[1]
    if (tag !== undefined) return scriptKnown(tag) ? tag : undefined
  }
  const glued = GLUED_FILE.exec(stem)?.[1] ?? (GLUED_ALONE.test(stem) ? stem : undefined)
  return (glued === undefined ? undefined : gluedTag(glued)) ?? namedTag(stem)
}

/**
 * A folder named by a language's English name (`french/`, `Japanese/`, `brazilian-portuguese/`): in lower case only
 * past four letters, as a name that short is as often a word or a person's (`lao/`, `fon/`, `yao/`, `shan/`).
 */
function namedFolder(part: string): string | undefined {
  if (languageByName(part) === undefined) return undefined
  return part.length > 4 || /^\p{Lu}/u.test(part) ? part : undefined
}

/**
 * A language's English name ending a file name's stem, as written: the whole stem or its last part after a dot
 * (`french`, `README.japanese`, `README.brazilian-portuguese`), or a capitalised name after a hyphen or underscore
 * (`README_Chinese`); the longer name first.
 */
function namedTag(stem: string): string | undefined {
  const dotted = stem.slice(stem.lastIndexOf('.') + 1)
  if (languageByName(dotted) !== undefined) return dotted
  for (const suffix of NAMED_SUFFIXES) {
    const name = suffix.exec(dotted)?.[1]
    if (name !== undefined && languageByName(name) !== undefined) return name
  }
  return undefined
}
