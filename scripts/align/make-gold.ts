/**
 * Build the alignment gold sets under data/gold/ (run: `npx tsx scripts/align/make-gold.ts`).
 *
 * - `interview/`: the Q&A turns of the two interview translations in corpus/ (turn per line) and their
 *   hand-checked turn-level gold (turn k ↔ turn k; checked by reading both files side by side).
 * - `synthetic/`: perturbations with gold known by construction (seeded, reproducible):
 *   `real-*` perturb the real translation units of the interview (title, intro paragraphs, turns);
 *   `cipher-*` cipher real sentences of all seed articles into another script with length noise, then perturb.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { segmentDocument } from '../../src/parse/index.js'
import { formatBead } from '../../src/align/format/beadLines.js'
import type { Bead, ParsedDocument, Segment } from '../../src/types.js'
import { cipherUnits, perturb, rng } from './synthetic.js'

const root = join(import.meta.dirname, '../..')
const corpus = join(root, 'corpus')
const out = join(root, 'data/gold')
const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()
const docs: ParsedDocument[] = files.map((f) => segmentDocument(readFileSync(join(corpus, f), 'utf8'), { id: f }))
const oneLine = (s: string): string => s.replace(/\s+/gu, ' ').trim()

function write(dir: string, name: string, source: readonly string[], target: readonly string[], gold: readonly Bead[]): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, `${name}.src`), `${source.map(oneLine).join('\n')}\n`)
  writeFileSync(join(dir, `${name}.tgt`), `${target.map(oneLine).join('\n')}\n`)
  writeFileSync(join(dir, `${name}.gold`), `${gold.map((b) => formatBead({ ...b, confidence: 1 })).join('\n')}\n`)
}

// The two documents with question/answer turns are the interview translations.
const interviews = docs.filter((d) => d.segments.some((s) => s.role === 'question'))
const [first, second] = interviews
if (first === undefined || second === undefined) throw new Error('expected two interview translations in corpus/')
const turns = (d: ParsedDocument): Segment[] => d.segments.filter((s) => s.role === 'question' || s.role === 'answer')
const ta = turns(first)
const tb = turns(second)
if (ta.length !== tb.length) throw new Error('interview turn counts differ; re-check the gold by hand')
write(
  join(out, 'interview'),
  'turns',
  ta.map((s) => s.text),
  tb.map((s) => s.text),
  ta.map((_, k) => ({ source: [k], target: [k], score: 0, confidence: 1 })),
)

// Real translation units: every non-boilerplate segment pair of the interview, in order.
const units = (d: ParsedDocument): Segment[] => d.segments.filter((s) => s.role !== 'boilerplate')
const ua = units(first)
const ub = units(second)
const realUnits: Array<[string, string]> = ua.map((s, k) => [s.text, ub[k]?.text ?? ''])
for (let seed = 1; seed <= 10; seed++) {
  const pair = perturb(realUnits, seed, { deletion: 0.08, insertion: 0.08, merge: 0.12, split: 0.12, swap: 0.04 })
  write(join(out, 'synthetic'), `real-${String(seed).padStart(2, '0')}`, pair.source, pair.target, pair.gold)
}

// Cipher units from real sentences of every seed article (sampled in runs of consecutive sentences).
const sentences = docs.flatMap((d) => d.segments.filter((s) => s.role !== 'boilerplate').flatMap((s) => s.sentences.map((x) => x.text)))
for (let seed = 1; seed <= 6; seed++) {
  const random = rng(1000 + seed)
  const picked: string[] = []
  while (picked.length < 200) {
    const start = Math.floor(random() * sentences.length)
    picked.push(...sentences.slice(start, start + 10))
  }
  const pair = perturb(cipherUnits(picked, seed, 0.8 + 0.2 * seed), 100 + seed)
  write(join(out, 'synthetic'), `cipher-${String(seed).padStart(2, '0')}`, pair.source, pair.target, pair.gold)
}
console.log(`wrote gold to ${out}`)
