import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { linkSlots, slotsOf } from '../../scripts/drift/faultSlots.js'
import { parseDocument } from '../../src/index.js'
import type { Dataset } from '../../src/types.js'

// The docs harness names a fault's slots by the text it changed. Starship's FAQ (data/docs-dev; source and licence in
// its README) holds a bash example whose code the parser lends to the paragraph before it.
describe('the slots a fault of the docs harness lands on', () => {
  const path = 'data/docs-dev/starship-faq/docs/faq/README.md'
  const doc = parseDocument(readFileSync(path, 'utf8'), { id: 'en', path })
  // A table with one slot per segment that fills one (code and furniture fill none).
  const rows = doc.segments.filter((s) => s.role !== 'code' && s.role !== 'boilerplate').map((s) => ({ slot: `slot-${s.id}`, cells: { en: { segments: [s.id] } } }))
  const dataset = { documents: [doc], alignments: [{ family: 'f', rows }] } as unknown as Dataset
  const code = doc.segments.find((s) => s.role === 'code' && s.text.includes('NUM_JOBS=$(jobs -p | wc -l)'))!
  const host = doc.segments.slice(0, doc.segments.indexOf(code)).reverse().find((s) => s.role !== 'code' && s.role !== 'boilerplate')!

  it('credits the paragraph a code block is lent to only for a fault in code or links', () => {
    expect(slotsOf(dataset, 'f', 'en', ['NUM_JOBS=$(jobs -p | wc -l)'], true)).toEqual(new Set([`slot-${host.id}`]))
    // A probe of another fault (a number, a replaced sentence) that the code block happens to hold names no slot.
    expect(slotsOf(dataset, 'f', 'en', ['NUM_JOBS=$(jobs -p | wc -l)'], false)).toEqual(new Set())
  })

  it('names the slot of a paragraph holding the probe, whatever the fault', () => {
    const paragraph = rows.find((r) => r.cells.en.segments[0] === host.id)!
    const probe = host.text.slice(0, 30)
    expect(slotsOf(dataset, 'f', 'en', [probe], false)).toEqual(new Set([paragraph.slot]))
  })

  it('names the slot of the paragraph a changed link is lent to, where a reader sees no text of it', () => {
    // RustDesk's Chinese README (tests/fixtures/real) offers its F-Droid download as a badge, `[<img … height="80">](…)`,
    // in the header block the parser lends to the paragraph beside it: no probe of text finds it, its target does.
    const readme = 'tests/fixtures/real/rustdesk-readme/docs/README-ZH.md'
    const from = 'https://f-droid.org/en/packages/com.carriez.flutter_hbb'
    const text = readFileSync(readme, 'utf8').replace(from, `${from.slice(0, -1)}c`)
    const zh = parseDocument(text, { id: 'zh', path: readme })
    const zhRows = zh.segments.filter((s) => s.role !== 'code' && s.role !== 'boilerplate').map((s) => ({ slot: `slot-${s.id}`, cells: { zh: { segments: [s.id] } } }))
    const zhSet = { documents: [zh], alignments: [{ family: 'f', rows: zhRows }] } as unknown as Dataset
    const host = zh.segments.find((s) => (s.anchors ?? []).some((a) => a.text === `${from.slice(0, -1)}c`))!
    expect(host.role).not.toBe('boilerplate')
    expect(linkSlots(zhSet, 'f', 'zh', `${from.slice(0, -1)}c`)).toEqual(new Set([`slot-${host.id}`]))
    expect(linkSlots(zhSet, 'f', 'zh', from)).toEqual(new Set())
  })
})
