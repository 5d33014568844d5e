/**
 * Choose the profile model's smoothing and word weight by leave-one-source-out cross-validation: for each
 * source name of data/langid/sources/, profiles built from the other sources score (at most 100 of) its
 * sentences among the profiled languages of the same script. Only the profile posterior is scored, not the
 * whole detector (see `scripts/eval-langid.ts` for that). Prints the mean and the weakest source per setting.
 * Run with `npx tsx scripts/langid/tune.ts`.
 */
import { createProfileScorer } from '../../src/detect/languageProfiles.js'
import type { ProfileModelOptions } from '../../src/detect/languageProfiles.js'
import { detectScript } from '../../src/detect/detectScript.js'
import { scriptText } from '../../src/detect/scriptText.js'
import { bySourceLanguage, readSources } from './corpus.js'
import { buildProfiles } from './profiles.js'

const SAMPLE = 100
const sources = readSources()
const names = [...new Set(sources.map((s) => s.source))].sort()
const folds = names.map((name) => ({
  data: buildProfiles(bySourceLanguage(sources.filter((s) => s.source !== name))),
  held: sources.filter((s) => s.source === name),
}))

const settings: ProfileModelOptions[] = []
for (const charAlpha of [0.01, 0.03, 0.1]) {
  for (const wordAlpha of [0.001, 0.003, 0.01]) {
    for (const wordWeight of [1, 2, 3]) settings.push({ charAlpha, wordAlpha, wordWeight, charLambda: 1, wordLambda: 1 })
  }
}
for (const options of settings) {
  const rates: Array<[string, number]> = []
  for (const { data, held } of folds) {
    const scorer = createProfileScorer(data, options)
    const profiled = Object.keys(data.languages)
    for (const file of held) {
      if (!profiled.includes(file.iso6393)) continue
      const script = detectScript(file.sentences.join(' ')).script
      const rivals = profiled.filter((code) => sources.some((s) => s.iso6393 === code && detectScript(s.sentences.slice(0, 20).join(' ')).script === script))
      const sample = file.sentences.filter((_, i) => i % Math.max(1, Math.floor(file.sentences.length / SAMPLE)) === 0).slice(0, SAMPLE)
      let right = 0
      for (const sentence of sample) {
        const best = [...scorer(scriptText(sentence, script), rivals)].sort((a, b) => b[1] - a[1])[0]?.[0]
        if (best === file.iso6393) right++
      }
      rates.push([`${file.iso6393}.${file.source}`, right / sample.length])
    }
  }
  const mean = rates.reduce((a, [, r]) => a + r, 0) / rates.length
  const worst = rates.reduce((a, b) => (b[1] < a[1] ? b : a))
  console.log(`char α ${options.charAlpha}, word α ${options.wordAlpha}, word weight ${options.wordWeight}: mean ${(100 * mean).toFixed(1)}, weakest ${worst[0]} ${(100 * worst[1]).toFixed(1)}`)
}
