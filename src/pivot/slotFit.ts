import type { PivotSlot, Segment } from '../types.js'
import { anchorsOf, sameAnchor } from './pivotAnchors.js'
import { roleFamily } from './roleFamily.js'

/** Smallest share spread used for z-scores, so that a family of two does not divide by ~0. */
export const MIN_SHARE_SPREAD = 0.015

/** Cost of headings on one side only (slots or segments), within the prose family. */
export const HEADING_MISMATCH = 2

/**
 * Expected spread of a slot's length share: the measured one when the pivot has it, else a fifth of the share
 * plus one point (a pivot written by hand gives rough shares).
 */
export function shareSpread(slot: PivotSlot): number {
  return Math.max(MIN_SHARE_SPREAD, slot.shareSpread ?? 0.2 * slot.share + 0.01)
}

/**
 * Cost (≥ 0, lower is better) of filling pivot slots with segments of a document, from general evidence:
 * role agreement (a heading apart from other prose), length share against the slot's expected share (a z-score), and expected anchors found.
 * @param slots One or more consecutive slots.
 * @param segments One or more consecutive segments.
 * @param shares Length share of each of those segments in their document.
 */
export function slotFit(slots: readonly PivotSlot[], segments: readonly Segment[], shares: readonly number[]): number {
  let cost = 0
  const slotRoles = new Set(slots.map((s) => roleFamily(s.role)))
  const segmentRoles = new Set(segments.map((s) => roleFamily(s.role)))
  for (const r of slotRoles) if (!segmentRoles.has(r)) cost += 4
  // A heading is prose, but a translation does not write one as a paragraph or a paragraph as one.
  if (slots.some((s) => s.role === 'heading') !== segments.some((s) => s.role === 'heading')) cost += HEADING_MISMATCH
  const expected = slots.reduce((a, s) => a + s.share, 0)
  const spread = Math.max(MIN_SHARE_SPREAD, Math.sqrt(slots.reduce((a, s) => a + shareSpread(s) ** 2, 0)))
  const actual = shares.reduce((a, b) => a + b, 0)
  const z = (actual - expected) / spread
  cost += Math.min(8, (z * z) / 2)
  const anchors = slots.flatMap((s) => s.anchors)
  if (anchors.length > 0) {
    const found = segments.flatMap((s) => anchorsOf(s.text))
    const matched = anchors.filter((a) => found.some((f) => sameAnchor({ kind: a.kind, normalized: a.key }, f))).length
    cost += 1.5 * (1 - matched / anchors.length)
  }
  return cost
}
