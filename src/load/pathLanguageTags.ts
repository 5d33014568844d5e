import { scriptLanguages } from '../detect/data/scriptLanguages.js'
import { gluedTag } from '../detect/gluedTag.js'
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
const STEM_TAG = `[a-z]{2}(?:${SUBTAG})?|[a-z]{3}(?:[-_](?:[A-Z][a-z]{3}|[A-Z]{2}|\\d{3}))?`
// In a file name: after a dot, hyphen or underscore at the end of the stem (`README.ja`, `README-zh-CN`, `faq.ru`),
// a three-letter code only after a dot (`faq.rus`); or the whole stem (`ja.md`, `zh-tw.md`). An upper-case two-letter
// suffix (`README-JP`, `README-ZH-TW`, `README-PT-BR`) is taken too.
const FILE_TAG = new RegExp(`^(${STEM_TAG})$|\\.(${TAG})$|[-_]([a-z]{2}(?:${SUBTAG})?)$|[-_.]([A-Z]{2}(?:[-_][A-Z]{2})?)$`, 'u')
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
    const tag = FOLDER_TAG.test(part) && scriptKnown(part) ? part : GLUED_ALONE.test(part) ? gluedTag(part) : languageByName(part) !== undefined ? part : undefined
    if (tag !== undefined) out.push({ tag, in: 'folder' })
  }
  return out
}

/** The tag a file name's stem writes (see `pathLanguageTags`), a glued one with its separator put back. */
function fileNameTag(stem: string): string | undefined {
  const m = FILE_TAG.exec(stem)
  const tag = m === null ? undefined : (m[1] ?? m[2] ?? m[3] ?? m[4])
  if (tag !== undefined) return scriptKnown(tag) ? tag : undefined
  const glued = GLUED_FILE.exec(stem)?.[1] ?? (GLUED_ALONE.test(stem) ? stem : undefined)
  return (glued === undefined ? undefined : gluedTag(glued)) ?? namedTag(stem)
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
