/**
 * Articles and translation families with known truth, built from the PUD treebanks (`../shared/data/pud/`):
 * the same 1,000 sentences professionally translated into ten languages. Consecutive source documents are
 * grouped into articles; each article is laid out once, language-neutrally (title, intro, Q&A turns or plain
 * paragraphs), then rendered in every language, so every rendering is a real human translation of the others.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where the sentences come from: PUD news or Wikipedia, or the TICO-19 subset in `data/tico19`. */
export type Origin = 'news' | 'wiki' | 'tico'

/** One PUD sentence in every language read. */
export interface PudSentence {
  /** `sent_id`, e.g. `n01001011`. */
  id: string
  /** Source document id (`n01001`): sentences of one news story or Wikipedia article share it. */
  document: string
  /** `news` (ids `n…`), `wiki` (ids `w…`), or the origin the reader was given (another source). */
  origin: Origin
  /** Text per language code. */
  text: Record<string, string>
}

/** A block of an article layout: its kind and the sentences (indices into the PUD list) it holds. */
export interface LayoutBlock {
  kind: 'title' | 'intro' | 'question' | 'answer' | 'paragraph'
  sentences: number[]
  /** Q&A exchange number (1-based) of questions and answers. */
  turn?: number
}

/** An article: its layout over PUD sentences. */
export interface Article {
  id: string
  origin: Origin
  shape: 'qa' | 'plain'
  blocks: LayoutBlock[]
}

/**
 * Read the PUD files of some languages, aligned by line.
 * @param dir Folder with `<lang>.tsv` files.
 * @param languages Language codes (file names).
 * @param origin The origin of every sentence (default: from the id, `n…` news, else Wikipedia).
 */
export function loadPud(dir: string, languages: readonly string[], origin?: Origin): PudSentence[] {
  const columns = languages.map((lang) => readFileSync(join(dir, `${lang}.tsv`), 'utf8').split('\n').filter((l) => l !== ''))
  const first = columns[0] ?? []
  return first.map((line, k) => {
    const id = line.slice(0, line.indexOf('\t'))
    const text: Record<string, string> = {}
    languages.forEach((lang, l) => {
      const row = columns[l]![k]!
      if (!row.startsWith(`${id}\t`)) throw new Error(`${lang}.tsv line ${k + 1} is ${row.slice(0, 12)}, expected ${id}`)
      text[lang] = row.slice(id.length + 1).trim()
    })
    return { id, document: id.slice(0, 6), origin: origin ?? (id.startsWith('n') ? 'news' : 'wiki'), text }
  })
}

/**
 * Group consecutive PUD documents of one origin into articles of at least `minSentences` sentences and lay them
 * out: even articles as interviews (title, two intro paragraphs, question/answer turns), odd ones as plain
 * articles (title, paragraphs of two or three sentences).
 */
export function buildArticles(sentences: readonly PudSentence[], minSentences = 14): Article[] {
  const articles: Article[] = []
  let current: number[] = []
  const flush = (): void => {
    if (current.length >= minSentences) {
      const index = articles.length
      const origin = sentences[current[0]!]!.origin
      const shape = index % 2 === 0 ? 'qa' : 'plain'
      articles.push({ id: `article-${String(index + 1).padStart(3, '0')}`, origin, shape, blocks: layout(current, shape) })
    }
    current = []
  }
  sentences.forEach((s, k) => {
    const prev = current.length === 0 ? undefined : sentences[current[current.length - 1]!]!
    if (prev !== undefined && prev.document !== s.document && (prev.origin !== s.origin || current.length >= minSentences)) flush()
    current.push(k)
  })
  flush()
  return articles
}

function layout(indices: readonly number[], shape: 'qa' | 'plain'): LayoutBlock[] {
  const blocks: LayoutBlock[] = [{ kind: 'title', sentences: [indices[0]!] }]
  let k = 1
  const take = (n: number): number[] => {
    const out = indices.slice(k, k + n)
    k += out.length
    return out
  }
  if (shape === 'qa') {
    blocks.push({ kind: 'intro', sentences: take(1) }, { kind: 'intro', sentences: take(2) })
    let turn = 1
    while (indices.length - k >= 3) {
      const answer = indices.length - k >= 6 && turn % 2 === 1 ? 3 : 2
      blocks.push({ kind: 'question', sentences: take(1), turn }, { kind: 'answer', sentences: take(answer), turn })
      turn++
    }
    if (k < indices.length) blocks[blocks.length - 1]!.sentences.push(...take(indices.length - k))
  } else {
    let n = 0
    while (k < indices.length) {
      const size = indices.length - k <= 4 ? indices.length - k : n % 2 === 0 ? 3 : 2
      blocks.push({ kind: 'paragraph', sentences: take(size) })
      n++
    }
  }
  return blocks
}
