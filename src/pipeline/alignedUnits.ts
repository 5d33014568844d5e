import type { DocumentAlignment } from '../align/types.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { AlignedUnit, DriftReport, ParsedDocument, Pivot, SlotCell } from '../types.js'
import { round4 } from '../util/stats.js'

function sentenceTexts(doc: ParsedDocument): Map<string, string> {
  const out = new Map<string, string>()
  for (const s of doc.segments) for (const sentence of s.sentences) out.set(sentence.id, sentence.text)
  return out
}

function segmentSentences(segmentId: string, ids: readonly string[]): boolean {
  return ids.some((id) => id.startsWith(`${segmentId}.`))
}

/**
 * Turn-level units: one per pivot slot, the text of each document's cell (segments joined by a blank line),
 * the segment ids behind it and the cell's confidence. A slot no document fills is left out.
 */
export function turnUnits(family: string, pivot: Pivot, documents: readonly ParsedDocument[], alignments: readonly PivotAlignment[], drift: readonly DriftReport[]): AlignedUnit[] {
  const units: AlignedUnit[] = []
  pivot.slots.forEach((slot, i) => {
    const texts: Record<string, string | null> = {}
    const spans: Record<string, string[]> = {}
    const confidences: Record<string, number> = {}
    const driftOf: Record<string, number> = {}
    let confidence = 1
    let filled = 0
    documents.forEach((doc, d) => {
      const cell = alignments[d]?.cells[i] ?? null
      const segments = (cell?.segments ?? []).map((id) => doc.segments.find((s) => s.id === id)).filter((s) => s !== undefined)
      texts[doc.id] = segments.length === 0 ? null : segments.map((s) => s.text).join('\n\n')
      spans[doc.id] = segments.map((s) => s.id)
      confidences[doc.id] = cell === null || segments.length === 0 ? 0 : round4(cell.confidence)
      if (cell !== null && segments.length > 0) {
        filled++
        confidence = Math.min(confidence, cell.confidence)
      }
      driftOf[doc.id] = drift.find((r) => r.document === doc.id)?.slots[i]?.score ?? 0
    })
    if (filled === 0) return
    units.push({ id: `${family}/${slot.id}`, family, slot: slot.id, level: 'turn', role: slot.role, texts, spans, confidence: round4(confidence), confidences, drift: driftOf })
  })
  return units
}

interface SentenceBead {
  /** Positions of the hub's sentences in the slot. */
  source: number[]
  /** The document's sentence ids. */
  target: string[]
  confidence: number
}

/**
 * The sentence beads from the hub to one document that fall in a slot: sources as positions among the hub's
 * sentences of the slot, targets kept only when the N-way table puts them in the document's cell (its
 * sentences, or its segments when it lists none), so that a sentence the table gives another slot stays there.
 * A cell placed by the content re-fit — some of its sentences aligned by the pair to another slot's, or none to
 * this slot's — is one bead over the whole slot.
 */
function slotBeads(pair: DocumentAlignment, cell: SlotCell, position: ReadonlyMap<string, number>): SentenceBead[] {
  const inCell = cell.sentences.length > 0 ? new Set(cell.sentences) : undefined
  const keep = (id: string): boolean => (inCell === undefined ? cell.segments.some((seg) => segmentSentences(seg, [id])) : inCell.has(id))
  const beads: SentenceBead[] = []
  let aligned = false
  for (const segmentBead of pair.segments) {
    for (const sb of segmentBead.sentences) {
      const source = sb.source.map((id) => position.get(id)).filter((k): k is number => k !== undefined)
      const target = sb.target.filter(keep)
      if (target.length === 0 && source.length === 0) continue
      // The pair aligned these sentences to the hub's sentences of another slot: the cell was placed here by
      // content after the pair alignment (a segment moved back to its slot).
      if (source.length === 0 && sb.source.length > 0 && target.length > 0) return wholeSlot(cell, position)
      if (source.length === 0) {
        // Target-only sentences join the previous bead of this slot.
        const last = beads[beads.length - 1]
        if (last !== undefined) last.target.push(...target)
        continue
      }
      if (target.length > 0) aligned = true
      beads.push({ source, target, confidence: sb.confidence })
    }
  }
  // Not one of the cell's sentences aligned to this slot's by the pair (a cell placed by content): one bead.
  if (cell.sentences.length > 0 && !aligned) return wholeSlot(cell, position)
  return beads
}

