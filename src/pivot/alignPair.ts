import { alignDocuments } from '../align/document/alignDocuments.js'
import type { DocumentAlignment } from '../align/types.js'
import type { ParsedDocument } from '../types.js'
import { forcedPairKey, pairKey } from './pairKey.js'
import type { AlignmentCache, PivotOptions } from './types.js'

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
  const cache = options.cache
  const known = cache === undefined ? undefined : cachedPair(source.id, target.id, cache, force)
  if (known !== undefined) {
    // The unforced alignment of a pair judged not parallel is kept (made from the forced one when only that was known).
    if (!force && !known.parallelism.parallel) cache?.set(pairKey(source.id, target.id), known)
    return known
  }
  const alignment = alignDocuments(source, target, { ...options.align, force })
  cache?.set(force ? forcedPairKey(source.id, target.id) : pairKey(source.id, target.id), alignment)
  return alignment
}

/**
 * What {@link alignPair} answers from the cache alone, without aligning: the pair's alignment of that kind, or the
 * other kind's when that tells it.
 * @param source The first document's id.
 * @param target The second document's id.
 * @param cache Alignments computed already.
 * @param force Whether the forced alignment is asked for.
 * @returns The alignment, or `undefined` when the pair must be aligned.
 */
export function cachedPair(source: string, target: string, cache: AlignmentCache, force: boolean): DocumentAlignment | undefined {
  const plainKey = pairKey(source, target)
  const forcedKey = forcedPairKey(source, target)
  const cached = cache.get(force ? forcedKey : plainKey)
  if (cached !== undefined) return cached
  const other = cache.get(force ? plainKey : forcedKey)
  if (other === undefined) return undefined
  if (other.parallelism.parallel) return other
  if (force) return undefined
  return { sourceId: other.sourceId, targetId: other.targetId, parallelism: other.parallelism, segments: [], segmentBeads: [] }
}
