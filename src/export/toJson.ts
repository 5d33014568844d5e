import type { Dataset } from '../types.js'
import { DATASET_KEY_ORDER } from './datasetKeyOrder.js'
import { orderKeys } from './keyOrder.js'

/**
 * Serialise a dataset as deterministic JSON: keys in the order the types declare them (keyed maps sorted by key),
 * 2-space indent, a trailing newline, nothing time-dependent. The same dataset always gives the same bytes.
 * The output validates against `schema/dataset.schema.json`.
 * @param dataset Dataset from `alignCorpus`.
 * @returns The JSON text.
 */
export function toJson(dataset: Dataset): string {
  return `${JSON.stringify(orderKeys(dataset, DATASET_KEY_ORDER), null, 2)}\n`
}
