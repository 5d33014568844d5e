/**
 * Language-identification accuracy by source, leave-one-source-out: for each source of data/langid/sources/
 * (the files of one source name, in every language that has it) the profiles and the Malay–Indonesian
 * discriminator's feature weights are built again from every other file, and the held-out files' sentences are
 * detected with them — so a row says how the detector does on a source (and a register) it was not built from. Sentence
 * level (each sentence alone, at most {@link MAX_SENTENCES} evenly spaced ones) and document level (10
 * consecutive sentences joined), for paracorpus' detector and for plain franc. Prints a Markdown table; the
 * weakest row of each language is the figure that counts.
 *
 * Run with `npx tsx scripts/eval-langid.ts` (`--errors`: list every misjudged sentence on stderr;
 * `--only zsm,ind`: only the rows of these languages; `--extra FILE=CODE`: also a row for a file of one
 * sentence per line, or `id<TAB>sentence`, detected with the shipped profiles, never trained on).
 */
import { franc } from 'franc'
import { detectLanguage } from '../src/detect/detectLanguage.js'
import { fromFrancCode } from '../src/detect/languageCodes.js'
import { profilePairs, useProfileData } from '../src/detect/languageProfiles.js'
import { detectScript } from '../src/detect/detectScript.js'
import { bySourceLanguage, readLines, readSources } from './langid/corpus.js'
import { buildProfiles } from './langid/profiles.js'
import { pairFeatureWeights } from './langid/pairs.js'

const DOC_SIZE = 10
/** Sentences detected per held-out source (evenly spaced), to keep a run to a few minutes. */
const MAX_SENTENCES = 400
const SHOW_ERRORS = process.argv.includes('--errors')
const onlyArg = process.argv.indexOf('--only')
const ONLY = onlyArg > 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : undefined
const extras = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--extra' ? [arg] : []))

function spaced<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items]
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)] as T)
}

function rate(texts: readonly string[], code: string, guess: (t: string) => string): { right: number; all: number } {
  return { right: texts.filter((t) => guess(t) === code).length, all: texts.length }
}

function cell({ right, all }: { right: number; all: number }): string {
  return all === 0 ? '–' : `${((100 * right) / all).toFixed(1)}% (${right}/${all})`
}

const ours = (t: string): string => detectLanguage(t).iso6393
const plain = (t: string): string => fromFrancCode(franc(t))

/** Documents of {@link DOC_SIZE} consecutive sentences (sliding by one when there are fewer than two). */
function documents(sentences: readonly string[]): string[] {
  const docs: string[] = []
  for (let i = 0; i + DOC_SIZE <= sentences.length; i += DOC_SIZE) docs.push(sentences.slice(i, i + DOC_SIZE).join(' '))
  if (docs.length < 2) for (let i = 0; i + DOC_SIZE <= sentences.length; i++) docs.push(sentences.slice(i, i + DOC_SIZE).join(' '))
  return spaced(docs, MAX_SENTENCES / DOC_SIZE)
}

function row(label: string, code: string, all: readonly string[]): { ours: number } {
  const sentences = spaced(all, MAX_SENTENCES)
  const mine = rate(sentences, code, ours)
  const docs = documents(all)
  if (SHOW_ERRORS) {
    for (const s of sentences) {
      const g = ours(s)
      if (g !== code) console.error(`${label} → ${g}\t${s}`)
    }
  }
  console.log(`| ${label} | ${cell(mine)} | ${cell(rate(sentences, code, plain))} | ${cell(rate(docs, code, ours))} | ${cell(rate(docs, code, plain))} |`)
  return { ours: mine.all === 0 ? 1 : mine.right / mine.all }
}

const sources = readSources()
const shippedPairs = [...profilePairs()]
const weakest = new Map<string, { label: string; ours: number }>()
console.log('| held-out source | sentences: ours | sentences: franc | documents (10 sentences): ours | documents: franc |')
console.log('|---|---|---|---|---|')
// A source name shared by several languages (`tatoeba`, `mozilla`, `wikipedia`) is one collection or register:
// it is held out in every language at once, so that no language keeps the register the others lost (with the
// Malay interface strings known and the Indonesian ones held out, every interface word would read as Malay).
for (const name of [...new Set(sources.map((s) => s.source))].sort()) {
  const held = sources.filter((s) => s.source === name && (ONLY === undefined || ONLY.has(s.iso6393)))
  if (held.length === 0) continue
  const rest = sources.filter((s) => s.source !== name)
  // The discriminator's feature weights are learned again without the held-out source; its three combination
  // weights are the shipped ones (fitted on held-out predictions, see scripts/langid/pairs.ts).
  const data = buildProfiles(bySourceLanguage(rest))
  data.pairs = shippedPairs.map((pair) => {
    const script = detectScript(rest.filter((s) => s.iso6393 === pair.languages[0]).flatMap((s) => s.sentences.slice(0, 20)).join(' ')).script
    return { ...pair, features: pairFeatureWeights(rest, pair.languages, script) }
  })
  useProfileData(data)
  for (const file of held) {
    const label = `${file.iso6393}.${file.source}`
    const result = row(label, file.iso6393, file.sentences)
    const worst = weakest.get(file.iso6393)
    if (worst === undefined || result.ours < worst.ours) weakest.set(file.iso6393, { label, ours: result.ours })
  }
}
useProfileData(undefined)
for (const extra of extras) {
  const [file = '', code = ''] = extra.split('=')
  const lines = readLines(file).map((l) => l.split('\t').at(-1) ?? '')
  row(`${file} (evaluation only)`, code, lines)
}
console.log('')
console.log(`weakest source row per language: ${[...weakest].map(([code, w]) => `${code} ${(100 * w.ours).toFixed(1)}% (${w.label})`).join(', ')}`)
