import { resolve } from 'node:path'
import { Vocabularies, type FamilyWords } from '../../src/drift/slotWords.js'
import type { PivotSlot } from '../../src/types.js'
import { sentencesText } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud, type Article } from '../../scripts/drift/pudArticles.js'

// Real professional translations (PUD): the news articles in six languages, cell by cell as a family's table holds
// them, each cell's words encoded once — the families the content re-fit tests learn word links from.

/** The six languages of the news families, the source (English) first. */
export const LANGUAGES = ['en', 'de', 'ru', 'zh', 'ar', 'th']
/** The PUD sentences in those languages. */
export const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), LANGUAGES)
/** The news articles built from them. */
export const articles = buildArticles(sentences).filter((a) => a.origin === 'news')
/** The word ids every family and test text is encoded with. */
export const vocabularies = new Vocabularies()
/** One text per block of an article in one language. */
export const texts = (article: Article, lang: string): string[] => article.blocks.map((b) => sentencesText(sentences, b.sentences, lang))
/** Each news article as a family of its six faithful translations. */
export const families: FamilyWords[] = articles.map((article) => ({
  family: article.id,
  slots: article.blocks.map((_, i) => `b${i}`),
  documents: LANGUAGES.map((l) => `${article.id}/${l}`),
  languages: [...LANGUAGES],
  words: LANGUAGES.map((lang) => texts(article, lang).map((t) => vocabularies.encode(lang, t))),
}))

/**
 * Slots with each one's length share as a consensus pivot measures it: the median of the renderings' shares, with
 * their spread.
 * @param slots The slots, in order.
 * @param shares Per rendering, each slot's length share.
 * @returns The slots with `share` and `shareSpread` measured.
 */
export function measuredShares(slots: readonly PivotSlot[], shares: readonly number[][]): PivotSlot[] {
  return slots.map((slot, i) => {
    const xs = shares.map((x) => x[i]!).sort((a, b) => a - b)
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length
    const h = xs.length >> 1
    const median = xs.length % 2 === 1 ? xs[h]! : (xs[h - 1]! + xs[h]!) / 2
    return { ...slot, share: median, shareSpread: Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length) }
  })
}
