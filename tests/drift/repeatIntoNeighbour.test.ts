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

// OpenTelemetry's Chinese demo architecture page with its last paragraph (the CI/CD pipeline) replaced by an earlier
// paragraph of the same page (feature flags, about as long), as the evaluation's `replaced` fault does. The parser
// drops the later copy; in a corpus whose word links re-fit the cells, the aligner reads the emptied last slot into
// the paragraph before it (one segment filling two slots, a merge to the eye), so no slot stands empty and the slot
// that lost its text had no finding. That layout is laid out here on the page's own parse and pivot.
const DEV = resolve(import.meta.dirname, '../../data/docs-dev')
const PROJECT = 'opentelemetry-docs'
const FILE = 'content/zh/docs/demo/requirements/architecture.md'
const scratch = scratchDir('repeat-into-neighbour')
afterAll(() => scratch.remove())

const TARGET = '本项目的设计目标之一是包含一个'
const PASTED = '特性开关是云原生应用开发'
const BEFORE = '对于本地/非 Kubernetes 部署'

describe('a paragraph pasted over a slot the aligner then read into its neighbour’s paragraph', () => {
  let pivot: Pivot
  let doc: ParsedDocument
  let cells: Array<SlotCell | null>
  let slotOf: (text: string) => number

  beforeAll(async () => {
    const lines = readFileSync(join(DEV, PROJECT, FILE), 'utf8').split('\n')
    const to = paragraphAt(lines, TARGET)
    const from = paragraphAt(lines, PASTED)
    expect(from.end).toBeLessThan(to.start)
    const dir = join(scratch.dir, 'architecture')
    cpSync(join(DEV, PROJECT), join(dir, PROJECT), { recursive: true })
    mkdirSync(dirname(join(dir, 'copies', FILE)), { recursive: true })
    writeFileSync(join(dir, 'copies', FILE), [...lines.slice(0, to.start), ...lines.slice(from.start, from.end), ...lines.slice(to.end)].join('\n'))
    const dataset = await alignCorpus([dir], { level: 'turn', workers: 1 })
    // The dataset's documents leave their text out; the places of segments and diagnostics point into the file's.
    doc = { ...dataset.documents.find((d) => d.path === join(dir, 'copies', FILE))!, text: readFileSync(join(dir, 'copies', FILE), 'utf8') }
    const original = dataset.documents.find((d) => d.path === join(dir, PROJECT, FILE))!
    const table = dataset.alignments.find((a) => a.rows.some((r) => r.cells[doc.id] !== undefined))!
    pivot = dataset.pivots.find((p) => p.id === table.family)!
    cells = table.rows.map((r) => r.cells[doc.id] ?? null)
    const segmentOf = original.segments.find.bind(original.segments)
    slotOf = (text) => table.rows.findIndex((r) => r.cells[original.id]?.segments.includes(segmentOf((s) => s.text.startsWith(text))!.id) === true)
  })

  it('names the slot whose place the dropped repeat took, read into the paragraph before it', () => {
    const target = slotOf(TARGET)
    const before = slotOf(BEFORE)
    expect(target).toBe(before + 1)
    expect(doc.diagnostics.some((d) => d.ruleId === 'duplicate-line')).toBe(true)
    // The layout of the corpus run: the last slot holds the paragraph before it, which fills both.
    expect(cells[target]).toBeNull()
    const merged = cells.map((c, i) => (i === target ? cells[before]! : c))
    const shareOf = letterShares(contentSegments(doc))
    const findings = repeatedParagraphs(pivot, doc, merged, (s) => shareOf(s.id))
    expect(findings[target]).toMatchObject({ code: 'replaced', detail: expect.stringMatching(/has no text of its own/u) })
    expect(findings[target]!.score).toBeGreaterThanOrEqual(0.5)
  })
})
