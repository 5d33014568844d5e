import { isWhiteSpace } from '../util/whiteSpace.js'
import type { Block, BlockLine } from './blocks.js'
import type { DocumentFormat } from './documentFormat.js'
import { EchoIndex } from './echoIndex.js'
import { furnitureCue, isBylineShaped, type FurnitureCue } from './furniture.js'
import type { LineIndex } from './lineIndex.js'
import { lineShape, type LineShape } from './lineShape.js'
import { speakerLabel, type SpeakerLabel } from './speakerLabel.js'
import type { Speakers } from './speakers.js'
import { asksQuestion } from './asksQuestion.js'
import type { RuleId } from '../diagnostics/ruleIds.js'

// A line that leads into what follows it (a code block, a list): ends with a colon.
const LEAD_IN = /[:：]\s*$/u

/** Report an anomaly between two offsets of the text (a warning `Diagnostic` of the document, built directly). */
export type Warn = (ruleId: RuleId, reason: string, start: number, end: number) => void

/** One line of a block, with what the line rules decided about it. */
export interface Line {
  /** The block the line belongs to. */
  block: Block
  /** Position of the line in its block. */
  index: number
  /** The line's text and its offsets in the document. */
  raw: BlockLine
  /** Word count, terminal punctuation, question shape. */
  shape: LineShape
  /** A `Label:` prefix, if the line has one. */
  label: SpeakerLabel | undefined
  /** The side of the dialogue the line's label speaks for (first line of a block only). */
  speaker: 'asker' | 'answerer' | undefined
  /** Case- and space-folded text, to find verbatim repeats. */
  key: string
  /** A verbatim repeat of an earlier line, left out. */
  dropped: boolean
  /** Why the line is page furniture, if it is. */
  furniture: FurnitureCue | 'byline' | undefined
  /** The document's title line. */
  title: boolean
  /** A question heading or question block (FAQ). */
  question: boolean
}

/** A run of lines of one block that becomes (part of) a segment. */
export interface Piece {
  /** The lines, in order. */
  lines: Line[]
  /** Page furniture (boilerplate), not content. */
  furniture: boolean
}

function lineKey(text: string): string {
  // The root locale's lower case is the default Unicode mapping, which `toLowerCase` applies without asking ICU.
  const lower = text.toLowerCase()
  // Most lines have no white space to collapse: they skip the replacement's scan and copy.
  return (collapsible(lower) ? lower.replace(/\s+/gu, ' ') : lower).trim()
}

/** Whether `text.replace(/\s+/gu, ' ')` would change a text: white space other than a lone space. */
function collapsible(text: string): boolean {
  let space = false
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    const white = isWhiteSpace(unit)
    if (white && (space || unit !== 32)) return true
    space = white
  }
  return false
}

/**
 * The lines of the content blocks, each with its shape, label and speaker side.
 *
 * @param blocks Content blocks (no code, no navigation).
 * @param speakers The dialogue's labels, if the document is a dialogue.
 */
export function documentLines(blocks: readonly Block[], speakers: Speakers | undefined): Line[] {
  const lines: Line[] = []
  for (const block of blocks) {
    block.lines.forEach((raw, i) => {
      const label = speakerLabel(raw.text)
      const speaker = label === undefined || speakers === undefined ? undefined : label.key === speakers.asker ? 'asker' : speakers.answerers.includes(label.key) ? 'answerer' : undefined
      const question = i === 0 && (block.kind === 'question' || (block.kind === 'heading' && asksQuestion(raw.text)))
      lines.push({ block, index: i, raw, shape: lineShape(raw.text), label, speaker: i === 0 ? speaker : undefined, key: lineKey(raw.text), dropped: false, furniture: undefined, title: false, question })
    })
  }
  return lines
}

/** How often each folded line occurs. */
export function lineCounts(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const line of lines) counts.set(line.key, (counts.get(line.key) ?? 0) + 1)
  return counts
}

/**
 * Mark the title: a heading at the top, or a first line that does not read as running prose.
 *
 * @param maxTitleWords Longest first paragraph line still taken for a title.
 */
export function markTitle(lines: readonly Line[], counts: ReadonlyMap<string, number>, maxTitleWords: number): void {
  const first = lines[0]
  if (first === undefined || first.speaker !== undefined) return
  const repeated = (counts.get(first.key) ?? 0) > 1
  // A heading at the top is the title, unless it is a section that asks (the first question of an FAQ).
  const heading = first.block.kind === 'heading' && !(first.question && (first.block.depth ?? 1) > 1)
  const short = (line: Line): boolean => line.block.kind === 'paragraph' && !line.shape.terminal && line.shape.words <= maxTitleWords
  if (heading || repeated) first.title = true
  else if (short(first)) (headerTitle(lines, short) ?? first).title = true
}

/**
 * The page's `# Title` below a header of short lines (a tagline, a line of links in a `<p align="center">`): the first
 * heading, when it is the page's only one of level 1 (a README that writes every section with `#` has no title
 * heading) and every line above it is short and unpunctuated, no list item and no lead-in to what follows
 * (`…を表示するには:`).
 */
function headerTitle(lines: readonly Line[], short: (line: Line) => boolean): Line | undefined {
  const at = lines.findIndex((line) => line.block.kind === 'heading')
  if (at < 0 || lines[at]!.block.depth !== 1 || lines[at]!.question) return undefined
  if (lines.some((line, k) => k !== at && line.block.kind === 'heading' && line.block.depth === 1)) return undefined
  const header = (line: Line): boolean => short(line) && line.block.nested !== true && !LEAD_IN.test(line.raw.text)
  return lines.slice(0, at).every(header) ? lines[at] : undefined
}

