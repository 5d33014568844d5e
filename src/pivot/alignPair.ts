import { alignDocuments } from '../align/document/alignDocuments.js'
import type { DocumentAlignment } from '../align/types.js'
import type { ParsedDocument } from '../types.js'
import { pairKey } from './pairKey.js'
import type { PivotOptions } from './types.js'

/** Align two documents through the cache: computed once per ordered pair. */
export function alignPair(source: ParsedDocument, target: ParsedDocument, options: PivotOptions = {}, force = false): DocumentAlignment {
  const key = pairKey(source.id, target.id) + (force ? '\u0000force' : '')
  const cached = options.cache?.get(key)
  if (cached !== undefined) return cached
  const alignment = alignDocuments(source, target, { ...options.align, force })
  options.cache?.set(key, alignment)
  return alignment
}
