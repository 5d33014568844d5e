import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { groupFamilies, judgePairs, parseDocument } from '../../src/index.js'
import { injectMarkdownFault, paragraphTexts, type MarkdownFault } from '../../scripts/drift/markdownFaults.js'
import { sentencesText } from '../../scripts/drift/faults.js'
import { buildArticles, loadPud } from '../../scripts/drift/pudArticles.js'

// Real professional translations (PUD, ../shared/data/pud): a short news article (a title and four paragraphs) in
// eight languages, with a faulty copy of most translations beside it as the real-docs evaluation makes them (a
// paragraph of another article of its language inserted, a number changed, the text cut). The Arabic and Chinese
// copies, each with a paragraph inserted, score 0.73 with each other and as low as 0.1 with the copies of other
// translations (two damaged documents fit each other poorly); their originals sit in the page's family. Two groups
// sharing a language join only as versions of one another, parallel to the same others: over every cross pair, the
// copies' low scores with the other copies took the average below the join bar (0.49), and the Arabic and Chinese
// translations then left their family for their copies' (they fit one copy better than their copy fits the whole
// family), a family of four beside the page's. Counted by pairs of languages, each by its best document pair (as a
// join between groups counts them), the two copies fit the page's family at 0.57 and join it as versions.
const LANGUAGES = ['en', 'de', 'ru', 'zh', 'ko', 'ar', 'hi', 'tr']
const FAULTS: Record<string, MarkdownFault> = { de: 'number-changed', ru: 'truncated', zh: 'paragraph-inserted', ko: 'number-changed', ar: 'paragraph-inserted', hi: 'paragraph-inserted', tr: 'number-changed' }

describe('faulty copies of several translations of one page', () => {
  it('join the page family as versions of their translations, which stay in it', () => {
    const sentences = loadPud(resolve(import.meta.dirname, '../../../shared/data/pud'), LANGUAGES)
    const news = buildArticles(sentences, 10).filter((a) => a.origin === 'news')
    const textOf = (index: number, lang: string): string => news[index]!.blocks.map((b, i) => (i === 0 ? '# ' : '') + sentencesText(sentences, b.sentences, lang)).join('\n\n') + '\n'
    const page = 8
    const originals = LANGUAGES.map((lang) => ({ id: `${lang}/${news[page]!.id}.md`, lang, text: textOf(page, lang) }))
    const copies = originals.flatMap((doc) => {
      const fault = FAULTS[doc.lang]
      if (fault === undefined) return []
      // Another article's paragraphs in the language, for an inserted or pasted paragraph.
      const foreign = [6, 7, 9, 10, 11].flatMap((k) => paragraphTexts(textOf(k, doc.lang)))
      const copy = injectMarkdownFault(fault, { text: doc.text, seed: doc.id, source: originals[0]!.text, foreign })!
      return [{ id: `copies/${doc.id.replace(/\.md$/u, `-${fault}.md`)}`, lang: doc.lang, text: copy.text }]
    })
    const docs = [...originals, ...copies].map((d) => parseDocument(d.text, { id: d.id }))
    expect(docs).toHaveLength(15)
    const verdicts = judgePairs(docs)
    const { families } = groupFamilies(docs.map((d) => ({ id: d.id, language: d.language?.iso6393 })), verdicts)
    const page0 = families.find((f) => f.documents.includes(`en/${news[page]!.id}.md`))!
    for (const lang of ['ar', 'zh']) {
      expect(page0.documents).toContain(`${lang}/${news[page]!.id}.md`)
      expect(page0.documents).toContain(`copies/${lang}/${news[page]!.id}-paragraph-inserted.md`)
    }
    expect(families.filter((f) => !f.alone)).toHaveLength(1)
  }, 120_000)
})
