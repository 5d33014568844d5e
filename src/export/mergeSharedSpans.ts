import type { AlignedUnit } from '../types.js'
import type { SpanText } from './spanTexts.js'
import { unitText } from './unitText.js'

/** Consecutive aligned units taken as one, so that no span of the chosen documents fills two of them. */
export interface MergedUnit {
  /** The units merged, in order (one when nothing was shared). */
  units: AlignedUnit[]
  /** Text per document id, each span once; `null` for a gap. */
  texts: Record<string, string | null>
  /** Spans per document id, each once, in order. */
  spans: Record<string, string[]>
  /** Confidence per document id: the lowest over the merged cells that have text; 0 for a gap. */
  confidences: Record<string, number>
  /** Drift per document id: the highest over the merged units. */
  drift: Record<string, number>
}

/**
 * Runs of units that share a span in one of the documents: unit `k` reaches the last unit holding one of its
 * spans, and a run ends where nothing before it reaches further.
 */
function runs(units: readonly AlignedUnit[], documents: readonly string[]): Array<[number, number]> {
  const reach = units.map((_, k) => k)
  const lastSeen = new Map<string, number>()
  units.forEach((unit, k) => {
    for (const doc of documents) {
      if (unitText(unit, doc) === null) continue
      for (const span of unit.spans[doc] ?? []) {
        const key = `${doc}\u0000${span}`
        const before = lastSeen.get(key)
        if (before !== undefined) reach[before] = Math.max(reach[before]!, k)
        lastSeen.set(key, k)
      }
    }
  })
  const out: Array<[number, number]> = []
  let start = 0
  while (start < units.length) {
    let end = reach[start]!
    for (let k = start; k <= end; k++) end = Math.max(end, reach[k]!)
    out.push([start, end])
    start = end + 1
  }
  return out
}

/**
 * One document's text over merged units: every span once, in order. A lone unit keeps its own text; a unit
 * without spans, or whose spans the dataset has no text for, gives its whole text.
 */
function mergedText(units: readonly AlignedUnit[], doc: string, spanText: SpanText, separator: string): { text: string | null; spans: string[] } {
  const parts: string[] = []
  const spans: string[] = []
  const seen = new Set<string>()
  for (const unit of units) {
    const whole = unitText(unit, doc)
    if (whole === null) continue
    const own = unit.spans[doc] ?? []
    const fresh = own.filter((s) => !seen.has(s))
    const texts = fresh.map((s) => spanText(doc, s))
    if (units.length === 1 || own.length === 0 || texts.some((t) => t === undefined)) parts.push(whole)
    else parts.push(...(texts as string[]))
    for (const s of fresh) {
      seen.add(s)
      spans.push(s)
    }
  }
  return { text: parts.length === 0 ? null : parts.join(separator), spans }
}

/**
 * Merge the units of one family so that no sentence (or segment) of the given documents fills two units: where
 * a document merged what the pivot splits (one sentence aligned to a split source), the units sharing it become
 * one unit — a 2-1 unit instead of two units repeating the sentence. Only the given documents are looked at, so
 * a pair is merged only where one of its own two documents shares a span.
 * @param units The family's units, in order.
 * @param documents Document ids to look at.
 * @param spanText Text of a span, to join merged texts without repeating a span.
 * @returns Merged units, in order.
 */
export function mergeSharedSpans(units: readonly AlignedUnit[], documents: readonly string[], spanText: SpanText): MergedUnit[] {
  return runs(units, documents).map(([start, end]) => {
    const run = units.slice(start, end + 1)
    const merged: MergedUnit = { units: run, texts: {}, spans: {}, confidences: {}, drift: {} }
    for (const doc of documents) {
      const separator = run[0]?.level === 'turn' ? '\n\n' : ' '
      const { text, spans } = mergedText(run, doc, spanText, separator)
      merged.texts[doc] = text
      merged.spans[doc] = spans
      const filled = run.filter((u) => unitText(u, doc) !== null).map((u) => u.confidences[doc] ?? u.confidence)
      merged.confidences[doc] = filled.length === 0 ? 0 : Math.min(...filled)
      merged.drift[doc] = Math.max(0, ...run.map((u) => u.drift[doc] ?? 0))
    }
    return merged
  })
}
