import type { DriftCode } from '../types.js'

/** Weight of each drift component in slot and document scores. */
export type DriftWeights = Record<DriftCode, number>

/**
 * Default weights: structure losses (missing content, lost anchors, changed roles, reordering) weigh most,
 * regrouping (split/merged) and length least, because translations legitimately regroup and vary in length.
 */
export const DEFAULT_DRIFT_WEIGHTS: Readonly<DriftWeights> = Object.freeze({
  missing: 3,
  extra: 2,
  split: 1,
  merged: 1,
  length: 1,
  partial: 2,
  replaced: 3,
  'anchor-lost': 2,
  'anchor-changed': 1,
  role: 2,
  order: 2,
})

/** Every drift code, in report order. */
export const DRIFT_CODES: readonly DriftCode[] = Object.freeze(['missing', 'extra', 'split', 'merged', 'length', 'partial', 'replaced', 'anchor-lost', 'anchor-changed', 'role', 'order'] as const)
