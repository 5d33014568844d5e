/**
 * Parse + detect throughput on the bench's own articles, in one thread, CPU time:
 * `npx tsx scripts/pipeline/parse-throughput.ts [bench|readme|pud] [rounds]` — `bench`: the 200 generated articles of the
 * `parse+detect` bench row (cipher text in no real language); `readme`: the PUD README folder of the `align-readme`
 * row; `pud`: the PUD articles in ten languages of the `parse+detect (PUD articles)` row (`pudCorpus.ts`; both need
 * `../shared/data/pud/`).
 * Prints `segmentDocument` alone, `parseDocument`, and franc alone once on every segment and sentence, each the
 * fastest of `rounds`. `--profile FILE` writes a CPU profile of the `parseDocument` rounds alone (after the warm-up and
 * the loading of the models; read it with `profile-summary.ts`).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { franc } from 'franc'
import { parseDocument, segmentDocument } from '../../src/index.js'
import { writeCorpus } from './corpus.js'
import { writeReadmeFolders } from './readmeCorpus.js'
import { pudArticleTexts } from './pudCorpus.js'
import { fastestCpuSeconds } from '../bench/parse.js'

const profileAt = process.argv.indexOf('--profile')
const profileFile = profileAt >= 0 ? process.argv[profileAt + 1] : undefined
const args = process.argv.slice(2).filter((_, i) => profileAt < 0 || (i !== profileAt - 2 && i !== profileAt - 1))
const which = args[0] ?? 'bench'
const rounds = Number(args[1] ?? '2')
const root = fileURLToPath(new URL('../../', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'paracorpus-throughput-'))
const pudDir = resolve(process.env['PUD_DIR'] ?? join(root, '..', 'shared', 'data', 'pud'))
let texts: string[]
try {
  if (which === 'pud') {
    texts = pudArticleTexts(pudDir).map((a) => a.text)
  } else if (which === 'readme') {
    const folders = writeReadmeFolders(dir, pudDir)
    texts = readdirSync(folders.readme, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((f) => readFileSync(f, 'utf8'))
  } else {
    texts = writeCorpus(join(dir, 'align'), 1000).files.slice(0, 200).map((f) => readFileSync(f, 'utf8'))
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6
for (const t of texts.slice(0, 10)) parseDocument(t)
const cpu = (run: () => void): number => fastestCpuSeconds(rounds, run)
const segmentS = cpu(() => { for (const t of texts) segmentDocument(t) })
let parsed = texts.map((t) => parseDocument(t))
const session = profileFile === undefined ? undefined : new Session()
if (session !== undefined) {
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
}
const parseS = cpu(() => { parsed = texts.map((t) => parseDocument(t)) })
if (session !== undefined && profileFile !== undefined) {
  const { profile } = await session.post('Profiler.stop')
  writeFileSync(profileFile, JSON.stringify(profile))
  session.disconnect()
}
const pieces = parsed.flatMap((d) => d.segments.flatMap((s) => [s.text, ...s.sentences.map((x) => x.text)]))
const sentences = parsed.flatMap((d) => d.segments.flatMap((s) => s.sentences.map((x) => x.text)))
const francS = cpu(() => { for (const t of pieces) franc(t) })
const francSentenceS = cpu(() => { for (const t of sentences) franc(t) })
console.log(`${which}: ${texts.length} documents, ${mb.toFixed(2)} MB, ${pieces.length} segments+sentences (${sentences.length} sentences)`)
console.log(`segmentDocument ${segmentS.toFixed(2)} s CPU = ${(mb / segmentS).toFixed(2)} MB/s`)
console.log(`parseDocument   ${parseS.toFixed(2)} s CPU = ${(mb / parseS).toFixed(2)} MB/s; ×${(parseS / francS).toFixed(2)} franc on segments+sentences (${francS.toFixed(2)} s), ×${(parseS / francSentenceS).toFixed(2)} franc on sentences (${francSentenceS.toFixed(2)} s)`)
