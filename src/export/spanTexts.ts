import type { AlignmentLevel, Dataset } from '../types.js'

/** Text of a span (a sentence or segment id) of a document, or `undefined` when the dataset does not hold it. */
export type SpanText = (document: string, span: string) => string | undefined

/**
 * A lookup of the text of every sentence (sentence level) or segment (turn level) of the given documents, as
 * the dataset stores them.
 * @param dataset Dataset holding the documents.
 * @param documents Document ids to index.
 * @param level Which spans units are made of.
 */
export function spanTexts(dataset: Dataset, documents: readonly string[], level: AlignmentLevel): SpanText {
  const wanted = new Set(documents)
  const texts = new Map<string, Map<string, string>>()
  for (const doc of dataset.documents) {
    if (!wanted.has(doc.id)) continue
    const byId = new Map<string, string>()
    for (const segment of doc.segments) {
      if (level === 'turn') byId.set(segment.id, segment.text)
      else for (const sentence of segment.sentences) byId.set(sentence.id, sentence.text)
    }
    texts.set(doc.id, byId)
  }
  return (document, span) => texts.get(document)?.get(span)
}
