import type { DocumentAlignment, AlignDocumentsOptions } from '../align/types.js'
import type { SlotCell } from '../types.js'

/** One document aligned to a pivot. */
export interface PivotAlignment {
  /** Document id. */
  document: string
  /** Pivot id. */
  pivot: string
  /** One entry per pivot slot, in pivot order: what fills it, or `null` for a gap. */
  cells: Array<SlotCell | null>
  /** Content segments of the document that fill no slot. */
  extra: string[]
  /** Pairs of slot ids whose content appears in swapped order in the document. */
  reordered: Array<[string, string]>
  /** How the document was aligned: it is the pivot's own document, through that document, or to the slots directly. */
  method: 'identity' | 'hub' | 'slots'
}

/** Pairwise document alignments, keyed by {@link pairKey}. */
export type AlignmentCache = Map<string, DocumentAlignment>

/** Options shared by the pivot functions. */
export interface PivotOptions {
  /** Options passed to `alignDocuments` for document pairs (default: its defaults). */
  align?: AlignDocumentsOptions | undefined
  /** Alignments computed already (filled as new ones are computed). */
  cache?: AlignmentCache | undefined
}
