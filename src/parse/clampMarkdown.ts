// micromark, the Markdown parser under remark, spends time that grows faster than the text on two shapes: containers
// nested deep on one line (`- `, `1. `, `>` repeated, or a list indented level after level) and long runs of inline
// markers in one paragraph (`*a*a*a…`, `[a](`×50,000). Both are cut here before the parser sees them, keeping every
// offset in place: the result has the same length as the input.

import { splitLineSpans, type LineSpan } from './lineSpans.js'

/** Container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) read on one line before the rest is taken as text. */
export const MAX_NESTING = 32
/** Column past which a container marker is taken as text (a list indented level after level). */
export const MAX_PREFIX_COLUMNS = 64
/** Inline markers (`*`, `_`, `[`, `]`, `` ` ``, `~`, `<`) in one paragraph past which its inline markup is taken as text. */
export const MAX_INLINE_MARKERS = 2000
/** Inline markers in one paragraph past which a paragraph made mostly of them (one in eight characters) is taken as text. */
export const DENSE_INLINE_MARKERS = 256

const INLINE_MARKERS = '*_[]`~<'
/** {@link INLINE_MARKERS} by ASCII code: 1 for a marker. */
const INLINE_MARKER_CODES = Uint8Array.from({ length: 0x80 }, (_, code) => (INLINE_MARKERS.includes(String.fromCharCode(code)) ? 1 : 0))
const NO_MASK = -1

/** Text ready for the Markdown parser, and where it was changed. */
export interface ClampedMarkdown {
  /** The text, the same length as the input. */
  text: string
  /** Offsets of the lines whose nesting was cut. */
  flattened: number[]
  /** Offsets of the paragraphs whose inline markup was taken as text. */
  masked: number[]
  /**
   * The first of 128 private-use code points the text does not use, or `-1`: a masked marker became
   * `maskBase + code`, a blanked prefix `maskBase` itself.
   */
  maskBase: number
}

/** `|`, the column bar of a table row. */
const BAR = 0x7c

// A line that opens an HTML block which runs to the next blank line (CommonMark's kind 6: a block-level tag such as
// `<table>`, `<div>`, `<p>`, `<details>`): the parser keeps such a block as raw text, reading no inline markup in it.
const HTML_BLOCK_TAG = /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t/>]|$)/iu
// A line that is one HTML comment and nothing else (`<!-- ALL-CONTRIBUTORS-LIST:START -->`): a block of its own.
const COMMENT_LINE = /^ {0,3}<!--.*-->[ \t]*$/u

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39
}

/** Length of the container marker at `i`, or 0. */
function markerLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i)
  if (c === 0x3e) return 1
  const after = (k: number): boolean => k >= end || isSpace(text.charCodeAt(k))
  if ((c === 0x2d || c === 0x2a || c === 0x2b) && after(i + 1)) return 1
  let k = i
  while (k < end && k - i < 9 && isDigit(text.charCodeAt(k))) k++
  if (k > i && k < end && (text.charCodeAt(k) === 0x2e || text.charCodeAt(k) === 0x29) && after(k + 1)) return k + 1 - i
  return 0
}

/**
 * Where a line's container prefix goes too deep: the index of the marker past the {@link MAX_NESTING}th, or of the
 * first character at column {@link MAX_PREFIX_COLUMNS} when a marker stands there or later; -1 when it is shallow
 * enough.
 */
function prefixCut(text: string, start: number, end: number): number {
  let markers = 0
  let column = 0
  let deep = -1
  let i = start
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) {
      if (deep < 0 && column >= MAX_PREFIX_COLUMNS) deep = i
      column = text.charCodeAt(i) === 0x09 ? column + 4 - (column % 4) : column + 1
      i++
    }
    const length = i < end ? markerLength(text, i, end) : 0
    if (length === 0) return -1
    if (deep < 0 && column >= MAX_PREFIX_COLUMNS) deep = i
    if (deep >= 0) return deep
    if (markers === MAX_NESTING) return i
    markers++
    column += length
    i += length
  }
  return -1
}

/** Index after a line's container prefix (markers and spaces), where its content starts. */
function contentStart(text: string, start: number, end: number): number {
  let i = start
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++
    const length = i < end ? markerLength(text, i, end) : 0
    if (length === 0) return i
    i += length
  }
}

/** The first block of 128 private-use code points the text does not use, or -1. */
function freeMaskBase(text: string): number {
  const used = new Set<number>()
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xe000 && c <= 0xf8ff) used.add((c - 0xe000) >> 7)
  }
  for (let block = 0; block < 0x1900 >> 7; block++) if (!used.has(block)) return 0xe000 + (block << 7)
  return NO_MASK
}

/** An edit in place: the character at `at` becomes `char`. */
type Edit = [at: number, char: string]

