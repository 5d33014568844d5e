import type { InlineRange, SegmentAnchor } from '../types.js'
import { moveRanges, sliceRanges } from './inlineRanges.js'
import type { PlainText } from './plainText.js'
import { speakerLabel } from './speakerLabel.js'
import { lineShape } from './lineShape.js'
import { isWhiteSpace } from '../util/whiteSpace.js'
import { scriptClass } from '../util/scripts.js'

/** One line of a block: plain text plus the source offset of each character (and of the end). */
export interface BlockLine {
  /** Plain text of the line, trimmed. */
  text: string
  /** Source offset of each character of `text`, plus one for the end. */
  offsets: number[]
  /** Inline code spans and link targets on the line. */
  anchors: SegmentAnchor[]
  /** Where links' shown texts and inline code are in `text` (see `PlainText.inline`). */
  inline: InlineRange[]
}

/** How the line breaks inside a block are read. */
export interface LineBreaking {
  /**
   * `markdown`: a soft line break is a space (CommonMark), only hard breaks and breaks between a line that can
   * close a turn and one that opens with a `Label:` or a list marker end a line; `text`: every line break ends a line unless the text is hard-wrapped (see `wrapWidth`).
   */
  format: 'markdown' | 'text'
  /** Width (in characters) at which a plain-text document is hard-wrapped, when it is. */
  wrapWidth?: number | undefined
}

// Han, kana and the fullwidth punctuation written with them: no space between words, so none at a wrapped line.
const UNSPACED = scriptClass('joinsWrappedLines', '\\u3000-\\u303f\\uff01-\\uff60ー')

/** The whole character before offset `i` (both halves of a surrogate pair: Han of the supplementary planes). */
function pointBefore(text: string, i: number): string {
  const unit = text.charCodeAt(i - 1)
  return unit >= 0xdc00 && unit <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text.charAt(i - 1)
}

// A line that opens a list item or a speaker turn starts a new line even inside a wrapped paragraph.
const LINE_OPENER = /^(?:[-*+•·–—]\s|\d{1,3}[.)]\s|\p{Lu}\p{Ll}{0,2}[.)]\s)/u

interface RawLine {
  start: number
  end: number
}

function rawLines(text: string): RawLine[] {
  const lines: RawLine[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i })
      start = i + 1
    }
  }
  return lines
}

function trimmedLength(text: string, line: RawLine): number {
  let a = line.start
  let b = line.end
  while (a < b && isWhiteSpace(text.charCodeAt(a))) a++
  while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--
  return b - a
}

function opensLine(text: string): boolean {
  const t = text.trimStart()
  return LINE_OPENER.test(t) || (speakerLabel(t)?.rest ?? '') !== ''
}

/**
 * Whether a line can be the last of a turn or an item: it ends a sentence or with a colon, or it opens with a
 * `Label:` itself (`Q: What is it` over `A: …`). In Markdown a paragraph wrapped at a fixed width breaks lines
 * anywhere, so a line that merely starts with `word:` or `Mr.` after a line that stops mid-sentence (`…the role of
 * each of` / `its components: logs, spans, and traces.`) continues it.
 */
function closesTurn(text: string): boolean {
  const t = text.trim()
  return /[:：]$/u.test(t) || lineShape(t).terminal || (speakerLabel(t)?.rest ?? '') !== ''
}

/**
 * Whether the break after `line` is soft (the next line continues it).
 * @param plain The block text.
 * @param line The line before the break.
 * @param next The line after it.
 * @param breaking Line-breaking mode.
 */
function softBreak(plain: PlainText, line: RawLine, next: RawLine, breaking: LineBreaking): boolean {
  if (plain.hardBreaks.has(line.end)) return false
  const nextText = plain.text.slice(next.start, next.end)
  if (opensLine(nextText) && (breaking.format !== 'markdown' || closesTurn(plain.text.slice(line.start, line.end)))) return false
  if (breaking.format === 'markdown') return true
  const width = breaking.wrapWidth
  return width !== undefined && trimmedLength(plain.text, line) >= 0.6 * width
}

/**
 * Cut a block's plain text into lines: trimmed, empty ones dropped, soft breaks turned into spaces.
 * @param plain The block's plain text.
 * @param breaking How to read line breaks.
 */
