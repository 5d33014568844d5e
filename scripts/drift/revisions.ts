/**
 * Revision cases of the family evaluation: two documents of one language that translate the same original, which
 * a family must hold together and name as such (`same-language-in-family`), while two translations of one template
 * in one language, which can score as high with each other on their shape alone, must not join.
 *
 * Added to a draw's documents, in a run of their own (the draw's other rows keep one document per language):
 * - **revision**: for about a quarter of the articles, a second version of one translation beside the drawn one
 *   (which may carry its own fault): lightly edited (a number updated, or an answer cut after its first sentence
 *   when the article has no number) or an older version with a turn or paragraph less;
 * - **alone**: for two articles, only one language is kept, the drawn document and a second version of it: two
 *   revisions with no other language present.
 */
import { createHash } from 'node:crypto'
import type { Dataset } from '../../src/types.js'
import { renderWithFault, seeded, type FaultKind, type ForeignPool, type GeneratedDocument } from './faults.js'
import type { Article, PudSentence } from './pudArticles.js'

/** A pair of same-language documents of one article, and how the second was made. */
export interface RevisionCase {
  /** `revision` beside the article's other languages, or `alone` with no other language present. */
  kind: 'revision' | 'alone'
  /** How the second version differs from the faithful rendering: `edited` or `older`. */
  change: 'edited' | 'older'
  article: string
  language: string
  /** The drawn document and its second version (file names). */
  files: [string, string]
}

/** A draw's documents with the revision cases put in. */
export interface RevisedDraw {
  docs: GeneratedDocument[]
  cases: RevisionCase[]
}

/** Share of the articles that get a second version of one translation. */
const REVISED_SHARE = 1 / 4
/** Articles kept in one language only, as two revisions. */
const ALONE_ARTICLES = 2

/** The second version of a rendering: a number updated (else an answer cut), or a turn or paragraph less. */
function secondVersion(article: Article, sentences: readonly PudSentence[], lang: string, change: RevisionCase['change'], pool: ForeignPool, seed: string, source: string, first: string): GeneratedDocument | undefined {
  const kinds: FaultKind[] = change === 'edited' ? ['number-changed', 'truncated'] : ['missing']
  for (const kind of kinds) {
    const doc = renderWithFault(article, sentences, lang, kind, pool, seed, source)
    // A copy of the drawn document is no second version (the drawn one may carry the same change).
    if (doc !== undefined && doc.text !== first) return { ...doc, file: `${createHash('sha256').update(`${article.id}/${lang}/revision`).digest('hex').slice(0, 12)}.txt` }
  }
  return undefined
}

/**
 * Put the revision cases into a draw's documents (deterministic per draw).
 * @param docs The draw's documents (sources and translations, one per article and language).
 * @param articles The articles.
 * @param sentences Their sentences.
 * @param languages The row's languages, the source first.
 * @param pool Foreign text (not used by the changes made here, needed by the renderer).
 * @param draw The fault draw.
 */
export function addRevisions(docs: readonly GeneratedDocument[], articles: readonly Article[], sentences: readonly PudSentence[], languages: readonly string[], pool: ForeignPool, draw: number): RevisedDraw {
  const source = languages[0]!
  const order = articles.map((a) => ({ a, key: seeded(`${a.id}/revision#${draw}`)() })).sort((x, y) => x.key - y.key || (x.a.id < y.a.id ? -1 : 1))
  const alone = new Set(order.slice(0, ALONE_ARTICLES).map((o) => o.a.id))
  const revised = new Set(order.slice(ALONE_ARTICLES, ALONE_ARTICLES + Math.round(REVISED_SHARE * articles.length)).map((o) => o.a.id))
  const out: GeneratedDocument[] = []
  const cases: RevisionCase[] = []
  for (const article of articles) {
    const own = docs.filter((d) => d.article === article.id)
    if (!alone.has(article.id) && !revised.has(article.id)) {
      out.push(...own)
      continue
    }
    const rng = seeded(`${article.id}/revision-language#${draw}`)
    const choices = alone.has(article.id) ? languages : languages.slice(1)
    const language = choices[Math.floor(rng() * choices.length)]!
    const change: RevisionCase['change'] = rng() < 0.5 ? 'edited' : 'older'
    const first = own.find((d) => d.language === language)
    const second = first === undefined ? undefined : secondVersion(article, sentences, language, change, pool, `${article.id}/${language}/revision#${draw}`, source, first.text)
    out.push(...(alone.has(article.id) ? own.filter((d) => d.language === language) : own))
    if (second === undefined || first === undefined) continue
    out.push(second)
    cases.push({ kind: alone.has(article.id) ? 'alone' : 'revision', change, article: article.id, language, files: [first.file, second.file] })
  }
  return { docs: out, cases }
}

/** How the revision cases came out: held together, and named as two documents of one language. */
export interface RevisionCounts {
  /** Cases by kind: how many, how many in one family, how many of those named `same-language-in-family`. */
  byKind: Record<RevisionCase['kind'], { total: number; together: number; named: number }>
  /** One line per case not held together or not named, to read why. */
  misses: string[]
}

/**
 * Count the revision cases of a run.
 * @param dataset The run's dataset.
 * @param cases The cases, their files by dataset id.
 */
export function countRevisions(dataset: Dataset, cases: readonly RevisionCase[]): RevisionCounts {
  const familyOf = new Map(dataset.families.flatMap((f) => f.documents.map((d) => [d, f] as const)))
  const named = dataset.diagnostics.filter((d) => d.ruleId === 'same-language-in-family')
  const byKind: RevisionCounts['byKind'] = { revision: { total: 0, together: 0, named: 0 }, alone: { total: 0, together: 0, named: 0 } }
  const misses: string[] = []
  for (const c of cases) {
    const entry = byKind[c.kind]
    entry.total++
    const [a, b] = c.files
    const family = familyOf.get(a)
    const together = family !== undefined && family === familyOf.get(b)
    const said = together && named.some((d) => d.file === family.id && d.reason.includes(a) && d.reason.includes(b))
    if (together) entry.together++
    if (said) entry.named++
    if (!said) misses.push(`REVISION ${c.kind} ${c.change} ${c.article} ${c.language}: ${a} in ${family?.id ?? '?'}, ${b} in ${familyOf.get(b)?.id ?? '?'}${together ? ' (not named)' : ''}`)
  }
  return { byKind, misses }
}