/**
 * Blank the too deep part of each line's container prefix (from the cut to the line's content) with a mark that
 * {@link unmaskValue} deletes, so that the content reads as a paragraph (not code) one level down.
 */
function cutNesting(text: string, lines: LineSpan[], base: number, edits: Edit[], flattened: number[]): void {
  for (const { start, end } of lines) {
    const cut = prefixCut(text, start, end)
    if (cut < 0) continue
    const content = contentStart(text, cut, end)
    if (base === NO_MASK) {
      edits.push([cut, '\\'])
      for (let i = cut + 1; i < content; i++) edits.push([i, ' '])
    } else for (let i = cut; i < content; i++) edits.push([i, String.fromCharCode(base)])
    flattened.push(start)
  }
}

function maskParagraph(text: string, lines: LineSpan[], base: number, edits: Edit[]): void {
  for (const { start, end } of lines) {
    for (let i = contentStart(text, start, end); i < end; i++) {
      if (INLINE_MARKERS.includes(text[i]!)) edits.push([i, base === NO_MASK ? ' ' : String.fromCharCode(base + text.charCodeAt(i))])
    }
  }
}

/** Mask the inline markers of paragraphs holding too many of them (counted between blank lines); the mask base. */
function maskInline(text: string, lines: LineSpan[], base: number, edits: Edit[], masked: number[]): void {
  let paragraph: LineSpan[] = []
  let markers = 0
  let length = 0
  // Whether the lines since the last blank one are an HTML block (after comment lines only): raw text, not masked.
  let raw = false
  let comments = 0
  const flush = (): void => {
    const dense = markers >= DENSE_INLINE_MARKERS && markers * 8 >= length
    if (paragraph.length > 0 && (markers > MAX_INLINE_MARKERS || dense)) {
      maskParagraph(text, paragraph, base, edits)
      masked.push(paragraph[0]!.start)
    }
    paragraph = []
    markers = 0
    length = 0
    raw = false
    comments = 0
  }
  for (const line of lines) {
    const from = contentStart(text, line.start, line.end)
    if (from === line.end) {
      flush()
      continue
    }
    const source = text.slice(line.start, line.end)
    if (!raw && comments === paragraph.length && COMMENT_LINE.test(source)) comments++
    else if (!raw && comments === paragraph.length && HTML_BLOCK_TAG.test(source)) raw = true
    if (raw) continue
    // Each row of a table is parsed on its own: count it alone. The bar is looked for in this line only (a
    // search to the end of the text for every line made a long document without bars quadratic).
    let row = false
    let lineMarkers = 0
    for (let i = from; i < line.end; i++) {
      const code = text.charCodeAt(i)
      if (code === BAR) row = true
      else if (code < 0x80 && INLINE_MARKER_CODES[code] === 1) lineMarkers++
    }
    if (row) flush()
    paragraph.push(line)
    markers += lineMarkers
    length += line.end - from
    if (row) flush()
  }
  flush()
}

function applyEdits(text: string, edits: Edit[]): string {
  if (edits.length === 0) return text
  edits.sort((a, b) => a[0] - b[0])
  const parts: string[] = []
  let last = 0
  for (const [at, char] of edits) {
    parts.push(text.slice(last, at), char)
    last = at + 1
  }
  parts.push(text.slice(last))
  return parts.join('')
}

/**
 * Make text safe for the Markdown parser without moving any offset. The part of a line's container prefix past
 * the {@link MAX_NESTING}th marker, or past column {@link MAX_PREFIX_COLUMNS}, is blanked, so that the rest of the
 * line reads as text one level up; a paragraph with more than {@link MAX_INLINE_MARKERS} inline markers, or with at
 * least {@link DENSE_INLINE_MARKERS} making up one character in eight, has them masked. Both use private-use
 * characters that {@link unmaskValue} deletes or turns back after parsing.
 * @param text The document text.
 * @returns The clamped text (the same length), and the lines and paragraphs changed.
 */
export function clampMarkdown(text: string): ClampedMarkdown {
  const lines = splitLineSpans(text)
  const flattened: number[] = []
  const masked: number[] = []
  const edits: Edit[] = []
  const maskBase = freeMaskBase(text)
  cutNesting(text, lines, maskBase, edits, flattened)
  maskInline(text, lines, maskBase, edits, masked)
  return { text: applyEdits(text, edits), flattened, masked, maskBase }
}

/**
 * Turn masked inline markers back into themselves and delete blanked prefixes.
 * @param value A string from the parsed tree.
 * @param maskBase {@link ClampedMarkdown.maskBase}.
 */
export function unmaskValue(value: string, maskBase: number): string {
  if (maskBase === NO_MASK) return value
  let out = ''
  let last = 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= maskBase && c < maskBase + 128) {
      out += value.slice(last, i) + (c === maskBase ? '' : String.fromCharCode(c - maskBase))
      last = i + 1
    }
  }
  return last === 0 && out === '' ? value : out + value.slice(last)
}
