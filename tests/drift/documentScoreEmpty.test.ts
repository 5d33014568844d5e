import { describe, expect, it } from 'vitest'
import { documentScore } from '../../src/drift/documentScore.js'
import { DEFAULT_DRIFT_WEIGHTS } from '../../src/drift/weights.js'
import type { Pivot } from '../../src/types.js'

// A pivot may hold no slot (its hub had only furniture): a translation whose whole text fills no slot drifted all
// the way, as its `extra` component says; the unplaced text's weight, scaled by the slot count, read 0 there.
describe('the document score against a pivot without slots', () => {
  it('counts a document whose text is all unplaced as drifted', () => {
    const pivot = { slots: [] } as unknown as Pivot
    const { score, components } = documentScore(pivot, [], [{ id: 's1', role: 'body', share: 1 }], { ...DEFAULT_DRIFT_WEIGHTS }, 10)
    expect(components.extra).toBe(1)
    expect(score).toBeGreaterThan(0.5)
  })
})
