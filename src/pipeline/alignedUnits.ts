import type { DocumentAlignment } from '../align/types.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { AlignedUnit, DriftReport, ParsedDocument, Pivot } from '../types.js'

function sentenceTexts(doc: ParsedDocument): Map<string, string> {
  const out = new Map<string, string>()
  for (const s of doc.segments) for (const sentence of s.sentences) out.set(sentence.id, sentence.text)
  return out
}

function segmentSentences(segmentId: string, ids: readonly string[]): boolean {
  return ids.some((id) => id.startsWith(`${segmentId}.`))
}

/**
 * Turn-level units: one per pivot slot, the text of each document's cell (segments joined by a blank line).
 * A slot no document fills is left out.
 */
export function turnUnits(family: string, pivot: Pivot, documents: readonly ParsedDocument[], alignments: readonly PivotAlignment[], drift: readonly DriftReport[]): AlignedUnit[] {
  const units: AlignedUnit[] = []
  pivot.slots.forEach((slot, i) => {
    const texts: Record<string, string | null> = {}
    const driftOf: Record<string, number> = {}
    let confidence = 1
    let filled = 0
    documents.forEach((doc, d) => {
      const cell = alignments[d]?.cells[i] ?? null
      const segments = (cell?.segments ?? []).map((id) => doc.segments.find((s) => s.id === id)).filter((s) => s !== undefined)
      texts[doc.id] = segments.length === 0 ? null : segments.map((s) => s.text).join('\n\n')
      if (segments.length > 0) filled++
      if (cell !== null) confidence = Math.min(confidence, cell.confidence)
      driftOf[doc.id] = drift.find((r) => r.document === doc.id)?.slots[i]?.score ?? 0
    })
    if (filled === 0) return
    units.push({ id: `${family}/${slot.id}`, family, slot: slot.id, level: 'turn', role: slot.role, texts, confidence, drift: driftOf })
  })
  return units
}

/**
 * Sentence-level units inside each slot: the pivot document's sentences are grouped so that every sentence
 * bead to every other document falls inside one group (a 2-1 bead in any language joins two pivot sentences),
 * and each group becomes a unit with each document's sentences joined by a space.
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
    // Union-find over the hub's sentences in this slot.
    const parent = hubSentences.map((_, k) => k)
    const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)))
    const beadsPerDoc = new Map<string, Array<{ source: number[]; target: string[]; confidence: number }>>()
    for (const doc of documents) {
      if (doc.id === hub.id) continue
      const cell = alignments[documents.indexOf(doc)]?.cells[i]
      const pair = hubPairs.get(doc.id)
      if (cell == null || pair === undefined) continue
      const beads: Array<{ source: number[]; target: string[]; confidence: number }> = []
      for (const segmentBead of pair.segments) {
        for (const sb of segmentBead.sentences) {
          const source = sb.source.map((id) => position.get(id)).filter((k): k is number => k !== undefined)
          const target = sb.target.filter((id) => cell.segments.some((seg) => segmentSentences(seg, [id])))
          if (source.length === 0 && target.length === 0) continue
          if (source.length === 0) {
            // Target-only sentences join the previous bead of this slot.
            const last = beads[beads.length - 1]
            if (last !== undefined) last.target.push(...target)
            continue
          }
          for (const k of source.slice(1)) parent[find(k)] = find(source[0]!)
          beads.push({ source, target, confidence: sb.confidence })
        }
      }
      beadsPerDoc.set(doc.id, beads)
    }
    const groups = new Map<number, number[]>()
    hubSentences.forEach((_, k) => groups.set(find(k), [...(groups.get(find(k)) ?? []), k]))
    const ordered = [...groups.values()].sort((a, b) => a[0]! - b[0]!)
    ordered.forEach((group, g) => {
      const texts: Record<string, string | null> = {}
      const driftOf: Record<string, number> = {}
      let confidence = 1
      for (const doc of documents) {
        driftOf[doc.id] = drift.find((r) => r.document === doc.id)?.slots[i]?.score ?? 0
        const sentences = textOf.get(doc.id)!
        if (doc.id === hub.id) {
          texts[doc.id] = group.map((k) => sentences.get(hubSentences[k]!) ?? '').join(' ')
          continue
        }
        const beads = (beadsPerDoc.get(doc.id) ?? []).filter((b) => b.source.some((k) => group.includes(k)))
        const ids = beads.flatMap((b) => b.target)
        for (const b of beads) confidence = Math.min(confidence, b.confidence)
        texts[doc.id] = ids.length === 0 ? null : ids.map((id) => sentences.get(id) ?? '').join(' ')
      }
      units.push({ id: `${family}/${slot.id}/${g + 1}`, family, slot: slot.id, level: 'sentence', role: slot.role, texts, confidence: Math.round(confidence * 1e4) / 1e4, drift: driftOf })
    })
  })
  return units
}
