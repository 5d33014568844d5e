import type { DatasetDocument, Segment } from '../../types.js'

/** 1-based first and last line of a span in its source file. */
export interface LineRange {
  /** First line. */
  start: number
  /** Last line. */
  end: number
}

/** Lines of a segment in its document. */
export function segmentLines(segment: Segment): LineRange {
  return { start: segment.place.start.line, end: Math.max(segment.place.start.line, segment.place.end.line) }
}

/**
 * Line of each sentence of a document: its segment's first line plus the line breaks of the segment's text
 * before the sentence (found in order), never past the segment's last line.
 * @returns Sentence id → 1-based line.
 */
export function sentenceLines(document: DatasetDocument): Map<string, number> {
  const out = new Map<string, number>()
  for (const segment of document.segments) {
    const { start, end } = segmentLines(segment)
    let from = 0
    for (const sentence of segment.sentences) {
      const at = segment.text.indexOf(sentence.text, from)
      if (at < 0) {
        out.set(sentence.id, start)
        continue
      }
      let breaks = 0
      for (let i = segment.text.indexOf('\n'); i !== -1 && i < at; i = segment.text.indexOf('\n', i + 1)) breaks++
      out.set(sentence.id, Math.min(end, start + breaks))
      from = at + sentence.text.length
    }
  }
  return out
}

/** A line range as the report prints it: `L12` or `L12–14`. */
export function formatLines(range: LineRange): string {
  return range.end > range.start ? `L${range.start}–${range.end}` : `L${range.start}`
}
