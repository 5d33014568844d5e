import type { DriftCode } from '../types.js'

/** Weight of each drift component in slot and document scores. */
export type DriftWeights = Record<DriftCode, number>

/**
 * Default weights, calibrated on faithful and damaged translations (the news articles of `npm run eval:drift`,
 * six languages): each is the log-odds that a document where the code fires (score ≥ 0.5) is damaged rather than
 * faithful, `ln(P(fires | damaged) / P(fires | faithful))`, rounded. Codes that never fire on a faithful
 * translation — a slot missing, split or merged, a changed number, a lost question — weigh most; `length`, which
 * ordinary translation variance also trips, least; `replaced`, `partial` and `order`, whose word links and
 * lengths are sometimes fooled, in between.
 */
export const DEFAULT_DRIFT_WEIGHTS: Readonly<DriftWeights> = Object.freeze({
  missing: 3,
  extra: 2.5,
  split: 3,
  merged: 3,
  length: 0.75,
  partial: 1.5,
  replaced: 1.2,
  'anchor-lost': 2,
  'anchor-changed': 3,
  role: 2.5,
  order: 1.5,
})

/** Every drift code, in report order. */
export const DRIFT_CODES: readonly DriftCode[] = Object.freeze(['missing', 'extra', 'split', 'merged', 'length', 'partial', 'replaced', 'anchor-lost', 'anchor-changed', 'role', 'order'] as const)
