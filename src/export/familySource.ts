import type { Dataset } from '../types.js'
import { DATASET_SHAPE, checkShape, checkText } from '../errors/checkShape.js'

/**
 * The source document of a family — the original its other documents translate: the family's `source` when it
 * is set, else the document its pivot was built around (the hub). `undefined` when neither is known (a pivot
 * loaded from a file with no `source` given).
 * @param dataset Dataset holding the family and its pivot.
 * @param family Family id.
 * @returns A document id, or `undefined`.
 */
export function familySource(dataset: Dataset, family: string): string | undefined {
  checkShape(dataset, 'dataset', 'a dataset from `alignCorpus`', DATASET_SHAPE)
  checkText(family, 'family')
  const found = dataset.families.find((f) => f.id === family)
  if (found?.source !== undefined) return found.source
  const alignment = dataset.alignments.find((a) => a.family === family)
  const pivotId = alignment?.pivot ?? family
  return dataset.pivots.find((p) => p.id === pivotId)?.document
}
