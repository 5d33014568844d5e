// micromark's time grows with the square of some shapes of a document: thousands of separate block quotes (its
// flow tokenizer re-edits one event list for the whole document) and one paragraph of thousands of lines (merging
// the text events of each line splices the paragraph's whole event list). Parsing the document in pieces keeps
// each of those lists short. A piece starts only where parsing it alone gives the tree the whole document gives:
// after a blank line, at a line that cannot continue what came before, or between two lines of a long plain
// paragraph (whose two halves are joined back into one paragraph after parsing).

import { splitLineSpans, type LineSpan } from './lineSpans.js'

/** Where a piece of the document starts, and how it joins the piece before it. */
export interface ChunkStart {
  /** Offset of the piece's first character (the start of a line). */
  offset: number
  /** 1-based line number of that line. */
  line: number
  /** `block`: a new top-level block starts there; `paragraph`: the line continues the paragraph before it. */
  join: 'block' | 'paragraph'
}

/** The lines that open or close the blocks a piece must not cut, for one limit of indentation before them. */
interface Openers {
  fence: RegExp
  fenceClose: RegExp
  directiveOpen: RegExp
  directiveClose: RegExp
  /** HTML blocks that may hold blank lines (CommonMark kinds 1–5), and what ends each. */
  html: Array<[start: RegExp, end: RegExp]>
}

function openers(indent: string): Openers {
  const at = (pattern: string, flags = 'u'): RegExp => new RegExp(`^${indent}${pattern}`, flags)
  return {
    fence: at('(`{3,}|~{3,})(.*)$'),
    fenceClose: at('(`{3,}|~{3,})[ \\t]*$'),
    directiveOpen: at('(:{3,})[ \\t]*[\\p{L}\\p{N}_-]'),
    directiveClose: at('(:{3,})[ \\t]*$'),
    html: [
      [at('<(?:script|pre|style|textarea)(?=[\\s>]|$)', 'iu'), /<\/(?:script|pre|style|textarea)>/iu],
      [at('<!--'), /-->/u],
      [at('<\\?'), /\?>/u],
      [at('<![A-Za-z]'), />/u],
      [at('<!\\[CDATA\\['), /\]\]>/u],
    ],
  }
}

/** Block openers of CommonMark (up to three spaces before them), and of MDX, which has no indented code (any). */
const COMMONMARK_OPENERS = openers(' {0,3}')
const MDX_OPENERS = openers('[ \\t]*')
/** A line that opens no block and interrupts no paragraph: it can only be paragraph text. */
const PLAIN_LINE = /^[\p{L}"'“”‘’«»„(¿¡]|^\p{N}(?!\p{N}{0,8}[.)](?:[ \t]|$))/u
/** A line after a blank line that starts a fresh top-level block (not a list item that could continue a list). */
const FRESH_BLOCK = /^[^\s\-*+\p{N}]/u
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*$/u
const BALANCED_PAIRS: Array<[open: number, close: number]> = [
  [0x5b, 0x5d],
  [0x3c, 0x3e],
]
const EVEN_MARKERS = [0x2a, 0x5f, 0x60, 0x7e]
const MARKERS = new Set([...EVEN_MARKERS, ...BALANCED_PAIRS.flat()])

/**
 * Index of the first line after a front matter block the document opens with, else 0; -1 when its first line opens
 * one that never closes (the failed attempt changes how the parser reads bullets in the whole document).
 */
function afterFrontMatter(text: string, lines: LineSpan[]): number {
  const open = FRONT_MATTER.exec(text.slice(lines[0]!.start, lines[0]!.end))
  if (open === null) return 0
  for (let k = 1; k < lines.length; k++) {
    const close = FRONT_MATTER.exec(text.slice(lines[k]!.start, lines[k]!.end))
    if (close !== null && close[1] === open[1]) return k + 1
  }
  return -1
}

/**
 * For each line, whether a blank line before it leaves nothing open across it (no fence, HTML block of kinds 1–5,
 * or `:::` container), so that it may start a piece.
 */
function closedBefore(text: string, lines: LineSpan[], from: number, syntax: Openers): boolean[] {
  const closed = new Array<boolean>(lines.length).fill(false)
  let fence: { char: string; size: number } | undefined
  let html: RegExp | undefined
  const directives: number[] = []
  for (let k = from; k < lines.length; k++) {
    closed[k] = fence === undefined && html === undefined && directives.length === 0
    const line = text.slice(lines[k]!.start, lines[k]!.end)
    if (html !== undefined) {
      if (html.test(line)) html = undefined
      continue
    }
    if (fence !== undefined) {
      const close = syntax.fenceClose.exec(line)
      if (close !== null && close[1]![0] === fence.char && close[1]!.length >= fence.size) fence = undefined
      continue
    }
    const open = syntax.fence.exec(line)
    if (open !== null && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      fence = { char: open[1]![0]!, size: open[1]!.length }
      continue
    }
    for (const [start, end] of syntax.html) {
      const m = start.exec(line)
      if (m !== null) {
        if (!end.test(line.slice(m[0].length))) html = end
        break
      }
    }
    if (html !== undefined) continue
    const directiveClose = syntax.directiveClose.exec(line)
    if (directiveClose !== null) {
      if (directives.length > 0 && directiveClose[1]!.length >= directives[directives.length - 1]!) directives.pop()
      continue
    }
    const directiveOpen = syntax.directiveOpen.exec(line)
    if (directiveOpen !== null) directives.push(directiveOpen[1]!.length)
  }
  return closed
}

function isBlank(text: string, line: LineSpan): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09) return false
  }
  return true
}

