import { createHash } from 'node:crypto'
import { VFile } from 'vfile'
import { normalizeText } from '../load/normalizeText.js'
import type { Diagnostic, ParsedDocument, Segment, SegmentAnchor, SegmentRole, Sentence } from '../types.js'
import { asksQuestion } from './asksQuestion.js'
import { toBlocks, type Block, type BlockLine } from './blocks.js'
import { documentFormat, type DocumentFormat } from './documentFormat.js'
import { furnitureCue, isBylineShaped, type FurnitureCue } from './furniture.js'
import { EchoIndex } from './echoIndex.js'
import { LineIndex } from './lineIndex.js'
import { lineShape, type LineShape } from './lineShape.js'
import { MAX_NESTING, MAX_PREFIX_COLUMNS } from './clampMarkdown.js'
import { markdownTree } from './markdownTree.js'
import { checkOptions } from '../errors/checkArgument.js'
import { blankContainerFences } from './containerFences.js'
import { speakerLabel, type SpeakerLabel } from './speakerLabel.js'
import { findSpeakers } from './speakers.js'
import { splitSentences } from './splitSentences.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'
import type { RuleId } from '../diagnostics/ruleIds.js'

/** Options for {@link segmentDocument}. */
export interface SegmentOptions {
  /** Document id (default: `'document'`). */
  id?: string | undefined
  /** Path the text came from, kept on the document and in messages. */
  path?: string | undefined
  /** SHA-256 of the raw bytes (default: hash of the UTF-8 text). */
  sha256?: string | undefined
  /** Longest line, in words, still taken for a title or heading (default: `40` for titles, `12` for headings). */
  maxTitleWords?: number | undefined
  /**
   * How the text is written (default: from the path's extension — `.md`, `.markdown`… are Markdown, `.txt` plain
   * text — else `markdown` when the text has Markdown syntax such as headings, fences, links or front matter).
   * In Markdown a soft line break is a space; in plain text line breaks are kept unless the text is hard-wrapped.
   */
  format?: DocumentFormat | undefined
}

interface Line {
  block: Block
  index: number
  raw: BlockLine
  shape: LineShape
  label: SpeakerLabel | undefined
  speaker: 'asker' | 'answerer' | undefined
  key: string
  dropped: boolean
  furniture: FurnitureCue | 'byline' | undefined
  title: boolean
  question: boolean
}

interface Piece {
  lines: Line[]
  furniture: boolean
}

interface Draft {
  role: SegmentRole
  marker?: string | undefined
  turn?: number | undefined
  pieces: Array<{ text: string; offsets: number[] }>
  anchors: SegmentAnchor[]
  slug?: string | undefined
  codeLanguage?: string | undefined
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start)
  return Math.max(start + 1, Math.min(end < 0 ? text.length : end, start + 200))
}

function draftOf(role: SegmentRole, lines: Line[], strip: number, extra: Partial<Draft> = {}): Draft {
  const anchors: SegmentAnchor[] = []
  for (const line of lines) for (const a of line.raw.anchors) anchors.push(a)
  return { role, pieces: [joinLines(lines, strip)], anchors, slug: lines[0]!.block.slug, ...extra }
}

function addPiece(draft: Draft, lines: Line[]): void {
  draft.pieces.push(joinLines(lines, 0))
  for (const line of lines) for (const a of line.raw.anchors) draft.anchors.push(a)
}

/** Code blocks and navigation bars become segments of their own, outside the line rules. */
function standaloneDraft(block: Block): Draft {
  const line = block.lines[0]!
  const pieces = block.lines.map((l) => ({ text: l.text, offsets: l.offsets }))
  if (block.kind === 'code') return { role: 'code', pieces: [{ text: line.text, offsets: line.offsets }], anchors: [], codeLanguage: block.codeLanguage }
  return { role: 'boilerplate', pieces: [{ text: pieces.map((p) => p.text).join(' '), offsets: pieces.flatMap((p, k) => (k < pieces.length - 1 ? [...p.offsets.slice(0, p.text.length), p.offsets[p.text.length] ?? 0] : p.offsets)) }], anchors: block.lines.flatMap((l) => l.anchors) }
}

