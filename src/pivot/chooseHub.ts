import { UsageError } from '../errors/UsageError.js'
import type { ParsedDocument } from '../types.js'
import { alignPair } from './alignPair.js'
import { contentSegments } from './contentSegments.js'
import { anchorsOfSegments } from './pivotAnchors.js'
import { structuralMismatch } from './structuralMismatch.js'
import type { PivotOptions } from './types.js'
import { checkOptions, checkString } from '../errors/checkArgument.js'
import { DOCUMENT_SHAPE, checkShapeArray } from '../errors/checkShape.js'
import { documentInLanguage } from '../detect/languageVariant.js'

/**
 * Pick the document a pivot is built around.
 * @param documents Documents of one family.
 * @param from `'consensus'` (the document the others disagree with least), or a document id, path or language.
 * @param options Aligner options and cache.
 * @throws {UsageError} when `from` names no document.
 */
export function chooseHub(documents: readonly ParsedDocument[], from: string, options: PivotOptions = {}): ParsedDocument {
  checkShapeArray(documents, 'documents', 'a parsed document', DOCUMENT_SHAPE)
  checkString(from, 'from')
  checkOptions(options)
  if (from !== 'consensus') {
    const byId = documents.find((d) => d.id === from || d.path === from)
    const hub = byId ?? documentInLanguage(documents, from)
    if (hub === undefined) throw new UsageError('INVALID_OPTION', `--pivot ${from} names no document of the family (give a document id, a language, \`consensus\` or a pivot file)`)
    return hub
  }
  // The document the others disagree with least: a translation that lost, added, split or merged a part
  // disagrees with every faithful one at that place, so it is never the skeleton while a faithful one exists.
  // Among near ties (half a mismatch): the one with most numbers, URLs and addresses (a translation that wrote a
  // number in words carries less to check), then the one most parallel to the others, then the first id.
  const ranked = documents.map((doc) => {
    let mismatch = 0
    for (const other of documents) if (other !== doc) mismatch += structuralMismatch(doc, other, options)
    const anchors = contentSegments(doc).reduce((a, s) => a + anchorsOfSegments([s]).filter((x) => x.kind !== 'name').length, 0)
    return { doc, mismatch, anchors, score: undefined as number | undefined }
  })
  // The summed parallelism of a document aligned to each other one (in its own direction: one alignment per
  // other document) is needed only to break a tie in anchors, so it is computed only then.
  const scoreOf = (r: (typeof ranked)[number]): number => {
    if (r.score !== undefined) return r.score
    let score = 0
    for (const other of documents) if (other !== r.doc) score += alignPair(r.doc, other, options).parallelism.score
    return (r.score = score)
  }
  const least = Math.min(...ranked.map((r) => r.mismatch))
  let best = ranked[0]!
  for (const r of ranked) {
    if (r.mismatch > least + 0.5 || r === best) continue
    if (best.mismatch > least + 0.5 || r.anchors > best.anchors || (r.anchors === best.anchors && scoreOf(r) > scoreOf(best) + 1e-9)) best = r
  }
  return best.doc
}
