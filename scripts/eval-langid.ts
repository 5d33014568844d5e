/**
 * Language-identification accuracy by source, leave-one-source-out: for each source of data/langid/sources/
 * (the files of one source name, in every language that has it) the profiles and the Malay–Indonesian
 * discriminator (feature weights and combination, see scripts/langid/pairs.ts) are built again from every other file, and the held-out files' sentences are
 * detected with them — so a row says how the detector does on a source (and a register) it was not built from. Sentence
 * level (each sentence alone, at most {@link MAX_SENTENCES} evenly spaced ones) and document level (10
 * consecutive sentences joined), for paracorpus' detector and for plain franc. Prints a Markdown table; the
 * weakest row of each language is the figure that counts. A guess counts as right only when it names the language:
 * a guess of low confidence counts like any other. For the close pair (Malay and Indonesian) two more tables follow: the
 * pair split of held-out sentences by confidence (calibration), and per row the share of guesses below confidence 0.5
 * (the detector's mark of "undetermined between the two") with the accuracy of the others.
 *
 * Run with `npx tsx scripts/eval-langid.ts` (`--errors`: list every misjudged sentence, with its confidence, on stderr;
 * `--only zsm,ind`: only the rows of these languages; `--sources subtitles,tweets`: only the folds of these held-out
 * source names, a quick loop while tuning; `--max N`: at most N sentences a row (default 400); `--extra FILE=CODE`:
 * also a row for a file of one sentence per line, or `id<TAB>sentence`, detected with the shipped profiles, never
 * trained on; `--unprofiled`: only the check of text in languages without a profile, see {@link unprofiledCheck}).
 */
import { franc } from 'franc'
import { detectLanguage } from '../src/detect/detectLanguage.js'
import { fromFrancCode } from '../src/detect/languageCodes.js'
import { profilePairs, profilePosterior, useProfileData } from '../src/detect/languageProfiles.js'
import { discriminatePairs } from '../src/detect/pairDiscriminator.js'
import { scriptText } from '../src/detect/scriptText.js'
import { readLines, readSources } from './langid/corpus.js'
import { unprofiledCheck } from './langid/unprofiled.js'
import { heldOutProfileData } from './langid/heldOut.js'

const DOC_SIZE = 10
const SHOW_ERRORS = process.argv.includes('--errors')
/** The value after a command-line flag, if given. */
function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
/** Sentences detected per held-out source (evenly spaced), to keep a run to a few minutes. */
const MAX_SENTENCES = Number(flag('--max') ?? 400)
const ONLY = flag('--only') === undefined ? undefined : new Set((flag('--only') ?? '').split(','))
const FOLDS = flag('--sources') === undefined ? undefined : new Set((flag('--sources') ?? '').split(','))
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

/**
 * Confidence below which a guess reads as "undetermined" (a document's sentence below it inherits the document's
 * language, and a document below it gets the `low-confidence-language` warning; see docs/detect.md).
 */
const DECIDED_CONFIDENCE = 0.5
/** Per row of a close-pair language: sentences, those guessed with confidence ≥ {@link DECIDED_CONFIDENCE}, and the right ones among them. */
const decided: Array<{ label: string; all: number; decided: number; right: number }> = []

function row(label: string, code: string, all: readonly string[]): { ours: number } {
  const sentences = spaced(all, MAX_SENTENCES)
  const guesses = sentences.map((s) => detectLanguage(s))
  const mine = { right: guesses.filter((g) => g.iso6393 === code).length, all: sentences.length }
  const docs = documents(all)
  if (SHOW_ERRORS) {
    guesses.forEach((guess, i) => {
      if (guess.iso6393 !== code) console.error(`${label} → ${guess.iso6393} (${guess.confidence})\t${sentences[i]}`)
    })
  }
  if (profilePairs().some((pair) => pair.languages.includes(code))) {
    const sure = guesses.filter((g) => g.confidence >= DECIDED_CONFIDENCE)
    decided.push({ label, all: sentences.length, decided: sure.length, right: sure.filter((g) => g.iso6393 === code).length })
  }
  console.log(`| ${label} | ${cell(mine)} | ${cell(rate(sentences, code, plain))} | ${cell(rate(docs, code, ours))} | ${cell(rate(docs, code, plain))} |`)
  return { ours: mine.all === 0 ? 1 : mine.right / mine.all }
}

