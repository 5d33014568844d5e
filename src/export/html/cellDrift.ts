import type { Dataset, DriftReason } from '../../types.js'

/** Drift of one document on one slot, as the report shows it. */
export interface CellDrift {
  /** Drift in [0, 1], when the dataset has a report for the document. */
  score: number | undefined
  /** Reasons, strongest first. */
  reasons: DriftReason[]
}

/**
 * Look up the drift of a document on a slot: the slot entry of the document's drift report,
 * falling back to the unit's drift score when the report has no such slot.
 */
export function cellDrift(dataset: Dataset, family: string, document: string, slot: string): CellDrift {
  const report = dataset.drift.find((r) => r.family === family && r.document === document)
  const entry = report?.slots.find((s) => s.slot === slot)
  if (entry !== undefined) return { score: entry.score, reasons: entry.reasons }
  const unit = dataset.units.find((u) => u.family === family && u.slot === slot && u.drift[document] !== undefined)
  return { score: unit?.drift[document], reasons: [] }
}
