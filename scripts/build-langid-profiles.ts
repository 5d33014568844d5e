/**
 * Build the character n-gram and word profiles (src/detect/profiles/profiles.json) from the training half of
 * data/langid/. Only languages that share their script with another language franc knows get a
 * profile (a Khmer profile would never be consulted). Run with `npx tsx scripts/build-langid-profiles.ts`.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { scriptLanguages } from '../src/detect/data/scriptLanguages.js'
import { detectScript } from '../src/detect/detectScript.js'
import { toFrancCode } from '../src/detect/languageCodes.js'
import { textNgrams, textWords } from '../src/detect/ngrams.js'
import { scriptText } from '../src/detect/scriptText.js'
import type { LanguageProfilesData } from '../src/detect/languageProfiles.js'
import { readLabelledSentences } from './langid/corpus.js'

/** N-grams seen fewer times than this in a language are dropped, except unigrams. */
const MIN_COUNT = 1

const data: LanguageProfilesData = {
  version: 1,
  source: 'data/langid/*.txt, odd lines (training half); see data/langid/README.md',
  languages: {},
}
for (const { iso6393, train } of readLabelledSentences()) {
  const script = detectScript(train.join(' ')).script
  const neighbours = scriptLanguages[script] ?? []
  if (neighbours.length < 2 || !neighbours.includes(toFrancCode(iso6393))) continue
  const counts = new Map<string, number>()
  const wordCounts = new Map<string, number>()
  let total = 0
  let wordTotal = 0
  for (const sentence of train) {
    const kept = scriptText(sentence, script)
    for (const gram of textNgrams(kept)) {
      counts.set(gram, (counts.get(gram) ?? 0) + 1)
      total++
    }
    for (const word of textWords(kept)) {
      wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1)
      wordTotal++
    }
  }
  const ngrams: Record<string, number> = {}
  for (const [gram, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (n >= MIN_COUNT || [...gram].length === 1) ngrams[gram] = n
  }
  const words: Record<string, number> = {}
  for (const [word, n] of [...wordCounts].sort(([a], [b]) => (a < b ? -1 : 1))) words[word] = n
  data.languages[iso6393] = { total, ngrams, wordTotal, words }
  console.log(`${iso6393} (${script}): ${train.length} sentences, ${total} n-grams, kept ${Object.keys(ngrams).length}`)
}
const out = fileURLToPath(new URL('../src/detect/profiles/profiles.json', import.meta.url))
writeFileSync(out, `${JSON.stringify(data)}\n`)