/** Per close pair: the held-out sentences of its languages binned by the confidence of the pair's split. */
const BINS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.99, 1.0001]
const calibration = new Map<string, Array<{ n: number; confidence: number; right: number }>>()

/** Bin the pair split (profiles and discriminator, the two languages alone) of held-out sentences of a pair language. */
function pairCalibration(code: string, all: readonly string[]): void {
  for (const pair of profilePairs()) {
    if (!pair.languages.includes(code)) continue
    const key = pair.languages.join('/')
    const bins = calibration.get(key) ?? BINS.slice(1).map(() => ({ n: 0, confidence: 0, right: 0 }))
    calibration.set(key, bins)
    for (const sentence of spaced(all, MAX_SENTENCES)) {
      const text = scriptText(sentence, 'Latn')
      const split = discriminatePairs(profilePosterior(text, pair.languages), text, [pair])
      const p = split.get(code) ?? 0.5
      const confidence = Math.max(p, 1 - p)
      const bin = bins[BINS.findIndex((edge, i) => confidence >= edge && confidence < (BINS[i + 1] ?? 2))]
      if (bin === undefined) continue
      bin.n++
      bin.confidence += confidence
      if (p > 0.5) bin.right++
    }
  }
}

/**
 * The close-pair rows split by the guess's confidence: the sentence accuracy above counts every guess, a guess below
 * {@link DECIDED_CONFIDENCE} too (as right or wrong); this table shows how many guesses the detector itself marks as
 * undetermined and how often the others are right.
 */
function printDecided(): void {
  if (decided.length === 0) return
  console.log(`\nClose-pair rows by the guess's confidence (below ${DECIDED_CONFIDENCE}: the detector marks the line as undetermined):\n`)
  console.log(`| held-out source | confidence < ${DECIDED_CONFIDENCE} | right among the rest |\n|---|---|---|`)
  for (const r of decided) console.log(`| ${r.label} | ${cell({ right: r.all - r.decided, all: r.all })} | ${cell({ right: r.right, all: r.decided })} |`)
}

function printCalibration(): void {
  for (const [key, bins] of calibration) {
    console.log(`\n${key} split of held-out sentences (profiles and discriminator, the two languages alone), by confidence:\n`)
    console.log('| confidence | sentences | mean confidence | share right |\n|---|---|---|---|')
    bins.forEach((bin, i) => {
      const range = `${(BINS[i] ?? 0).toFixed(2)}–${Math.min(1, BINS[i + 1] ?? 1).toFixed(2)}`
      console.log(bin.n === 0 ? `| ${range} | 0 | – | – |` : `| ${range} | ${bin.n} | ${(bin.confidence / bin.n).toFixed(3)} | ${(bin.right / bin.n).toFixed(3)} |`)
    })
  }
}

if (process.argv.includes('--unprofiled')) {
  unprofiledCheck(ours, plain)
  process.exit(0)
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
  if (FOLDS !== undefined && !FOLDS.has(name)) continue
  const held = sources.filter((s) => s.source === name && (ONLY === undefined || ONLY.has(s.iso6393)))
  if (held.length === 0) continue
  // Profiles and discriminators (feature weights and combination) are learned again without the held-out source.
  useProfileData(heldOutProfileData(sources, name, shippedPairs))
  for (const file of held) {
    const label = `${file.iso6393}.${file.source}`
    const result = row(label, file.iso6393, file.sentences)
    pairCalibration(file.iso6393, file.sentences)
    const worst = weakest.get(file.iso6393)
    if (worst === undefined || result.ours < worst.ours) weakest.set(file.iso6393, { label, ours: result.ours })
  }
}
useProfileData(undefined)
printCalibration()
printDecided()
for (const extra of extras) {
  const [file = '', code = ''] = extra.split('=')
  const lines = readLines(file).map((l) => l.split('\t').at(-1) ?? '')
  row(`${file} (evaluation only)`, code, lines)
}
unprofiledCheck(ours, plain)
console.log('')
console.log(`weakest source row per language: ${[...weakest].map(([code, w]) => `${code} ${(100 * w.ours).toFixed(1)}% (${w.label})`).join(', ')}`)
