/**
 * The generated corpus of the distributed check and benchmark: at least 1,000 articles in several languages.
 *
 * - Translation families in ten real languages, built from the PUD treebanks (`../shared/data/pud/`, the same
 *   sentences professionally translated; see `scripts/drift/pudArticles.ts`): every article rendered in every
 *   language, each translation faithful or with one seeded fault (a missing, merged or split block).
 * - Translation families of 2–3 articles in synthetic languages (`scripts/pipeline/corpus.ts`).
 * - Unrelated documents: the first article alone of more synthetic families, whose translations are left out;
 *   two by two they cite one rare figure, as articles of one site share dates and amounts.
 *
 * Without the PUD files (a machine without the shared data), the synthetic parts make up the whole count.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderWithFault, foreignPool, seeded, type FaultKind } from '../drift/faults.js'
import { buildArticles, loadPud } from '../drift/pudArticles.js'
import { writeCorpus } from '../pipeline/corpus.js'

/** The PUD languages used, the source first. */
export const PUD_LANGUAGES = ['en', 'de', 'ru', 'zh', 'ar', 'th', 'ko', 'hi', 'id', 'tr'] as const
const FAULTS: readonly FaultKind[] = ['faithful', 'faithful', 'missing', 'merged', 'split']

/** What {@link writeDistributedCorpus} wrote. */
export interface DistributedCorpus {
  /** Articles written. */
  articles: number
  /** Articles of the PUD families (0 without the PUD files). */
  pud: number
  /** Articles of the synthetic families. */
  synthetic: number
  /** Unrelated articles. */
  unrelated: number
}

/**
 * Write the corpus into `dir` (created): `pud/`, `synthetic/` and `unrelated/`.
 * @param dir Target folder.
 * @param articles Articles wanted in all (at least; default 1,020).
 * @param pudDir Folder of the PUD files (default `../shared/data/pud` beside the repository).
 */
export function writeDistributedCorpus(dir: string, articles = 1020, pudDir = new URL('../../../shared/data/pud/', import.meta.url).pathname): DistributedCorpus {
  mkdirSync(dir, { recursive: true })
  let pud = 0
  if (existsSync(join(pudDir, 'en.tsv'))) {
    const sentences = loadPud(pudDir, PUD_LANGUAGES)
    // Ten languages per article: the PUD families are about 30 % of the corpus (31 of the 64 articles for 1,020).
    const pudArticles = buildArticles(sentences).slice(0, Math.max(1, Math.round((articles * 0.3) / PUD_LANGUAGES.length)))
    const pool = foreignPool(pudArticles, sentences)
    mkdirSync(join(dir, 'pud'))
    for (const article of pudArticles) {
      for (const lang of PUD_LANGUAGES) {
        const seed = `distributed/${article.id}/${lang}`
        const kind = lang === PUD_LANGUAGES[0] ? 'faithful' : FAULTS[Math.floor(seeded(seed)() * FAULTS.length)]!
        const doc = renderWithFault(article, sentences, lang, kind, pool, seed) ?? renderWithFault(article, sentences, lang, 'faithful', pool, seed)!
        writeFileSync(join(dir, 'pud', `${article.id}-${lang}.txt`), doc.text)
        pud++
      }
    }
  }
  const unrelated = Math.max(20, Math.round(articles * 0.1))
  const synthetic = writeCorpus(join(dir, 'synthetic'), Math.max(0, articles - pud - unrelated), 5).files.length
  // Unrelated documents: the first article of each family of another generated corpus, the rest dropped.
  const scratch = mkdtempSync(join(tmpdir(), 'paracorpus-unrelated-'))
  try {
    const others = writeCorpus(scratch, unrelated * 3, 13)
    mkdirSync(join(dir, 'unrelated'))
    // Ordered by length, so that the two articles citing one figure are within the length ratio of translations.
    const firsts = others.families.map((f) => f[0]!).slice(0, unrelated).sort((a, b) => statSync(a).size - statSync(b).size || (a < b ? -1 : 1))
    firsts.forEach((file, i) => {
      // Two by two, unrelated articles cite one rare figure (as articles of one site share a date or an amount):
      // without any rare anchor in common with another document, a document is compared with every other.
      const target = join(dir, 'unrelated', `unrelated-${String(i).padStart(4, '0')}.txt`)
      writeFileSync(target, `${readFileSync(file, 'utf8').trimEnd()} (${4_000_007 + 1000 * Math.floor(i / 2)})\n`)
    })
    return { articles: pud + synthetic + firsts.length, pud, synthetic, unrelated: firsts.length }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
