import type { AlignmentLevel, SegmentRole } from '../types.js'

/** The `meta` of a Hugging Face `translation` JSONL line, pairwise or N-way: where the unit comes from, how good it is. */
export interface UnitMeta {
  /** Id of the first aligned unit it comes from. */
  id: string
  /** Ids of the aligned units it comes from (several when a document merged what the pivot splits). */
  units: string[]
  /** Family id. */
  family: string
  /** Pivot slot of the first unit. */
  slot: string
  /** Granularity. */
  level: AlignmentLevel
  /** Role of the slot. */
  role: SegmentRole
  /** Confidence of the unit in [0, 1]: for a pair the product of its two cells', N-way the lowest cell's. */
  confidence: number
  /** Confidence of each language's cell, in [0, 1]. */
  confidences: Record<string, number>
  /** Drift of each language's document on the unit's slot, in [0, 1]. */
  drift: Record<string, number>
  /** Document id behind each language tag. */
  documents: Record<string, string>
}
