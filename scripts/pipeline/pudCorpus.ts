/**
 * Real articles for the parse + detect benchmark: the PUD treebanks (`../shared/data/pud/`: 1,000 news and
 * Wikipedia sentences professionally translated into ten languages) grouped into articles of their consecutive
 * source documents (`buildArticles`), each written out in every language as Markdown: a title, paragraphs of two or
 * three sentences, or question and answer turns (`**Q:**` / `**A:**`). Unlike the generated articles of the pipeline
 * benchmark (`corpus.ts`: cipher renderings in no real language), these are human text in real languages and
 * scripts (Latin, Cyrillic, Arabic, Devanagari, Hangul, Han, Thai).
 */
import { buildArticles, loadPud } from '../drift/pudArticles.js'
import { sentencesText } from '../drift/faults.js'
import { PUD_LANGUAGES } from './readmeCorpus.js'

/** One article in one language. */
export interface PudArticleText {
  /** PUD language code (the file name). */
  lang: string
  /** Article id (`article-001`, …). */
  id: string
  /** The Markdown text. */
  text: string
}

/**
 * Every PUD article in every PUD language, article by article.
 * @param dir Folder with the PUD `<lang>.tsv` files.
 * @returns The texts, languages in {@link PUD_LANGUAGES} order within each article.
 */
export function pudArticleTexts(dir: string): PudArticleText[] {
  const sentences = loadPud(dir, PUD_LANGUAGES)
  const texts: PudArticleText[] = []
  for (const article of buildArticles(sentences)) {
    for (const lang of PUD_LANGUAGES) {
      const blocks = article.blocks.map((block) => {
        const text = sentencesText(sentences, block.sentences, lang)
        if (block.kind === 'title') return `# ${text}`
        if (block.kind === 'question') return `**Q:** ${text}`
        if (block.kind === 'answer') return `**A:** ${text}`
        return text
      })
      texts.push({ lang, id: article.id, text: `${blocks.join('\n\n')}\n` })
    }
  }
  return texts
}
