import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
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
const OTHER = 'starship-readme'
const OTHER_ZH = `${OTHER}/docs/zh-CN/guide/README.md`
const scratch = scratchDir('copied-beside')
afterAll(() => scratch.remove())

describe('a paragraph of another article pasted beside a paragraph the aligner glued to its neighbour', () => {
  it('is extra on the slot it took, not a replacement', async () => {
    const dir = scratch.dir
    // Every OpenTelemetry concept page of the set (the word links of its language pairs are learned from their
    // cells), and the Starship README in its languages.
    cpSync(join(DEV, 'opentelemetry-concepts'), join(dir, 'opentelemetry-concepts'), { recursive: true })
    cpSync(join(DEV, OTHER), join(dir, OTHER), { recursive: true })
    // The Chinese zero-code page with the Simplified Chinese Starship README's sponsors paragraph after its
    // "exporters" paragraph: a paste within one language variant (a Traditional Chinese paragraph in a Simplified
    // Chinese page is no copy within the page's language).
    const lines = readFileSync(join(DEV, PAGE('zh')), 'utf8').split('\n')
    const pasted = readFileSync(join(DEV, OTHER_ZH), 'utf8').split('\n').find((l) => l.includes('github.com/sponsors/starship'))!
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
