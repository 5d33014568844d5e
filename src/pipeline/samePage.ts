import type { Diagnostic, PairVerdict, TranslationFamily } from '../types.js'
import { pathLanguageTags } from '../load/pathLanguageTags.js'
import { pathTagLanguage } from '../detect/pathTagLanguage.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'
import { unorderedPairKey } from '../pivot/pairKey.js'

/** A document as the same-page check reads it: its id (the path it was read from) and its detected language. */
export interface PageCandidate {
  /** Document id: its path as given. */
  id: string
  /** ISO 639-3 code of its detected language, if known. */
  language?: string | undefined
}

/**
 * The page a document is a version of: its path without the language code that names the document's own language
 * (`docs/de/guide/why.md` and `docs/ja/guide/why.md` → `docs/guide/why.md`; `README.ja.md` → `README.md`), or its
 * whole path when the path names no language at all (`docs/guide/why.md`, `README.md`: the original beside its
 * translations). A path whose codes name another language than the one detected (English text in a `pt/` folder)
 * is no page: only a path that says truly which language it holds, or says none, is read. So is a document of
 * unknown language (`und`), and an original whose name ends in a word that is a language code (`build-id.md`).
 * @param doc The document.
 * @returns The page key, or `undefined`.
 */
export function pageOf(doc: PageCandidate): string | undefined {
  if (doc.language === undefined || doc.language === 'und') return undefined
  const parts = doc.id.split(/[\\/]/u)
  const tags = pathLanguageTags(doc.id).filter((t) => pathTagLanguage(t.tag) !== undefined)
  if (tags.length === 0) return parts.join('/')
  for (const tag of tags) {
    if (pathTagLanguage(tag.tag)!.iso6393 !== doc.language) continue
    if (tag.in === 'file') {
      const name = parts[parts.length - 1]!
      const dot = name.lastIndexOf('.')
      const stem = dot > 0 ? name.slice(0, dot) : name
      const ext = dot > 0 ? name.slice(dot) : ''
      const rest = stem.slice(0, stem.length - tag.tag.length).replace(/[-_.]$/u, '')
      // `README.ja` keeps `README`; a whole stem that is the code (`docs/ja.md`) is the page of its folder (`docs`).
      if (rest === '') return parts.length > 1 ? parts.slice(0, -1).join('/') : '.'
      parts[parts.length - 1] = rest + ext
      return parts.join('/')
    }
    const k = parts.lastIndexOf(tag.tag, parts.length - 2)
    if (k < 0) continue
    return [...parts.slice(0, k), ...parts.slice(k + 1)].join('/')
  }
  return undefined
}

/** The best judged score between two families' documents, if any pair of them was judged. */
function bestCross(a: readonly string[], b: readonly string[], scores: ReadonlyMap<string, number>): number | undefined {
  let best: number | undefined
  for (const x of a) {
    for (const y of b) {
      const s = scores.get(unorderedPairKey(x, y))
      if (s !== undefined && (best === undefined || s > best)) best = s
    }
  }
  return best
}

/** Each family's pages (page key → its documents there), and for each page the families holding it, in order. */
function indexPages(families: readonly TranslationFamily[], languageOf: ReadonlyMap<string, string | undefined>): { pagesOf: Array<Map<string, string[]>>; holders: Map<string, number[]> } {
  const holders = new Map<string, number[]>()
  const pagesOf = families.map((f, index) => {
    const pages = new Map<string, string[]>()
    for (const id of f.documents) {
      const page = pageOf({ id, language: languageOf.get(id) })
      if (page === undefined) continue
      if (!pages.has(page)) holders.set(page, [...(holders.get(page) ?? []), index])
      pages.set(page, [...(pages.get(page) ?? []), id])
    }
    return pages
  })
  return { pagesOf, holders }
}

/**
 * `same-page-other-family` notes: documents whose paths name them versions of one page (`docs/en/why.md`,
 * `docs/de/why.md`) in different families — translations of an older (or newer) version of the page, which a
 * rewrite of the original left without counterpart, or a family decision to check. One note per family (or lone
 * document) that shares a page with a larger family (of two as large, the one listed first is the larger), naming
 * the page, the larger family and the best judged score between them. Nothing is said of documents whose paths do
 * not name their language.
 * @param families The decided families (lone documents too), in family order.
 * @param documents Every document with its detected language.
 * @param verdicts The judged pairs.
 * @param rescored Scores of pairs judged again in a second round, by {@link unorderedPairKey} (the higher of a
 *   pair's scores counts).
 * @returns The notes, in family order.
 */
export function samePageNotes(families: readonly TranslationFamily[], documents: readonly PageCandidate[], verdicts: readonly PairVerdict[], rescored?: ReadonlyMap<string, number>): Diagnostic[] {
  const { pagesOf, holders } = indexPages(families, new Map(documents.map((d) => [d.id, d.language] as const)))
  const scores = new Map(verdicts.map((v) => [unorderedPairKey(v.a, v.b), v.score] as const))
  for (const [key, score] of rescored ?? []) scores.set(key, Math.max(scores.get(key) ?? -Infinity, score))
  const larger = (o: number, f: number): boolean => families[o]!.documents.length > families[f]!.documents.length || (families[o]!.documents.length === families[f]!.documents.length && o < f)
  const notes: Diagnostic[] = []
  families.forEach((family, f) => {
    let found: { other: number; page: string } | undefined
    for (const page of pagesOf[f]!.keys()) {
      const other = holders.get(page)!.filter((o) => o !== f && larger(o, f)).sort((a, b) => families[b]!.documents.length - families[a]!.documents.length || a - b)[0]
      if (other !== undefined && (found === undefined || larger(other, found.other))) found = { other, page }
    }
    if (found === undefined) return
    const other = families[found.other]!
    const best = bestCross(family.documents, other.documents, scores)
    const judged = best === undefined ? 'no pair of them was judged' : `their best judged pair scores ${best.toFixed(2)}`
    const what = family.alone ? `${family.documents[0]} is alone, yet its path names` : `${family.id} (${family.documents.length} documents) holds`
    notes.push({
      ruleId: 'same-page-other-family',
      source: 'paracorpus:pivot',
      severity: 'info',
      file: family.alone ? family.documents[0]! : family.id,
      reason: `${what} the page ${found.page} (${pagesOf[f]!.get(found.page)!.join(', ')}), as ${other.id} does (${pagesOf[found.other]!.get(found.page)!.join(', ')}); ${judged}: one may translate an older or newer version of the page`,
      url: ruleUrl('same-page-other-family'),
    })
  })
  return notes
}
