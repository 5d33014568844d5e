/**
 * One alignment benchmark run in its own process (so its peak RSS is its own):
 * `node --import tsx scripts/align/bench-child.ts N` prints `{"n":…,"ms":…,"maxRssMB":…,"baseRssMB":…}`.
 * The pair: N real sentences from corpus/ (sampled in runs), cipher-translated and perturbed (seeded).
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
const random = rng(42)
const picked: string[] = []
while (picked.length < n) {
  const start = Math.floor(random() * sentences.length)
  for (const s of sentences.slice(start, start + 10)) if (picked.length < n) picked.push(s)
}
const pair = perturb(cipherUnits(picked, 7), 8)
const baseRssMB = process.resourceUsage().maxRSS / 1024
const t0 = performance.now()
const beads = alignBitext(pair.source, pair.target)
const ms = performance.now() - t0
const gold = new Set(pair.gold.map((b) => `${b.source.join(',')}|${b.target.join(',')}`))
const exact = beads.filter((b) => gold.has(`${b.source.join(',')}|${b.target.join(',')}`)).length / pair.gold.length
console.log(JSON.stringify({ n, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, baseRssMB, exact }))
