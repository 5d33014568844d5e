import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'

// Vite's Getting Started page (data/docs-dev/vite-getting-started): the English original and six translations, four
// of them (de, fa, ko, pt) older than the English, which has since moved from Rollup and esbuild to Rolldown and Oxc
// and changed its links. With the original named, the pivot expects what the original holds, not what most
// (stale) translations hold.
const DIR = resolve(import.meta.dirname, '../../data/docs-dev/vite-getting-started')

describe('a pivot built around the named source', () => {
  it('expects no anchor the source lacks: the source loses none, the stale translations still do', async () => {
    const dataset = await alignCorpus([DIR], { level: 'turn', workers: 1, source: 'en' })
    const family = dataset.families.find((f) => !f.alone)!
    const source = dataset.documents.find((d) => d.id === family.source)!
    expect(source.path).toMatch(/vite\/docs\/guide\/index\.md$/u)
    const strong = (id: string): string[] => dataset.drift.find((r) => r.document === id)!.reasons.filter((r) => r.score >= 0.5).map((r) => r.code)
    expect(strong(source.id).filter((c) => c.startsWith('anchor'))).toEqual([])
    const stale = dataset.documents.find((d) => d.path!.includes('docs-de/'))!
    expect(strong(stale.id).filter((c) => c.startsWith('anchor')).length).toBeGreaterThan(0)
    // The pivot is built around the source.
    const pivot = dataset.pivots.find((p) => p.id === family.id)!
    expect(pivot.document).toBe(source.id)
  })
})
