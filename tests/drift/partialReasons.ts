import type { Dataset } from '../../src/types.js'

/**
 * The messages of the `partial` reasons scored 0.5 or more on the document whose path ends with `ending`: what a
 * test of cut paragraphs reads from an aligned dataset.
 */
export const partialIn = (dataset: Dataset, ending: string): string[] =>
  dataset.drift
    .find((r) => (dataset.documents.find((d) => d.id === r.document)?.path ?? '').endsWith(ending))!
    .slots.flatMap((s) => s.reasons)
    .filter((r) => r.code === 'partial' && r.score >= 0.5)
    .map((r) => r.message)
