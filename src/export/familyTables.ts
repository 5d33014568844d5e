import type { AlignedUnit, Dataset, NWayAlignment, Pivot } from '../types.js'

/** A family with an alignment, gathered for writers that emit one file per family. */
export interface FamilyTable {
  /** Family id. */
  family: string
  /** Document ids in column order. */
  documents: string[]
  /** The family's N-way alignment. */
  alignment: NWayAlignment
  /** The family's pivot, when the dataset holds it. */
  pivot: Pivot | undefined
  /** Aligned units of the family, in dataset order. */
  units: AlignedUnit[]
}

/**
 * The families of a dataset that have an N-way alignment, in alignment order, with their units and pivot.
 * Families of a single document have nothing to pair and are left out (even when a given pivot aligned them).
 */
export function familyTables(dataset: Dataset): FamilyTable[] {
  return dataset.alignments
    .filter((alignment) => alignment.documents.length > 1)
    .map((alignment) => ({
    family: alignment.family,
    documents: [...alignment.documents],
    alignment,
    pivot: dataset.pivots.find((p) => p.id === alignment.pivot),
    units: dataset.units.filter((u) => u.family === alignment.family),
  }))
}
