import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alignCorpus } from '../../src/index.js'
import { contentSegments } from '../../src/pivot/contentSegments.js'
import { letterShares } from '../../src/drift/cellShares.js'
import { repeatedParagraphs } from '../../src/drift/repeatedText.js'
import type { ParsedDocument, Pivot, SlotCell } from '../../src/types.js'
import { scratchDir } from '../bad-input/helpers.js'
import { paragraphAt } from '../markdownSections.js'

// The paths of `slidBeside` (src/drift/slidCells.ts): a paragraph pasted in place of a slot's text, its kept copy
// placed in no slot, and the aligner moved the paragraph after the paste (or before it) into the paste's slot,
// leaving that paragraph's own slot empty. The slot that lost its text is then the one holding the moved
// paragraph, told by its links. The aligner of this code no longer slides on the evaluation's pastes (they read
// `missing` where the paste's own slot is left empty), so the slid layout is laid out here, on the real page, its
// pivot and its parse: the paste in OpenTelemetry's Japanese zero-code page, whose paragraphs 3 and 4 each link
// pages of their own (`code-based`; `libraries` and the exporters).
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const PROJECT = 'opentelemetry-concepts'
const FILE = 'content/ja/docs/concepts/instrumentation/zero-code/index.md'
const scratch = scratchDir('slid-cells')
afterAll(() => scratch.remove())

interface Setup {
  pivot: Pivot
  doc: ParsedDocument
  cells: Array<SlotCell | null>
  /** The pivot slot whose cell holds, in the unmodified translation, the segment starting with the text. */
  slotOf: (text: string) => number
  /** The copy's segment starting with the text. */
  segmentOf: (text: string) => string
}

/** The project with a copy of the page where the paragraph starting with `target` is replaced by the one starting with `pasted`. */
async function withPaste(target: string, pasted: string): Promise<Setup> {
  const lines = readFileSync(join(DEV, PROJECT, FILE), 'utf8').split('\n')
  const to = paragraphAt(lines, target)
  const from = paragraphAt(lines, pasted)
  expect(to.start).toBeGreaterThanOrEqual(0)
  expect(from.start).toBeGreaterThan(to.end)
  const dir = join(scratch.dir, `paste-${to.start}`)
  cpSync(join(DEV, PROJECT), join(dir, PROJECT), { recursive: true })
  mkdirSync(dirname(join(dir, 'copies', FILE)), { recursive: true })
  writeFileSync(join(dir, 'copies', FILE), [...lines.slice(0, to.start), ...lines.slice(from.start, from.end), ...lines.slice(to.end)].join('\n'))
  const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
  // The dataset's documents leave their text out; the places of segments and diagnostics point into the file's.
  const doc = { ...dataset.documents.find((d) => d.path === join(dir, 'copies', FILE))!, text: readFileSync(join(dir, 'copies', FILE), 'utf8') }
  const original = dataset.documents.find((d) => d.path === join(dir, PROJECT, FILE))!
  const table = dataset.alignments.find((a) => a.rows.some((r) => r.cells[doc.id] !== undefined))!
  const pivot = dataset.pivots.find((p) => p.id === table.family)!
  const cells = table.rows.map((r) => r.cells[doc.id] ?? null)
  const segmentIn = (d: Pick<ParsedDocument, 'segments'>, text: string): string => d.segments.find((s) => s.text.startsWith(text))!.id
  const slotOf = (text: string): number => table.rows.findIndex((r) => r.cells[original.id]?.segments.includes(segmentIn(original, text)) === true)
  return { pivot, doc, cells, slotOf, segmentOf: (text) => segmentIn(doc, text) }
}

/** The cells with the paste's kept copy placed nowhere, `to` holding the segment of `from`, and `from` left empty. */
function slid(s: Setup, keptCopy: string, from: number, to: number): Array<SlotCell | null> {
  const kept = s.segmentOf(keptCopy)
  const cells = s.cells.map((c) => (c === null ? null : { ...c, segments: c.segments.filter((id) => id !== kept) })).map((c) => (c === null || c.segments.length === 0 ? null : c))
  const moved = cells[from]
  expect(moved).not.toBeNull()
  cells[to] = moved!
  cells[from] = null
  return cells
}

/** The slots with a `replaced` finding, by id. */
function replacedSlots(s: Setup, cells: ReadonlyArray<SlotCell | null>): string[] {
  const shareOf = letterShares(contentSegments(s.doc))
  const findings = repeatedParagraphs(s.pivot, s.doc, cells, (segment) => shareOf(segment.id))
  return findings.flatMap((f, i) => (f?.code === 'replaced' ? [s.pivot.slots[i]!.id] : []))
}

const PASTED = 'ゼロコード計装は以下の言語に対応しています'
const THIRD = '通常、ゼロコード計装は'
const FOURTH = 'さらに、ゼロコード計装では'

describe('a pasted paragraph placed nowhere, its slot filled with the paragraph after it', () => {
  let s: Setup
  beforeAll(async () => {
    s = await withPaste(THIRD, PASTED)
  })

  it('names the slot the paste took: its cell holds the next slot’s text, and that slot stands empty', () => {
    const third = s.slotOf(THIRD)
    const fourth = s.slotOf(FOURTH)
    expect(fourth).toBe(third + 1)
    expect(s.doc.diagnostics.some((d) => d.ruleId === 'duplicate-line')).toBe(true)
    expect(replacedSlots(s, slid(s, PASTED, fourth, third))).toEqual([s.pivot.slots[third]!.id])
  })
})

describe('a pasted paragraph placed nowhere, its slot filled with the paragraph before it', () => {
  let s: Setup
  beforeAll(async () => {
    s = await withPaste(FOURTH, PASTED)
  })

  it('names the slot the paste took: its cell holds the previous slot’s text, and that slot stands empty', () => {
    const third = s.slotOf(THIRD)
    const fourth = s.slotOf(FOURTH)
    expect(fourth).toBe(third + 1)
    expect(replacedSlots(s, slid(s, PASTED, third, fourth))).toEqual([s.pivot.slots[fourth]!.id])
  })
})