/** Running counts of the inline markers of a stretch of text, to tell whether they pair up. */
class MarkerCounts {
  private readonly counts = new Map<number, number>()

  /** Count the markers of `text[from, to)`. */
  add(text: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i)
      if (MARKERS.has(c)) this.counts.set(c, (this.counts.get(c) ?? 0) + 1)
    }
  }

  /** Forget every count (a new piece starts). */
  clear(): void {
    this.counts.clear()
  }

  /** Whether no emphasis, code span, strikethrough, link or tag is left open by the markers counted. */
  balanced(): boolean {
    for (const c of EVEN_MARKERS) if ((this.counts.get(c) ?? 0) % 2 !== 0) return false
    for (const [open, close] of BALANCED_PAIRS) if ((this.counts.get(open) ?? 0) !== (this.counts.get(close) ?? 0)) return false
    return true
  }
}

/**
 * Fewest characters a piece holds before a paragraph is cut where inline markup is left open (which breaks that
 * markup: a link written over two lines): the cut is forced only to bound the parser's cost, which a piece this short
 * does not threaten, however small the size asked for.
 */
const FORCED_CUT_FLOOR = 2048

/** Whether a line may end a piece inside a paragraph: it ends with no hard break (trailing spaces or `\`). */
function endsSoftly(text: string, line: LineSpan): boolean {
  const last = text.charCodeAt(line.end - 1)
  return line.end > line.start && last !== 0x20 && last !== 0x09 && last !== 0x5c
}

/** Index after the run of non-blank lines starting at line `k` when all of them are plain paragraph text, else -1. */
function plainParagraphEnd(text: string, lines: LineSpan[], k: number): number {
  let j = k
  while (j < lines.length && !isBlank(text, lines[j]!)) {
    const line = lines[j]!
    if (!PLAIN_LINE.test(text.slice(line.start, Math.min(line.end, line.start + 12)))) return -1
    j++
  }
  return j
}

/**
 * Where to cut a Markdown document into pieces of about `size` characters that parse alone as they do in the
 * whole: after a blank line before a line starting a fresh top-level block, with no fence, HTML block or `:::`
 * container open across it; in a paragraph of plain lines (each starting with a letter, a digit not opening a list,
 * or an opening quote) longer than twice `size`, between two lines, preferring a point where the inline markers
 * since the piece's start pair up (a point where they do not only past twice `size` and {@link FORCED_CUT_FLOOR}). The first piece starts at 0 and is not listed.
 * @param text The document text.
 * @param size Characters after which a piece is cut at the next safe point.
 * @param indentedCode Whether the parser reads indented code (default `true`); without it (MDX) a fence, HTML block
 * or container may open after any indentation.
 * @returns The starts of the second and later pieces, in order.
 */
export function markdownChunks(text: string, size: number, indentedCode = true): ChunkStart[] {
  // A lone CR ends a line for the parser; such text is not cut (the loader rewrites every line ending to LF).
  if (text.length <= size || text.includes('\r')) return []
  const lines = splitLineSpans(text)
  const from = afterFrontMatter(text, lines)
  if (from < 0) return []
  const closed = closedBefore(text, lines, from, indentedCode ? COMMONMARK_OPENERS : MDX_OPENERS)
  const starts: ChunkStart[] = []
  const markers = new MarkerCounts()
  let pieceStart = 0
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!
    const afterBlank = k === from || isBlank(text, lines[k - 1]!)
    if (isBlank(text, line) || !afterBlank || !closed[k]) continue
    if (k > from && line.start - pieceStart >= size && FRESH_BLOCK.test(text.slice(line.start, line.start + 1))) {
      starts.push({ offset: line.start, line: k + 1, join: 'block' })
      pieceStart = line.start
    }
    const end = plainParagraphEnd(text, lines, k)
    if (end < 0 || lines[end - 1]!.end - pieceStart < 2 * size) continue
    markers.clear()
    for (let j = k + 1; j < end; j++) {
      const cut = lines[j]!.start
      markers.add(text, lines[j - 1]!.start, lines[j - 1]!.end)
      const over = cut - pieceStart
      if (over < size || !endsSoftly(text, lines[j - 1]!)) continue
      if (over < Math.max(2 * size, FORCED_CUT_FLOOR) && !markers.balanced()) continue
      starts.push({ offset: cut, line: j + 1, join: 'paragraph' })
      pieceStart = cut
      markers.clear()
    }
    k = end - 1
  }
  return starts
}
