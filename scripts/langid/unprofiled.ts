/**
 * Text in languages that have no profile of ours (data/langid/unprofiled/, never trained on): how often the
 * detector calls such a line one of the profiled languages. Every labelled source is in a profiled language, so
 * the leave-one-source-out rows only ever reward the evidence that favours the profiled languages (known words,
 * priors against small languages); this check counts what that evidence costs, on whole lines and on their first
 * four words (a short line is where the known words weigh most). Printed by `scripts/eval-langid.ts`.
 */
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { profiledLanguages } from '../../src/detect/languageProfiles.js'
import { readLines } from './corpus.js'

/** Folder of the unprofiled-language lines, one `<iso639-3>.txt` file per language. */
export const UNPROFILED_DIR = fileURLToPath(new URL('../../data/langid/unprofiled/', import.meta.url))

/** Words kept of each line for the short-line half of the check. */
const SHORT_WORDS = 4

/** Tallies of one half of the check. */
interface Tally {
  lines: number
  ours: number
  franc: number
  pulled: Map<string, number>
}

/**
 * Print the check: lines right (ours, franc) and lines called a profiled language, whole and cut short.
 * @param ours The detector (shipped profiles).
 * @param plain franc alone.
 * @param dir Folder of the files.
 */
export function unprofiledCheck(ours: (text: string) => string, plain: (text: string) => string, dir = UNPROFILED_DIR): void {
  const profiled = new Set(profiledLanguages())
  const halves: Array<[string, (line: string) => string]> = [
    ['whole lines', (line) => line],
    [`first ${SHORT_WORDS} words`, (line) => line.split(/\s+/).slice(0, SHORT_WORDS).join(' ')],
  ]
  const files = readdirSync(dir).filter((f) => /^[a-z]{3}\.txt$/.test(f)).sort()
  console.log(`\nLines of ${files.length} languages without a profile (data/langid/unprofiled/, never trained on):\n`)
  console.log('| text | lines | right: ours | right: franc | called a profiled language (ours) |\n|---|---|---|---|---|')
  for (const [label, cut] of halves) {
    const tally: Tally = { lines: 0, ours: 0, franc: 0, pulled: new Map() }
    for (const file of files) {
      const code = file.slice(0, 3)
      for (const line of readLines(join(dir, file))) {
        const text = cut(line)
        const guess = ours(text)
        tally.lines++
        if (guess === code) tally.ours++
        if (plain(text) === code) tally.franc++
        if (profiled.has(guess)) tally.pulled.set(`${code}→${guess}`, (tally.pulled.get(`${code}→${guess}`) ?? 0) + 1)
      }
    }
    const pulled = [...tally.pulled.values()].reduce((a, b) => a + b, 0)
    const top = [...tally.pulled].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 4).map(([pair, n]) => `${pair} ${n}`)
    const pct = (n: number): string => `${((100 * n) / Math.max(1, tally.lines)).toFixed(1)}%`
    console.log(`| ${label} | ${tally.lines} | ${pct(tally.ours)} | ${pct(tally.franc)} | ${pct(pulled)} (${pulled}; ${top.join(', ')}) |`)
  }
}
