import type { InlineRange, SegmentAnchor, SegmentRole } from '../types.js'
import { sliceRanges } from './inlineRanges.js'
import type { Block } from './blocks.js'
import type { Line } from './documentLines.js'

/** A segment before its sentences are cut: its role, its paragraphs and what it carries. */
export interface Draft {
  /** What the segment is. */
  role: SegmentRole
  /** Speaker marker (`Q`, `jr`…) of a dialogue turn. */
  marker?: string | undefined
  /** Dialogue or FAQ turn number. */
  turn?: number | undefined
  /** Paragraphs: text and, per character, its offset in the document. */
  pieces: DraftPiece[]
  /** Links, code spans and images found in the lines. */
  anchors: SegmentAnchor[]
  /** Heading id. */
  slug?: string | undefined
  /** Info string of a code block. */
  codeLanguage?: string | undefined
}

/** A paragraph of a draft. */
export interface DraftPiece {
  /** Its text. */
  text: string
  /** Per character of `text`, its offset in the document; one more for the end. */
  offsets: number[]
  /** Where links' shown texts and inline code are in `text` (see `PlainText.inline`). */
  inline: InlineRange[]
}

/** Join the lines of a piece: a space after a line that runs on, a newline after a finished one. */
function joinLines(lines: readonly Line[], stripFirst: number): DraftPiece {
  let text = ''
  const offsets: number[] = []
  const inline: InlineRange[] = []
  lines.forEach((line, i) => {
    const skip = i === 0 ? stripFirst : 0
    if (i > 0) {
      text += lines[i - 1]!.shape.terminal ? '\n' : ' '
      offsets.push(lines[i - 1]!.raw.offsets[lines[i - 1]!.raw.text.length] ?? 0)
    }
    for (const r of sliceRanges(line.raw.inline, skip, line.raw.text.length)) inline.push({ kind: r.kind, start: r.start + text.length, end: r.end + text.length })
    text += line.raw.text.slice(skip)
    // A loop, not `push(...slice)`: spreading a line of 100k+ characters overflows the call stack.
    for (let k = skip; k < line.raw.text.length; k++) offsets.push(line.raw.offsets[k]!)
  })
  const lastLine = lines[lines.length - 1]!
  offsets.push(lastLine.raw.offsets[lastLine.raw.text.length] ?? 0)
  return { text, offsets, inline }
}

/**
 * A draft of one piece.
 *
 * @param strip Characters to leave out at the start of the first line (a speaker label).
 * @param extra Marker, turn or other fields of the draft.
 */
export function draftOf(role: SegmentRole, lines: readonly Line[], strip: number, extra: Partial<Draft> = {}): Draft {
  const anchors: SegmentAnchor[] = []
  for (const line of lines) for (const a of line.raw.anchors) anchors.push(a)
  return { role, pieces: [joinLines(lines, strip)], anchors, slug: lines[0]!.block.slug, ...extra }
}

/** Add a piece as a further paragraph of a draft. */
export function addPiece(draft: Draft, lines: readonly Line[]): void {
  draft.pieces.push(joinLines(lines, 0))
  for (const line of lines) for (const a of line.raw.anchors) draft.anchors.push(a)
}

/** Code blocks and navigation bars become segments of their own, outside the line rules. */
export function standaloneDraft(block: Block): Draft {
  const line = block.lines[0]!
  const pieces = block.lines.map((l) => ({ text: l.text, offsets: l.offsets }))
  if (block.kind === 'code') return { role: 'code', pieces: [{ text: line.text, offsets: line.offsets, inline: [] }], anchors: [...line.anchors], codeLanguage: block.codeLanguage }
  // The lines joined by spaces: each line's ranges move by the length of the lines before it.
  const inline: InlineRange[] = []
  let at = 0
  for (const l of block.lines) {
    for (const r of l.inline) inline.push({ kind: r.kind, start: r.start + at, end: r.end + at })
    at += l.text.length + 1
  }
  return { role: 'boilerplate', pieces: [{ text: pieces.map((p) => p.text).join(' '), offsets: pieces.flatMap((p, k) => (k < pieces.length - 1 ? [...p.offsets.slice(0, p.text.length), p.offsets[p.text.length] ?? 0] : p.offsets)), inline }], anchors: block.lines.flatMap((l) => l.anchors) }
}

/** Offset in the document where a draft starts. */
export function draftStart(draft: Draft): number {
  return draft.pieces[0]?.offsets[0] ?? 0
}