function uniqueAnchors(anchors: readonly SegmentAnchor[]): SegmentAnchor[] {
  const seen = new Set<string>()
  const out: SegmentAnchor[] = []
  for (const a of anchors) {
    const key = `${a.kind}\u0000${a.text}`
    if (!seen.has(key)) {
      seen.add(key)
      out.push({ kind: a.kind, text: a.text })
    }
  }
  return out
}

function draftStart(draft: Draft): number {
  return draft.pieces[0]?.offsets[0] ?? 0
}

const SOURCE = 'paracorpus:parse'

function lineKey(text: string): string {
  return text.toLocaleLowerCase('und').replace(/\s+/gu, ' ').trim()
}

/** Join the lines of a piece: a space after a line that runs on, a newline after a finished one. */
function joinLines(lines: Line[], stripFirst: number): { text: string; offsets: number[] } {
  let text = ''
  const offsets: number[] = []
  lines.forEach((line, i) => {
    const skip = i === 0 ? stripFirst : 0
    if (i > 0) {
      text += lines[i - 1]!.shape.terminal ? '\n' : ' '
      offsets.push(lines[i - 1]!.raw.offsets[lines[i - 1]!.raw.text.length] ?? 0)
    }
    text += line.raw.text.slice(skip)
    // A loop, not `push(...slice)`: spreading a line of 100k+ characters overflows the call stack.
    for (let k = skip; k < line.raw.text.length; k++) offsets.push(line.raw.offsets[k]!)
  })
  const lastLine = lines[lines.length - 1]!
  offsets.push(lastLine.raw.offsets[lastLine.raw.text.length] ?? 0)
  return { text, offsets }
}

/**
 * Parse an article (plain text or Markdown) into typed segments and sentences.
 *
 * Roles are found by general rules, never by word lists: the first line is the title when it reads like one;
 * recurring `Label:` prefixes that alternate are speaker turns (the label whose turns ask questions is the
 * `question` side); an unmarked paragraph after an answer continues it, unless an answer follows it, in which
 * case it is a question whose marker was lost; verbatim repeated lines are kept once; page furniture (dangling
 * labels, captions echoing the headline, dates, bylines beside them) becomes `boilerplate`.
 *
 * Anomalies are reported as `vfile` messages and returned as {@link Diagnostic}s on the document.
 * Never throws on any string input.
 */
