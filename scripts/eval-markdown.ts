/**
 * Markdown handling on real translated documents (tests/fixtures/real/, sources in its README): per file, the
 * document language (with path hints, and from the prose alone), question headings found as question turns,
 * markup leaked into segment texts and aligned units (code lines, fences, HTML tags, front matter keys, `{#slug}`
 * ids) and sentences cut at a soft line break.
 *
 * Run with `npx tsx scripts/eval-markdown.ts`. To measure another checkout (a baseline), point
 * `PARACORPUS_SRC` at its `src/index.ts`: `PARACORPUS_SRC=/path/to/old/src/index.ts npx tsx scripts/eval-markdown.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { cutAtSoftBreak, findLeaks, leakCount } from './markdown/checks.js'

interface Library {
  parseDocument(text: string, options: Record<string, unknown>): { language?: { bcp47: string }; text: string; segments: Array<{ role: string; text: string; turn?: number; sentences: Array<{ text: string; start: number; end: number }> }> }
  alignCorpus(inputs: string[], options: Record<string, unknown>): Promise<{ units: Array<{ texts: Record<string, string | null> }> }>
}

const ROOT = 'tests/fixtures/real'
const expected = JSON.parse(readFileSync(join(ROOT, 'expected.json'), 'utf8')) as Record<string, { language: string; questions: number }>
const lib = (await import(process.env.PARACORPUS_SRC ?? '../src/index.js')) as Library

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.md') ? [path] : []
  })
}

/** Question headings of a source: `##`… headings ending with a question mark of any script (id aside). */
function questionHeadings(source: string): number {
  return source.split('\n').filter((l) => /^#{2,6}\s.*[?？؟](?:\s*\{#[^}]*\})?\s*$/u.test(l)).length
}

const rows: string[][] = [['file', 'expected', 'language', 'from prose', 'question headings', 'question turns', 'leaks: segments', 'leaks: units', 'soft-break cuts']]
const totals = { files: 0, languageRight: 0, proseRight: 0, headings: 0, turns: 0, segmentLeaks: 0, unitLeaks: 0, cuts: 0 }
for (const project of readdirSync(ROOT).filter((n) => statSync(join(ROOT, n)).isDirectory()).sort()) {
  const paths = files(join(ROOT, project))
  const dataset = await lib.alignCorpus(paths, { level: 'sentence', workers: 1 })
  for (const path of paths) {
    const key = relative(ROOT, path)
    const source = readFileSync(path, 'utf8')
    const doc = lib.parseDocument(source, { id: path, path })
    const prose = lib.parseDocument(source, { id: path, path, pathHints: false })
    const texts = doc.segments.filter((s) => s.role !== 'code').map((s) => s.text)
    const unitTexts = dataset.units.map((u) => u.texts[path]).filter((t): t is string => typeof t === 'string')
    const segmentLeaks = leakCount(findLeaks(source, texts))
    const unitLeaks = leakCount(findLeaks(source, unitTexts))
    const cuts = cutAtSoftBreak(doc.text, doc.segments).length
    const headings = questionHeadings(source)
    const turns = doc.segments.filter((s) => s.role === 'question').length
    const want = expected[key]?.language ?? '?'
    const language = doc.language?.bcp47 ?? 'und'
    const fromProse = prose.language?.bcp47 ?? 'und'
    totals.files++
    if (language.split('-')[0] === want) totals.languageRight++
    if (fromProse.split('-')[0] === want) totals.proseRight++
    totals.headings += headings
    totals.turns += Math.min(turns, headings)
    totals.segmentLeaks += segmentLeaks
    totals.unitLeaks += unitLeaks
    totals.cuts += cuts
    rows.push([key, want, language, fromProse, String(headings), String(turns), String(segmentLeaks), String(unitLeaks), String(cuts)])
  }
}
rows.push([
  `**all (${totals.files} files)**`,
  '',
  `${totals.languageRight}/${totals.files} right`,
  `${totals.proseRight}/${totals.files} right`,
  String(totals.headings),
  `${totals.turns} (${totals.headings === 0 ? '–' : ((100 * totals.turns) / totals.headings).toFixed(0)} %)`,
  String(totals.segmentLeaks),
  String(totals.unitLeaks),
  String(totals.cuts),
])
for (const row of rows) console.log(`| ${row.join(' | ')} |`)
