import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignFamily, buildPivot, parseDocument } from '../../src/index.js'
import { contentSegments } from '../../src/pivot/contentSegments.js'
import { findSwaps } from '../../src/pivot/findSwaps.js'
import type { ParsedDocument, Pivot } from '../../src/types.js'

// Pake's docs index (tests/fixtures/sites/pake-docs) and its faithful Simplified Chinese translation, a family of
// two. The Chinese list items keep English product names ("Pake Action集成 - …") beside all-Chinese ones, so their
// letter counts are lopsided against the English: the item before "开发指南" reads long, the one after it short.
// The pivot's shares are the mean of the two members', and lengths alone put the two items back "in their places"
// (`order` on three slots of a faithful translation). In a family of two, lengths alone reorder no cells; in a family
// of three or more they still do.
const DIR = resolve(import.meta.dirname, '../fixtures/sites/pake-docs')
const read = (name: string): string => readFileSync(resolve(DIR, name), 'utf8')
const en = parseDocument(read('README.md'), { id: 'docs/README.md', path: 'docs/README.md' })
const zhText = read('README_CN.md')

/** The slots the document's alignment reports in swapped order. */
function reordered(pivot: Pivot, documents: readonly ParsedDocument[], id: string): string[] {
  const { alignments } = alignFamily('family-1', pivot, documents)
  return alignments.find((a) => a.document === id)!.reordered.flat()
}

describe('swaps in a family of two (findSwaps)', () => {
  it('reads no swap from lengths alone in a faithful translation', () => {
    const zh = parseDocument(zhText, { id: 'docs/README_CN.md', path: 'docs/README_CN.md' })
    const pivot = buildPivot([en, zh])
    expect(pivot.slots.map((s) => s.label)).toContain('Developer Guides')
    expect(reordered(pivot, [en, zh], zh.id)).toEqual([])
  })

  it('reads lengths as before where the shares are a majority of members', () => {
    // The same cells read as a family of three would read them: the length-only swap is still made there.
    const zh = parseDocument(zhText, { id: 'docs/README_CN.md', path: 'docs/README_CN.md' })
    const pivot = buildPivot([en, zh])
    const { alignments } = alignFamily('family-1', pivot, [en, zh])
    const segments = contentSegments(zh)
    const cells = alignments.find((a) => a.document === zh.id)!.cells
    const label = (id: string): string | undefined => pivot.slots.find((s) => s.id === id)?.label
    const swapped = findSwaps(pivot.slots, cells, segments, [], [], 3).reordered.flat().map(label)
    expect(swapped).toContain('Developer Guides')
    expect(findSwaps(pivot.slots, cells, segments, [], [], 2).reordered).toEqual([])
  })
})
