import { resolve } from 'node:path'
import { parseDocument } from '../../src/index.js'
import type { ParsedDocument } from '../../src/index.js'
import { foreignPool, renderWithFault, type FaultKind } from '../../scripts/drift/faults.js'
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