export function logicalLines(plain: PlainText, breaking: LineBreaking): BlockLine[] {
  const raw = rawLines(plain.text)
  const groups: RawLine[] = []
  for (let k = 0; k < raw.length; k++) {
    const line = raw[k]!
    const last = groups[groups.length - 1]
    const prev = raw[k - 1]
    if (last !== undefined && prev !== undefined && softBreak(plain, prev, line, breaking) && trimmedLength(plain.text, prev) > 0) last.end = line.end
    else groups.push({ ...line })
  }
  const out: BlockLine[] = []
  const source = plain.text
  // Anchors of a line without text (a linked image after a line break) go to the line before it, else the next.
  let orphans: SegmentAnchor[] = []
  for (const g of groups) {
    let a = g.start
    let b = g.end
    while (a < b && isWhiteSpace(source.charCodeAt(a))) a++
    while (b > a && isWhiteSpace(source.charCodeAt(b - 1))) b--
    const held = plain.anchors.filter((x) => x.at >= g.start && x.at <= g.end).map(({ kind, text: t }) => ({ kind, text: t }))
    if (b <= a) {
      const before = out[out.length - 1]
      if (before !== undefined) before.anchors.push(...held)
      else orphans.push(...held)
      continue
    }
    const anchors = [...orphans, ...held]
    orphans = []
    const newline = source.indexOf('\n', a)
    if (newline < 0 || newline >= b) {
      // No line break inside (most lines): copied as it is, its offsets in one slice.
      const offsets = plain.offsets.slice(a, b)
      offsets.push((plain.offsets[b - 1] ?? 0) + 1)
      out.push({ text: source.slice(a, b), offsets, anchors, inline: sliceRanges(plain.inline, a, b) })
      continue
    }
    out.push({ ...joinedLine(plain, a, b), anchors })
  }
  return out
}

/**
 * A line of a block's text, `[a, b)`, that holds line breaks: copied as it is, except that a run of white space
 * holding a line break becomes one space, at the offset of its first character.
 */
function joinedLine(plain: PlainText, a: number, b: number): Omit<BlockLine, 'anchors'> {
  const source = plain.text
  let text = ''
  const offsets: number[] = []
  // Where each position of `[a, b]` goes in the line's text.
  const places: number[] = []
  let from = a
  for (let i = a; i < b; ) {
    if (!isWhiteSpace(source.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    let broken = false
    for (; j < b && isWhiteSpace(source.charCodeAt(j)); j++) if (source.charCodeAt(j) === 0x0a) broken = true
    if (broken) {
      // Between two characters of a script written without spaces (Chinese, Japanese), a wrapped line joins
      // with nothing between them, as the reader sees it.
      const space = j < b && i > a && UNSPACED.test(pointBefore(source, i)) && UNSPACED.test(String.fromCodePoint(source.codePointAt(j)!)) ? '' : ' '
      for (let k = from; k < i; k++) places.push(text.length + k - from)
      for (let k = i; k < j; k++) places.push(text.length + i - from)
      text += `${source.slice(from, i)}${space}`
      for (let k = from; k < (space === '' ? i : i + 1); k++) offsets.push(plain.offsets[k]!)
      from = j
    }
    i = j
  }
  for (let k = from; k <= b; k++) places.push(text.length + k - from)
  text += source.slice(from, b)
  for (let k = from; k < b; k++) offsets.push(plain.offsets[k]!)
  offsets.push((plain.offsets[b - 1] ?? 0) + 1)
  return { text, offsets, inline: moveRanges(sliceRanges(plain.inline, a, b), 0, places) }
}

/**
 * The width at which a plain-text document is hard-wrapped, or `undefined` when it is not: its longest line is at
 * most 160 characters and at least half of the lines that are followed by another line of their paragraph come
 * within 30 % of that width.
 * @param paragraphs Plain text of each paragraph.
 */
export function wrapWidth(paragraphs: readonly string[]): number | undefined {
  let widest = 0
  const inner: number[] = []
  for (const p of paragraphs) {
    const lines = p.split('\n').map((l) => l.trim().length)
    for (const n of lines) widest = Math.max(widest, n)
    for (let k = 0; k + 1 < lines.length; k++) if (lines[k]! > 0) inner.push(lines[k]!)
  }
  if (widest === 0 || widest > 160 || inner.length < 2) return undefined
  const full = inner.filter((n) => n >= 0.7 * widest).length
  return full * 2 >= inner.length ? widest : undefined
}
