import { existsSync } from 'node:fs'
import { loadPivot } from '../pivot/pivotFile.js'
import type { Pivot } from '../types.js'

/**
 * The pivot option as the job uses it: a path to a pivot JSON file (ending in `.json`, or an existing path with a
 * `/` that names no document) is loaded; anything else is kept as given.
 * @param pivot The `pivot` option.
 * @param isDocument Whether a string names a document of the corpus.
 * @throws {InputError} for an unreadable pivot file.
 */
export function resolvePivot(pivot: string | Pivot | undefined, isDocument: (id: string) => boolean): string | Pivot | undefined {
  if (typeof pivot === 'string' && (pivot.endsWith('.json') || (pivot.includes('/') && existsSync(pivot) && !isDocument(pivot)))) return loadPivot(pivot)
  return pivot
}
