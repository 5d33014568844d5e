import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildPivot, loadCorpus } from '../../src/index.js'
import type { AlignmentCache, ParsedDocument } from '../../src/index.js'
import { contentSegments } from '../../src/pivot/contentSegments.js'
import { majorityHub } from '../../src/pivot/majorityHub.js'
import { foreignPool, renderWithFault, type FaultKind } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud } from '../../scripts/drift/pudArticles.js'

// Real professional translations (the TICO-19 subset in data/tico19): one article laid out as an interview, in six
// languages, each translation but the English one with a fault of structure, as the drift evaluation draws them.
// The Russian translation lost a question and its answer. Its structure differs from each other member's at one
// place only, so it is the document the others disagree with least; but every other member holds the lost turn.
const languages = ['en', 'ru', 'zh', 'ar', 'hi', 'id']
const faults: Record<string, FaultKind> = { en: 'faithful', ru: 'missing', zh: 'extra', ar: 'merged', hi: 'split', id: 'order' }
const sentences = loadPud(resolve(import.meta.dirname, '../../data/tico19'), languages, 'tico')
const articles = buildArticles(sentences).filter((a) => a.origin === 'tico')
const article = articles.find((a) => a.id === 'article-029')!
const pool = foreignPool(articles, sentences)
const dir = mkdtempSync(join(tmpdir(), 'paracorpus-majority-hub-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const languageOf = new Map<string, string>()
for (const lang of languages) {
  const doc = renderWithFault(article, sentences, lang, faults[lang]!, pool, `${article.id}/${lang}#1`)!
  writeFileSync(join(dir, doc.file), doc.text)
  languageOf.set(doc.file, lang)
}
const documents = loadCorpus([dir]).documents
const lang = (doc: ParsedDocument): string => languageOf.get(doc.path!.split('/').pop()!)!
const byLanguage = (l: string): ParsedDocument => documents.find((d) => lang(d) === l)!
const align = { weights: { boundaries: 0 } }

describe('the hub of a consensus pivot', () => {
  it('is not the translation that lost a turn every other member holds', () => {
    const cache: AlignmentCache = new Map()
    const pivot = buildPivot(documents, { align, cache })
    expect(lang(documents.find((d) => d.id === pivot.document)!)).not.toBe('ru')
    expect(pivot.slots).toHaveLength(contentSegments(byLanguage('en')).length)
    expect(contentSegments(byLanguage('ru')).length).toBe(pivot.slots.length - 2)
  }, 120_000)

  it('gives way when most members differ from it at one place, and stays when they do not', () => {
    const cache: AlignmentCache = new Map()
    const faulty = majorityHub(documents, byLanguage('ru'), { align, cache })
    expect(lang(faulty.hub)).not.toBe('ru')
    expect(faulty.minority).toBe(0)
    const kept = majorityHub(documents.filter((d) => d !== byLanguage('ru')), byLanguage('en'), { align, cache })
    expect(lang(kept.hub)).toBe('en')
    expect(kept.alignments).toHaveLength(documents.length - 2)
  }, 120_000)
})
