/**
 * Build the character n-gram and word profiles and the Malay–Indonesian discriminator
 * (src/detect/profiles/profiles.json) from data/langid/sources/ (see `scripts/langid/profiles.ts` and
 * `scripts/langid/pairs.ts`), and print the discriminator's calibration on held-out sources.
 * Run with `npx tsx scripts/build-langid-profiles.ts`.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { bySourceLanguage, readSources } from './langid/corpus.js'
import { CLOSE_PAIRS } from './langid/heldOut.js'
import { trainPair } from './langid/pairs.js'
import type { PairSample } from './langid/pairs.js'
import { buildProfiles } from './langid/profiles.js'
import { PAIR_LOG_ODDS_CLIP } from '../src/detect/pairDiscriminator.js'
import type { PairDiscriminatorData } from '../src/detect/pairDiscriminator.js'

const sources = readSources()
const data = buildProfiles(bySourceLanguage(sources), (line) => console.log(line))
const pairs: PairDiscriminatorData[] = []
for (const { languages, script } of CLOSE_PAIRS) {
  const { pair, samples, combination } = trainPair(sources, languages, script)
  pairs.push(pair)
  report(pair, samples, combination)
}
data.pairs = pairs
const out = fileURLToPath(new URL('../src/detect/profiles/profiles.json', import.meta.url))
writeFileSync(out, `${JSON.stringify(data)}\n`)

/** Accuracy per held-out source and calibration (predicted probability of the true language, binned). */
function report(pair: PairDiscriminatorData, samples: readonly PairSample[], fit: Pick<PairDiscriminatorData, 'bias' | 'profileWeight' | 'featureWeight'>): void {
  const clip = (x: number): number => Math.max(-PAIR_LOG_ODDS_CLIP, Math.min(PAIR_LOG_ODDS_CLIP, x))
  const combined = (s: PairSample): number => 1 / (1 + Math.exp(-(fit.bias + fit.profileWeight * clip(s.profile) + fit.featureWeight * clip(s.score))))
  const profileOnly = (s: PairSample): number => 1 / (1 + Math.exp(-s.profile))
  const truthProbability = (p: number, s: PairSample): number => (s.truth === 1 ? p : 1 - p)
  console.log(`\n${pair.languages.join('/')}: ${Object.keys(pair.features).length} features; log-odds = ${pair.bias} + ${pair.profileWeight} × profiles + ${pair.featureWeight} × feature weights`)
  console.log('\nEach register held out in turn (profiles and feature weights learned from the others):')
  console.log('\n| held-out source | profiles alone | with the discriminator |\n|---|---|---|')
  for (const source of [...new Set(samples.map((s) => s.source))]) {
    const own = samples.filter((s) => s.source === source)
    const right = (p: (s: PairSample) => number): string => `${((100 * own.filter((s) => truthProbability(p(s), s) > 0.5).length) / own.length).toFixed(1)}%`
    console.log(`| ${source} | ${right(profileOnly)} | ${right(combined)} |`)
  }
  // Reliability: guesses binned by their confidence max(p, 1 − p); a calibrated model is right about as often
  // as its mean confidence in each bin.
  console.log('\n| confidence of the guess | profiles alone: sentences, mean confidence, right | with the discriminator: sentences, mean confidence, right |\n|---|---|---|')
  const bins = [0.5, 0.6, 0.7, 0.8, 0.9, 0.99, 1.0001]
  for (let i = 0; i + 1 < bins.length; i++) {
    const lo = bins[i] ?? 0
    const hi = bins[i + 1] ?? 1
    const cell = (p: (s: PairSample) => number): string => {
      const inBin = samples.filter((s) => Math.max(p(s), 1 - p(s)) >= lo && Math.max(p(s), 1 - p(s)) < hi)
      if (inBin.length === 0) return '0'
      const mean = inBin.reduce((sum, s) => sum + Math.max(p(s), 1 - p(s)), 0) / inBin.length
      const right = inBin.filter((s) => truthProbability(p(s), s) > 0.5).length / inBin.length
      return `${inBin.length}, ${mean.toFixed(3)}, ${right.toFixed(3)}`
    }
    console.log(`| ${lo.toFixed(2)}–${Math.min(1, hi).toFixed(2)} | ${cell(profileOnly)} | ${cell(combined)} |`)
  }
}
