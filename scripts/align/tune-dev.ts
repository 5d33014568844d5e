/**
 * Quick dev-only check while tuning (run: `npx tsx scripts/align/tune-dev.ts [stride]`): strict F1 of the corpus
 * aligner on `pud-dev` (every `stride`-th language pair) and on the text+berg dev file, with recall per gold bead
 * type. Never reads the held-out halves. Weights come from ALIGN_* environment variables as in eval-align.ts;
 * `ALIGN_ERRORS=1` prints the text+berg dev file's wrong beads with their texts and the gold beads it missed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { alignBitextCorpus } from '../../src/align/alignBitextCorpus.js'
import type { AlignOptions } from '../../src/align/types.js'
import { parseBeadLines } from '../../src/align/format/beadLines.js'
import { pudCases } from './pudGold.js'
import { scoreMultiple } from './score.js'
import type { Align } from './score.js'

const env = (name: string): number | undefined => (process.env[name] === undefined ? undefined : Number(process.env[name]))
const options: AlignOptions = { learnPriors: process.env.ALIGN_LEARN === '1', beadPriors: process.env.ALIGN_PRIORS === undefined ? undefined : (JSON.parse(process.env.ALIGN_PRIORS) as Record<string, number>), temperature: env('ALIGN_TEMPERATURE'), weights: { lexical: env('ALIGN_LEXICAL_WEIGHT'), cognates: env('ALIGN_COGNATE_WEIGHT'), translation: env('ALIGN_TRANSLATION_WEIGHT'), boundaries: env('ALIGN_BOUNDARY_WEIGHT') } as AlignOptions['weights'] }
const stride = Number(process.argv[2] ?? 1)
const key = (a: Align): string => `${a[0].join(',')}|${a[1].join(',')}`

function report(name: string, golds: Align[][], tests: Align[][]): void {
  const s = scoreMultiple(golds, tests)
  const byType = new Map<string, [number, number]>()
  golds.forEach((gold, k) => {
    const test = new Set((tests[k] ?? []).map(key))
    for (const g of gold) {
      const type = `${g[0].length}-${g[1].length}`
      const [hit, all] = byType.get(type) ?? [0, 0]
      byType.set(type, [hit + (test.has(key(g)) ? 1 : 0), all + 1])
    }
  })
  const types = [...byType].sort().map(([t, [h, a]]) => `${t} ${(h / a).toFixed(2)}/${a}`).join('  ')
  console.log(`${name}: strict F1 ${s.fStrict.toFixed(4)} lax ${s.fLax.toFixed(4)} | ${types}`)
  console.log(`  wrong beads: ${errorKinds(golds, tests)}`)
}

/** Each wrong test bead named by its type and the gold types of the beads it overlaps (`1-1<2-1` …). */
function errorKinds(golds: Align[][], tests: Align[][]): string {
  const kinds = new Map<string, number>()
  golds.forEach((gold, k) => {
    const keys = new Set(gold.map(key))
    const sourceBead = new Map<number, Align>()
    const targetBead = new Map<number, Align>()
    for (const g of gold) {
      for (const i of g[0]) sourceBead.set(i, g)
      for (const j of g[1]) targetBead.set(j, g)
    }
    for (const t of tests[k] ?? []) {
      if (keys.has(key(t))) continue
      const over = new Set<Align>()
      for (const i of t[0]) over.add(sourceBead.get(i)!)
      for (const j of t[1]) over.add(targetBead.get(j)!)
      const kind = `${t[0].length}-${t[1].length}<${[...over].map((g) => `${g[0].length}-${g[1].length}`).sort().join('+')}`
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    }
  })
  return [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([kind, n]) => `${kind} ${n}`).join(', ')
}

const dev = pudCases(join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'pud')).filter((c) => c.half === 'dev')
// `ALIGN_PAIRS=ko,zh`: only the language pairs that name one of these languages.
const languages = process.env.ALIGN_PAIRS?.split(',')
const pairs = [...new Set(dev.map((c) => c.languages))].filter((lp, k) => k % stride === 0 && (languages === undefined || languages.some((l) => lp.split('–').includes(l))))
const golds: Align[][] = []
const tests: Align[][] = []
for (const lp of pairs) {
  const cases = dev.filter((c) => c.languages === lp)
  const { beads } = alignBitextCorpus(cases.map((c) => ({ source: c.source, target: c.target })), options)
  cases.forEach((c, k) => {
    golds.push(c.gold)
    tests.push((beads[k] ?? []).map((b): Align => [b.source, b.target]))
  })
  if (process.env.ALIGN_PER_PAIR === '1') console.log(`  ${lp} ${scoreMultiple(golds.slice(-cases.length), tests.slice(-cases.length)).fStrict.toFixed(4)}`)
}
report(`pud-dev (${pairs.length} pairs)`, golds, tests)
const base = join(import.meta.dirname, '..', '..', 'data', 'gold', 'public', 'textberg-dev', 'sac1989-a')
const lines = (p: string): string[] => readFileSync(p, 'utf8').replace(/\n$/u, '').split('\n')
const gold = parseBeadLines(readFileSync(`${base}.gold`, 'utf8')).map((b): Align => [b.source, b.target])
const { beads } = alignBitextCorpus([{ source: lines(`${base}.src`), target: lines(`${base}.tgt`) }], options)
const test = beads[0]?.map((b): Align => [b.source, b.target]) ?? []
report('textberg-dev', [gold], [test])
if (process.env.ALIGN_ERRORS === '1') printErrors(gold, beads[0] ?? [], lines(`${base}.src`), lines(`${base}.tgt`))

/** The wrong beads of one file with their texts (confidence, score), then the gold beads not found. */
function printErrors(goldBeads: Align[], found: ReadonlyArray<{ source: number[]; target: number[]; confidence: number; score: number }>, source: string[], target: string[]): void {
  const goldKeys = new Set(goldBeads.map(key))
  const foundKeys = new Set(found.map((b) => key([b.source, b.target])))
  for (const b of found) {
    if (goldKeys.has(key([b.source, b.target]))) continue
    console.log(`  wrong [${b.source.join(',')}]:[${b.target.join(',')}] confidence ${b.confidence.toFixed(2)} score ${b.score.toFixed(2)}`)
    for (const i of b.source) console.log(`    S${i}: ${source[i] ?? ''}`)
    for (const j of b.target) console.log(`    T${j}: ${target[j] ?? ''}`)
  }
  console.log(`  missed: ${goldBeads.filter((g) => !foundKeys.has(key(g))).map((g) => `[${g[0].join(',')}]:[${g[1].join(',')}]`).join(' ')}`)
}