/** The whole cell as one bead over all of the hub's sentences of the slot. */
function wholeSlot(cell: SlotCell, position: ReadonlyMap<string, number>): SentenceBead[] {
  const all = [...position.values()]
  return all.length === 0 ? [] : [{ source: all, target: [...cell.sentences], confidence: cell.confidence }]
}

/** Groups of hub sentence positions such that no bead of any document crosses two groups, in text order. */
function hubGroups(count: number, beadsPerDoc: ReadonlyMap<string, readonly SentenceBead[]>): number[][] {
  const parent = Array.from({ length: count }, (_, k) => k)
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)))
  for (const beads of beadsPerDoc.values()) for (const b of beads) for (const k of b.source.slice(1)) parent[find(k)] = find(b.source[0]!)
  const groups = new Map<number, number[]>()
  for (let k = 0; k < count; k++) groups.set(find(k), [...(groups.get(find(k)) ?? []), k])
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!)
}

/**
 * Sentence-level units inside each slot: the pivot document's sentences are grouped so that every sentence
 * bead to every other document falls inside one group (a 2-1 bead in any language joins two pivot sentences),
 * and each group becomes a unit with each document's sentences joined by a space, their ids as spans, and a
 * confidence per document: the slot cell's confidence times the lowest of the document's beads in the group.
 * Requires a pivot built from a document of the family (`hubPairs` holds its alignment to each other document).
 */
export function sentenceUnits(
  family: string,
  pivot: Pivot,
  hub: ParsedDocument,
  documents: readonly ParsedDocument[],
  alignments: readonly PivotAlignment[],
  hubPairs: ReadonlyMap<string, DocumentAlignment>,
  drift: readonly DriftReport[],
): AlignedUnit[] {
  const units: AlignedUnit[] = []
  const textOf = new Map(documents.map((d) => [d.id, sentenceTexts(d)] as const))
  const hubIndex = documents.findIndex((d) => d.id === hub.id)
  pivot.slots.forEach((slot, i) => {
    const hubCell = alignments[hubIndex]?.cells[i]
    if (hubCell == null) return
    const hubSentences = hubCell.sentences
    const position = new Map(hubSentences.map((id, k) => [id, k] as const))
    const beadsPerDoc = new Map<string, SentenceBead[]>()
    for (const [d, doc] of documents.entries()) {
      const cell = alignments[d]?.cells[i]
      const pair = hubPairs.get(doc.id)
      if (doc.id === hub.id || cell == null || pair === undefined) continue
      beadsPerDoc.set(doc.id, slotBeads(pair, cell, position))
    }
    hubGroups(hubSentences.length, beadsPerDoc).forEach((group, g) => {
      const texts: Record<string, string | null> = {}
      const spans: Record<string, string[]> = {}
      const confidences: Record<string, number> = {}
      const driftOf: Record<string, number> = {}
      for (const [d, doc] of documents.entries()) {
        driftOf[doc.id] = drift.find((r) => r.document === doc.id)?.slots[i]?.score ?? 0
        const sentences = textOf.get(doc.id)!
        let ids: string[]
        let confidence = alignments[d]?.cells[i]?.confidence ?? 0
        if (doc.id === hub.id) ids = group.map((k) => hubSentences[k]!)
        else {
          const beads = (beadsPerDoc.get(doc.id) ?? []).filter((b) => b.source.some((k) => group.includes(k)))
          ids = [...new Set(beads.flatMap((b) => b.target))]
          const lowest = Math.min(1, ...beads.filter((b) => b.target.length > 0).map((b) => b.confidence))
          confidence *= lowest
        }
        texts[doc.id] = ids.length === 0 ? null : ids.map((id) => sentences.get(id) ?? '').join(' ')
        spans[doc.id] = ids
        confidences[doc.id] = ids.length === 0 ? 0 : round4(confidence)
      }
      const filled = Object.entries(confidences).filter(([id]) => texts[id] !== null).map(([, c]) => c)
      units.push({
        id: `${family}/${slot.id}/${g + 1}`,
        family,
        slot: slot.id,
        level: 'sentence',
        role: slot.role,
        texts,
        spans,
        confidence: filled.length === 0 ? 0 : Math.min(...filled),
        confidences,
        drift: driftOf,
      })
    })
  })
  return units
}
