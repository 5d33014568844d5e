import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { DriftReason } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'

// A paragraph of another article pasted after a paragraph of a real translation (data/docs-fresh2: RealtimeTTS's API
// page, whose Spanish translation holds two of the source's paragraphs in one): the aligner lays the pasted
// paragraph on the slot of the paragraph before it and pushes that paragraph, with little confidence, onto the slot
// before — the slot's own text moved aside, so a paragraph was added (`extra`), nothing of the slot was replaced.
const FRESH = resolve(import.meta.dirname, '../../data/docs-fresh2/realtimetts/docs')
const scratch = scratchDir('copied-beside-pushed')
afterAll(() => scratch.remove())

describe('a paragraph of another article pasted beside a paragraph the aligner pushed onto the slot before', () => {
  it('is extra, not a replacement', async () => {
    const dir = scratch.dir
    for (const l of ['en', 'ar', 'de', 'es', 'ja', 'ru']) {
      mkdirSync(join(dir, l), { recursive: true })
      cpSync(join(FRESH, l, 'api.md'), join(dir, l, 'api.md'))
    }
    // The article the paragraph comes from, beside its source.
    for (const l of ['en', 'es']) cpSync(join(FRESH, l, 'installation.md'), join(dir, l, 'installation.md'))
    const pasted = readFileSync(join(FRESH, 'es/installation.md'), 'utf8').split('\n').find((l) => l.startsWith('Para instalar RealtimeTTS con soporte'))!
    const lines = readFileSync(join(FRESH, 'es/api.md'), 'utf8').split('\n')
    const after = lines.findIndex((l) => l.includes('**Cómo funciona**'))
    expect(pasted).toBeDefined()
    expect(after).toBeGreaterThan(0)
    lines.splice(after + 1, 0, '', pasted)
    mkdirSync(join(dir, 'copy'), { recursive: true })
    writeFileSync(join(dir, 'copy/api.es.md'), lines.join('\n'))
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1, topReasons: 1000 })
    const report = dataset.drift.find((r) => r.document.endsWith('copy/api.es.md'))
    expect(report).toBeDefined()
    const strong: DriftReason[] = report!.slots.flatMap((s) => s.reasons).filter((r) => r.score >= 0.5)
    const copied = strong.filter((r) => /copied from another article/u.test(r.message))
    expect(copied.map((r) => r.code)).toEqual(['extra'])
  }, 180_000)
})
