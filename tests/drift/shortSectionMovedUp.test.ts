import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { scratchDir } from '../bad-input/helpers.js'
import { swapSections } from '../markdownSections.js'

// A real page (data/docs-fresh, javascript-algorithms' Dijkstra README) in six languages, where the Japanese one has
// its short "Implementation example" section (a heading and one link) moved up before the long step-by-step example.
// The aligner glues the short section's two segments to the long one's first cells and lays the next section on the
// short one's slots: most anchors of the two sections stand where they belong, only the moved segments tell.
const DIR = resolve(import.meta.dirname, '../../data/docs-fresh/javascript-algorithms/src/algorithms/graph/dijkstra')
const FILES = ['README.md', 'README.de-DE.md', 'README.es-ES.md', 'README.fr-FR.md', 'README.ja-JP.md', 'README.uk-UA.md']
const scratch = scratchDir('short-section-moved-up')
afterAll(() => scratch.remove())

describe('a short section moved up past a long one', () => {
  it('Dijkstra README, Japanese, the implementation link section before the step-by-step example: order on its slots', async () => {
    const dir = join(scratch.dir, 'dijkstra')
    mkdirSync(join(dir, 'copies'), { recursive: true })
    for (const f of FILES) copyFileSync(join(DIR, f), join(dir, f))
    const text = readFileSync(join(DIR, 'README.ja-JP.md'), 'utf8')
    const swapped = swapSections(text, 1)
    expect(swapped).not.toBe(text)
    writeFileSync(join(dir, 'copies', 'README.ja-JP.md'), swapped)
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    const strongOrder = (suffix: string): string[] => {
      const report = dataset.drift.find((r) => r.document.endsWith(suffix))
      expect(report).toBeDefined()
      return report!.slots.filter((s) => s.reasons.some((r) => r.code === 'order' && r.score >= 0.5)).map((s) => s.slot)
    }
    expect(strongOrder('copies/README.ja-JP.md').length).toBeGreaterThanOrEqual(2)
    for (const f of FILES) expect(strongOrder(`dijkstra/${f}`)).toEqual([])
  }, 300_000)
})
