import type { ParsedDocument } from '../types.js'
import { alignPair } from './alignPair.js'
import { contentSegments } from './contentSegments.js'
import type { PivotOptions } from './types.js'

/**
 * How much two documents of a family disagree in structure: segment beads that are not one-to-one (a segment
 * missing, added, split, merged or moved on one side) count 1 each, sentences without a counterpart inside a
 * one-to-one bead (a truncated or padded paragraph) and each paragraph more or fewer in a one-to-one bead (a split
 * or an added paragraph taken for a continuation) ½ each. The pair is aligned even when its parallelism verdict is
 * below the threshold (the family decision put both documents in one family; a damaged translation scores low, and
 * how it differs is what this counts). Symmetric (the pair is aligned in id order, through the cache).
 * @param a One document.
 * @param b Another document.
 * @param options Aligner options and cache.
 */
export function structuralMismatch(a: ParsedDocument, b: ParsedDocument, options: PivotOptions = {}): number {
  const [source, target] = a.id < b.id ? [a, b] : [b, a]
  const alignment = alignPair(source, target, options, true)
  if (alignment.segments.length === 0) return Math.max(contentSegments(source).length, contentSegments(target).length)
  const sourceParagraphs = new Map(source.segments.map((s) => [s.id, s.paragraphs] as const))
  const targetParagraphs = new Map(target.segments.map((s) => [s.id, s.paragraphs] as const))
  let mismatch = 0
  for (const bead of alignment.segments) {
    if (bead.source.length !== 1 || bead.target.length !== 1) {
      mismatch += 1
      continue
    }
    for (const sentence of bead.sentences) if (sentence.source.length === 0 || sentence.target.length === 0) mismatch += 0.5
    mismatch += 0.5 * Math.abs((sourceParagraphs.get(bead.source[0]!) ?? 1) - (targetParagraphs.get(bead.target[0]!) ?? 1))
  }
  return mismatch
}
