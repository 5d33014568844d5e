import type { AlignedUnit } from '../types.js'

/** A unit's text in one document, or `null` for a gap (missing, `null`, or only whitespace). */
export function unitText(unit: AlignedUnit, document: string): string | null {
  const text = unit.texts[document]
  return text === undefined || text === null || text.trim() === '' ? null : text
}
