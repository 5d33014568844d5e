/**
 * Evaluate the aligner against gold (run: `npx tsx scripts/eval-align.ts [set…]`, a set name prefix to run only
 * some sets, e.g. `pud-dev` or `public`).
 *
 * Gold: the sets in data/gold/ (README there) and a cross-script gold built from PUD (`scripts/align/pudGold.ts`),
 * split by document id into `pud-dev` (the only PUD half tuned on) and `pud-heldout`. Strict and lax P/R/F1 as
 * Vecalign's `score.py` defines them; confidence calibration (share right at confidence ≥ 0.9, expected
 * calibration error). Baselines: plain Gale–Church (length only, same kind of DP, fixed priors and variance) and
 * hunalign when installed; ablations of paracorpus's own signals.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { alignBitext } from '../src/align/alignBitext.js'
import { alignBitextCorpus } from '../src/align/alignBitextCorpus.js'
import type { AlignOptions } from '../src/align/types.js'
import { parseBeadLines } from '../src/align/format/beadLines.js'
import type { Bead } from '../src/types.js'
import { hunalign, hunalignInstalled } from './align/hunalign.js'
import { galeChurch } from './align/galeChurch.js'
import { pudCases } from './align/pudGold.js'
import { calibrate, scoreMultiple } from './align/score.js'
import type { Align, Scores } from './align/score.js'

interface Case {
  /** Set the case is reported in. */
  set: string
  /** Finer group for the per-script-pair tables (PUD only). */
  group?: string
  /** Cases of one corpus (one language pair) are aligned together by the corpus-level systems. */
  corpus: string
  source: string[]
  target: string[]
  gold: Align[]
}

interface Output {
  beads: Align[]
  raw?: Bead[]
}

function readLines(path: string): string[] {
  const text = readFileSync(path, 'utf8').replace(/\n$/u, '')
  return text === '' ? [] : text.split('\n')
}

function goldCases(root: string, rel = ''): Case[] {
  const dir = join(root, rel)
  const entries = readdirSync(dir, { withFileTypes: true })
  const out: Case[] = []
  for (const d of entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()) out.push(...goldCases(root, rel === '' ? d : `${rel}/${d}`))
  for (const file of entries.filter((e) => e.isFile() && e.name.endsWith('.gold')).map((e) => e.name).sort()) {
    const base = join(dir, file.replace(/\.gold$/u, ''))
    const gold = parseBeadLines(readFileSync(`${base}.gold`, 'utf8'), `${base}.gold`).map((b): Align => [b.source, b.target])
    const set = rel === 'synthetic' ? `synthetic/${file.replace(/-\d+\.gold$/u, '')}` : rel
    // The synthetic files perturb the same few texts: each is a corpus of its own, not a language pair's corpus.
    // The public files are all German–French articles: one corpus of one language pair, whichever set they are in.
    const corpus = rel === 'synthetic' ? file : rel.startsWith('public/') ? 'public' : set
    out.push({ set, corpus, source: readLines(`${base}.src`), target: readLines(`${base}.tgt`), gold })
  }
  return out
}

const env = (name: string): number | undefined => (process.env[name] === undefined ? undefined : Number(process.env[name]))
const tuned: AlignOptions = { temperature: env('ALIGN_TEMPERATURE'), weights: { lexical: env('ALIGN_LEXICAL_WEIGHT') } }
const beadsOf = (raw: Bead[]): Align[] => raw.map((b): Align => [b.source, b.target])
const merged = (options: AlignOptions): AlignOptions => ({ ...tuned, ...options, weights: { ...tuned.weights, ...options.weights } })
type System = (cases: readonly Case[]) => Output[]
const each = (run: (c: Case) => Output): System => (cases) => cases.map(run)
const paracorpus = (options: AlignOptions): System => each((c) => {
  const raw = alignBitext(c.source, c.target, merged(options))
  return { beads: beadsOf(raw), raw }
})
/**
 * Cases of one corpus aligned together: a word model learned on all of them, then each aligned again. A corpus
 * can span sets (the German–French files of the dev and held-out sets are one language pair's corpus: their text,
 * never their gold, is pooled), so every case of a corpus is aligned at once, whichever set asks first.
 */
const paracorpusCorpus = (options: AlignOptions): System => {
  const done = new Map<Case, Output>()
  return (wanted) => {
    for (const c of wanted) {
      if (done.has(c)) continue
      const members = cases.filter((x) => x.corpus === c.corpus)
      const { beads } = alignBitextCorpus(members.map((x) => ({ source: x.source, target: x.target })), merged(options))
      members.forEach((x, n) => {
        const raw = beads[n] ?? []
        done.set(x, { beads: beadsOf(raw), raw })
      })
    }
    return wanted.map((c) => done.get(c)!)
  }
}

