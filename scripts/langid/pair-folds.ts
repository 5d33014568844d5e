/**
 * A quick loop for the Malay–Indonesian feature regression alone (no profiles, no combination): for each source name
 * of the pair's files, the regression is learned from every other file and scores (at most 400 evenly spaced of) the
 * held-out sentences; prints the share whose feature log-odds has the right sign, per held-out file, and the mean of
 * the `--dev` names (default: every name); `--errors` lists the misjudged sentences of the `--dev` names on stderr with
 * the weights of their words. A quick loop (seconds of CPU a fold) for choosing the regression's features and settings
 * on some source names while leaving the others unread. Run with `npx tsx scripts/langid/pair-folds.ts [--dev a,b,…] [--errors]`.
 */
import { scriptText } from '../../src/detect/scriptText.js'
import { readSources } from './corpus.js'
import { featureLogOdds, pairFeatureModel } from './pairs.js'

const LANGUAGES = ['zsm', 'ind']
const at = process.argv.indexOf('--dev')
const dev = at > 0 ? new Set((process.argv[at + 1] ?? '').split(',')) : undefined
const sources = readSources().filter((s) => LANGUAGES.includes(s.iso6393))
const names = [...new Set(sources.map((s) => s.source))].sort()
const devRates: number[] = []
for (const name of names) {
  const rest = sources.filter((s) => s.source !== name)
  const model = pairFeatureModel(rest, LANGUAGES, 'Latn')
  for (const held of sources.filter((s) => s.source === name)) {
    const n = Math.min(400, held.sentences.length)
    const sample = Array.from({ length: n }, (_, i) => held.sentences[Math.floor((i * held.sentences.length) / n)] ?? '')
    const truth = held.iso6393 === LANGUAGES[0] ? 1 : -1
    const right = sample.filter((s) => Math.sign(featureLogOdds(scriptText(s, 'Latn'), model)) === truth).length
    if (process.argv.includes('--errors') && (dev === undefined || dev.has(name))) {
      for (const s of sample) {
        const text = scriptText(s, 'Latn')
        const odds = featureLogOdds(text, model)
        if (Math.sign(odds) === truth) continue
        const pushed = [...new Set(text.toLowerCase().split(/[^\p{L}]+/u))].map((w) => `${w}:${model.weights[w] ?? 0}`).filter((x) => !x.endsWith(':0'))
        console.error(`${held.iso6393}.${name} ${odds.toFixed(2)}\t${s}\t${pushed.join(' ')}`)
      }
    }
    if (dev === undefined || dev.has(name)) devRates.push(right / n)
    console.log(`${held.iso6393}.${name}\t${((100 * right) / n).toFixed(1)}${dev === undefined || dev.has(name) ? '' : '\t(not dev)'}`)
  }
}
console.log(`mean of dev rows ${((100 * devRates.reduce((a, b) => a + b, 0)) / devRates.length).toFixed(2)}, weakest ${(100 * Math.min(...devRates)).toFixed(1)}`)
