import { countLetters } from '../align/text/countLetters.js'
import { findAnchor } from './findAnchor.js'
import type { ParsedDocument, Pivot } from '../types.js'
import { contentSegments } from './contentSegments.js'
import { anchorsOf } from './pivotAnchors.js'
import { roleFamily } from './roleFamily.js'
import type { PivotAlignment } from './types.js'

/** Smallest {@link pivotFit} of a document taken as a translation of a pivot it was not built from. */
export const PIVOT_FIT_THRESHOLD = 0.5

/** Smallest cell confidence counted as a real match by {@link pivotFit}. */
const MIN_CELL_CONFIDENCE = 0.3

/**
 * How well a document follows a pivot it was aligned to directly (e.g. a pivot written by hand), in [0, 1]:
 * `structure × (1 − extra) × anchors`, where `structure` is the share of the pivot's expected length in slots the
 * document fills with a segment of the same kind (prose, question, answer, title) at a confidence of at least
 * 0.3, `extra` is the share of the document's letters that fill no slot, and `anchors` is `½ + ½ × share of the
 * pivot's anchors found` when the pivot has three or more anchors (else 1). Below {@link PIVOT_FIT_THRESHOLD}
 * the document is not taken as a translation of the pivot's source.
 */
export function pivotFit(pivot: Pivot, alignment: PivotAlignment, doc: ParsedDocument): number {
  const roles = new Map(doc.segments.map((s) => [s.id, roleFamily(s.role)] as const))
  let total = 0
  let matched = 0
  pivot.slots.forEach((slot, i) => {
    const weight = slot.share + 0.5 / pivot.slots.length
    total += weight
    const cell = alignment.cells[i]
    if (cell == null || cell.confidence < MIN_CELL_CONFIDENCE) return
    if (cell.segments.some((id) => roles.get(id) === roleFamily(slot.role))) matched += weight
  })
  const structure = total === 0 ? 0 : matched / total
  const segments = contentSegments(doc)
  const letters = new Map(segments.map((s) => [s.id, countLetters(s.text)] as const))
  const all = [...letters.values()].reduce((a, b) => a + b, 0)
  const extra = all === 0 ? 0 : alignment.extra.reduce((a, id) => a + (letters.get(id) ?? 0), 0) / all
  const expected = pivot.slots.flatMap((s) => s.anchors)
  let anchors = 1
  if (expected.length >= 3) {
    const text = segments.map((s) => s.text).join('\n')
    const found = anchorsOf(text)
    const present = expected.filter((a) => findAnchor(a, found, text).status !== 'lost').length
    anchors = 0.5 + (0.5 * present) / expected.length
  }
  return structure * (1 - extra) * anchors
}
