/**
 * One alignment benchmark run in its own process (so its peak RSS is its own):
 * `node --import tsx scripts/align/bench-child.ts N` prints `{"n":…,"ms":…,"cpuMs":…,"mainCpuMs":…,"freshMs":…,"lengthMs":…,"maxRssMB":…,"baseRssMB":…}`
 * (`cpuMs`: CPU time of the process during the same runs; `mainCpuMs`: of its main thread alone, the figure to
 * read on a shared machine).
 * The pair: N real sentences from corpus/ (sampled in runs), cipher-translated and perturbed (seeded). `lengthMs` is
 * the plain length-only DP of this library (`signals: ['length']`) on the same pair, run after the full aligner
 * (so the peak RSS is the full aligner's). Up to 1,000 sentences each is timed after ten warm-up runs (two left most
 * of the aligner's code unoptimised: the median then measured V8's tiers, not the aligner), median of 5;
 * `freshMs` is the median first call on five other pairs (texts never measured before, so no memo helps).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { alignBitext } from '../../src/align/alignBitext.js'
import { cipherUnits, perturb, rng } from './synthetic.js'

const n = Number(process.argv[2] ?? '1000')
const corpus = join(import.meta.dirname, '../../corpus')
const sentences = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split(/(?<=[.!?។])\s+|\n+/u))
  .map((s) => s.trim())
  .filter((s) => s.length > 0)
function samplePair(seed: number, cipherSeed: number, perturbSeed: number): ReturnType<typeof perturb> {
  const random = rng(seed)
  const picked: string[] = []
  while (picked.length < n) {
    const start = Math.floor(random() * sentences.length)
    for (const s of sentences.slice(start, start + 10)) if (picked.length < n) picked.push(s)
  }
  return perturb(cipherUnits(picked, cipherSeed), perturbSeed)
}
const pair = samplePair(42, 7, 8)
const baseRssMB = process.resourceUsage().maxRSS / 1024
const small = n <= 1000
/** Runs before the timed ones (up to 1,000 sentences). */
const WARM_UP = 10

/**
 * CPU time of this thread alone, in ms (Linux, 10 ms steps; `undefined` elsewhere): unlike `process.cpuUsage()`, it
 * leaves out V8's compiler and collector threads, which on an idle machine run beside the aligner on another core.
 */
function threadCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? []
    const ticks = Number(fields[11]) + Number(fields[12])
    return Number.isFinite(ticks) ? ticks * 10 : undefined
  } catch {
    return undefined
  }
}

function timed<T>(run: () => T): { ms: number; cpuMs: number; mainCpuMs: number | undefined; result: T } {
  if (small) for (let k = 0; k < WARM_UP; k++) run()
  const times: number[] = []
  const cpu: number[] = []
  const main: number[] = []
  let result: T | undefined
  for (let k = 0; k < (small ? 5 : 1); k++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    const m0 = threadCpuMs()
    result = run()
    const c = process.cpuUsage(c0)
    const m1 = threadCpuMs()
    times.push(performance.now() - t0)
    cpu.push((c.user + c.system) / 1000)
    if (m0 !== undefined && m1 !== undefined) main.push(m1 - m0)
  }
  times.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  main.sort((a, b) => a - b)
  return { ms: times[times.length >> 1] ?? 0, cpuMs: cpu[cpu.length >> 1] ?? 0, mainCpuMs: main[main.length >> 1], result: result as T }
}

const { ms, cpuMs, mainCpuMs, result: beads } = timed(() => alignBitext(pair.source, pair.target))
const maxRssMB = process.resourceUsage().maxRSS / 1024
const lengthMs = timed(() => alignBitext(pair.source, pair.target, { signals: ['length'] })).ms
// The same aligner on pairs it has never seen (no text measured before): the first call on each, median of 5.
const fresh: number[] = []
for (let k = 0; small && k < 5; k++) {
  const other = samplePair(1000 + k, 11 + k, 21 + k)
  const t0 = performance.now()
  alignBitext(other.source, other.target)
  fresh.push(performance.now() - t0)
}
fresh.sort((a, b) => a - b)
const freshMs = fresh[fresh.length >> 1] ?? 0
const gold = new Set(pair.gold.map((b) => `${b.source.join(',')}|${b.target.join(',')}`))
const exact = beads.filter((b) => gold.has(`${b.source.join(',')}|${b.target.join(',')}`)).length / pair.gold.length
console.log(JSON.stringify({ n, ms, cpuMs, mainCpuMs, freshMs, lengthMs, maxRssMB, baseRssMB, exact }))
