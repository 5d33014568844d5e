/**
 * Evaluate the aligner against the gold sets in data/gold/ (run: `npx tsx scripts/eval-align.ts`).
 *
 * Strict and lax precision/recall/F1 exactly as Vecalign's `score.py` defines them (after Zweigenbaum et al.
 * 2011 / W11-4624): precision over the test beads (insertions/deletions included), recall over the gold beads
 * without insertions/deletions; a bead is a strict hit when identical to a gold bead and a lax hit when it
 * shares a source sentence with a gold bead that also contains one of its target sentences.
 * Compares paracorpus with a plain Gale–Church baseline (length only, same kind of DP, fixed priors and
 * variance) and prints Markdown tables, plus a confidence calibration table.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { alignBitext } from '../src/align/alignBitext.js'
import { parseBeadLines } from '../src/align/format/beadLines.js'
import { countLetters } from '../src/align/text/countLetters.js'
import { normalTailCost } from '../src/align/signals/normalTailCost.js'
import type { Bead } from '../src/types.js'
import { hunalign, hunalignInstalled } from './align/hunalign.js'

type Align = [number[], number[]]

/** Vecalign's `_precision`: [tpStrict, fpStrict, tpLax, fpLax]. */
function precisionCounts(gold: readonly Align[], test: readonly Align[]): [number, number, number, number] {
  const key = (a: Align): string => `${a[0].join(',')}|${a[1].join(',')}`
  const goldSet = new Map<string, Align>()
  for (const a of gold) if (a[0].length > 0 || a[1].length > 0) goldSet.set(key(a), a)
  const testSet = new Map<string, Align>()
  for (const a of test) if (a[0].length > 0 || a[1].length > 0) testSet.set(key(a), a)
  const srcToGoldTgt = new Map<number, Set<number>>()
  for (const [gs, gt] of goldSet.values()) {
    for (const s of gs) {
      const set = srcToGoldTgt.get(s) ?? new Set<number>()
      for (const t of gt) set.add(t)
      srcToGoldTgt.set(s, set)
    }
  }
  let tpStrict = 0
  let fpStrict = 0
  let tpLax = 0
  let fpLax = 0
  for (const [k, [ts, tt]] of testSet) {
    if (goldSet.has(k)) {
      tpStrict++
      tpLax++
      continue
    }
    const targets = new Set<number>()
    for (const s of ts) for (const t of srcToGoldTgt.get(s) ?? []) targets.add(t)
    fpStrict++
    if (tt.some((t) => targets.has(t))) tpLax++
    else fpLax++
  }
  return [tpStrict, fpStrict, tpLax, fpLax]
}

/** Vecalign's `score_multiple`. */
function scoreMultiple(golds: ReadonlyArray<readonly Align[]>, tests: ReadonlyArray<readonly Align[]>): Record<string, number> {
  const p = [0, 0, 0, 0]
  const r = [0, 0, 0, 0]
  golds.forEach((gold, k) => {
    const test = tests[k] ?? []
    precisionCounts(gold, test).forEach((v, i) => (p[i] = (p[i] ?? 0) + v))
    const testNoDel = test.filter(([s, t]) => s.length > 0 && t.length > 0)
    const goldNoDel = gold.filter(([s, t]) => s.length > 0 && t.length > 0)
    precisionCounts(testNoDel, goldNoDel).forEach((v, i) => (r[i] = (r[i] ?? 0) + v))
  })
  const div = (a: number, b: number): number => (b === 0 ? 0 : a / b)
  const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = p
  const [r0 = 0, r1 = 0, r2 = 0, r3 = 0] = r
  const pStrict = div(p0, p0 + p1)
  const pLax = div(p2, p2 + p3)
  const rStrict = div(r0, r0 + r1)
  const rLax = div(r2, r2 + r3)
  return {
    pStrict,
    rStrict,
    fStrict: div(2 * pStrict * rStrict, pStrict + rStrict),
    pLax,
    rLax,
    fLax: div(2 * pLax * rLax, pLax + rLax),
  }
}

/** Plain Gale–Church (1993): letters, c = total ratio, s² = 6.8, their priors, exact DP. */
function galeChurch(source: readonly string[], target: readonly string[]): Align[] {
  const ls = source.map(countLetters)
  const lt = target.map(countLetters)
  const totalS = ls.reduce((a, b) => a + b, 0)
  const totalT = lt.reduce((a, b) => a + b, 0)
  const c = totalS > 0 && totalT > 0 ? totalT / totalS : 1
  const shapes: Array<[number, number, number]> = [
    [1, 1, 0.89],
    [1, 0, 0.0099 / 2],
    [0, 1, 0.0099 / 2],
    [2, 1, 0.089 / 2],
    [1, 2, 0.089 / 2],
    [2, 2, 0.011],
  ]
  const n = source.length
  const m = target.length
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity)
  const back = new Int8Array((n + 1) * (m + 1)).fill(-1)
  cost[0] = 0
  const sum = (arr: number[], from: number, to: number): number => {
    let s = 0
    for (let k = from; k < to; k++) s += arr[k] ?? 0
    return s
  }
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      let arg = -1
      shapes.forEach(([a, b, p], s) => {
        if (i < a || j < b) return
        const prev = cost[(i - a) * (m + 1) + (j - b)] ?? Infinity
        if (prev === Infinity) return
        const l1 = sum(ls, i - a, i)
        const l2 = sum(lt, j - b, j)
        let d = 0
        if (a > 0 && b > 0) {
          const mean = (l1 + l2 / c) / 2
          d = normalTailCost((l2 / c - l1) / Math.sqrt(6.8 * Math.max(1, mean)))
        }
        const total = prev + d - Math.log(p)
        if (total < best) {
          best = total
          arg = s
        }
      })
      cost[i * (m + 1) + j] = best
      back[i * (m + 1) + j] = arg
    }
  }
  const out: Align[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const shape = shapes[back[i * (m + 1) + j] ?? -1]
    if (shape === undefined) break
    const [a, b] = shape
    out.push([range(i - a, i), range(j - b, j)])
    i -= a
    j -= b
  }
  return out.reverse()
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k)
}

