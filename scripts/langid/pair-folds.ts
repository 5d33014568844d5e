/**
 * A quick loop for a close pair's feature regression alone (`--pair a,b`; default: every pair the shipped profiles
 * discriminate) (no profiles, no combination): for each source name
 * of the pair's files, the regression is learned from every other file and scores (at most 400 evenly spaced of) the
 * held-out sentences; prints the share whose feature log-odds has the right sign, per held-out file, and the mean of
 * the `--dev` names (default: every name); `--errors` lists the misjudged sentences of the `--dev` names on stderr with
 * the weights of their words. A quick loop (seconds of CPU a fold) for choosing the regression's features and settings
 * on some source names while leaving the others unread. Run with `npx tsx scripts/langid/pair-folds.ts [--pair a,b] [--dev a,b,…] [--errors]`.
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

/** Run the folds of one pair: one per source name of its files, and print each held-out file's rate. */
function runPair(languages: readonly string[]): void {
  const script = likelyScript(languages[0]!) ?? 'Latn'
  const sources = readSources().filter((s) => languages.includes(s.iso6393))
  const names = [...new Set(sources.map((s) => s.source))].sort()
  const devRates: number[] = []
  for (const name of names) {
    const model = pairFeatureModel(sources.filter((s) => s.source !== name), [...languages], script)
    for (const held of sources.filter((s) => s.source === name)) {
      const n = Math.min(400, held.sentences.length)
      const sample = Array.from({ length: n }, (_, i) => held.sentences[Math.floor((i * held.sentences.length) / n)] ?? '')
      const truth = held.iso6393 === languages[0] ? 1 : -1
      const right = sample.filter((s) => Math.sign(featureLogOdds(scriptText(s, script), model)) === truth).length
      if (process.argv.includes('--errors') && isDev(name)) printErrors(`${held.iso6393}.${name}`, sample, script, truth, model)
      if (isDev(name) && n > 0) devRates.push(right / n)
      console.log(`${held.iso6393}.${name}\t${n === 0 ? '–' : ((100 * right) / n).toFixed(1)}${isDev(name) ? '' : '\t(not dev)'}`)
    }
  }
  if (devRates.length === 0) console.log(`${languages.join('/')}: no dev rows`)
  else console.log(`${languages.join('/')}: mean of dev rows ${((100 * devRates.reduce((a, b) => a + b, 0)) / devRates.length).toFixed(2)}, weakest ${(100 * Math.min(...devRates)).toFixed(1)}`)
}

for (const languages of pairs) runPair(languages)
