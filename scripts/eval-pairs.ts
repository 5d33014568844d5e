/**
 * Measure the pairwise exports on translation families with known truth (run: `npm run eval:pairs`).
 *
 * Articles are built at run time from the PUD treebanks (`../shared/data/pud/`: the same sentences professionally
 * translated into ten languages), rendered once in the source language and once in every other language; each
 * translation is faithful or has one fault of the kinds that break N-way exports — a missing turn or paragraph,
 * two paragraphs merged into one, one paragraph split in two — chosen by a seeded draw. Every article's
 * renderings go into one folder, `alignCorpus` and `writeDataset` run on it as a user would, and the Moses files
 * written are read back, whatever their layout (N-way files, one per language, or one pair of files per language
 * pair), so the same script measures any version of the exporter.
 *
 * Printed, per language pair with the source: units (lines), lines that repeat a sentence of another line of the
 * same file (duplicated target sentences), and lines whose two sides hold exactly the same PUD sentences (exact).
 *
 * Options: `--languages en,de,…` (first is the source), `--articles N` (default 3), `--min-confidence X`,
 * `--level sentence|turn`, `--keep DIR` (keep the corpus and output there), `--pud DIR` (the PUD files).
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { alignCorpus } from '../src/pipeline/alignCorpus.js'
import { writeDataset } from '../src/export/writeDataset.js'
import { foreignPool, renderWithFault, seeded, type FaultKind, type GeneratedDocument } from './drift/faults.js'
import { buildArticles, loadPud, type Article, type PudSentence } from './drift/pudArticles.js'

const { values } = parseArgs({
  options: {
    languages: { type: 'string', default: 'en,de,ru,zh,ar,th,ko,hi,id,tr' },
    articles: { type: 'string', default: '3' },
    'min-confidence': { type: 'string' },
    level: { type: 'string', default: 'sentence' },
    keep: { type: 'string' },
    pud: { type: 'string' },
  },
})
const languages = values.languages.split(',')
const source = languages[0]!
const FAULTS: readonly FaultKind[] = ['faithful', 'missing', 'merged', 'split']

function generate(articles: readonly Article[], sentences: readonly PudSentence[]): GeneratedDocument[] {
  const pool = foreignPool(articles, sentences)
  const docs: GeneratedDocument[] = []
  for (const article of articles) {
    docs.push(renderWithFault(article, sentences, source, 'faithful', pool, `${article.id}/${source}`)!)
    for (const lang of languages.slice(1)) {
      const seed = `${article.id}/${lang}`
      const kind = FAULTS[Math.floor(seeded(`pairs/${seed}`)() * FAULTS.length)]!
      docs.push(renderWithFault(article, sentences, lang, kind, pool, seed) ?? renderWithFault(article, sentences, lang, 'faithful', pool, seed)!)
    }
  }
  return docs
}

/** Letters only, so that spacing and the punctuation a title or question changes do not matter. */
function squeeze(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '')
}

/** The PUD sentence indices a line holds (each sentence probed by its squeezed text). */
function sentencesOf(line: string, probes: ReadonlyArray<[number, string]>): number[] {
  const flat = squeeze(line)
  return probes.filter(([, probe]) => flat.includes(probe)).map(([k]) => k)
}

interface PairCount {
  units: number
  duplicated: number
  exact: number
}

/** Moses files of an output folder grouped by `<family>.<name>`, then by language suffix. */
function mosesGroups(out: string): Map<string, Map<string, string[]>> {
  const groups = new Map<string, Map<string, string[]>>()
  for (const name of readdirSync(out).sort()) {
    const m = /^(family-\d+\.[^.]+)\.([^.]+)$/u.exec(name)
    if (m === null || m[2] === 'jsonl' || m[2] === 'tmx' || m[2] === 'json' || m[2] === 'html') continue
    const lines = readFileSync(join(out, name), 'utf8').split('\n').slice(0, -1)
    if (!groups.has(m[1]!)) groups.set(m[1]!, new Map())
    groups.get(m[1]!)!.set(m[2]!, lines)
  }
  return groups
}

function measure(out: string, sentences: readonly PudSentence[]): Map<string, PairCount> {
  const probesOf = (lang: string): Array<[number, string]> =>
    sentences.map((s, k) => [k, squeeze(s.text[lang] ?? '')] as [number, string]).filter(([, p]) => [...p].length >= 6)
  const probes = new Map(languages.map((l) => [l, probesOf(l)]))
  const counts = new Map<string, PairCount>()
  for (const files of mosesGroups(out).values()) {
    const src = files.get(source)
    if (src === undefined) continue
    const srcSentences = src.map((line) => sentencesOf(line, probes.get(source)!))
    for (const [lang, lines] of files) {
      if (lang === source || !probes.has(lang)) continue
      const held = lines.map((line) => sentencesOf(line, probes.get(lang)!))
      const seen = new Map<number, number>()
      for (const ids of held) for (const k of ids) seen.set(k, (seen.get(k) ?? 0) + 1)
      const count = counts.get(lang) ?? { units: 0, duplicated: 0, exact: 0 }
      count.units += lines.length
      count.duplicated += held.filter((ids) => ids.some((k) => (seen.get(k) ?? 0) > 1)).length
      count.exact += held.filter((ids, i) => ids.length > 0 && ids.join() === srcSentences[i]!.join()).length
      counts.set(lang, count)
    }
  }
  return counts
}

const sentences = loadPud(resolve(values.pud ?? resolve(import.meta.dirname, '../../shared/data/pud')), languages)
const articles = buildArticles(sentences).slice(0, Number(values.articles))
const docs = generate(articles, sentences)
const root = values.keep !== undefined ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'paracorpus-pairs-'))
const corpus = join(root, 'corpus')
const out = join(root, 'out')
rmSync(root, { recursive: true, force: true })
mkdirSync(corpus, { recursive: true })
for (const doc of docs) writeFileSync(join(corpus, doc.file), doc.text)
const level = values.level === 'turn' ? 'turn' : 'sentence'
const dataset = await alignCorpus([corpus], { level })
const minConfidence = values['min-confidence'] === undefined ? undefined : Number(values['min-confidence'])
// Every pair, so that the source language is paired with every other whichever document the pivot was built on.
await writeDataset(dataset, out, ['moses'], { pairs: 'all', ...(minConfidence === undefined ? {} : { minConfidence }) })
const counts = measure(out, sentences)
const faults = new Map<string, string[]>()
for (const d of docs) if (d.language !== source) faults.set(d.language, [...(faults.get(d.language) ?? []), d.fault])
const rows: string[][] = [['pair', 'faults', 'units', 'duplicated', 'exact']]
const total: PairCount = { units: 0, duplicated: 0, exact: 0 }
for (const lang of languages.slice(1)) {
  const c = counts.get(lang) ?? { units: 0, duplicated: 0, exact: 0 }
  total.units += c.units
  total.duplicated += c.duplicated
  total.exact += c.exact
  rows.push([`${source}-${lang}`, (faults.get(lang) ?? []).join(','), String(c.units), String(c.duplicated), String(c.exact)])
}
rows.push(['all', '', String(total.units), String(total.duplicated), String(total.exact)])
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
console.log(`${docs.length} documents, ${articles.length} articles, ${dataset.families.filter((f) => !f.alone).length} families, level ${level}${minConfidence === undefined ? '' : `, min confidence ${minConfidence}`}`)
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd())
if (values.keep === undefined) rmSync(root, { recursive: true, force: true })
