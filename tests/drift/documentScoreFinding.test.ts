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

describe('the document score and its strongest evidence', () => {
  it('ranks a translation with one sure, serious finding above one whose slots all vary a little', () => {
    const changed = Array.from({ length: n }, (_, i) => slot(i, i === 7 ? [{ code: 'anchor-changed', slot: 'body-7', score: 1, message: 'link changed' }] : []))
    const varied = Array.from({ length: n }, (_, i) => slot(i, [{ code: 'length', slot: `body-${i}`, score: 0.4, message: 'length' }]))
    const one = documentScore(pivot, changed, [], weights, 10).score
    const diffuse = documentScore(pivot, varied, [], weights, 10).score
    expect(one).toBeGreaterThan(diffuse)
  })

  it('lifts the score by the strongest slot evidence, squared as the slots count: a reason at 0.5 a quarter of one at 1', () => {
    const one = (score: number) => documentScore(pivot, Array.from({ length: n }, (_, i) => slot(i, i === 3 ? [{ code: 'missing', slot: 'body-3', score, message: 'm' }] : [])), [], weights, 10).score
    // One slot of fifty (weight 1/50) at evidence e = score² (missing weighs the most): 1 − (1 − e/50)(1 − 0.1·e).
    const expected = (e: number) => 1 - (1 - e / n) * (1 - 0.1 * e)
    expect(one(0.5)).toBeCloseTo(expected(0.25), 4)
    expect(one(1)).toBeCloseTo(expected(1), 4)
    // Below the firing level the lift goes on smoothly: no step at 0.5 between two near scores.
    expect(one(0.5) - one(0.49)).toBeLessThan(0.002)
  })
})
