/**
 * Language accuracy of `parseDocument` on the PUD README and FAQ folders (`../shared/data/pud/`, see
 * `readmeCorpus.ts`): every sentence there is a human translation in its file's language (named in the file name,
 * `README.md` English), so a document, segment or sentence guessed otherwise is wrong. Files are parsed without their
 * path, so no path hint helps. `npx tsx scripts/pipeline/folder-accuracy.ts [--dump FILE]`: prints accuracy per
 * folder and in all; `--dump` also writes every guess (document, segment, sentence) to compare two versions.
 * Code segments have no language and are left out, so are pieces without letters. The real translated documents of
 * `tests/fixtures/real/` (their languages in its `expected.json`) are counted by document only: they quote English
 * and code between their sentences. Last, articles of close languages made of the labelled lines of
 * `data/langid/sources/` (a title and four paragraphs of three lines, at most ten articles per file, spread through
 * it): the profiles were trained on these lines, so the figures are high; they show whether the document flow keeps
 * Malay apart from Indonesian and Kazakh from its neighbours, not how well.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from '../../src/index.js'
import type { LanguageGuess } from '../../src/types.js'
import { writeReadmeFolders } from './readmeCorpus.js'

const dumpAt = process.argv.indexOf('--dump')
const dumpFile = dumpAt >= 0 ? process.argv[dumpAt + 1] : undefined
const root = fileURLToPath(new URL('../../', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'paracorpus-accuracy-'))
const files = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()

interface Tally { right: number; all: number }
const tally = (): Tally => ({ right: 0, all: 0 })
const count = (t: Tally, ok: boolean): void => {
  t.all++
  if (ok) t.right++
}
const dump: Record<string, string[]> = {}
const rows: Array<[string, Tally, Tally, Tally]> = []
try {
  const folders = writeReadmeFolders(dir, resolve(process.env['PUD_DIR'] ?? join(root, '..', 'shared', 'data', 'pud')))
  const total = [tally(), tally(), tally()] as const
  for (const [name, folder] of [['readme', folders.readme], ['faq', folders.faq]] as const) {
    const [documents, segments, sentences] = [tally(), tally(), tally()]
    for (const file of files(folder)) {
      const lang = /\.([a-z]{2})\.md$/u.exec(file)?.[1] ?? 'en'
      const doc = parseDocument(readFileSync(file, 'utf8'))
      const is = (g: LanguageGuess | undefined): boolean => g?.bcp47.split('-')[0] === lang
      const guesses = [`${doc.language?.bcp47}`]
      count(documents, is(doc.language))
      count(total[0], is(doc.language))
      for (const segment of doc.segments) {
        if (segment.role === 'code' || segment.language === undefined || segment.language.script === 'Zyyy') continue
        count(segments, is(segment.language))
        count(total[1], is(segment.language))
        guesses.push(`${segment.language.bcp47} ${segment.language.confidence}`)
        for (const sentence of segment.sentences) {
          if (sentence.language === undefined || sentence.language.script === 'Zyyy') continue
          count(sentences, is(sentence.language))
          count(total[2], is(sentence.language))
          guesses.push(`  ${sentence.language.bcp47} ${sentence.language.confidence}`)
        }
      }
      dump[file.slice(dir.length)] = guesses
    }
    rows.push([name, documents, segments, sentences])
  }
  rows.push(['all', ...total])
  const realRoot = join(root, 'tests', 'fixtures', 'real')
  const expected = JSON.parse(readFileSync(join(realRoot, 'expected.json'), 'utf8')) as Record<string, { language: string }>
  const real = tally()
  for (const [key, { language }] of Object.entries(expected).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const doc = parseDocument(readFileSync(join(realRoot, key), 'utf8'))
    count(real, doc.language?.bcp47.split('-')[0] === language)
    dump[`real/${key}`] = [`${doc.language?.bcp47} ${doc.language?.confidence}`]
  }
  rows.push(['tests/fixtures/real', real, tally(), tally()])
  const sources = join(root, 'data', 'langid', 'sources')
  const [documents, segments, sentences] = [tally(), tally(), tally()]
  for (const name of readdirSync(sources).sort()) {
    const lines = readFileSync(join(sources, name), 'utf8').split('\n').filter((l) => l.trim() !== '')
    const code = name.split('.')[0]!
    const size = 13
    const step = Math.max(size, Math.floor(lines.length / 10))
    for (let start = 0; start + size <= lines.length; start += step) {
      const part = lines.slice(start, start + size)
      const text = [`# ${part[0]}`, ...[1, 4, 7, 10].map((k) => part.slice(k, k + 3).join(' '))].join('\n\n')
      const doc = parseDocument(text)
      const is = (g: LanguageGuess | undefined): boolean => g?.iso6393 === code
      count(documents, is(doc.language))
      const guesses = [`${doc.language?.iso6393}`]
      for (const segment of doc.segments) {
        if (segment.language === undefined || segment.language.script === 'Zyyy') continue
        count(segments, is(segment.language))
        guesses.push(`${segment.language.iso6393} ${segment.language.confidence}`)
        for (const sentence of segment.sentences) {
          if (sentence.language === undefined || sentence.language.script === 'Zyyy') continue
          count(sentences, is(sentence.language))
          guesses.push(`  ${sentence.language.iso6393} ${sentence.language.confidence}`)
        }
      }
      dump[`sources/${name}:${start}`] = guesses
    }
  }
  rows.push(['data/langid/sources articles', documents, segments, sentences])
} finally {
  rmSync(dir, { recursive: true, force: true })
}
const pct = (t: Tally): string => t.all === 0 ? '–' : `${((100 * t.right) / Math.max(1, t.all)).toFixed(2)} % (${t.right}/${t.all})`
console.log('| folder | documents | segments | sentences |\n|---|---|---|---|')
for (const [name, d, s, x] of rows) console.log(`| ${name} | ${pct(d)} | ${pct(s)} | ${pct(x)} |`)
if (dumpFile !== undefined) writeFileSync(dumpFile, JSON.stringify(dump, null, 1))
