import { sentenceLines } from './sourceLines.js'
import type { AlignedUnit, Dataset, DatasetDocument, DriftReport, NWayAlignment, Pivot, TranslationFamily } from '../../types.js'

/** Lookups over a dataset that every part of the report needs, built once per render. */
export interface ReportContext {
  /** The dataset. */
  dataset: Dataset
  /** Documents by id. */
  documents: ReadonlyMap<string, DatasetDocument>
  /** Family of each document. */
  familyOf: ReadonlyMap<string, TranslationFamily>
  /** Alignment of each family that has one. */
  alignments: ReadonlyMap<string, NWayAlignment>
  /** Pivots by id. */
  pivots: ReadonlyMap<string, Pivot>
  /** Drift report of each document (keyed `family\u0000document`). */
  drift: ReadonlyMap<string, DriftReport>
  /** Units of each slot, in dataset order (keyed `family\u0000slot`). */
  units: ReadonlyMap<string, AlignedUnit[]>
  /** Text and source line of a sentence of a document (computed per document on first use). */
  sentence(document: string, id: string): { text: string; line: number } | undefined
}

/** Key of a (family, member) pair in the context's maps. */
export function pairKey(family: string, member: string): string {
  return `${family}\u0000${member}`
}

/** Build the lookups of {@link ReportContext} for a dataset. */
export function reportContext(dataset: Dataset): ReportContext {
  const familyOf = new Map<string, TranslationFamily>()
  for (const family of dataset.families) for (const document of family.documents) familyOf.set(document, family)
  const units = new Map<string, AlignedUnit[]>()
  for (const unit of dataset.units) {
    const key = pairKey(unit.family, unit.slot)
    const list = units.get(key)
    if (list === undefined) units.set(key, [unit])
    else list.push(unit)
  }
  const documents = new Map(dataset.documents.map((d) => [d.id, d]))
  const sentences = new Map<string, Map<string, { text: string; line: number }>>()
  const sentence = (document: string, id: string): { text: string; line: number } | undefined => {
    let byId = sentences.get(document)
    if (byId === undefined) {
      byId = new Map()
      const doc = documents.get(document)
      if (doc !== undefined) {
        const lines = sentenceLines(doc)
        for (const segment of doc.segments) for (const s of segment.sentences) byId.set(s.id, { text: s.text, line: lines.get(s.id) ?? segment.place.start.line })
      }
      sentences.set(document, byId)
    }
    return byId.get(id)
  }
  return {
    dataset,
    sentence,
    documents,
    familyOf,
    alignments: new Map(dataset.alignments.map((a) => [a.family, a])),
    pivots: new Map(dataset.pivots.map((p) => [p.id, p])),
    drift: new Map(dataset.drift.map((r) => [pairKey(r.family, r.document), r])),
    units,
  }
}
