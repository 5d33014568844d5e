import { createHash } from 'node:crypto'
import { normalizeText } from '../load/normalizeText.js'
import type { Diagnostic, ParsedDocument } from '../types.js'
import { linksOnly, toBlocks, type Block } from './blocks.js'
import { documentFormat, type DocumentFormat } from './documentFormat.js'
import { LineIndex } from './lineIndex.js'
import { lineShape } from './lineShape.js'
import { MAX_NESTING, MAX_PREFIX_COLUMNS } from './clampMarkdown.js'
import { markdownTree, type MarkdownTree } from './markdownTree.js'
import { checkOptions } from '../errors/checkArgument.js'
import { blankContainerFences, opensMdxFence } from './containerFences.js'
import { mendSlippedMarkup } from './slippedMarkup.js'
import { openAdmonitions } from './admonitions.js'
import { findSpeakers } from './speakers.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'
import { documentLines, dropRepeats, lineCounts, linePieces, markFurniture, markTitle, type Warn } from './documentLines.js'
import { draftRoles } from './draftRoles.js'
import { settleFaqHeadings } from './faqHeadings.js'
import { draftStart, standaloneDraft } from './drafts.js'
import { draftSegments } from './draftSegments.js'
import { lendCodeAnchors } from './codeAnchors.js'

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

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start)
  return Math.max(start + 1, Math.min(end < 0 ? text.length : end, start + 200))
}

const SOURCE = 'paracorpus:parse'

/** The extension of MDX files (Markdown with JSX and without indented code). */
const MDX_EXTENSION = /\.mdx$/iu

/** Warn when the Markdown was too deep or too dense to parse in full. */
function warnDegraded(parsed: MarkdownTree, text: string, warn: Warn): void {
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
}

/**
 * Mark the blocks inside containers and admonitions (`::: tip`, `!!! note`): asides of the page, whose short lines
 * are not headings. A heading written as such inside one stays a heading, as does an admonition's title.
 */
function markAsides(blocks: Block[], asides: ReadonlyArray<readonly [number, number]>): void {
  if (asides.length === 0) return
  for (const block of blocks) {
    const at = block.lines[0]?.offsets[0]
    if (at !== undefined && block.kind !== 'heading' && asides.some(([start, end]) => at >= start && at < end)) block.nested = true
  }
}

/**
 * A paragraph right before a code block or a table introduces it ("Run the following:"), and so does, in
 * Markdown, one that ends with a colon before a paragraph or a list: prose, not furniture.
 */
