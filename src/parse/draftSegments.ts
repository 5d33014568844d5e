import type { Segment, SegmentAnchor, Sentence } from '../types.js'
import type { Draft } from './drafts.js'
import type { LineIndex } from './lineIndex.js'
import { splitSentences, undottedWords } from './splitSentences.js'
import { sentenceRanges } from './inlineRanges.js'

function uniqueAnchors(anchors: readonly SegmentAnchor[]): SegmentAnchor[] {
  const seen = new Map<string, number>()
  const out: SegmentAnchor[] = []
  for (const a of anchors) {
    const key = `${a.kind}\u0000${a.text}`
    const at = seen.get(key)
    if (at === undefined) {
      seen.set(key, out.length)
      out.push(a.block === true ? { kind: a.kind, text: a.text, block: true } : { kind: a.kind, text: a.text })
    } else if (a.block === true) out[at] = { kind: a.kind, text: a.text, block: true }
  }
  return out
}

function segmentOf(draft: Draft, i: number, index: LineIndex, undotted: ReadonlySet<string>): Segment {
  const segId = `s${i + 1}`
  const sentences: Sentence[] = []
  // A code block is never cut into sentences.
  for (const piece of draft.role === 'code' ? [] : draft.pieces) {
    for (const span of splitSentences(piece.text, { undotted })) {
      const sentence: Sentence = { id: `${segId}.${sentences.length + 1}`, text: span.text, start: piece.offsets[span.start] ?? 0, end: (piece.offsets[span.end - 1] ?? 0) + 1 }
      const inline = sentenceRanges(piece.inline, piece.text, span.start, span.end)
      if (inline.length > 0) sentence.inline = inline
      sentences.push(sentence)
    }
  }
  const firstPiece = draft.pieces[0]!
  const lastPiece = draft.pieces[draft.pieces.length - 1]!
  const start = firstPiece.offsets[0] ?? 0
  const end = lastPiece.offsets[lastPiece.offsets.length - 1] ?? start
  const segment: Segment = {
    id: segId,
    role: draft.role,
    text: draft.pieces.map((p) => p.text).join('\n\n'),
    paragraphs: draft.pieces.length,
    place: index.range(start, end),
    sentences,
  }
  if (draft.marker !== undefined) segment.marker = draft.marker
  if (draft.turn !== undefined) segment.turn = draft.turn
  if (draft.slug !== undefined) segment.slug = draft.slug
  if (draft.codeLanguage !== undefined) segment.codeLanguage = draft.codeLanguage
  const anchors = uniqueAnchors(draft.anchors)
  if (anchors.length > 0) segment.anchors = anchors
  return segment
}

/**
 * Segments of the drafts, in order: ids `s1`, `s2`…, paragraphs joined by a blank line, sentences cut (never in
 * code), anchors kept once each; a dotted word the document also writes without its dot is no abbreviation.
 */
export function draftSegments(drafts: readonly Draft[], index: LineIndex): Segment[] {
  const undotted = undottedWords(drafts.filter((d) => d.role !== 'code').flatMap((d) => d.pieces.map((p) => p.text)))
  return drafts.map((draft, i) => segmentOf(draft, i, index, undotted))
}
