import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { unplacedCause } from '../../scripts/drift/unplaced.js'
import { parseDocument } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'

// The docs harness counts the faults whose text fills no slot of the family's table by what became of that text.
// Tauri's Trunk page (data/docs-dev; source and licence in its README): front matter, an MDX import, a paragraph,
// a checklist, a `<Steps>` list of headings with code blocks.
describe('why a fault of the docs harness lands on no slot', () => {
  const path = 'data/docs-dev/tauri-frontend/src/content/docs/start/frontend/trunk.mdx'
  const text = readFileSync(path, 'utf8')
  const doc = parseDocument(text, { id: 'en', path })
  const intro = doc.segments.find((s) => s.text.startsWith('Trunk is a WASM web application bundler'))!
  // A table with one slot per content segment but the introduction (as if the aligner had left it out).
  const rows = doc.segments.filter((s) => s.role !== 'code' && s.role !== 'boilerplate' && s !== intro).map((s) => ({ slot: `slot-${s.id}`, cells: { en: { segments: [s.id] } } }))
  const dataset = { documents: [doc], alignments: [{ family: 'f', rows }] } as unknown as Dataset
  const why = (probes: string[]) => unplacedCause(dataset, 'f', [{ id: 'en', member: true }], probes, [text])

  it('tells a content segment of no slot from code, from text no segment holds, from a copy of no family', () => {
    expect(why(['Trunk is a WASM web'])).toEqual({ cause: 'segment in no slot', kinds: ['paragraph'] })
    expect(why(['"beforeDevCommand": "trunk serve"'])).toEqual({ cause: 'code segment', kinds: ['code'] })
    expect(why(['minHeadingLevel: 2'])).toEqual({ cause: 'in no segment', kinds: ['frontmatter'] })
    expect(unplacedCause(dataset, undefined, [{ id: 'en', member: false }], ['Trunk is a WASM web'], [text]).cause).toBe('no family')
  })
})