function introducingParagraphs(blocks: readonly Block[], format: DocumentFormat): Set<Block> {
  const introduces = new Set<Block>()
  blocks.forEach((b, k) => {
    const next = blocks[k + 1]
    if (b.kind !== 'paragraph' || next === undefined) return
    const colon = /[:：]$/u.test(b.lines[b.lines.length - 1]?.text ?? '')
    if (next.kind === 'code' || next.kind === 'row' || (format === 'markdown' && colon && next.kind === 'paragraph')) introduces.add(b)
  })
  return introduces
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
 * Anomalies are returned as {@link Diagnostic}s on the document, in text order (as warnings, each with its rule's `url`;
 * `parseDocument` also adds them to a `VFile` it was given).
 * Never throws on any string input.
 */
export function segmentDocument(input: string, options: SegmentOptions = {}): ParsedDocument {
  checkOptions(options)
  const id = options.id ?? 'document'
  const text = normalizeText(input).text
  const index = new LineIndex(text)
  const format = options.format ?? documentFormat(text, options.path)
  // MDX has no indented code: what a component nests is indented Markdown. A Markdown page that holds an
  // `mdx-code-block` fence is MDX to the site that renders it (Docusaurus).
  const mdx = format === 'markdown' && ((options.path !== undefined && MDX_EXTENSION.test(options.path)) || opensMdxFence(text))
  const syntax = { indentedCode: !mdx }
  const fences = format === 'markdown' ? blankContainerFences(mendSlippedMarkup(text), mdx) : { text, containers: [] }
  const parsed = markdownTree(fences.text, syntax)
  const asides = format === 'markdown' ? [...fences.containers, ...openAdmonitions(parsed.tree, fences.text, (t) => markdownTree(t, syntax).tree)] : []
  const { blocks: allBlocks, frontMatter } = toBlocks(parsed.tree, text, format, options.path)
  markAsides(allBlocks, asides)
  // Built directly (a vfile message is an Error, which captures a stack trace per warning).
  const diagnostics: Diagnostic[] = []
  const warn: Warn = (ruleId, reason, start, end) => {
    diagnostics.push({ ruleId, source: SOURCE, reason, severity: 'warning', file: id, place: index.range(start, end), url: ruleUrl(ruleId) })
  }
  warnDegraded(parsed, text, warn)

  const standalone = allBlocks.filter((b) => b.kind === 'code' || b.kind === 'furniture')
  const introduces = introducingParagraphs(allBlocks.filter((b) => !linksOnly(b)), format)
  const blocks = allBlocks.filter((b) => b.kind !== 'code' && b.kind !== 'furniture')
  // A front matter title is the document's title: it goes first, and a heading repeating it is a repeat.
  if (frontMatter?.title !== undefined) {
    const { text: titleText, start } = frontMatter.title
    const offsets = Array.from({ length: titleText.length + 1 }, (_, k) => start + k)
    blocks.unshift({ kind: 'heading', depth: 0, index: -1, lines: [{ text: titleText, offsets, anchors: [], inline: [] }] })
  }
  // Speakers take turns in paragraphs of their own: a label opening a list item (`- **When**: …`) names a field, one
  // under a paragraph's prose (`Usage: …`) makes a remark.
  const speakers = findSpeakers(blocks.filter((b) => (b.kind === 'paragraph' || b.kind === 'question') && b.nested !== true && b.remark !== true).map((b) => b.lines[0]!.text))
  const lines = documentLines(blocks, speakers)
  settleFaqHeadings(lines)
  const counts = lineCounts(lines)
  markTitle(lines, counts, options.maxTitleWords ?? 40)
  // A step a page writes in several procedures ("Restart the server:") is a step of each: list items, quotes and
  // containers are written structure, as rows and headings are.
  dropRepeats(lines, index, warn, (l) => format === 'markdown' && (l.block.kind === 'row' || l.block.kind === 'heading' || l.block.nested === true))
  const live = markFurniture(lines, counts, format, introduces)
  const drafts = draftRoles(linePieces(live), speakers, warn)
  for (const block of standalone) drafts.push(standaloneDraft(block))
  // The links of JSX tags the fences' pass blanked (a card linking a guide) are furniture: lent to the prose before them.
  for (const link of fences.links ?? []) drafts.push({ role: 'boilerplate', pieces: [{ text: '', offsets: [link.at], inline: [] }], anchors: [{ kind: 'url', text: link.target }] })
  // Code and navigation bars go back to their place in the text (an answer that runs around a code block starts first).
  const ordered = drafts.map((d, k) => ({ d, k })).sort((x, y) => draftStart(x.d) - draftStart(y.d) || x.k - y.k).map((x) => x.d)
  lendCodeAnchors(ordered)
  // A block of links only (badges) has lent its links and is no segment.
  const segments = draftSegments(ordered.filter((d) => d.pieces.some((p) => p.text !== '')), index)
  for (const segment of segments) {
    if (segment.role === 'question' && segment.marker !== undefined && !lineShape(segment.text).asks) {
      warn('question-without-question-mark', `Question ${segment.turn ?? '?'} has no question mark`, segment.place.start.offset, segment.place.end.offset)
    }
  }

  return {
    id,
    ...(options.path === undefined ? {} : { path: options.path }),
    format,
    ...(frontMatter === undefined ? {} : { frontMatter: frontMatter.data }),
    sha256: options.sha256 ?? createHash('sha256').update(text).digest('hex'),
    text,
    segments,
    diagnostics: diagnostics.sort((a, b) => (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0)),
  }
}
