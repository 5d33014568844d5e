import type { Dataset, DatasetDocument } from '../types.js'
import { DATASET_SHAPE, checkShape, checkTextArray } from '../errors/checkShape.js'

/** The language tag each document of a family is written under in JSONL, TMX and Moses files. */
export interface FamilyLanguage {
  /** Document id. */
  document: string
  /** BCP 47 tag, unique in the family (see {@link familyLanguages}). */
  tag: string
}

/** BCP 47 tag of a document: its detected language, or `und` when it has none. */
export function documentTag(document: DatasetDocument | undefined): string {
  const tag = document?.language?.bcp47
  return tag === undefined || tag === '' ? 'und' : tag
}

/**
 * Language tags of a family's documents, in the given (column) order, made unique within the family:
 * the first document of a language (in column order) gets the plain tag (`kk`), the next ones a private-use
 * suffix with their rank (`kk-x-2`, `kk-x-3`); documents without a language are `und`, `und-x-2`, ….
 * Files keyed by language (HF JSONL, TMX, Moses) need one distinct key per document.
 * @param dataset Dataset holding the documents.
 * @param documents Document ids of the family, in column order.
 */
export function familyLanguages(dataset: Dataset, documents: readonly string[]): FamilyLanguage[] {
  checkShape(dataset, 'dataset', 'a dataset from `alignCorpus`', DATASET_SHAPE)
  checkTextArray(documents, 'documents')
  const byId = new Map(dataset.documents.map((d) => [d.id, d]))
  const seen = new Map<string, number>()
  const used = new Set<string>()
  const out: FamilyLanguage[] = []
  for (const id of documents) {
    const base = documentTag(byId.get(id))
    let rank = seen.get(base) ?? 0
    let tag: string
    do {
      rank += 1
      tag = rank === 1 ? base : `${base}-x-${rank}`
    } while (used.has(tag))
    seen.set(base, rank)
    used.add(tag)
    out.push({ document: id, tag })
  }
  return out
}
