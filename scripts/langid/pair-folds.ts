/**
 * A quick loop for a close pair's feature regression alone (`--pair a,b`; default: every pair the shipped profiles
 * discriminate) (no profiles, no combination): for each source name
 * of the pair's files, the regression is learned from every other file and scores (at most 400 evenly spaced of) the
 * held-out sentences; prints the share whose feature log-odds has the right sign, per held-out file, and the mean of
 * the `--dev` names (default: every name); `--errors` lists the misjudged sentences of the `--dev` names on stderr with
 * the weights of their words. A quick loop (seconds of CPU a fold) for choosing the regression's features and settings
 * on some source names while leaving the others unread. After the folds, the calibration of the held-out predictions of
 * the `--dev` rows: sentences binned by the regression's confidence max(p, 1 − p), p = σ(feature log-odds), with the
 * share right in each bin. Run with `npx tsx scripts/langid/pair-folds.ts [--pair a,b] [--dev a,b,…] [--errors]`.
 */
import { likelyScript } from '../../src/detect/likelyScript.js'
import { profilePairs } from '../../src/detect/languageProfiles.js'
import { scriptText } from '../../src/detect/scriptText.js'
import { readSources } from './corpus.js'
import { featureLogOdds, pairFeatureModel } from './pairs.js'

const flag = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const devFlag = flag('--dev')
const dev = devFlag === undefined ? undefined : new Set(devFlag.split(','))
const pairFlag = flag('--pair')
const pairs = pairFlag !== undefined ? [pairFlag.split(',')] : profilePairs().map((p) => p.languages)
const isDev = (name: string): boolean => dev === undefined || dev.has(name)

/** Print the misjudged sentences of a held-out file with the weights of their words (`--errors`). */
function printErrors(label: string, sample: readonly string[], script: string, truth: number, model: ReturnType<typeof pairFeatureModel>): void {
  for (const s of sample) {
    const text = scriptText(s, script)
    const odds = featureLogOdds(text, model)
    if (Math.sign(odds) === truth) continue
    const pushed = [...new Set(text.toLowerCase().split(/[^\p{L}]+/u))].map((w) => `${w}:${model.weights[w] ?? 0}`).filter((x) => !x.endsWith(':0'))
    console.error(`${label} ${odds.toFixed(2)}\t${s}\t${pushed.join(' ')}`)
  }
}

/** Confidence bins of the calibration table (lower edges; the last edge closes the top bin). */
const BINS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.99, 1.0001]

/** Print the held-out predictions binned by confidence: sentences, mean confidence, share right. */
function printCalibration(predictions: ReadonlyArray<{ p: number; truth: number }>): void {
  console.log('\n| confidence | sentences | mean confidence | share right |\n|---|---|---|---|')
  for (let i = 0; i + 1 < BINS.length; i++) {
    const lo = BINS[i] ?? 0
    const hi = BINS[i + 1] ?? 1
    const inBin = predictions.filter(({ p }) => Math.max(p, 1 - p) >= lo && Math.max(p, 1 - p) < hi)
    const range = `${lo.toFixed(2)}–${Math.min(1, hi).toFixed(2)}`
    if (inBin.length === 0) {
      console.log(`| ${range} | 0 | – | – |`)
      continue
    }
    const mean = inBin.reduce((sum, { p }) => sum + Math.max(p, 1 - p), 0) / inBin.length
    const right = inBin.filter(({ p, truth }) => (p > 0.5 ? 1 : -1) === truth).length / inBin.length
    console.log(`| ${range} | ${inBin.length} | ${mean.toFixed(3)} | ${right.toFixed(3)} |`)
  }
}

/** Run the folds of one pair: one per source name of its files, and print each held-out file's rate. */
function runPair(languages: readonly string[]): void {
  const script = likelyScript(languages[0]!) ?? 'Latn'
  const sources = readSources().filter((s) => languages.includes(s.iso6393))
  const names = [...new Set(sources.map((s) => s.source))].sort()
  const devRates: number[] = []
  const predictions: Array<{ p: number; truth: number }> = []
  for (const name of names) {
    const model = pairFeatureModel(sources.filter((s) => s.source !== name), [...languages], script)
    for (const held of sources.filter((s) => s.source === name)) {
      const n = Math.min(400, held.sentences.length)
      const sample = Array.from({ length: n }, (_, i) => held.sentences[Math.floor((i * held.sentences.length) / n)] ?? '')
      const truth = held.iso6393 === languages[0] ? 1 : -1
      const odds = sample.map((s) => featureLogOdds(scriptText(s, script), model))
      const right = odds.filter((o) => Math.sign(o) === truth).length
      if (isDev(name)) for (const o of odds) predictions.push({ p: 1 / (1 + Math.exp(-o)), truth })
      if (process.argv.includes('--errors') && isDev(name)) printErrors(`${held.iso6393}.${name}`, sample, script, truth, model)
      if (isDev(name) && n > 0) devRates.push(right / n)
      console.log(`${held.iso6393}.${name}\t${n === 0 ? '–' : ((100 * right) / n).toFixed(1)}${isDev(name) ? '' : '\t(not dev)'}`)
    }
  }
  if (devRates.length === 0) console.log(`${languages.join('/')}: no dev rows`)
  else {
    console.log(`${languages.join('/')}: mean of dev rows ${((100 * devRates.reduce((a, b) => a + b, 0)) / devRates.length).toFixed(2)}, weakest ${(100 * Math.min(...devRates)).toFixed(1)}`)
    printCalibration(predictions)
  }
}

for (const languages of pairs) runPair(languages)