function readLines(path: string): string[] {
  const text = readFileSync(path, 'utf8').replace(/\n$/u, '')
  return text === '' ? [] : text.split('\n')
}

const root = join(import.meta.dirname, '..', 'data', 'gold')
interface Case {
  set: string
  name: string
  source: string[]
  target: string[]
  gold: Align[]
}
const cases: Case[] = []
function collect(rel: string): void {
  const dir = join(root, rel)
  const entries = readdirSync(dir, { withFileTypes: true })
  for (const d of entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()) collect(rel === '' ? d : `${rel}/${d}`)
  for (const file of entries.filter((e) => e.isFile() && e.name.endsWith('.gold')).map((e) => e.name).sort()) {
    const base = join(dir, file.replace(/\.gold$/u, ''))
    const gold = parseBeadLines(readFileSync(`${base}.gold`, 'utf8'), `${base}.gold`).map((b): Align => [b.source, b.target])
    const group = rel === 'synthetic' ? `synthetic/${file.replace(/-\d+\.gold$/u, '')}` : rel
    cases.push({ set: group, name: file, source: readLines(`${base}.src`), target: readLines(`${base}.tgt`), gold })
  }
}
collect('')

const temperature = process.env.ALIGN_TEMPERATURE === undefined ? undefined : Number(process.env.ALIGN_TEMPERATURE)
const lexicalWeight = process.env.ALIGN_LEXICAL_WEIGHT === undefined ? undefined : Number(process.env.ALIGN_LEXICAL_WEIGHT)
const systems: Array<[string, (c: Case) => { beads: Align[]; raw?: Bead[] }]> = [
  ['paracorpus', (c) => {
    const raw = alignBitext(c.source, c.target, { temperature, weights: { lexical: lexicalWeight } })
    return { beads: raw.map((b): Align => [b.source, b.target]), raw }
  }],
  ['paracorpus (length only)', (c) => ({ beads: alignBitext(c.source, c.target, { signals: ['length'] }).map((b): Align => [b.source, b.target]) })],
  ['paracorpus (no lexical pass)', (c) => ({ beads: alignBitext(c.source, c.target, { signals: ['length', 'anchors', 'shape', 'structure'] }).map((b): Align => [b.source, b.target]) })],
  ['Gale–Church', (c) => ({ beads: galeChurch(c.source, c.target) })],
]
const withHunalign = hunalignInstalled()
if (withHunalign) systems.push(['hunalign (empty dictionary, -realign)', (c) => ({ beads: hunalign(c.source, c.target) ?? [] })])

const sets = [...new Set(cases.map((c) => c.set))]
const rows: string[] = []
const calibration: Array<[number, boolean]> = []
for (const set of sets) {
  const inSet = cases.filter((c) => c.set === set)
  const sentences = inSet.reduce((a, c) => a + c.source.length, 0)
  const label = `${set} (${inSet.length} files, ${sentences} src lines)`
  if (!withHunalign) rows.push(`| ${label} | hunalign | not installed | | | | | |`)
  for (const [name, run] of systems) {
    const tests = inSet.map((c) => {
      const result = run(c)
      if (result.raw !== undefined) {
        const gold = new Set(c.gold.map(([s, t]) => `${s.join(',')}|${t.join(',')}`))
        for (const b of result.raw) calibration.push([b.confidence, gold.has(`${b.source.join(',')}|${b.target.join(',')}`)])
      }
      return result.beads
    })
    const s = scoreMultiple(inSet.map((c) => c.gold), tests)
    const f = (x: number | undefined): string => (x ?? 0).toFixed(3)
    rows.push(`| ${label} | ${name} | ${f(s.pStrict)} | ${f(s.rStrict)} | ${f(s.fStrict)} | ${f(s.pLax)} | ${f(s.rLax)} | ${f(s.fLax)} |`)
  }
}
console.log('| gold set | system | P strict | R strict | F1 strict | P lax | R lax | F1 lax |')
console.log('|---|---|---|---|---|---|---|---|')
for (const r of rows) console.log(r)

console.log('\nConfidence calibration of paracorpus beads (all gold sets): share of beads that are exactly right per confidence bin.\n')
console.log('| confidence | beads | exactly right | mean confidence |')
console.log('|---|---|---|---|')
const edges = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0001]
let ece = 0
for (let k = 0; k < edges.length - 1; k++) {
  const lo = edges[k] ?? 0
  const hi = edges[k + 1] ?? 1
  const bin = calibration.filter(([c]) => c >= lo && c < hi)
  if (bin.length === 0) continue
  const right = bin.filter(([, ok]) => ok).length / bin.length
  const mean = bin.reduce((a, [c]) => a + c, 0) / bin.length
  ece += (bin.length / calibration.length) * Math.abs(right - mean)
  console.log(`| ${lo.toFixed(1)}–${Math.min(1, hi).toFixed(1)} | ${bin.length} | ${right.toFixed(3)} | ${mean.toFixed(3)} |`)
}
console.log(`\nExpected calibration error: ${ece.toFixed(3)}`)
