import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import type { DriftReason } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'

// A paragraph of another article pasted after a paragraph of a real translation (data/docs-dev): the aligner, reading
// lengths and order, groups the paragraph before it with its neighbour's (a split) and lays the pasted one on that
// paragraph's slot. The copy is found word for word in the other article; its slot's own text is the segment beside
// it, glued to the neighbouring slot: a paragraph was added (`extra`), nothing of the slot was replaced.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const PAGE = (l: string): string => `opentelemetry-concepts/content/${l}/docs/concepts/instrumentation/zero-code/index.md`
const RICH = ['README.md', 'README.de.md', 'README.de-ch.md', 'README.es.md', 'README.hi.md', 'README.sv.md', 'README.zh-tw.md'].map((f) => `rich-readme/${f}`)
const scratch = scratchDir('copied-beside')
afterAll(() => scratch.remove())

describe('a paragraph of another article pasted beside a paragraph the aligner glued to its neighbour', () => {
  it('is extra on the slot it took, not a replacement', async () => {
    const dir = scratch.dir
    // Every OpenTelemetry concept page of the set (the word links of its language pairs are learned from their
    // cells), and the Rich README in its languages.
    cpSync(join(DEV, 'opentelemetry-concepts'), join(dir, 'opentelemetry-concepts'), { recursive: true })
    for (const path of RICH) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      copyFileSync(join(DEV, path), join(dir, path))
    }
    // The Chinese zero-code page with the Traditional Chinese Rich README's "Console protocol" paragraph after its
    // "exporters" paragraph.
    const lines = readFileSync(join(DEV, PAGE('zh')), 'utf8').split('\n')
    const pasted = readFileSync(join(DEV, 'rich-readme/README.zh-tw.md'), 'utf8').split('\n').find((l) => l.includes('Console 協定'))!
    const after = lines.findIndex((l) => l.includes('/docs/concepts/components/#exporters'))
    expect(pasted).toBeDefined()
    expect(after).toBeGreaterThan(0)
    lines.splice(after + 1, 0, '', pasted)
    writeFileSync(join(dir, PAGE('zh')), lines.join('\n'))
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const report = dataset.drift.find((r) => r.document.endsWith(PAGE('zh')))
    expect(report).toBeDefined()
    const strong: DriftReason[] = report!.slots.flatMap((s) => s.reasons).filter((r) => r.score >= 0.5)
    const copied = strong.filter((r) => /copied from another article/u.test(r.message))
    expect(copied.map((r) => r.code)).toEqual(['extra'])
  }, 180_000)
})
