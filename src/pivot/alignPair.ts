import { alignDocuments } from '../align/document/alignDocuments.js'
import type { DocumentAlignment } from '../align/types.js'
import type { ParsedDocument } from '../types.js'
import { forcedPairKey, pairKey } from './pairKey.js'
import type { PivotOptions } from './types.js'

/**
 * Align two documents through the cache: computed once per ordered pair. A forced and an unforced alignment
 * differ only when the pair is judged not parallel (the unforced one then has no beads), so either is
 * answered from the other when that tells it.
 * @param source The first document.
 * @param target The second document.
 * @param options The cache and the aligner's options.
 * @param force Align even when the pair is judged not parallel.
 * @returns The pair's alignment.
 */
export function alignPair(source: ParsedDocument, target: ParsedDocument, options: PivotOptions = {}, force = false): DocumentAlignment {
  const plainKey = pairKey(source.id, target.id)
  const forcedKey = forcedPairKey(source.id, target.id)
  const cache = options.cache
  const cached = cache?.get(force ? forcedKey : plainKey)
  if (cached !== undefined) return cached
  const other = cache?.get(force ? plainKey : forcedKey)
  if (other !== undefined && other.parallelism.parallel) return other
  if (other !== undefined && !force) {
    const unforced: DocumentAlignment = { sourceId: other.sourceId, targetId: other.targetId, parallelism: other.parallelism, segments: [], segmentBeads: [] }
    cache?.set(plainKey, unforced)
    return unforced
  }
  const alignment = alignDocuments(source, target, { ...options.align, force })
  cache?.set(force ? forcedKey : plainKey, alignment)
  return alignment
}
