/**
 * Why a held-out sentence was misjudged: for one source name held out (profiles and discriminators built from the
 * other sources, as in `scripts/eval-langid.ts`), each misjudged sentence with franc's three best candidates, the
 * letters counted against the true language, the known words, the profiles' posterior and, for a close pair, the
 * discriminator's log-odds and the features that pushed it. Run with
 * `npx tsx scripts/langid/explain.ts SOURCE [LANG] [--max N] [--docs]` (`SOURCE` as in the file names: `mozilla`, `tatoeba`).
 */
import { francAll } from 'franc'
import { detectLanguage } from '../../src/detect/detectLanguage.js'
import { detectScript } from '../../src/detect/detectScript.js'
import { fromFrancCode } from '../../src/detect/languageCodes.js'
import { foreignLetters, knownWords, profiledLanguages, profilePairs, profilePosterior, useProfileData } from '../../src/detect/languageProfiles.js'
import { pairFeatures } from '../../src/detect/pairDiscriminator.js'
import { scriptText, withoutUrls } from '../../src/detect/scriptText.js'
import { readSources } from './corpus.js'
import { heldOutProfileData } from './heldOut.js'

const [name = 'mozilla', only] = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d+$/.test(a))
const maxArg = process.argv.indexOf('--max')
const MAX = maxArg > 0 ? Number(process.argv[maxArg + 1]) : 60
/** `--docs`: judge documents of 10 consecutive sentences, as the evaluation does, instead of sentences. */
const DOCS = process.argv.includes('--docs')
const documents = (sentences: readonly string[]): string[] =>
  Array.from({ length: Math.floor(sentences.length / 10) }, (_, i) => sentences.slice(10 * i, 10 * i + 10).join(' '))

const sources = readSources()
useProfileData(heldOutProfileData(sources, name, [...profilePairs()]))
for (const file of sources.filter((s) => s.source === name && (only === undefined || s.iso6393 === only))) {
  let shown = 0
  const texts = DOCS ? documents(file.sentences) : file.sentences
  const step = Math.max(1, Math.floor(texts.length / 400))
  for (let i = 0; i < texts.length && shown < MAX; i += step) {
    const sentence = texts[i] ?? ''
    const guess = detectLanguage(sentence)
    if (guess.iso6393 === file.iso6393) continue
    shown++
    const cleaned = withoutUrls(sentence)
    const script = detectScript(cleaned).script
    const text = scriptText(cleaned, script)
    const franc = francAll(text, { minLength: 1 }).slice(0, 3).map(([c, s]) => `${fromFrancCode(c)} ${s.toFixed(3)}`)
    const foreign = foreignLetters(text, [file.iso6393, guess.iso6393])
    const posterior = profilePosterior(text, profiledLanguages())
    const known = knownWords(text, [...posterior.keys()])
    const lines = [
      `${file.iso6393}.${file.source} → ${guess.iso6393} (${guess.confidence})\t${sentence}`,
      `  franc: ${franc.join(', ')}; foreign letters: ${[...foreign].map(([c, n]) => `${c} ${n}`).join(', ')}; known ${known.known}/${known.total}`,
      `  profiles: ${[...posterior].map(([c, p]) => `${c} ${p.toExponential(2)}`).join(', ')}`,
    ]
    for (const pair of profilePairs()) {
      if (!pair.languages.includes(file.iso6393) || !pair.languages.includes(guess.iso6393)) continue
      const pushed = pairFeatures(text).map((f) => [f, pair.features[f] ?? 0] as const).filter(([, w]) => w !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      lines.push(`  pair ${pair.languages.join('/')} (${pair.bias} + ${pair.profileWeight} × profiles + ${pair.featureWeight} × features): ${pushed.slice(0, 16).map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', ') || '(no feature)'}; sum ${pushed.reduce((a, [, w]) => a + w, 0).toFixed(2)}`)
    }
    console.log(lines.join('\n'))
  }
}
