/**
 * Detection throughput: every non-empty paragraph of the seed corpus, repeated, run through
 * `detectLanguage` one by one, and whole documents through `detectDocument`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { detectDocument } from '../../src/detect/detectDocument.js'
import { detectLanguage } from '../../src/detect/detectLanguage.js'
import { segmentDocument } from '../../src/parse/index.js'
import type { BenchRow } from './row.js'

/** Run the detection benchmark. */
export async function run(): Promise<BenchRow[]> {
  const dir = fileURLToPath(new URL('../../corpus/', import.meta.url))
  const texts = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'))
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p !== '')
  const segments: string[] = []
  while (segments.length < 5000) segments.push(...paragraphs)
  for (const p of paragraphs) detectLanguage(p)
  let start = performance.now()
  for (const s of segments) detectLanguage(s)
  const segmentMs = performance.now() - start
  const docs = texts.map((t, i) => segmentDocument(t, { id: `seed-${i}` }))
  const rounds = 20
  start = performance.now()
  let pieces = 0
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      const out = detectDocument(d)
      pieces += out.segments.length + out.segments.reduce((n, s) => n + s.sentences.length, 0)
    }
  }
  const docMs = performance.now() - start
  return [
    { bench: 'detect', size: `${segments.length} paragraphs`, metric: 'throughput', value: segments.length / (segmentMs / 1000), unit: 'segments/s', note: 'detectLanguage per seed paragraph' },
    { bench: 'detect', size: `${rounds * docs.length} documents`, metric: 'throughput', value: pieces / (docMs / 1000), unit: 'segments+sentences/s', note: 'detectDocument on parsed seeds' },
  ]
}