/**
 * Mark verbatim repeats as dropped, keeping the first occurrence, with a warning for each: lines of one text leading
 * to the same places (see {@link sameTargets}).
 * @param written Lines that are written structure (a Markdown table row, heading, list item, quote or container
 *   line): a repeat of one is content of its own section (the same row in two tables, the same sub-heading under two
 *   sections, the same step in two procedures), dropped only when it repeats the title. A repeated paragraph of its
 *   own is still dropped: in a translation it is more often text pasted twice.
 */
export function dropRepeats(lines: readonly Line[], index: LineIndex, warn: Warn, written: (line: Line) => boolean = () => false): void {
  const seen = new Map<string, Line>()
  for (const line of lines) {
    const earlier = seen.get(line.key)
    if (earlier !== undefined && !(line.speaker !== undefined && line.shape.words <= 3) && (earlier.title || !written(line)) && sameTargets(earlier, line)) {
      line.dropped = true
      const start = line.raw.offsets[0] ?? 0
      const end = line.raw.offsets[line.raw.text.length] ?? start
      if (earlier.title) warn('duplicate-title', `Title repeated at line ${index.point(start).line}; kept once`, start, end)
      else warn('duplicate-line', `Line repeats line ${index.point(earlier.raw.offsets[0] ?? 0).line} verbatim; kept once`, start, end)
    } else if (earlier === undefined) seen.set(line.key, line)
  }
}

/** The link targets of a line, in order: the text a reader reads is not all a line says. */
const targetsOf = (line: Line): string => line.raw.anchors.flatMap((a) => (a.kind === 'url' ? [a.text] : [])).join('\n')

/**
 * Whether two lines of one text lead to the same places: a line that repeats another's words with other links
 * (`Install the [exporter package](…/exporter-prometheus)` and, in another section, the same words linking
 * `…/exporter-zipkin`) is no repeat — it sends its reader elsewhere, and a translation that changes its link changes
 * that line.
 */
const sameTargets = (a: Line, b: Line): boolean => targetsOf(a) === targetsOf(b)

/**
 * Mark page furniture (dangling labels, captions echoing the headline, dates) and the bylines beside it.
 *
 * @param introduces Paragraphs that introduce a code block, table or list: prose, never furniture.
 * @returns The lines still in the document (not dropped).
 */
export function markFurniture(lines: readonly Line[], counts: ReadonlyMap<string, number>, format: DocumentFormat, introduces: ReadonlySet<Block>): Line[] {
  const furnitureLabels = new Set<string>()
  const kept = new EchoIndex()
  for (const line of lines) {
    if (line.dropped) continue
    // Markdown headings, questions, table rows and list items are written structure, never furniture.
    const structural = line.question || line.block.kind === 'row' || line.block.nested === true || (format === 'markdown' && line.block.kind === 'heading') || introduces.has(line.block)
    if (!line.title && line.speaker === undefined && !structural) {
      const facts = { text: line.raw.text, shape: line.shape, label: line.label, repeated: (counts.get(line.key) ?? 0) > 1 }
      line.furniture = furnitureCue(facts, kept, furnitureLabels)
    }
    kept.add(line.label === undefined ? line.raw.text : line.label.rest)
  }
  const live = lines.filter((l) => !l.dropped)
  markBylines(live, introduces)
  return live
}

function markBylines(live: readonly Line[], introduces: ReadonlySet<Block>): void {
  // Per block: how many live lines, and how many of them are furniture (keeps the byline pass linear).
  const liveInBlock = new Map<Block, number>()
  const furnitureInBlock = new Map<Block, number>()
  for (const l of live) {
    liveInBlock.set(l.block, (liveInBlock.get(l.block) ?? 0) + 1)
    if (l.furniture !== undefined) furnitureInBlock.set(l.block, (furnitureInBlock.get(l.block) ?? 0) + 1)
  }
  const byline = (line: Line): void => {
    line.furniture = 'byline'
    furnitureInBlock.set(line.block, (furnitureInBlock.get(line.block) ?? 0) + 1)
  }
  live.forEach((line, i) => {
    // An item of a list is content, however short (a byline is not written as a list item).
    if (line.furniture !== undefined || line.title || line.speaker !== undefined || line.block.kind !== 'paragraph' || line.block.nested === true || introduces.has(line.block)) return
    const sameBlock = (furnitureInBlock.get(line.block) ?? 0) > 0
    // A short unfinished line that shares a block with furniture is furniture too (a credit under a caption).
    if (sameBlock && !line.shape.terminal && line.shape.words <= 12) return byline(line)
    if (!isBylineShaped(line.shape) || line.label !== undefined) return
    const prev = live[i - 1]
    const next = live[i + 1]
    const aloneInBlock = liveInBlock.get(line.block) === 1
    const besideFurniture = aloneInBlock && ((prev !== undefined && prev.block !== line.block && prev.furniture !== undefined) || (next !== undefined && next.block !== line.block && next.furniture !== undefined))
    const atEdge = i === live.length - 1
    if (sameBlock || besideFurniture || atEdge) byline(line)
  })
}

/** Runs of lines in one block with the same furniture status; a speaker label or a title starts a new piece. */
export function linePieces(live: readonly Line[]): Piece[] {
  const pieces: Piece[] = []
  for (const line of live) {
    const last = pieces[pieces.length - 1]
    const isFurniture = line.furniture !== undefined
    const prevLine = last?.lines[last.lines.length - 1]
    if (last !== undefined && prevLine !== undefined && prevLine.block === line.block && last.furniture === isFurniture && !isFurniture && !line.title && !prevLine.title && line.speaker === undefined) {
      last.lines.push(line)
    } else pieces.push({ lines: [line], furniture: isFurniture })
  }
  return pieces
}
