/** A language tag written in a path, and where. */
export interface PathLanguageTag {
  /** The tag as written (`ja`, `zh-CN`, `pt_BR`, `rus`, `JP`). */
  tag: string
  /** Where it was found: the file name, or a folder. */
  in: 'file' | 'folder'
}

// A BCP 47-like tag: a 2–3 letter language, optionally a script or region (`zh-Hans`, `pt-BR`, `zh_CN`).
const TAG = '[a-z]{2,3}(?:[-_](?:[A-Z][a-z]{3}|[A-Z]{2}|\\d{3}))?'
// In a file name: after a dot, hyphen or underscore at the end of the stem (`README.ja`, `README-zh-CN`, `faq.ru`),
// a three-letter code only after a dot (`faq.rus`); or the whole stem (`ja.md`). An upper-case two-letter
// suffix (`README-JP`) is taken too.
const FILE_TAG = new RegExp(`(?:^|\\.)(${TAG})$|[-_]([a-z]{2}(?:[-_](?:[A-Z][a-z]{3}|[A-Z]{2}|\\d{3}))?)$|[-_.]([A-Z]{2})$`, 'u')
// A folder named by a two-letter language, optionally with script or region (`ja`, `zh-CN`, `pt_BR`).
const FOLDER_TAG = /^[a-z]{2}(?:[-_](?:[A-Z][a-z]{3}|[A-Z]{2}|\d{3}))?$/u

/**
 * Language tags written in a path — in the file name (`README.ja.md`, `README-zh-CN.md`, `faq.ru.md`) and in
 * folder names (`docs/ja/…`, `zh-CN/…`) — most specific first: the file name's, then the folders' from the
 * deepest. Only the form is checked here; whether a tag names a known language is decided by the detect stage.
 * @param path A file path (`/` or `\` separated).
 * @returns Candidate tags, best first (empty when the path names none).
 */
export function pathLanguageTags(path: string): PathLanguageTag[] {
  const parts = path.split(/[\\/]/u).filter((p) => p !== '' && p !== '.' && p !== '..')
  const name = parts.pop() ?? ''
  const stem = name.replace(/\.[A-Za-z0-9]+$/u, '')
  const out: PathLanguageTag[] = []
  const m = FILE_TAG.exec(stem)
  const fileTag = m === null ? undefined : (m[1] ?? m[2] ?? m[3])
  if (fileTag !== undefined) out.push({ tag: fileTag, in: 'file' })
  for (let k = parts.length - 1; k >= 0; k--) if (FOLDER_TAG.test(parts[k]!)) out.push({ tag: parts[k]!, in: 'folder' })
  return out
}
