import { describe, expect, it } from 'vitest'
import { documentScore } from '../../src/drift/documentScore.js'
import { DEFAULT_DRIFT_WEIGHTS } from '../../src/drift/weights.js'
import type { DriftReason, Pivot, SlotDrift } from '../../src/types.js'

// A documentation page of fifty paragraphs: one translation changed a link in one of them (a sure finding), another
// writes every paragraph a little longer or shorter than the others (weak `length` reasons, ordinary variance).
const n = 50
const pivot = { slots: Array.from({ length: n }, (_, i) => ({ id: `body-${i}`, share: 1 / n })) } as unknown as Pivot
const slot = (i: number, reasons: DriftReason[]): SlotDrift => ({ slot: `body-${i}`, score: 0, components: {}, reasons })
const weights = { ...DEFAULT_DRIFT_WEIGHTS }

describe('the document score and its strongest finding', () => {
  it('ranks a translation with one sure, serious finding above one whose slots all vary a little', () => {
    const changed = Array.from({ length: n }, (_, i) => slot(i, i === 7 ? [{ code: 'anchor-changed', slot: 'body-7', score: 1, message: 'link changed' }] : []))
    const varied = Array.from({ length: n }, (_, i) => slot(i, [{ code: 'length', slot: `body-${i}`, score: 0.4, message: 'length' }]))
    const one = documentScore(pivot, changed, [], weights, 10).score
    const diffuse = documentScore(pivot, varied, [], weights, 10).score
    expect(one).toBeGreaterThan(diffuse)
  })

  it('leaves a document without a finding (no reason at 0.5) as its slots score it', () => {
    const weak = Array.from({ length: n }, (_, i) => slot(i, i === 3 ? [{ code: 'missing', slot: 'body-3', score: 0.45, message: 'm' }] : []))
    const { score } = documentScore(pivot, weak, [], weights, 10)
    // One slot of fifty at evidence 0.45² (missing weighs the most): about 0.2 of a fiftieth.
    expect(score).toBeCloseTo(0.2025 / n, 3)
  })
})
