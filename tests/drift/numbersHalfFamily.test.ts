import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDataset, parseDocument } from '../../src/index.js'
import { foreignPool, renderWithFault, type FaultKind } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud } from '../../scripts/drift/pudArticles.js'

// Real professional translations (PUD, ../shared/data/pud) of one news interview in six languages. The question
// `… more or less equal to 45 minutes?` keeps its number in only half of the family when one translation changes it,
// another drops it and a third moves the turn away.
const LANGUAGES = ['en', 'de', 'ru', 'zh', 'ar', 'th']
const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), LANGUAGES)
const articles = buildArticles(sentences)
const pool = foreignPool(articles, sentences)
const article = articles.find((a) => a.id === 'article-053')!

function run(faults: Record<string, FaultKind>) {
  const docs = LANGUAGES.map((lang) => renderWithFault(article, sentences, lang, faults[lang] ?? 'faithful', pool, `${article.id}/${lang}`)!)
  const parsed = docs.map((d) => parseDocument(d.text, { id: `${d.language}-${d.fault}.txt` }))
  return { docs, dataset: buildDataset(parsed, { level: 'turn' }) }
}

describe('numbers that half of the family keeps', () => {
  it('are expected: the translation that dropped the number and the one that changed it are both caught', () => {
    const { docs, dataset } = run({ zh: 'number-changed', ar: 'number-deleted', ru: 'order', th: 'marker' })
    const probe = docs.find((d) => d.language === 'en')!.text.includes('45 minutes')
    expect(probe).toBe(true)
    const fired = (id: string) => dataset.drift.find((r) => r.document === id)!.slots.flatMap((s) => s.reasons).filter((r) => (r.code === 'anchor-lost' || r.code === 'anchor-changed') && r.score >= 0.5).map((r) => r.message)
    expect(fired('ar-number-deleted.txt')).toEqual([expect.stringMatching(/lost 45/u)])
    expect(fired('zh-number-changed.txt')).toEqual([expect.stringMatching(/45/u)])
  })

  it('raise no alarm on the faithful translations of the same interview', () => {
    const { dataset } = run({ ru: 'order', th: 'marker' })
    for (const id of ['en-faithful.txt', 'de-faithful.txt', 'zh-faithful.txt', 'ar-faithful.txt']) {
      const alarms = dataset.drift.find((r) => r.document === id)!.slots.flatMap((s) => s.reasons).filter((r) => r.code.startsWith('anchor') && r.score >= 0.5)
      expect(alarms, id).toEqual([])
    }
  })
})
