import { describe, expect, it } from 'vitest'
import { alignToPivot, buildPivot, parseDocument, scoreDrift } from '../../src/index.js'
import type { DriftCode, DriftReport, ParsedDocument } from '../../src/index.js'
import { paragraphRange, read, seedInterviews, splice, turn } from './helpers.js'

// The pivot is built once from the unperturbed pair; each perturbation edits the second translation's text
// and is scored against that pivot.
const [hub, other] = seedInterviews() as [ParsedDocument, ParsedDocument]
const cache = new Map()
const pivot = buildPivot([hub, other], { cache })

function drift(doc: ParsedDocument): DriftReport {
  return scoreDrift(pivot, doc, alignToPivot(pivot, doc, { cache, hub }))
}
const baseline = drift(other)

function component(report: DriftReport, slot: string, code: DriftCode): number {
  return report.slots.find((s) => s.slot === slot)?.components[code] ?? 0
}

function perturbed(edits: Array<[number, number, string]>, id: string): ParsedDocument {
  return parseDocument(splice(other.text, edits), { id })
}

const cases: Array<{ name: string; doc: () => ParsedDocument; slots: string[]; code: DriftCode }> = [
  {
    name: 'deleting a turn raises missing on its slots',
    doc: () => {
      const q = paragraphRange(other, turn(other, 'question', 4))
      const a = paragraphRange(other, turn(other, 'answer', 4))
      return perturbed([[q[0], a[1] + 2, '']], 'deleted')
    },
    slots: ['q-4', 'a-4'],
    code: 'missing',
  },
  {
    name: 'merging two answers raises merged on their slots',
    doc: () => {
      const a3 = paragraphRange(other, turn(other, 'answer', 3))
      const q4 = paragraphRange(other, turn(other, 'question', 4))
      const a4 = turn(other, 'answer', 4)
      // Answer 4 joins answer 3 in one paragraph; the question between them goes.
      return perturbed([[a3[1], a4.place.start.offset, ' ']], 'merged')
      void q4
    },
    slots: ['a-3', 'a-4'],
    code: 'merged',
  },
  {
    name: 'swapping two turns raises order on their slots',
    doc: () => {
      const first = [paragraphRange(other, turn(other, 'question', 2))[0], paragraphRange(other, turn(other, 'answer', 2))[1]] as const
      const second = [paragraphRange(other, turn(other, 'question', 3))[0], paragraphRange(other, turn(other, 'answer', 3))[1]] as const
      const a = other.text.slice(first[0], first[1])
      const b = other.text.slice(second[0], second[1])
      return perturbed([[first[0], first[1], b], [second[0], second[1], a]], 'swapped')
    },
    slots: ['a-2', 'a-3'],
    code: 'order',
  },
  {
    name: 'changing a name raises anchor loss on its slot',
    doc: () => {
      const slotIndex = pivot.slots.findIndex((s) => s.anchors.some((a) => a.kind === 'name'))
      const name = pivot.slots[slotIndex]!.anchors.find((a) => a.kind === 'name')!
      const variant = name.variants.find((v) => other.text.includes(v))!
      return parseDocument(other.text.split(variant).join('Xyzzyplugh'), { id: 'renamed' })
    },
    slots: [pivot.slots.find((s) => s.anchors.some((a) => a.kind === 'name'))!.id],
    code: 'anchor-lost',
  },
  {
    name: 'dropping a URL raises anchor loss on its slot',
    doc: () => {
      const url = pivot.slots.flatMap((s) => s.anchors).find((a) => a.kind === 'url')!
      const variant = url.variants.find((v) => other.text.includes(v))!
      return parseDocument(other.text.split(variant).join(''), { id: 'no-url' })
    },
    slots: [pivot.slots.find((s) => s.anchors.some((a) => a.kind === 'url'))!.id],
    code: 'anchor-lost',
  },
]

describe('drift under perturbations of a real translation', () => {
  it.each(cases)('$name and the document score', ({ doc, slots, code }) => {
    const report = drift(doc())
    const raised = slots.filter((slot) => component(report, slot, code) > component(baseline, slot, code))
    expect(raised.length).toBeGreaterThanOrEqual(1)
    expect(report.components[code]).toBeGreaterThan(baseline.components[code])
    expect(report.score).toBeGreaterThan(baseline.score)
    expect(report.reasons.some((r) => r.code === code)).toBe(true)
  })
})

describe('dropping a number', () => {
  const en = parseDocument(read('tests/fixtures/pivot/bakery-en.md'), { id: 'en' })
  const de = parseDocument(read('tests/fixtures/pivot/bakery-de.md'), { id: 'de' })
  const bakery = buildPivot([en, de])
  const hubDoc = bakery.document === en.id ? en : de
  const translation = hubDoc === en ? de : en
  const year = bakery.slots.flatMap((s) => s.anchors).find((a) => a.kind === 'number' && a.key.length === 4)!

  it('raises anchor-lost on the slot that held it, and the document score', () => {
    const dropped = parseDocument(translation.text.replace(year.variants.find((v) => translation.text.includes(v))!, ''), { id: 'dropped' })
    const before = scoreDrift(bakery, translation, alignToPivot(bakery, translation, { hub: hubDoc }))
    const after = scoreDrift(bakery, dropped, alignToPivot(bakery, dropped, { hub: hubDoc }))
    const slot = bakery.slots.find((s) => s.anchors.includes(year))!.id
    expect(after.slots.find((s) => s.slot === slot)!.components['anchor-lost']).toBeGreaterThan(before.slots.find((s) => s.slot === slot)!.components['anchor-lost'] ?? 0)
    expect(after.score).toBeGreaterThan(before.score)
  })
})
