/**
 * Write `tests/fixtures/pud-corpus/`: articles of one language pair built from PUD (`../shared/data/pud/`), for
 * the corpus-lexicon test of the pipeline (run: `npx tsx scripts/align/make-pud-corpus-fixture.ts`; with
 * `SOURCE TARGET FOLDER`, e.g. `ko ru pud-corpus-ko-ru`, another language pair into `tests/fixtures/FOLDER/`).
 *
 * Articles are runs of consecutive PUD documents of the dev half only (`halfOf`), laid out as paragraphs of four
 * sentences; the target side loses about one sentence in eight (seeded), so a paragraph's sentences do not all
 * pair off and length alone must guess which one is gone. `gold.tsv` lists, per article, every source sentence
 * with its target sentence (empty when deleted).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadPud } from '../drift/pudArticles.js'
import { halfOf } from './pudGold.js'
import { rng } from './synthetic.js'

const [sourceLang = 'hi', targetLang = 'zh', folder = 'pud-corpus'] = process.argv.slice(2)
const ARTICLES = 8
const SENTENCES = 28
const PARAGRAPH = 4
const DELETION = 0.125

const root = join(import.meta.dirname, '..', '..')
const out = join(root, 'tests', 'fixtures', folder)
const sentences = loadPud(join(root, '..', 'shared', 'data', 'pud'), [sourceLang, targetLang]).filter((s) => halfOf(s.document) === 'dev')
const random = rng(19)
rmSync(join(out, 'gold.tsv'), { force: true })
mkdirSync(out, { recursive: true })
const gold: string[] = []
// Han text has no spaces between sentences; the others do.
const joiner = (lang: string): string => (lang === 'zh' ? '' : ' ')
for (let a = 0; a < ARTICLES; a++) {
  const slice = sentences.slice(a * SENTENCES, (a + 1) * SENTENCES)
  const name = `a${String(a + 1).padStart(2, '0')}`
  const source: string[] = []
  const target: string[] = []
  for (let p = 0; p < slice.length; p += PARAGRAPH) {
    const para = slice.slice(p, p + PARAGRAPH)
    const kept = para.map((s, k) => k === 0 || random() >= DELETION)
    source.push(para.map((s) => s.text[sourceLang]!).join(joiner(sourceLang)))
    target.push(para.filter((_, k) => kept[k]).map((s) => s.text[targetLang]!).join(joiner(targetLang)))
    para.forEach((s, k) => gold.push(`${name}\t${s.text[sourceLang]}\t${kept[k] ? s.text[targetLang] : ''}`))
  }
  writeFileSync(join(out, `${name}.${sourceLang}.txt`), `${source.join('\n\n')}\n`)
  writeFileSync(join(out, `${name}.${targetLang}.txt`), `${target.join('\n\n')}\n`)
}
writeFileSync(join(out, 'gold.tsv'), `${gold.join('\n')}\n`)
console.log(`wrote ${ARTICLES} article pairs (${gold.length} source sentences) to ${out}`)
