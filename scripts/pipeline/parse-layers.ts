/**
 * Where parse + detect time goes, layer by layer, on the same texts in one process (CPU time, fastest of `rounds`):
 * `npx tsx scripts/pipeline/parse-layers.ts [pud|bench] [rounds]`. Prints micromark's tokenizer alone, remark-parse
 * alone (CommonMark, then with the plugins `markdownTree` uses), `markdownTree`, `segmentDocument`, `parseDocument`,
 * and franc once per sentence, each in MB/s and as a ratio to franc measured in the same run.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { franc } from 'franc'
import { parse as micromarkParse, postprocess, preprocess } from 'micromark'
import { gfm } from 'micromark-extension-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { directive } from 'micromark-extension-directive'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parseDocument, segmentDocument } from '../../src/index.js'
import { markdownTree } from '../../src/parse/markdownTree.js'
import { fastestCpuSeconds } from '../bench/parse.js'
import { pudArticleTexts } from './pudCorpus.js'
import { writeCorpus } from './corpus.js'
import { parseFullMarkdown } from '../../src/parse/markdownProcessors.js'

const which = process.argv[2] ?? 'pud'
const rounds = Number(process.argv[3] ?? '3')
const root = fileURLToPath(new URL('../../', import.meta.url))
let texts: string[]
if (which === 'bench') {
  const dir = mkdtempSync(join(tmpdir(), 'paracorpus-layers-'))
  try {
    texts = writeCorpus(join(dir, 'align'), 1000).files.slice(0, 200).map((f) => readFileSync(f, 'utf8'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
} else texts = pudArticleTexts(resolve(process.env['PUD_DIR'] ?? join(root, '..', 'shared', 'data', 'pud'))).map((a) => a.text)
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6
const extensions = [gfm(), frontmatter(['yaml', 'toml']), directive()]
const plain = unified().use(remarkParse).freeze()
const sentences = texts.map((t) => parseDocument(t)).flatMap((d) => d.segments.flatMap((s) => s.sentences.map((x) => x.text)))
const layers: [string, () => void][] = [
  ['micromark tokenizer, CommonMark', () => { for (const t of texts) postprocess(micromarkParse().document().write(preprocess()(t, undefined, true))) }],
  ['micromark tokenizer, + GFM, front matter, directives', () => { for (const t of texts) postprocess(micromarkParse({ extensions }).document().write(preprocess()(t, undefined, true))) }],
  ['remark-parse, CommonMark', () => { for (const t of texts) plain.parse(t) }],
  ['remark-parse, + GFM, front matter, directives', () => { for (const t of texts) parseFullMarkdown(t) }],
  ['markdownTree (clamp, pieces, remark-parse)', () => { for (const t of texts) markdownTree(t) }],
  ['segmentDocument', () => { for (const t of texts) segmentDocument(t) }],
  ['parseDocument (parse + detect)', () => { for (const t of texts) parseDocument(t) }],
  ['franc once per sentence', () => { for (const t of sentences) franc(t) }],
]
for (const [, run] of layers) run()
const seconds = layers.map(([name, run]) => [name, fastestCpuSeconds(rounds, run)] as const)
const francS = seconds[seconds.length - 1]![1]
console.log(`${which}: ${texts.length} documents, ${mb.toFixed(2)} MB, ${sentences.length} sentences; CPU, fastest of ${rounds}`)
for (const [name, s] of seconds) console.log(`${name.padEnd(56)} ${s.toFixed(2)} s  ${(mb / s).toFixed(2)} MB/s  ×${(s / francS).toFixed(2)} franc`)
