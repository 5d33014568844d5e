/**
 * Choose the profile model's smoothing and word weight by two-fold cross-validation inside the
 * training half of data/langid/ (the held-out half is never read): profiles counted on one half of the
 * training sentences score the other half, among the profiled languages of the same script.
 * Prints accuracy per setting. Run with `npx tsx scripts/langid/tune.ts`.
 */
import { createProfileScorer } from '../../src/detect/languageProfiles.js'
import type { ProfileModelOptions } from '../../src/detect/languageProfiles.js'
import { detectScript } from '../../src/detect/detectScript.js'
import { scriptText } from '../../src/detect/scriptText.js'
import { readLabelledSentences, readTrainingOnly } from './corpus.js'
import type { LabelledSentences } from './corpus.js'
import { buildProfiles } from './profiles.js'

// The folds split the training half of each `<code>.txt`; the training-only files (another domain) are
// always fitted, never scored, so the settings are chosen for text unlike the bulk of the training data.
const corpus = readLabelledSentences(undefined, { trainingOnly: false })
const extra = readTrainingOnly()
const folds: Array<{ fit: LabelledSentences[]; score: LabelledSentences[] }> = [0, 1].map((fold) => ({
  fit: corpus.map((c) => ({ ...c, train: c.train.filter((_, i) => i % 2 !== fold), extra: extra.get(c.iso6393) ?? [], test: [] })),
  score: corpus.map((c) => ({ ...c, train: [], extra: [], test: c.train.filter((_, i) => i % 2 === fold) })),
}))
const built = folds.map((f) => buildProfiles(f.fit))

const settings: ProfileModelOptions[] = []
for (const charAlpha of [0.003, 0.01, 0.03, 0.1, 1]) {
  for (const wordAlpha of [0.001, 0.003, 0.01, 0.1]) {
    for (const wordWeight of [2, 3, 4, 6]) settings.push({ charAlpha, wordAlpha, wordWeight, charLambda: 1, wordLambda: 1 })
  }
}
for (const charLambda of [0.5, 0.8, 0.95]) {
  for (const wordLambda of [0.5, 0.8, 1]) settings.push({ charAlpha: 0.1, wordAlpha: 0.01, wordWeight: 3, charLambda, wordLambda })
}
for (const options of settings) {
  const perLanguage = new Map<string, { right: number; all: number }>()
  folds.forEach((fold, f) => {
    const data = built[f]
    if (data === undefined) return
    const scorer = createProfileScorer(data, options)
    const profiled = Object.keys(data.languages)
    for (const { iso6393, test } of fold.score) {
      if (!profiled.includes(iso6393)) continue
      for (const sentence of test) {
        const script = detectScript(sentence).script
        const text = scriptText(sentence, script)
        const rivals = profiled.filter((code) => detectScript(corpus.find((c) => c.iso6393 === code)?.train.join(' ') ?? '').script === script)
        const posterior = scorer(text, rivals)
        const best = [...posterior].sort((a, b) => b[1] - a[1])[0]?.[0]
        const tally = perLanguage.get(iso6393) ?? { right: 0, all: 0 }
        tally.all++
        if (best === iso6393) tally.right++
        perLanguage.set(iso6393, tally)
      }
    }
  })
  const cells = [...perLanguage].map(([code, t]) => `${code} ${((100 * t.right) / t.all).toFixed(1)}`)
  const mean = [...perLanguage.values()].reduce((a, t) => a + t.right / t.all, 0) / perLanguage.size
  console.log(`char α ${options.charAlpha}, word α ${options.wordAlpha}, word weight ${options.wordWeight}, char λ ${options.charLambda}, word λ ${options.wordLambda}: mean ${(100 * mean).toFixed(1)} | ${cells.join(', ')}`)
}
