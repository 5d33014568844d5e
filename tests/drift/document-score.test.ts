import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset, parseDocument } from '../../src/index.js'
import { foreignPool, renderWithFault, type FaultKind } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud } from '../../scripts/drift/pudArticles.js'

// Real professional translations (PUD, ../shared/data/pud): four news articles in six languages in one folder,
// one translation of each damaged in a way faithful translations never show.
const LANGUAGES = ['en', 'de', 'ru', 'zh', 'ar', 'th']
const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), LANGUAGES)
const articles = buildArticles(sentences).filter((a) => a.origin === 'news')
const pool = foreignPool(articles, sentences)
const qa = articles.filter((a) => a.shape === 'qa')
const plain = articles.filter((a) => a.shape === 'plain')

describe('the document score', () => {
  const faults: Array<[typeof articles[number], string, FaultKind]> = [
    [qa[2]!, 'ar', 'split'],
    [plain[0]!, 'zh', 'merged'],
    [plain[2]!, 'ru', 'number-changed'],
    [qa[3]!, 'de', 'marker'],
  ]
  // Two articles translated faithfully beside them, whose translations vary in length as translations do.
  const faithfulArticles = [qa[0]!, qa[1]!]
  const docs = faithfulArticles.flatMap((article) => LANGUAGES.map((lang) => renderWithFault(article, sentences, lang, 'faithful', pool, `${article.id}/${lang}`)!)).concat(faults.flatMap(([article, damaged, fault]) => LANGUAGES.map((lang) => renderWithFault(article, sentences, lang, lang === damaged ? fault : 'faithful', pool, `${article.id}/${lang}`)!)))
  const parsed = docs.map((d) => parseDocument(d.text, { id: `${d.article}/${d.language}${d.fault === 'faithful' ? '' : `-${d.fault}`}.txt` }))
  const dataset = buildDataset(parsed, { level: 'turn' })

  it('ranks every damaged translation of a folder above every faithful one, whatever their family', () => {
    const damaged = dataset.drift.filter((r) => /-[a-z-]+\.txt$/u.test(r.document))
    const faithful = dataset.drift.filter((r) => !/-[a-z-]+\.txt$/u.test(r.document))
    expect(damaged).toHaveLength(faults.length)
    const worstFaithful = Math.max(...faithful.map((r) => r.score))
    for (const r of damaged) expect(r.score, r.document).toBeGreaterThan(worstFaithful)
  })
})
