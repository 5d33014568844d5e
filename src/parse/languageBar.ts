import { resolveLanguageTag } from '../detect/resolveLanguageTag.js'
import { pathLanguageTags } from '../load/pathLanguageTags.js'
import type { PlainText } from './plainText.js'

// A link target's scheme and host (`https://github.com`, `mailto:`): only the path after them is read.
const SCHEME_HOST = /^[a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?/iu
// Pages a language switcher leads to.
const PAGE = /\.(?:md|mdx|markdown|html?)$/iu
// What separates the items of a switcher, and the marks around them (`English | 简体中文`, `[English](…), [日本語](…).`).
const SEPARATORS = /[|/\\·•,，、;；:：.。()（）[\]«»"'*_~\-–—]+/gu
// A label leading into the links (`Read this in other languages:`, `其他語言版本：`).
const LEAD_IN = /^[^\n]{1,80}[:：]\s*$/u
/** Most words a switcher writes outside its links: the name of the page's own language (`English`, `Español (España)`). */
const MAX_OWN_WORDS = 3

// A language code at the end of a file name's stem, with a script or region in either case (`README.zh-tw`,
// `README_zh-CN`, `README-PT-BR`, `README.ja`), or a region alone (`README_CN`, `README-JP`, `README.cn`): any two
// letters there, a three-letter code when it names a language.
const FILE_LANGUAGE = /[-_.]([a-z]{2,3})(?:[-_]([a-z]{4}|[a-z]{2}|\d{3}))?$/iu

/** A page file's stem without the language or region code its name ends with, and that code (`README_CN.md` → `README`, `cn`). */
function pageName(path: string): { stem: string; tag: string | undefined } | undefined {
  const name = path.split(/[\\/]/u).pop() ?? ''
  if (!PAGE.test(name)) return undefined
  const stem = name.replace(PAGE, '')
  const m = FILE_LANGUAGE.exec(stem)
  if (m === null || !(resolveLanguageTag(m[1]!) !== undefined || m[1]!.length === 2)) return { stem, tag: undefined }
  return { stem: stem.slice(0, m.index), tag: m[0].slice(1).toLowerCase() }
}

/**
 * Where a link leads among the page's versions: to the page in another language (`other`: a page whose file name
 * is the document's own but for a language code, `README_CN.md`, `README.ja.md` and `README.md` beside each other,
 * or the same name under a folder named by a language, `../ko/README.md`), to the page itself (`same`: a switcher
 * lists the page's own language too), or elsewhere (`undefined`).
 * @param target The link's target.
 * @param page The document's path.
 * @returns `other`, `same` or `undefined`, as above.
 */
export function versionLink(target: string, page: string): 'same' | 'other' | undefined {
  const path = target.replace(/[?#].*$/su, '')
  if (path === '') return undefined
  const own = pageName(page)
  const other = pageName(path.replace(SCHEME_HOST, ''))
  if (own === undefined || other === undefined || own.stem.toLowerCase() !== other.stem.toLowerCase()) return undefined
  if (own.tag !== other.tag) return 'other'
  return pathLanguageTags(path).some((t) => t.in === 'folder' && resolveLanguageTag(t.tag) !== undefined) ? 'other' : 'same'
}

/** A link target's folder: all but its last segment, without a query or fragment. */
const folderOf = (target: string): string => target.replace(/[?#].*$/su, '').replace(/[^/]*$/u, '')

/**
 * The leads of a line's links, a page of the document's own name on a host (`https://github.com/…/README.md`) read as
 * the page itself only beside a translation of it in the same folder (`…/rich/blob/master/README.md` beside
 * `…/README.cn.md`): alone it is another repository's README as likely as this one's.
 * @param targets The line's link targets.
 * @param leads Their {@link versionLink}s.
 */
function hostedPages(targets: readonly string[], leads: ReadonlyArray<'same' | 'other' | undefined>): Array<'same' | 'other' | undefined> {
  return leads.map((lead, k) => {
    if (lead !== 'same' || !SCHEME_HOST.test(targets[k]!)) return lead
    const folder = folderOf(targets[k]!)
    return targets.some((t, j) => leads[j] === 'other' && folderOf(t) === folder) ? lead : undefined
  })
}

/**
 * Whether a line is a language switcher: links to the page's own translations (see {@link versionLink}), at least
 * one, and no other link but to the page itself, and besides them only separators, the name of the page's own
 * language (at most {@link MAX_OWN_WORDS} words) and a label leading into them. A bar of three links or more is a navigation bar
 * anyway; a switcher of one or two (`English / [简体中文](./README_CN.md)`, a three-language README) is no heading
 * and no prose either: a translation writes it with other names or not at all.
 * @param plain The line's plain text (a block of several lines is none: each of its lines is read apart).
 * @param page The document's path.
 * @param options `ownEntry`: a line whose links all lead to the page itself counts too (the entry for the page's own
 * language in a list of its translations, `- [Italiano](./README-it-it.md)` in `README-it-it.md`).
 * @returns Whether the line only switches the page's language.
 */
export function isLanguageBar(plain: PlainText, page: string | undefined, options: { ownEntry?: boolean } = {}): boolean {
  if (page === undefined || plain.links === 0 || plain.text.trim().includes('\n')) return false
  const targets = plain.anchors.filter((a) => a.kind === 'url' && plain.linkRanges.some(([start, end]) => a.at >= start && a.at < end))
  const leads = hostedPages(targets.map((a) => a.text), targets.map((a) => versionLink(a.text, page)))
  const leadsOn = leads.includes('other') || (options.ownEntry === true && leads.length > 0)
  if (targets.length !== plain.links || !leadsOn || leads.includes(undefined)) return false
  let outside = ''
  let at = 0
  for (const [start, end] of plain.linkRanges) {
    outside += `${plain.text.slice(at, start)}\n`
    at = end
  }
  const [lead, ...rest] = `${outside}${plain.text.slice(at)}`.split('\n')
  return wordCount([LEAD_IN.test(lead!) ? '' : lead!, ...rest].join(' ').replace(SEPARATORS, ' ')) <= MAX_OWN_WORDS
}

const WORDS = new Intl.Segmenter('und', { granularity: 'word' })

/** The words of a text as a reader counts them, also in scripts written without spaces (`请看…，内容更新更及时`: several). */
function wordCount(text: string): number {
  let n = 0
  for (const w of WORDS.segment(text)) if (w.isWordLike === true) n++
  return n
}
