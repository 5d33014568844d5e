import type { ParsedDocument, Segment } from '../../types.js'
import type { AlignDocumentsOptions, DocumentAlignment } from '../types.js'
import { alignSentences, sentencesOf } from './sentenceBeads.js'

function segmentsById(doc: ParsedDocument, ids: readonly string[], byId: ReadonlyMap<string, Segment>): Segment[] {
  return ids.map((id) => byId.get(id)).filter((x): x is Segment => x !== undefined)
}

/**
 * Align the sentences inside every segment bead of a document alignment again with other options (e.g. a
 * lexicon learned on the whole corpus of the language pair), keeping the segment beads and the verdict.
 * @param source The alignment's source document.
 * @param target Its target document.
 * @param alignment The alignment (from `alignDocuments` of the two).
 * @param options Aligner options of the sentence pass (`threshold`, `force`, `confidentAt` are ignored).
 * @returns A new alignment with the same segment beads and new sentence beads.
 */
export function realignSentences(source: ParsedDocument, target: ParsedDocument, alignment: DocumentAlignment, options: AlignDocumentsOptions): DocumentAlignment {
  const { threshold: _t, force: _f, confidentAt: _c, ...alignOptions } = options
  const sourceSegments = new Map(source.segments.map((s) => [s.id, s] as const))
  const targetSegments = new Map(target.segments.map((s) => [s.id, s] as const))
  const segments = alignment.segments.map((bead) => {
    const s = sentencesOf(source, segmentsById(source, bead.source, sourceSegments))
    const t = sentencesOf(target, segmentsById(target, bead.target, targetSegments))
    return { ...bead, sentences: alignSentences(s, t, bead.confidence, alignOptions) }
  })
  return { ...alignment, segments }
}