const MAIN = 'paracorpus (corpus)'
// Signals added one by one, then the corpus-level word model (the default of `alignBitextCorpus`).
const systems: Array<[string, System]> = [
  [MAIN, paracorpusCorpus({})],
  ['corpus, no translation model', paracorpusCorpus({ signals: ['length', 'anchors', 'shape', 'structure', 'lexical', 'cognates', 'boundaries'] })],
  ['paracorpus (per pair)', paracorpus({})],
  ['length only', paracorpus({ signals: ['length'] })],
  ['+ anchors', paracorpus({ signals: ['length', 'anchors'] })],
  ['+ shape, structure', paracorpus({ signals: ['length', 'anchors', 'shape', 'structure'] })],
  ['+ cognates', paracorpus({ signals: ['length', 'anchors', 'shape', 'structure', 'cognates'] })],
  ['+ boundaries', paracorpus({ signals: ['length', 'anchors', 'shape', 'structure', 'cognates', 'boundaries'] })],
  ['Gale–Church', each((c) => ({ beads: galeChurch(c.source, c.target) }))],
]
// `ALIGN_SYSTEMS=corpus,pair` (name prefixes, comma-separated) runs only some systems, for quick iterations.
const only = process.env.ALIGN_SYSTEMS?.split(',').filter((x) => x !== '')
if (only !== undefined) {
  const keep = systems.filter(([name]) => name === MAIN || only.some((o) => name.includes(o)))
  systems.splice(0, systems.length, ...keep)
}
const withHunalign = only === undefined && hunalignInstalled()
if (withHunalign) systems.push(['hunalign (empty dictionary, -realign)', each((c) => ({ beads: hunalign(c.source, c.target) ?? [] }))])

const pudDir = join(import.meta.dirname, '..', '..', 'shared', 'data', 'pud')
const cases: Case[] = [
  ...goldCases(join(import.meta.dirname, '..', 'data', 'gold')),
  ...(existsSync(pudDir) ? pudCases(pudDir).map((c): Case => ({ set: `pud-${c.half}`, corpus: `${c.half} ${c.languages}`, group: `${c.scripts} (${c.languages})`, source: c.source, target: c.target, gold: c.gold })) : []),
]
const wanted = process.argv.slice(2)
const sets = [...new Set(cases.map((c) => c.set))].filter((s) => wanted.length === 0 || wanted.some((w) => s.startsWith(w)))

const f = (x: number | undefined): string => (x ?? 0).toFixed(3)
const rows: string[] = []
const groupRows = new Map<string, string[]>()
const calibrationRows: string[] = []
const everyObservation: Array<[number, boolean]> = []
for (const set of sets) {
  const inSet = cases.filter((c) => c.set === set)
  const label = `${set} (${inSet.length} files, ${inSet.reduce((a, c) => a + c.source.length, 0)} src lines)`
  if (!withHunalign) rows.push(`| ${label} | hunalign | not installed | | | | | |`)
  const groups = [...new Set(inSet.map((c) => c.group).filter((g): g is string => g !== undefined))]
  const perGroup = new Map<string, Map<string, Scores>>()
  for (const [name, run] of systems) {
    const observations: Array<[number, boolean]> = []
    const results = run(inSet)
    const tests = inSet.map((c, k) => {
      const result = results[k] ?? { beads: [] }
      if (result.raw !== undefined) {
        const gold = new Set(c.gold.map(([s, t]) => `${s.join(',')}|${t.join(',')}`))
        for (const b of result.raw) observations.push([b.confidence, gold.has(`${b.source.join(',')}|${b.target.join(',')}`)])
      }
      return result.beads
    })
    const s = scoreMultiple(inSet.map((c) => c.gold), tests)
    rows.push(`| ${label} | ${name} | ${f(s.pStrict)} | ${f(s.rStrict)} | ${f(s.fStrict)} | ${f(s.pLax)} | ${f(s.rLax)} | ${f(s.fLax)} |`)
    for (const g of groups) {
      const idx = inSet.flatMap((c, k) => (c.group === g ? [k] : []))
      const byName = perGroup.get(g) ?? new Map<string, Scores>()
      byName.set(name, scoreMultiple(idx.map((k) => inSet[k]?.gold ?? []), idx.map((k) => tests[k] ?? [])))
      perGroup.set(g, byName)
    }
    if (name === MAIN) {
      const cal = calibrate(observations)
      calibrationRows.push(`| ${set} | ${observations.length} | ${cal.above09} | ${f(cal.rightAbove09)} | ${f(cal.ece)} |`)
      everyObservation.push(...observations)
    }
  }
  if (groups.length > 0) {
    const lines = groups.map((g) => {
      const byName = perGroup.get(g)
      const main = byName?.get(MAIN)
      return `| ${g} | ${f(main?.fStrict)} | ${f(main?.fLax)} | ${systems.slice(1).map(([n]) => f(byName?.get(n)?.fStrict)).join(' | ')} |`
    })
    groupRows.set(set, lines)
  }
}
console.log('| gold set | system | P strict | R strict | F1 strict | P lax | R lax | F1 lax |')
console.log('|---|---|---|---|---|---|---|---|')
for (const r of rows) console.log(r)
for (const [set, lines] of groupRows) {
  console.log(`\n${set}, per pair of scripts (F1; the other systems strict):\n`)
  console.log(`| scripts (languages) | ${MAIN} strict | ${MAIN} lax | ${systems.slice(1).map(([n]) => n).join(' | ')} |`)
  console.log(`|---|---|---|${systems.slice(1).map(() => '---|').join('')}`)
  for (const l of lines) console.log(l)
}
console.log(`\nConfidence calibration of ${MAIN} beads: share of beads with confidence ≥ 0.9 that are exactly right, expected calibration error (ECE).\n`)
console.log('| gold set | beads | beads ≥ 0.9 | right at ≥ 0.9 | ECE |')
console.log('|---|---|---|---|---|')
for (const r of calibrationRows) console.log(r)
console.log('\nAll sets together, per confidence bin:\n')
console.log('| confidence | beads | exactly right | mean confidence |')
console.log('|---|---|---|---|')
const all = calibrate(everyObservation)
for (const b of all.bins) console.log(`| ${b.lo.toFixed(1)}–${b.hi.toFixed(1)} | ${b.beads} | ${f(b.right)} | ${f(b.mean)} |`)
console.log(`\nExpected calibration error: ${f(all.ece)}`)
