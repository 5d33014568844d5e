import type { Segment } from '../types.js'
import { SEGMENT_SHAPE, checkShapeArray } from '../errors/checkShape.js'

/**
 * Slot ids for a document's content segments, from their roles: `title`, `intro-1`, `q-3`, `a-3`, `body-2`,
 * `heading-1`… Questions and answers take their exchange number; other roles are numbered in order.
 * Ids are unique: a second title becomes `title-2`, a second `a-3` (two answerers) `a-3-2`.
 */
export function slotIds(segments: readonly Segment[]): string[] {
  checkShapeArray(segments, 'segments', 'a segment', SEGMENT_SHAPE)
  const counters = new Map<string, number>()
  const used = new Set<string>()
  return segments.map((s) => {
    let base: string
    if ((s.role === 'question' || s.role === 'answer') && s.turn !== undefined) base = `${s.role === 'question' ? 'q' : 'a'}-${s.turn}`
    else if (s.role === 'title') base = 'title'
    else {
      const n = (counters.get(s.role) ?? 0) + 1
      counters.set(s.role, n)
      base = `${s.role === 'question' ? 'q' : s.role === 'answer' ? 'a' : s.role}-${n}`
    }
    let id = base
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`
    used.add(id)
    return id
  })
}
