/**
 * A cross-script alignment gold built from PUD (`../shared/data/pud/`: the same 1,000 sentences professionally
 * translated into ten languages). Sentences are grouped into articles of consecutive sentences by document id;
 * document ids are split into a dev half and a held-out half; for one language pair per pair of scripts, each
 * article's target side is perturbed (deletions, insertions, merges, splits) at known rates, so the gold is known
 * by construction.
 */
import { readdirSync } from 'node:fs'
import { loadPud } from '../drift/pudArticles.js'
import type { PudSentence } from '../drift/pudArticles.js'
import { perturb, splitPoint } from './synthetic.js'
import type { PerturbRates } from './synthetic.js'
import type { Align } from './score.js'

/** Perturbation rates of the PUD gold, per sentence. */
export const PUD_RATES: PerturbRates = { deletion: 0.03, insertion: 0.03, merge: 0.08, split: 0.06, swap: 0 }

/** Smallest article, in sentences. */
const MIN_ARTICLE = 20

/** One article pair with its gold. */
export interface PudCase {
  /** `dev` or `heldout`. */
  half: 'dev' | 'heldout'
  /** Script pair, e.g. `Latn–Cyrl`. */
  scripts: string
  /** Language pair, e.g. `en–ru`. */
  languages: string
  /** Article id (first document id). */
  article: string
  /** Source sentences. */
  source: string[]
  /** Target sentences. */
  target: string[]
  /** Gold beads. */
  gold: Align[]
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Devanagari', 'Bengali', 'Thai', 'Khmer', 'Hangul', 'Han', 'Hiragana', 'Katakana', 'Georgian', 'Armenian', 'Ethiopic']
const SCRIPT_RE = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')] as const)
const ISO15924: Record<string, string> = { Latin: 'Latn', Cyrillic: 'Cyrl', Greek: 'Grek', Arabic: 'Arab', Hebrew: 'Hebr', Devanagari: 'Deva', Bengali: 'Beng', Thai: 'Thai', Khmer: 'Khmr', Hangul: 'Hang', Han: 'Hani', Hiragana: 'Jpan', Katakana: 'Jpan', Georgian: 'Geor', Armenian: 'Armn', Ethiopic: 'Ethi' }

/** Dominant script of some texts (ISO 15924 code). */
function scriptOf(texts: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const ch of text) {
      if (!/\p{L}/u.test(ch)) continue
      const hit = SCRIPT_RE.find(([, re]) => re.test(ch))
      if (hit !== undefined) counts.set(hit[0], (counts.get(hit[0]) ?? 0) + 1)
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Zyyy'
  return ISO15924[best] ?? best
}

function fnv(text: string): number {
  let h = 0x811c9dc5
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193) >>> 0
  return h
}

/**
 * The half a document id belongs to (a hash of the id, so the split is fixed and independent of file order).
 * @param document PUD document id.
 * @returns `dev` or `heldout`.
 */
export function halfOf(document: string): 'dev' | 'heldout' {
  return fnv(document) % 2 === 0 ? 'dev' : 'heldout'
}

/** Articles of one half: runs of consecutive documents of that half, at least `MIN_ARTICLE` sentences each. */
function articlesOf(sentences: readonly PudSentence[], half: 'dev' | 'heldout'): PudSentence[][] {
  const articles: PudSentence[][] = []
  let current: PudSentence[] = []
  let last = ''
  for (const s of sentences) {
    if (halfOf(s.document) !== half) continue
    if (s.document !== last && current.length >= MIN_ARTICLE) {
      articles.push(current)
      current = []
    }
    current.push(s)
    last = s.document
  }
  if (current.length >= MIN_ARTICLE / 2 || articles.length === 0) articles.push(current)
  else articles[articles.length - 1]?.push(...current)
  return articles
}

/** Language pairs: one per pair of scripts (same-script pairs where a script has two languages). */
function languagePairs(byScript: ReadonlyMap<string, string[]>): Array<[string, string]> {
  const scripts = [...byScript.keys()].sort()
  const pairs: Array<[string, string]> = []
  let k = 0
  for (let a = 0; a < scripts.length; a++) {
    for (let b = a; b < scripts.length; b++) {
      const la = byScript.get(scripts[a] ?? '') ?? []
      const lb = byScript.get(scripts[b] ?? '') ?? []
      if (a === b) {
        if (la.length >= 2) pairs.push([la[k % la.length] ?? '', la[(k + 1) % la.length] ?? ''])
      } else pairs.push([la[k % la.length] ?? '', lb[k % lb.length] ?? ''])
      k++
    }
  }
  return pairs
}

/** Where to split a sentence: the space nearest the middle, else a comma of any script. */
function cutOf(text: string): number {
  const space = splitPoint(text)
  if (space > 0) return space
  const mid = text.length / 2
  let best = -1
  for (let k = 1; k < text.length - 1; k++) {
    if (/[,，、،;；]/u.test(text[k] ?? '') && (best < 0 || Math.abs(k - mid) < Math.abs(best - mid))) best = k + 1
  }
  return best
}

/**
 * Build the PUD alignment gold.
 * @param dir Folder with `<lang>.tsv` files.
 * @returns Cases of both halves, pair by pair.
 */
export function pudCases(dir: string): PudCase[] {
  const languages = readdirSync(dir).filter((f) => f.endsWith('.tsv')).map((f) => f.slice(0, -4)).sort()
  const sentences = loadPud(dir, languages)
  const byScript = new Map<string, string[]>()
  const scriptOfLang = new Map<string, string>()
  const spaced = new Map<string, boolean>()
  for (const lang of languages) {
    const sample = sentences.slice(0, 200).map((s) => s.text[lang] ?? '')
    const script = scriptOf(sample)
    scriptOfLang.set(lang, script)
    byScript.set(script, [...(byScript.get(script) ?? []), lang])
    const text = sample.join('')
    spaced.set(lang, (text.match(/ /gu)?.length ?? 0) > text.length / 50)
  }
  const cases: PudCase[] = []
  for (const half of ['dev', 'heldout'] as const) {
    const articles = articlesOf(sentences, half)
    for (const [a, b] of languagePairs(byScript)) {
      const scripts = `${scriptOfLang.get(a) ?? ''}–${scriptOfLang.get(b) ?? ''}`
      for (const article of articles) {
        const id = article[0]?.document ?? ''
        const units = article.map((s): [string, string] => [s.text[a] ?? '', s.text[b] ?? ''])
        const seed = fnv(`${a}-${b}-${id}`)
        const pair = perturb(units, seed, PUD_RATES, { join: spaced.get(b) === true ? ' ' : '', cut: cutOf })
        cases.push({ half, scripts, languages: `${a}–${b}`, article: id, source: pair.source, target: pair.target, gold: pair.gold.map((g): Align => [g.source, g.target]) })
      }
    }
  }
  return cases
}