export function segmentDocument(input: string, options: SegmentOptions = {}): ParsedDocument {
  checkOptions(options)
  const id = options.id ?? 'document'
  const text = normalizeText(input).text
  const file = new VFile({ path: options.path ?? id, value: text })
  const index = new LineIndex(text)
  const format = options.format ?? documentFormat(text, options.path)
  const parsed = markdownTree(format === 'markdown' ? blankContainerFences(text) : text)
  const { blocks: allBlocks, frontMatter } = toBlocks(parsed.tree, text, format)
  const standalone = allBlocks.filter((b) => b.kind === 'code' || b.kind === 'furniture')
  // A paragraph right before a code block or a table introduces it ("Run the following:"), and so does, in
  // Markdown, one that ends with a colon before a paragraph or a list: prose, not furniture.
  const introduces = new Set<Block>()
  allBlocks.forEach((b, k) => {
    const next = allBlocks[k + 1]
    if (b.kind !== 'paragraph' || next === undefined) return
    const colon = /[:：]$/u.test(b.lines[b.lines.length - 1]?.text ?? '')
    if (next.kind === 'code' || next.kind === 'row' || (format === 'markdown' && colon && next.kind === 'paragraph')) introduces.add(b)
  })
  const blocks = allBlocks.filter((b) => b.kind !== 'code' && b.kind !== 'furniture')
  // A front matter title is the document's title: it goes first, and a heading repeating it is a repeat.
  if (frontMatter?.title !== undefined) {
    const { text: titleText, start } = frontMatter.title
    const offsets = Array.from({ length: titleText.length + 1 }, (_, k) => start + k)
    blocks.unshift({ kind: 'heading', depth: 0, index: -1, lines: [{ text: titleText, offsets, anchors: [] }] })
  }
  const warn = (ruleId: RuleId, reason: string, start: number, end: number): void => {
    const message = file.message(reason, { place: index.range(start, end), ruleId, source: SOURCE })
    message.fatal = false
    message.url = ruleUrl(ruleId)
  }

  if (parsed.degraded !== undefined) {
    warn('markdown-too-deep', `Markdown nested too deep to parse in full; read as ${parsed.degraded === 'lines' ? 'one paragraph per line' : 'CommonMark without tables, front matter or directives'}`, 0, Math.min(text.length, 1))
  }
  const [flat] = parsed.flattened
  if (flat !== undefined) {
    const more = parsed.flattened.length > 1 ? ` (and ${parsed.flattened.length - 1} more lines)` : ''
    warn('markdown-too-deep', `Markdown nested deeper than ${MAX_NESTING} levels or ${MAX_PREFIX_COLUMNS} columns${more}; the rest of the line is read as text`, flat, lineEnd(text, flat))
  }
  const [dense] = parsed.masked
  if (dense !== undefined) {
    const more = parsed.masked.length > 1 ? ` (and ${parsed.masked.length - 1} more)` : ''
    warn('markdown-too-dense', `Paragraph with too many inline markers (\`*\`, \`_\`, \`[\`, \`]\`…) to parse as Markdown${more}; its markup is read as text`, dense, lineEnd(text, dense))
  }
  const speakers = findSpeakers(blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'question').map((b) => b.lines[0]!.text))
  const lines: Line[] = []
  for (const block of blocks) {
    block.lines.forEach((raw, i) => {
      const label = speakerLabel(raw.text)
      const speaker = label === undefined || speakers === undefined ? undefined : label.key === speakers.asker ? 'asker' : speakers.answerers.includes(label.key) ? 'answerer' : undefined
      const question = i === 0 && (block.kind === 'question' || (block.kind === 'heading' && asksQuestion(raw.text)))
      lines.push({ block, index: i, raw, shape: lineShape(raw.text), label, speaker: i === 0 ? speaker : undefined, key: lineKey(raw.text), dropped: false, furniture: undefined, title: false, question })
    })
  }

  // Title: a heading at the top, or a first line that does not read as running prose.
  const first = lines[0]
  const maxTitleWords = options.maxTitleWords ?? 40
  const counts = new Map<string, number>()
  for (const line of lines) counts.set(line.key, (counts.get(line.key) ?? 0) + 1)
  if (first !== undefined && first.speaker === undefined) {
    const repeated = (counts.get(first.key) ?? 0) > 1
    // A heading at the top is the title, unless it is a section that asks (the first question of an FAQ).
    const heading = first.block.kind === 'heading' && !(first.question && (first.block.depth ?? 1) > 1)
    if (heading || repeated || (first.block.kind === 'paragraph' && !first.shape.terminal && first.shape.words <= maxTitleWords)) first.title = true
  }

  // Verbatim duplicates: keep the first occurrence.
  const seen = new Map<string, Line>()
  for (const line of lines) {
    const earlier = seen.get(line.key)
    const trivial = line.speaker !== undefined && line.shape.words <= 3
    if (earlier !== undefined && !trivial) {
      line.dropped = true
      const start = line.raw.offsets[0] ?? 0
      const end = line.raw.offsets[line.raw.text.length] ?? start
      if (earlier.title) warn('duplicate-title', `Title repeated at line ${index.point(start).line}; kept once`, start, end)
      else warn('duplicate-line', `Line repeats line ${index.point(earlier.raw.offsets[0] ?? 0).line} verbatim; kept once`, start, end)
    } else if (earlier === undefined) seen.set(line.key, line)
  }

  // Page furniture.
  const furnitureLabels = new Set<string>()
  const kept = new EchoIndex()
  for (const line of lines) {
    if (line.dropped) continue
    // Markdown headings, questions and table rows are written structure, never furniture.
    const structural = line.question || line.block.kind === 'row' || (format === 'markdown' && line.block.kind === 'heading') || introduces.has(line.block)
    if (!line.title && line.speaker === undefined && !structural) {
      const facts = { text: line.raw.text, shape: line.shape, label: line.label, repeated: (counts.get(line.key) ?? 0) > 1 }
      line.furniture = furnitureCue(facts, kept, furnitureLabels)
    }
    kept.add(line.label === undefined ? line.raw.text : line.label.rest)
  }
  const live = lines.filter((l) => !l.dropped)
  // Per block: how many live lines, and how many of them are furniture (keeps the byline pass linear).
  const liveInBlock = new Map<Block, number>()
  const furnitureInBlock = new Map<Block, number>()
  for (const l of live) {
    liveInBlock.set(l.block, (liveInBlock.get(l.block) ?? 0) + 1)
    if (l.furniture !== undefined) furnitureInBlock.set(l.block, (furnitureInBlock.get(l.block) ?? 0) + 1)
  }
  live.forEach((line, i) => {
    if (line.furniture !== undefined || line.title || line.speaker !== undefined || line.block.kind !== 'paragraph' || introduces.has(line.block)) return
    const sameBlock = (furnitureInBlock.get(line.block) ?? 0) > 0
    // A short unfinished line that shares a block with furniture is furniture too (a credit under a caption).
    if (sameBlock && !line.shape.terminal && line.shape.words <= 12) {
      line.furniture = 'byline'
      furnitureInBlock.set(line.block, (furnitureInBlock.get(line.block) ?? 0) + 1)
      return
    }
    if (!isBylineShaped(line.shape) || line.label !== undefined) return
    const prev = live[i - 1]
    const next = live[i + 1]
    const aloneInBlock = liveInBlock.get(line.block) === 1
    const besideFurniture = aloneInBlock && ((prev !== undefined && prev.block !== line.block && prev.furniture !== undefined) || (next !== undefined && next.block !== line.block && next.furniture !== undefined))
    const atEdge = i === live.length - 1
    if (sameBlock || besideFurniture || atEdge) {
      line.furniture = 'byline'
      furnitureInBlock.set(line.block, (furnitureInBlock.get(line.block) ?? 0) + 1)
    }
  })

  // Pieces: runs of lines in one block with the same furniture status; a speaker label starts a new piece.
  const pieces: Piece[] = []
  for (const line of live) {
    const last = pieces[pieces.length - 1]
    const isFurniture = line.furniture !== undefined
    const prevLine = last?.lines[last.lines.length - 1]
    if (last !== undefined && prevLine !== undefined && prevLine.block === line.block && last.furniture === isFurniture && !isFurniture && !line.title && !prevLine.title && line.speaker === undefined) {
      last.lines.push(line)
    } else pieces.push({ lines: [line], furniture: isFurniture })
  }

  const drafts: Draft[] = []
  let turn = 0
  let inDialogue = false
  let current: Draft | undefined
  // The answer being written under a question heading (FAQ), until the next heading.
  let faqAnswer: Draft | undefined
  let faqTurn: number | undefined
  const contentPieces = pieces.filter((p) => !p.furniture)
  const nextContentOf = new Map<Piece, Piece | undefined>()
  contentPieces.forEach((p, k) => nextContentOf.set(p, contentPieces[k + 1]))
  // A short unfinished line standing alone reads as a heading — not when it only ends with a colon (it leads into
  // what follows), and not when it is a table row.
  const shapeHeading = (piece: Piece, head: Line, unlessAsking: boolean): boolean =>
    piece.lines.length === 1 && head.block.kind === 'paragraph' && !head.shape.terminal && head.shape.words <= 12 && !(unlessAsking && head.shape.asks) && !/[:：]$/u.test(head.raw.text)
  for (const piece of pieces) {
    const head = piece.lines[0]!
    if (piece.furniture) {
      drafts.push(draftOf('boilerplate', piece.lines, 0))
      continue
    }
    if (head.title) {
      drafts.push(draftOf('title', piece.lines, 0))
      continue
    }
    if (head.speaker !== undefined && head.label !== undefined) {
      const role = head.speaker === 'asker' ? 'question' : 'answer'
      if (role === 'question' || current === undefined || current.role === 'answer' && !inDialogue) turn++
      inDialogue = true
      faqTurn = undefined
      current = draftOf(role, piece.lines, head.label.length, { marker: head.label.label, turn })
      drafts.push(current)
      continue
    }
    if (head.question) {
      turn++
      faqTurn = turn
      faqAnswer = undefined
      current = undefined
      drafts.push(draftOf('question', piece.lines, 0, { turn }))
      continue
    }
    if (head.block.kind === 'heading') {
      drafts.push(draftOf('heading', piece.lines, 0))
      current = undefined
      faqTurn = undefined
      continue
    }
    if (faqTurn !== undefined) {
      if (faqAnswer === undefined || faqAnswer.turn !== faqTurn) drafts.push((faqAnswer = draftOf('answer', piece.lines, 0, { turn: faqTurn })))
      else addPiece(faqAnswer, piece.lines)
      continue
    }
    const start = head.raw.offsets[0] ?? 0
    const lastLine = piece.lines[piece.lines.length - 1]!
    const end = lastLine.raw.offsets[lastLine.raw.text.length] ?? start
    if (inDialogue && current !== undefined) {
      const nextContent = nextContentOf.get(piece)
      const answerFollows = nextContent?.lines[0]?.speaker === 'answerer'
      if (current.role === 'answer' && answerFollows) {
        turn++
        const draft = draftOf('question', piece.lines, 0, { turn })
        const labelNote = head.label === undefined ? '' : ` (it opens with \`${head.label.label}:\`, which is not a speaker marker here)`
        const shape = lineShape(draft.pieces[0]!.text).asks ? 'reads as a question' : 'stands where the alternation expects a question'
        warn('lost-marker', `Paragraph ${shape} and is followed by an answer, but has no speaker marker${labelNote}; taken as question ${turn} whose marker looks lost`, start, end)
        current = draft
        drafts.push(current)
        continue
      }
      if (!shapeHeading(piece, head, true)) {
        addPiece(current, piece.lines)
        continue
      }
      drafts.push(draftOf('heading', piece.lines, 0))
      current = undefined
      continue
    }
    if (shapeHeading(piece, head, false) && drafts.length > 0) {
      drafts.push(draftOf('heading', piece.lines, 0))
      continue
    }
    drafts.push(draftOf(speakers !== undefined && !inDialogue ? 'intro' : 'body', piece.lines, 0))
  }
  for (const block of standalone) drafts.push(standaloneDraft(block))
  // Code and navigation bars go back to their place in the text (an answer that runs around a code block starts first).
  const ordered = drafts.map((d, k) => ({ d, k })).sort((x, y) => draftStart(x.d) - draftStart(y.d) || x.k - y.k).map((x) => x.d)

  const segments: Segment[] = ordered.map((draft, i) => {
    const segId = `s${i + 1}`
    const sentences: Sentence[] = []
    // A code block is never cut into sentences.
    for (const piece of draft.role === 'code' ? [] : draft.pieces) {
      for (const span of splitSentences(piece.text)) {
        sentences.push({ id: `${segId}.${sentences.length + 1}`, text: span.text, start: piece.offsets[span.start] ?? 0, end: (piece.offsets[span.end - 1] ?? 0) + 1 })
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
  })

  for (const segment of segments) {
    if (segment.role === 'question' && segment.marker !== undefined && !lineShape(segment.text).asks) {
      warn('question-without-question-mark', `Question ${segment.turn ?? '?'} has no question mark`, segment.place.start.offset, segment.place.end.offset)
    }
  }

  const diagnostics: Diagnostic[] = file.messages.map((m) => ({
    ruleId: m.ruleId ?? 'unknown',
    source: m.source ?? SOURCE,
    reason: m.reason,
    severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
    file: id,
    place: m.place !== undefined && m.place !== null && 'start' in m.place ? index.range(m.place.start.offset ?? 0, m.place.end.offset ?? 0) : undefined,
    url: m.url ?? undefined,
  }))
  diagnostics.sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0))

  return {
    id,
    ...(options.path === undefined ? {} : { path: options.path }),
    format,
    ...(frontMatter === undefined ? {} : { frontMatter: frontMatter.data }),
    sha256: options.sha256 ?? createHash('sha256').update(text).digest('hex'),
    text,
    segments,
    diagnostics,
  }
}
