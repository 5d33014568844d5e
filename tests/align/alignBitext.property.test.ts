import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { alignBitext } from '../../src/align/alignBitext.js'
import type { Bead } from '../../src/types.js'

function checkInvariants(beads: Bead[], n: number, m: number, maxBead: number): void {
  let i = 0
  let j = 0
  for (const bead of beads) {
    expect(bead.source.length + bead.target.length).toBeGreaterThan(0)
    for (const s of bead.source) expect(s).toBe(i++)
    for (const t of bead.target) expect(t).toBe(j++)
    const a = bead.source.length
    const b = bead.target.length
    const allowed = (a === 0 && b === 1) || (a === 1 && b === 0) || (a >= 1 && b >= 1 && a + b <= maxBead + 1)
    expect(allowed, `bead type ${a}-${b} with maxBead ${maxBead}`).toBe(true)
    expect(bead.confidence).toBeGreaterThanOrEqual(0)
    expect(bead.confidence).toBeLessThanOrEqual(1)
    expect(Number.isFinite(bead.score)).toBe(true)
  }
  expect(i).toBe(n)
  expect(j).toBe(m)
}

const sentence = fc.oneof(
  fc.constant(''),
  fc.constant('   '),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Hello world.', 'Сәлем, әлем!', 'សួស្តី​ពិភពលោក។', 'Is it 2024?', 'www.example.com', '(a) list', '«quoted»'),
)

describe('alignBitext invariants (property-based)', () => {
  it('covers every index of both sides once, in order, with allowed bead types only', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 25 }),
        fc.array(sentence, { maxLength: 25 }),
        fc.integer({ min: 1, max: 4 }),
        (source, target, maxBead) => {
          checkInvariants(alignBitext(source, target, { maxBead }), source.length, target.length, maxBead)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('keeps the invariants on the banded coarse-to-fine path', () => {
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 20, maxLength: 80 }),
        fc.array(sentence, { minLength: 20, maxLength: 80 }),
        (source, target) => {
          const beads = alignBitext(source, target, { exactLimit: 50, bandWidth: 2 })
          checkInvariants(beads, source.length, target.length, 3)
        },
      ),
      { numRuns: 40 },
    )
  })
})
