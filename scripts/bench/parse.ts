/**
 * Parse + detect throughput on real articles: the PUD articles in ten languages (`scripts/pipeline/pudCorpus.ts`,
 * needs `../shared/data/pud/` or `PUD_DIR`), remark-parse alone (every extension on every text: what running the
 * parser on each text costs; plain Markdown gets its tree without it, see `plainMarkdownTree`), `segmentDocument`
 * alone and `parseDocument`, in one thread, CPU time,
 * beside franc alone once on every sentence and once on every segment and sentence of the same articles. The
 * `parse+detect` row of the pipeline benchmark reads generated articles in no real language; this one human text.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { franc } from 'franc'
import { parseDocument, segmentDocument } from '../../src/index.js'
import { pudArticleTexts } from '../pipeline/pudCorpus.js'
import type { BenchRow } from './row.js'
import { parseFullMarkdown } from '../../src/parse/markdownProcessors.js'

/** CPU seconds of a run, the fastest of `rounds`. */
export function fastestCpuSeconds(rounds: number, run: () => void): number {
  let best = Infinity
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1e6)
  }
  return best
}
const cpu = fastestCpuSeconds

/** Run the parse benchmark on real articles. */
export async function run(): Promise<BenchRow[]> {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const dir = resolve(process.env['PUD_DIR'] ?? join(root, '..', 'shared', 'data', 'pud'))
  if (!existsSync(join(dir, 'en.tsv'))) return []
  const texts = pudArticleTexts(dir).map((a) => a.text)
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6
  for (const t of texts.slice(0, 20)) parseDocument(t)
  const rounds = 2
  // remark-parse alone with every extension the parser may use: the parser's cost on every text (segmentDocument builds
  // the tree of plain Markdown without it).
  for (const t of texts.slice(0, 20)) parseFullMarkdown(t)
  const remarkS = cpu(rounds, () => { for (const t of texts) parseFullMarkdown(t) })
  const segmentS = cpu(rounds, () => { for (const t of texts) segmentDocument(t) })
  let parsed = texts.map((t) => parseDocument(t))
  const parseS = cpu(rounds, () => { parsed = texts.map((t) => parseDocument(t)) })
  const sentences = parsed.flatMap((d) => d.segments.flatMap((s) => s.sentences.map((x) => x.text)))
  const pieces = parsed.flatMap((d) => d.segments.flatMap((s) => [s.text, ...s.sentences.map((x) => x.text)]))
  const francSentencesS = cpu(rounds, () => { for (const text of sentences) franc(text) })
  const francS = cpu(rounds, () => { for (const text of pieces) franc(text) })
  const size = `${texts.length} PUD articles, ${mb.toFixed(1)} MB`
  return [
    { bench: 'remark-parse alone (real articles)', size, metric: 'throughput', value: texts.length / remarkS, unit: 'documents/s', note: `${(mb / remarkS).toFixed(2)} MB/s; unified + remark-parse with GFM, front matter and directives, every extension on every text, 1 thread, CPU time` },
    { bench: 'parse (real articles)', size, metric: 'throughput', value: texts.length / segmentS, unit: 'documents/s', note: `${(mb / segmentS).toFixed(2)} MB/s; segmentDocument only, 1 thread, CPU time` },
    { bench: 'parse+detect (real articles)', size, metric: 'throughput', value: texts.length / parseS, unit: 'documents/s', note: `${(mb / parseS).toFixed(2)} MB/s; parseDocument, 1 thread, CPU time; ×${(parseS / francSentencesS).toFixed(2)} the time of franc alone once per sentence (${sentences.length} sentences, ${francSentencesS.toFixed(2)} s), ×${(parseS / francS).toFixed(2)} on its ${pieces.length} segments and sentences (${francS.toFixed(2)} s)` },
  ]
}
