import { resolve } from 'node:path'
import { parseDocument } from '../../src/index.js'
import type { ParsedDocument } from '../../src/index.js'
import { FAULT_KINDS, foreignPool, renderWithFault, seeded, type FaultKind, type GeneratedDocument } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud, type Article } from '../../scripts/drift/pudArticles.js'

/** Interviews of one template built from PUD, and a renderer of their translations with or without a fault. */
export interface PudTemplate {
  /** The news interviews that share the commonest number of question/answer turns, in article order. */
  template: Article[]
  /** Render an article in a language with a fault (the faithful text when the fault cannot be put in) and parse it. */
  render: (article: Article, lang: string, fault: FaultKind) => ParsedDocument
  /** The number of question turns of an article. */
  turns: (article: Article) => number
}

/**
 * Real professional translations (PUD, `../shared/data/pud`: the same sentences in ten languages) built into
 * interviews of one template — title, intro and the same number of question/answer turns — so that shape is all
 * two articles share and only content tells a translation from a look-alike. Documents are parsed with ids
 * `ARTICLE/LANG-FAULT`.
 * @param languages PUD language codes to read.
 */
export function pudTemplate(languages: readonly string[]): PudTemplate {
  const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), [...languages])
  const articles = buildArticles(sentences)
  const pool = foreignPool(articles, sentences)
  const turns = (a: Article): number => a.blocks.filter((b) => b.kind === 'question').length
  const byTurns = new Map<number, Article[]>()
  for (const a of articles.filter((x) => x.origin === 'news' && x.shape === 'qa')) byTurns.set(turns(a), [...(byTurns.get(turns(a)) ?? []), a])
  const template = [...byTurns.values()].sort((a, b) => b.length - a.length)[0]!
  const render = (article: Article, lang: string, fault: FaultKind): ParsedDocument => {
    const doc = renderWithFault(article, sentences, lang, fault, pool, `${article.id}/${lang}`) ?? renderWithFault(article, sentences, lang, 'faithful', pool, `${article.id}/${lang}`)!
    return parseDocument(doc.text, { id: `${article.id}/${lang}-${doc.fault}` })
  }
  return { template, render, turns }
}

/**
 * The documents of some news articles as a fault draw of the drift evaluation renders them (`scripts/eval-drift.ts`:
 * English sources faithful, each translation faithful or with one fault, faults dealt in turn over every news
 * article), parsed with ids `ARTICLE/LANG-FAULT`.
 * @param languages PUD language codes, the source's first.
 * @param articles Ids of the news articles to keep.
 * @param draw The fault draw (0 is the published one).
 */
export function pudDraw(languages: readonly string[], articles: readonly string[], draw: number): ParsedDocument[] {
  return pudDrawTexts(languages, articles, draw).map((d) => parseDocument(d.text, { id: d.id }))
}

/**
 * The texts {@link pudDraw} parses, with their ids.
 * @param languages PUD language codes, the source's first.
 * @param articles Ids of the news articles to keep.
 * @param draw The fault draw (0 is the published one).
 */
export function pudDrawTexts(languages: readonly string[], articles: readonly string[], draw: number): Array<{ id: string; text: string }> {
  const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), [...languages])
  const news = buildArticles(sentences).filter((a) => a.origin === 'news')
  const pool = foreignPool(news, sentences)
  const [source] = languages
  const out: GeneratedDocument[] = []
  let next = draw
  for (const article of news) {
    const docs = [renderWithFault(article, sentences, source!, 'faithful', pool, `${article.id}/${source}`)!]
    for (const lang of languages.slice(1)) {
      const seed = draw === 0 ? `${article.id}/${lang}` : `${article.id}/${lang}#${draw}`
      let doc = seeded(seed)() < 1 / 3 ? renderWithFault(article, sentences, lang, 'faithful', pool, seed) : undefined
      for (let tries = 0; doc === undefined && tries < FAULT_KINDS.length; tries++) doc = renderWithFault(article, sentences, lang, FAULT_KINDS[next++ % FAULT_KINDS.length]!, pool, seed, source)
      docs.push(doc ?? renderWithFault(article, sentences, lang, 'faithful', pool, seed)!)
    }
    if (articles.includes(article.id)) out.push(...docs)
  }
  return out.map((d) => ({ id: `${d.article}/${d.language}-${d.fault}`, text: d.text }))
}
