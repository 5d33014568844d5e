/**
 * The sentence pass of a document alignment: the sentences inside one segment bead aligned with each other
 * (paragraph starts as structure).
 */
import type { ParsedDocument, Segment } from '../../types.js'
import type { AlignOptions, ItemStructure, SentenceBead } from '../types.js'
import { alignBitext } from '../alignBitext.js'

/** A sentence of a segment bead, with its structure. */
export interface SentenceItem {
  /** Sentence id (`<segment id>.1` for a segment without sentences: its whole text). */
  id: string
  /** Its text. */
  text: string
  /** Role of its segment and whether it starts a paragraph. */
  structure: ItemStructure
}

/**
 * The sentences of some segments of a document, in order.
 * @param doc The document (its text tells where paragraphs start).
 * @param segments Segments of the document.
 */
export function sentencesOf(doc: ParsedDocument, segments: readonly Segment[]): SentenceItem[] {
  const items: SentenceItem[] = []
  for (const segment of segments) {
    const list = segment.sentences.length > 0 ? segment.sentences : [{ id: `${segment.id}.1`, text: segment.text, start: 0, end: 0 }]
    list.forEach((sentence, k) => {
      const prev = list[k - 1]
      // A sentence starts a paragraph when it opens the segment or a blank line precedes it.
      const gap = prev === undefined ? '' : doc.text.slice(prev.end, sentence.start)
      items.push({
        id: sentence.id,
        text: sentence.text,
        structure: { role: segment.role, paragraphStart: k === 0 || /\n\s*\n/u.test(gap) },
      })
    })
  }
  return items
}

function idsOf(list: readonly SentenceItem[], indices: readonly number[]): string[] {
  return indices.map((i) => list[i]?.id ?? '')
}

/**
 * Align the sentences of the two sides of one segment bead. A side without sentences makes every sentence of
 * the other side a deletion or insertion with the segment bead's confidence.
 * @param s Source sentences of the bead.
 * @param t Target sentences of the bead.
 * @param confidence The segment bead's confidence.
 * @param options Aligner options (structure is set here).
 * @returns Sentence beads with sentence ids.
 */
export function alignSentences(s: readonly SentenceItem[], t: readonly SentenceItem[], confidence: number, options: AlignOptions): SentenceBead[] {
  if (s.length === 0 || t.length === 0) {
    return [...s.map((x) => ({ source: [x.id], target: [], confidence })), ...t.map((x) => ({ source: [], target: [x.id], confidence }))]
  }
  return alignBitext(
    s.map((x) => x.text),
    t.map((x) => x.text),
    { ...options, sourceStructure: s.map((x) => x.structure), targetStructure: t.map((x) => x.structure) },
  ).map((b) => ({ source: idsOf(s, b.source), target: idsOf(t, b.target), confidence: b.confidence }))
}
