import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/index.js'
import { contentSegments } from '../../src/pivot/contentSegments.js'
import { joinTrailingItems, opensListItem } from '../../src/pivot/trailingRuns.js'
import type { PivotSlot, Segment, SlotCell } from '../../src/types.js'

// RustDesk's Chinese README (tests/fixtures/real) as it is: its Docker section writes "Then, each time you need to
// build the application, run the following command:", then "Note:" and a list of notes the English does not have.
// A cell that is a lead-in and list items runs on in the list items after it that fill no slot; a cell of several
// paragraphs that merely ends in a list item does not: the items after it are added, not the rest of its text
// (review L2 of the eighteenth round: they were joined and read as the slot's `length`, not as `extra`).
const path = resolve(import.meta.dirname, '../fixtures/real/rustdesk-readme/docs/README-ZH.md')
const text = readFileSync(path, 'utf8')
const doc = parseDocument(text, { id: 'docs/README-ZH.md' })
const segments = contentSegments(doc)
const starting = (words: string): Segment => {
  const s = segments.find((x) => x.text.startsWith(words))
  expect(s).toBeDefined()
  return s!
}
const slot: PivotSlot = { id: 'body-1', role: 'body', anchors: [], share: 0.05 }
const cell = (...held: Segment[]): SlotCell => ({ segments: held.map((s) => s.id), sentences: held.flatMap((s) => s.sentences.map((x) => x.id)), confidence: 0.9 })

describe('list items after a cell (joinTrailingItems) on a real translation', () => {
  const run = starting('然后, 每次需要构建应用程序时')
  const note = starting('请注意:')
  const after = segments.slice(segments.indexOf(note) + 1)
  const items = after.slice(0, after.findIndex((s) => !opensListItem(doc.text, s)))
  const [first, ...rest] = items

  it('finds the notes as list items', () => {
    expect(items.length).toBeGreaterThanOrEqual(3)
  })

  it('joins the rest of a list to a cell that is its lead-in and first item', () => {
    const joined = joinTrailingItems(doc.text, [slot], [cell(note, first!)], segments, rest.map((s) => s.id))
    expect(joined.cells[0]!.segments).toEqual([note, first!, ...rest].map((s) => s.id))
    expect(joined.extra).toEqual([])
  })

  it('leaves the items after a cell of several paragraphs that ends in a list item extra', () => {
    const joined = joinTrailingItems(doc.text, [slot], [cell(run, note, first!)], segments, rest.map((s) => s.id))
    expect(joined.cells[0]!.segments).toEqual([run, note, first!].map((s) => s.id))
    expect(joined.extra).toEqual(rest.map((s) => s.id))
  })
})
