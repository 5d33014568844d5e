import type { SegmentRole } from '../../types.js'

const ROLE_BITS: Record<SegmentRole, number> = {
  title: 1,
  heading: 2,
  intro: 4,
  body: 8,
  question: 16,
  answer: 32,
  boilerplate: 64,
  code: 128,
}

/**
 * Bit of a role in a role mask (0 when unknown).
 * @param role Segment role or `undefined`.
 * @returns A single bit.
 */
export function roleBit(role: SegmentRole | undefined): number {
  return role === undefined ? 0 : ROLE_BITS[role]
}

/**
 * Structure cost of a bead from the role masks of its two groups and whether each group starts a paragraph
 * (`-1` unknown, `0` no, `1` yes). Question against answer is a strong contradiction; other disjoint roles a
 * weak one; shared question/answer roles earn a small reward.
 * @param sourceRoles OR of the source items' role bits.
 * @param targetRoles OR of the target items' role bits.
 * @param sourceStart Paragraph start flag of the first source item.
 * @param targetStart Paragraph start flag of the first target item.
 * @returns Cost in nats.
 */
export function structureCost(sourceRoles: number, targetRoles: number, sourceStart: number, targetStart: number): number {
  let cost = 0
  if (sourceRoles !== 0 && targetRoles !== 0) {
    const qa = ROLE_BITS.question | ROLE_BITS.answer
    if ((sourceRoles & targetRoles) === 0) {
      cost += (sourceRoles & qa) !== 0 && (targetRoles & qa) !== 0 ? 4 : 1
    } else if ((sourceRoles & targetRoles & qa) !== 0) cost -= 0.5
  }
  if (sourceStart >= 0 && targetStart >= 0 && sourceStart !== targetStart) cost += 0.7
  return cost
}
