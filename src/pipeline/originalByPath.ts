import { pathTagLanguage } from '../detect/pathTagLanguage.js'
import { pathLanguageTags } from '../load/pathLanguageTags.js'
import type { ParsedDocument } from '../types.js'

/** A path's words: its folders below `common`, then its file name split at `-`, `_` and `.` (lower case). */
function pathWords(path: string, common: number): string[] {
  const parts = path.split(/[\\/]/u).filter((p) => p !== '' && p !== '.')
  const name = parts.pop() ?? ''
  return [...parts.slice(common), ...name.split(/[-_.]/u)].filter((w) => w !== '').map((w) => w.toLowerCase())
}

/** How many leading folders every path shares. */
function commonFolders(paths: readonly string[]): number {
  const split = paths.map((p) => p.split(/[\\/]/u).filter((x) => x !== '' && x !== '.').slice(0, -1))
  let n = 0
  while (split.every((s) => n < s.length && s[n] === split[0]![n])) n++
  return n
}

/** Whether `short` is `long` with some words left out (same order). */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0
  for (const word of long) if (i < short.length && word === short[i]) i++
  return i === short.length
}

/**
 * Whether a document's path, below the folders every member's shares, writes a language tag: a folder named as one
 * whose language part names a language (`i18n/fr/…`, `docs/zh-CN/…`, a country written for a language, `docs/cn/…`;
 * not `go-db/`), a file name's suffix
 * (`README.ja.md`, `faq_cn.md`), or a whole file name that names a language (`ja.md`; not `faq.md` or `api.md`).
 */
function namesALanguage(path: string, common: number): boolean {
  const below = path.split(/[\\/]/u).filter((p) => p !== '' && p !== '.').slice(common)
  const stem = (below[below.length - 1] ?? '').replace(/\.[^.]*$/u, '')
  return pathLanguageTags(below.join('/')).some(({ tag, in: where }) => (where === 'folder' ? pathTagLanguage(tag) !== undefined : tag !== stem || pathTagLanguage(tag) !== undefined))
}

/**
 * The family member its paths name as the original: the one document whose path every other member's path extends
 * with words of its own — `README.md` beside `README.ja.md`, `docs/README-pt-br.md` and `README_JP.md`;
 * `docs/faq/README.md` beside `docs/ja-JP/faq/README.md`; `guide.md` beside `i18n/ko/guide.md` — the convention of
 * projects that keep translations beside their original, whatever they call a language (a BCP 47 tag, a country, a
 * run-together `zhcn`); else the one document whose path writes no language tag where every other member's
 * does — `website/docs/intro.md` beside `website/i18n/fr/docusaurus-plugin-content-docs/current/intro.md`, the
 * translations kept in a tree of their own. Used to label the family's source (pairs, TMX `srclang`, the report)
 * when no `source` option names one; the pivot stays the consensus. Nothing is inferred unless exactly one member
 * fits (every path naming its language, `docs/en/…` beside `docs/ja/…`, says nothing of which is the original).
 * @param members The family's documents.
 * @returns The original's id, or `undefined` when the paths do not say.
 */
export function originalByPath(members: readonly ParsedDocument[]): string | undefined {
  if (members.length < 2 || members.some((d) => d.path === undefined)) return undefined
  const common = commonFolders(members.map((d) => d.path!))
  const words = members.map((d) => pathWords(d.path!, common))
  const fits = members.filter((_, i) => words.every((other, j) => j === i || (other.length > words[i]!.length && isSubsequence(words[i]!, other))))
  if (fits.length === 1) return fits[0]!.id
  const unnamed = members.filter((d) => !namesALanguage(d.path!, common))
  return unnamed.length === 1 ? unnamed[0]!.id : undefined
}
