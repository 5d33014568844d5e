/**
 * Language-identification accuracy on the held-out half of data/langid/ (never used for the profiles):
 * sentence level (each test sentence alone) and document level (10 consecutive test sentences joined),
 * for paracorpus' detector and for plain franc. Prints a Markdown table.
 * Run with `npx tsx scripts/eval-langid.ts`.
 */
import { franc } from 'franc'
import { detectLanguage } from '../src/detect/detectLanguage.js'
import { fromFrancCode } from '../src/detect/languageCodes.js'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { LANGID_DIR, readLabelledSentences, readLines } from './langid/corpus.js'
import profiles from '../src/detect/profiles/profiles.json' with { type: 'json' }
import type { LanguageProfilesData } from '../src/detect/languageProfiles.js'
import { textWords } from '../src/detect/ngrams.js'

const DOC_SIZE = 10
/** `--errors`: also print each misjudged test sentence with the guess. */
const SHOW_ERRORS = process.argv.includes('--errors')

function accuracy(texts: string[], code: string, guess: (t: string) => string): string {
  if (texts.length === 0) return '–'
  const right = texts.filter((t) => guess(t) === code).length
  return `${((100 * right) / texts.length).toFixed(1)}% (${right}/${texts.length})`
}

const ours = (t: string): string => detectLanguage(t).iso6393
const plain = (t: string): string => fromFrancCode(franc(t))

console.log('| language | sentences: ours | sentences: franc | documents (10 sentences): ours | documents: franc |')
console.log('|---|---|---|---|---|')
for (const { iso6393, test } of readLabelledSentences()) {
  const docs: string[] = []
  for (let i = 0; i + DOC_SIZE <= test.length; i += DOC_SIZE) docs.push(test.slice(i, i + DOC_SIZE).join(' '))
  // Short test sets give fewer than two disjoint documents; slide by one sentence instead.
  if (docs.length < 2) for (let i = 0; i + DOC_SIZE <= test.length; i++) docs.push(test.slice(i, i + DOC_SIZE).join(' '))
  if (SHOW_ERRORS) {
    const confusions = new Map<string, number>()
    const vocabulary = (code: string): Record<string, number> => (profiles as LanguageProfilesData).languages[code]?.words ?? {}
    let withoutCue = 0
    let profiledErrors = 0
    for (const t of test) {
      const g = ours(t)
      if (g === iso6393) continue
      confusions.set(g, (confusions.get(g) ?? 0) + 1)
      // A cue: a word of the sentence seen in the training sentences of only one of the two languages.
      const own = vocabulary(iso6393)
      const other = vocabulary(g)
      let cue = '-'
      if (Object.keys(other).length > 0) {
        profiledErrors++
        cue = textWords(t).filter((w) => (w in own) !== (w in other)).join(',') || '-'
        if (cue === '-') withoutCue++
      }
      console.error(`${iso6393} → ${g}\t${t}\t[cues: ${cue}]`)
    }
    for (const d of docs) {
      const g = ours(d)
      if (g !== iso6393) console.error(`${iso6393} document → ${g}: ${JSON.stringify(detectLanguage(d).candidates)}`)
    }
    console.error(`${iso6393} confusions: ${[...confusions].map(([g, n]) => `${g} ${n}`).join(', ')}`)
    if (profiledErrors > 0) console.error(`${iso6393}: ${withoutCue} of ${profiledErrors} errors between profiled languages have no word seen in only one of the two`)
  }
  console.log(`| ${iso6393} | ${accuracy(test, iso6393, ours)} | ${accuracy(test, iso6393, plain)} | ${accuracy(docs, iso6393, ours)} | ${accuracy(docs, iso6393, plain)} |`)
}

// Held-out user-interface strings (data/langid/eval/<code>.<source>.txt, never trained on: the other half of
// the paired Mozilla strings, split by key). Another domain and register than the sentences above.
const evalDir = join(LANGID_DIR, 'eval')
if (existsSync(evalDir)) {
  console.log('')
  console.log('| held-out set | sentences: ours | sentences: franc |')
  console.log('|---|---|---|')
  for (const file of readdirSync(evalDir).filter((f) => /^[a-z]{3}\.[\w-]+\.txt$/.test(f)).sort()) {
    const code = file.slice(0, 3)
    const lines = readLines(join(evalDir, file))
    console.log(`| ${file} | ${accuracy(lines, code, ours)} | ${accuracy(lines, code, plain)} |`)
  }
}
