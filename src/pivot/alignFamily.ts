import type { NWayAlignment, ParsedDocument, Pivot } from '../types.js'
import { alignToPivot } from './alignToPivot.js'
import type { PivotAlignment, PivotOptions } from './types.js'
import { checkOptions, checkString } from '../errors/checkArgument.js'
import { DOCUMENT_SHAPE, PIVOT_SHAPE, checkShape, checkShapeArray } from '../errors/checkShape.js'

/** Result of {@link alignFamily}. */
export interface FamilyAlignment {
  /** The slot × document table. */
  table: NWayAlignment
  /** Each document's alignment to the pivot, in `documents` order. */
  alignments: PivotAlignment[]
}

/**
 * Align every document of a family to its pivot and tabulate the result: one row per slot, one column per
 * document, each cell the segments (and sentences) filling the slot or `null` for a gap. In a family of two the
 * pivot's shares are no majority's, and lengths alone reorder no cells (see `findSwaps`).
 * @param family Family id.
 * @param pivot The family's pivot.
 * @param documents The family's documents.
 */
export function alignFamily(family: string, pivot: Pivot, documents: readonly ParsedDocument[], options: PivotOptions = {}): FamilyAlignment {
  checkString(family, 'family')
  checkShape(pivot, 'pivot', 'a pivot', PIVOT_SHAPE)
  checkShapeArray(documents, 'documents', 'a parsed document', DOCUMENT_SHAPE)
  checkOptions(options)
  const hub = documents.find((d) => d.id === pivot.document)
  const alignments = documents.map((doc) => alignToPivot(pivot, doc, { ...options, hub, members: documents.length }))
  const rows = pivot.slots.map((slot, i) => ({
    slot: slot.id,
    cells: Object.fromEntries(alignments.map((a) => [a.document, a.cells[i] ?? null] as const)),
  }))
  const extra = Object.fromEntries(alignments.map((a) => [a.document, a.extra] as const))
  return { table: { family, pivot: pivot.id, documents: documents.map((d) => d.id), rows, extra }, alignments }
}
