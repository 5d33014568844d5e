import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { addedSegments } from '../../src/drift/addedSegments.js'
import { trainPairLexicons } from '../../src/drift/pairLexicons.js'
import { Vocabularies, type FamilyWords } from '../../src/drift/slotWords.js'
import type { PivotAlignment } from '../../src/pivot/types.js'
import { sentencesText } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud, type Article } from '../../scripts/drift/pudArticles.js'

// Real professional translations (PUD): 32 news articles in six languages, word links learned per language pair over
// all of them. One translation gets a segment that fills no slot: a sentence of another article (a paragraph added,
// as a paste does), or the last sentence of the paragraph before it (a line the alignment left beside its cell).
const LANGUAGES = ['en', 'de', 'ru', 'zh', 'ar', 'th']
const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), LANGUAGES)
const articles = buildArticles(sentences).filter((a) => a.origin === 'news')

const blockText = (article: Article, i: number, lang: string): string => sentencesText(sentences, article.blocks[i]!.sentences, lang)

function familyOf(vocabularies: Vocabularies, article: Article): FamilyWords {
  return {
    family: article.id,
    slots: article.blocks.map((_, i) => `b${i}`),
    documents: LANGUAGES.map((l) => `${article.id}/${l}`),
    languages: [...LANGUAGES],
    words: LANGUAGES.map((lang) => article.blocks.map((_, i) => vocabularies.encode(lang, blockText(article, i, lang)))),
  }
}

/**
 * Member `lang` of an article as a parsed document with `added` written after block `after`, its blocks aligned one
 * to one with the slots and the added text in no slot.
 */
function withUnplaced(article: Article, lang: string, after: number, added: string): { doc: ReturnType<typeof parseDocument>; alignment: PivotAlignment; id: string } {
  const texts = article.blocks.map((_, i) => blockText(article, i, lang))
  const doc = parseDocument([...texts.slice(0, after + 1), added, ...texts.slice(after + 1)].join('\n\n'), { id: `${article.id}/${lang}` })
  const ids = doc.segments.map((s) => s.id)
  const cells = texts.map((_, i) => ({ segments: [ids[i <= after ? i : i + 1]!], sentences: [], confidence: 1 }))
  return { doc, alignment: { document: doc.id, pivot: 'p', cells, extra: [ids[after + 1]!], reordered: [], method: 'hub' }, id: ids[after + 1]! }
}

describe('a segment in no slot, judged by what its words say around it', () => {
  const vocabularies = new Vocabularies()
  const families = articles.map((a) => familyOf(vocabularies, a))
  const lexicons = trainPairLexicons(families)
  // Articles whose segments parse one per block (a block of one line each), with a block of two sentences or more.
  const cases = articles
    .map((article, k) => ({ article, k, lang: LANGUAGES[1 + (k % 5)]!, after: article.blocks.findIndex((b, i) => i > 0 && i < article.blocks.length - 1 && b.sentences.length >= 2) }))
    .filter((c) => c.after > 0)
    .slice(0, 16)

  it('finds a sentence of another article added as a paragraph, however short', () => {
    let judged = 0
    let found = 0
    for (const { article, k, lang, after } of cases) {
      const other = articles[articles.length - 1 - k]!
      const added = sentencesText(sentences, other.blocks.find((b) => b.kind === 'answer' || b.kind === 'paragraph')!.sentences.slice(0, 1), lang)
      const { doc, alignment, id } = withUnplaced(article, lang, after, added)
      if (doc.segments.length !== article.blocks.length + 1) continue
      judged++
      if ((addedSegments(families[k]!, LANGUAGES.indexOf(lang), doc, alignment, lexicons, vocabularies).get(id) ?? 0) >= 0.5) found++
    }
    expect(judged).toBeGreaterThanOrEqual(10)
    expect(found).toBeGreaterThanOrEqual(judged - 2)
  })

  it('leaves alone a sentence of the paragraph beside it that the alignment left in no slot', () => {
    let judged = 0
    let alarms = 0
    for (const { article, k, lang, after } of cases) {
      const kept = article.blocks[after]!.sentences
      const { doc, alignment, id } = withUnplaced(article, lang, after, sentencesText(sentences, kept.slice(-1), lang))
      if (doc.segments.length !== article.blocks.length + 1) continue
      judged++
      if (addedSegments(families[k]!, LANGUAGES.indexOf(lang), doc, alignment, lexicons, vocabularies).has(id)) alarms++
    }
    expect(judged).toBeGreaterThanOrEqual(10)
    expect(alarms).toBe(0)
  })
})
