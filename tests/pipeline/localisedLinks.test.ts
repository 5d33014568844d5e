import { describe, expect, it } from 'vitest'
import { alignDocuments, loadCorpus } from '../../src/index.js'
import { candidatePairs } from '../../src/pipeline/candidatePairs.js'

// The CNCF glossary's three short entries (data/docs-fresh2, CC BY 4.0): every translation links the localised copies
// (`/ja/virtualization/`) of the pages the English entry links (`/virtualization/`).
const documents = loadCorpus(['data/docs-fresh2/cncf-glossary/content']).documents.sort((a, b) => (a.id < b.id ? -1 : 1))
const index = (path: string): number => documents.findIndex((d) => d.id.endsWith(path))

describe('links to the localised copy of a page, as family evidence', () => {
  const english = index('en/virtual-machine.md')
  const japanese = index('ja/virtual-machine.md')

  it('make a translation a candidate partner of its original (the pair filter of large corpora)', () => {
    const pairs = candidatePairs(documents).map(([i, j]) => `${i}|${j}`)
    expect(pairs).toContain(`${Math.min(english, japanese)}|${Math.max(english, japanese)}`)
  })

  it('count as anchors the two share in the parallelism verdict', () => {
    const verdict = alignDocuments(documents[english]!, documents[japanese]!).parallelism
    expect(verdict.anchorOverlap).toBeGreaterThanOrEqual(0.5)
    expect(verdict.parallel).toBe(true)
  })
})
