import type { Code, Html, Nodes, Root, RootContent, Table } from 'mdast'
import { readFrontMatter, type FrontMatter } from './frontMatter.js'
import { splitHeadingId } from './headingId.js'
import { htmlText } from './htmlText.js'
import { logicalLines, wrapWidth, type BlockLine, type LineBreaking } from './logicalLines.js'
import { isNavigation } from './navigation.js'
import { isLanguageBar } from './languageBar.js'
import { linkTargets } from './pieceDefinitions.js'
import { plainText, rawText, type PlainText } from './plainText.js'
import { sliceRanges } from './inlineRanges.js'
import { speakerLabel } from './speakerLabel.js'
import { asksQuestion } from './asksQuestion.js'
import type { SegmentAnchor } from '../types.js'

export type { BlockLine } from './logicalLines.js'

/**
 * What a block is: a heading (a `<summary>` that does not ask included), a paragraph (list items and quotes
 * included), a table row, a question written as such (a `<summary>` or a bold line that asks), a code block (kept
 * whole), or page furniture (a navigation bar).
 */
export type BlockKind = 'heading' | 'paragraph' | 'row' | 'question' | 'code' | 'furniture'

/** A Markdown block reduced to plain lines. */
export interface Block {
  /** What the block is. */
  kind: BlockKind
  /** Heading depth (1–6) for headings. */
  depth?: number | undefined
  /** Index of the block in the document (0-based). */
  index: number
  /** Its non-empty lines (a code block has one line: its whole text). */
  lines: BlockLine[]
  /** A heading's `{#id}`. */
  slug?: string | undefined
  /** A fenced code block's info string language (`bash`). */
  codeLanguage?: string | undefined
  /**
   * The block is (part of) a list item, a quote, an admonition or a `:::` container: written structure inside the
   * page's sections, which however short is not a heading, nor page furniture.
   */
  nested?: boolean | undefined
  /**
   * A Markdown paragraph written as prose, not wholly in bold: Markdown gives headings their own syntax, so however
   * short or unpunctuated (`or`, `To fix this, try`), such a paragraph is not a heading. A bold line
   * (`**Architecture**`) is the heading a README writes without it.
   */
  prose?: boolean | undefined
  /**
   * A line opening with a `Label:` that was split from a paragraph opening with prose (`Usage: …`, `Note: …` written
   * under an option's description): a remark of that paragraph, not a speaker's turn.
   */
  remark?: boolean | undefined
}

/** The blocks of a document and its front matter. */
export interface DocumentBlocks {
  /** Blocks in document order. */
  blocks: Block[]
  /** Front matter, when the document opens with one. */
  frontMatter?: FrontMatter | undefined
}

interface Pending {
  kind: BlockKind
  plain: PlainText
  depth?: number | undefined
  slug?: string | undefined
  codeLanguage?: string | undefined
  nested?: boolean | undefined
  prose?: boolean | undefined
}

interface WalkContext {
  source: string
  /** The document's link definitions, identifier → URL, for reference links. */
  links: ReadonlyMap<string, string>
  format: 'markdown' | 'text'
  /** The document's path, where known. */
  path?: string | undefined
  out: Pending[]
  frontMatter?: FrontMatter | undefined
  /** Paragraphs that are a language list's entry for the page's own language (see `markOwnEntries`). */
  ownEntries: Set<Nodes>
}

type Handler = (node: Nodes, ctx: WalkContext) => readonly RootContent[] | undefined

const LETTER = /\p{L}/u

function slicePlain(plain: PlainText, from: number, to: number): PlainText {
  const offsets = plain.offsets.slice(from, to)
  offsets.push(to > from ? (plain.offsets[to - 1] ?? 0) + 1 : (plain.offsets[from] ?? 0))
  const hardBreaks = new Set([...plain.hardBreaks].filter((i) => i >= from && i < to).map((i) => i - from))
  const anchors = plain.anchors.filter((a) => a.at >= from && a.at < to).map((a) => ({ ...a, at: a.at - from }))
  const linkRanges = plain.linkRanges.filter(([a, b]) => a >= from && b <= to).map(([a, b]): [number, number] => [a - from, b - from])
  const letters = (t: string): number => t.match(/\p{L}/gu)?.length ?? 0
  const linkLetters = linkRanges.reduce((n, [a, b]) => n + letters(plain.text.slice(a + from, b + from)), 0)
  const images = from === 0 && to === plain.text.length ? plain.images : 0
  const inline = sliceRanges(plain.inline, from, to)
  return { ...plain, text: plain.text.slice(from, to), offsets, hardBreaks, anchors, linkRanges, links: linkRanges.length, linkLetters, images, inline }
}

/**
 * The link targets of a code block's text (a paragraph of inline code only, such as a list item
 * [`examples/cli`](https://…), is a code block): the reader follows them as any link, so they stay anchors.
 */
function codeLinks(plain: PlainText): SegmentAnchor[] {
  return plain.anchors.filter((a) => a.kind === 'url').map((a) => ({ kind: a.kind, text: a.text }))
}

/** Text of a paragraph without its inline code: what is left to read as prose. */
function proseOf(plain: PlainText): string {
  let text = plain.text
  for (const a of plain.anchors) if (a.kind === 'code') text = text.replace(a.text, ' ')
  return text
}

// A line that includes a file where it stands: the reader sees that file's code or text, not the line. VitePress and
// VuePress import code with `<<< @/snippets/init.ansi` or `<<< ./demo.vue{2-4 vue}`, VuePress also with
// `@[code](@snippets/run_nu.sh)` or `@[code{3-5} js](../demo.js)`; MkDocs's snippets extension writes
// `--8<-- "includes/abbreviations.md"`; FastAPI's documentation `{* ../../docs_src/query_params/tutorial001.py hl[9] *}`.
const INCLUDE_FORMS = [
  String.raw`<<<[ \t]+(?:@\/|\.{1,2}\/|\/)\S[^\n]*`,
  String.raw`@\[code(?:[ {][^\]\n]*)?\]\([^()\s]+\)`,
  String.raw`-{2,}8<-{2,}[ \t]+(?:"[^"\n]+"|'[^'\n]+')`,
  String.raw`\{\*[ \t]+[^\s*]+[^\n]*?[ \t]\*\}`,
]
const INCLUDE_LINE = new RegExp(`^(?:${INCLUDE_FORMS.join('|')})$`, 'u')
// The block form of MkDocs's snippets: a `--8<--` line, the files to include one a line, a `--8<--` line.
const SNIPPET_FENCE = /^-{2,}8<-{2,}$/u

/** Whether every source line of a paragraph includes a file (a VitePress code group lists several). */
function importsSnippets(node: Nodes, source: string): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return false
  const lines = source.slice(start, end).split('\n').map((l) => l.trim()).filter((l) => l !== '')
  if (lines.length >= 3 && SNIPPET_FENCE.test(lines[0]!) && SNIPPET_FENCE.test(lines[lines.length - 1]!)) return lines.slice(1, -1).every((l) => !/\s/u.test(l))
  return lines.length > 0 && lines.every((l) => INCLUDE_LINE.test(l))
}

// A web address written out as it is (`https://…`, `www.…`), nothing around it.
const WEB_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$/iu

/**
 * Whether a paragraph is one link written as its own address and nothing else (an embed's URL under a collapsible
 * block, `https://example.org/demo`): there is no text to read or translate, only the link.
 */
function bareAddress(plain: PlainText): boolean {
  return plain.links === 1 && WEB_ADDRESS.test(plain.text.trim()) && plain.anchors.some((a) => a.kind === 'url')
}

function paragraph(node: Nodes, ctx: WalkContext): undefined {
  const plain = plainText(node, ctx.source, ctx.links)
  if (isNavigation(plain, ctx.path) || ctx.ownEntries.has(node)) {
    if (LETTER.test(plain.text)) ctx.out.push({ kind: 'furniture', plain })
    else pushLinksOnly(plain, ctx)
    return undefined
  }
  if (!LETTER.test(plain.text) && plain.anchors.length === 0) return undefined
  if (bareAddress(plain)) {
    pushLinksOnly({ ...plain, text: '' }, ctx)
    return undefined
  }
  if (plain.links >= 3 && plain.text.includes('\n') && plain.text.split('\n').some((l) => isNavigation(slicePlain(plain, plain.text.indexOf(l), plain.text.indexOf(l) + l.length), ctx.path))) {
    pushByNavigation(plain, ctx)
    return undefined
  }
  if (importsSnippets(node, ctx.source)) {
    // The line as written: the file it names tells one include from another (`@[code](…)` shows only `@code`).
    ctx.out.push({ kind: 'code', plain: rawText(ctx.source, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0) })
    return undefined
  }
  if (plain.anchors.some((a) => a.kind === 'code') && !LETTER.test(proseOf(plain))) {
    ctx.out.push({ kind: 'code', plain })
    return undefined
  }
  if (calloutTitled(node, ctx, plain)) return undefined
  // A bold line that asks, then a line break or the end: a question written without a heading.
  const first = 'children' in node ? node.children.find((c) => !(c.type === 'text' && c.value.trim() === '')) : undefined
  if (first !== undefined && first.type === 'strong') {
    const strong = plainText(first, ctx.source, ctx.links)
    const cut = plain.text.indexOf(strong.text)
    const after = cut < 0 ? -1 : cut + strong.text.length
    const rest = after < 0 ? '' : plain.text.slice(after)
    if (after >= 0 && asksQuestion(strong.text) && (rest.trim() === '' || /^[ \t]*\n/u.test(rest))) {
      ctx.out.push({ kind: 'question', plain: slicePlain(plain, 0, after) })
      if (rest.trim() !== '') ctx.out.push({ kind: 'paragraph', plain: slicePlain(plain, after, plain.text.length) })
      return undefined
    }
  }
  ctx.out.push({ kind: 'paragraph', plain, ...(ctx.format === 'markdown' && !whollyBold(node) ? { prose: true } : {}) })
  return undefined
}

// The first line of an Obsidian callout with a title (`> [!tip] Callouts can have custom titles`, `> [!faq]- Are
// callouts foldable?`): the type marker, then the title, which the site shows as a line of its own above the body.
const CALLOUT_TITLE = /^\[![A-Za-z][\w-]*\][+-]?[ \t]+\S/u

/**
 * A callout's title and body, written as one paragraph, pushed as two blocks, the title a question when it asks
 * (as a bold line that asks is), so that the title is not read as the body's first words; whether it was one.
 */
function calloutTitled(node: Nodes, ctx: WalkContext, plain: PlainText): boolean {
  const start = node.position?.start.offset
  if (start === undefined || !CALLOUT_TITLE.test(ctx.source.slice(start, start + 200))) return false
  const cut = plain.text.indexOf('\n')
  if (cut < 0 || plain.text.slice(cut + 1).trim() === '') return false
  const title = slicePlain(plain, 0, cut)
  ctx.out.push({ kind: asksQuestion(title.text) ? 'question' : 'paragraph', plain: title })
  ctx.out.push({ kind: 'paragraph', plain: slicePlain(plain, cut + 1, plain.text.length), ...(ctx.format === 'markdown' ? { prose: true } : {}) })
  return true
}

// A remark in parentheses after a bold title (`[**FAQ**](…) (page in English)`): a note on the title, not prose.
const PARENTHESIS = /^\s*[(（][^()（）]*[)）]\s*$/u

/**
 * Whether all a paragraph shows is in bold (`**Input**`, `[**FAQ**](…)`, `**[FAQ](…)**`), white space aside and a
 * remark in parentheses after it.
 */
function whollyBold(node: Nodes): boolean {
  let shown: Nodes = node
  for (;;) {
    const children = 'children' in shown ? (shown.children as Nodes[]).filter((c) => !(c.type === 'text' && c.value.trim() === '')) : []
    const last = children[children.length - 1]
    const inner = children.length === 2 && shown === node && last?.type === 'text' && PARENTHESIS.test(last.value) ? children.slice(0, 1) : children
    if (inner.length !== 1) return false
    const only = inner[0]!
    if (only.type === 'strong') return true
    if (only.type !== 'link' && only.type !== 'linkReference' && only.type !== 'emphasis') return false
    shown = only
  }
}

function code(node: Nodes, ctx: WalkContext): undefined {
  const c = node as Code
  const start = c.position?.start.offset ?? 0
  const end = c.position?.end.offset ?? start
  const raw = ctx.source.slice(start, end)
  const fenced = /^\s*(?:`{3,}|~{3,})/u.test(raw)
  // In plain text, an indented paragraph is a paragraph, not code.
  if (!fenced && ctx.format === 'text') {
    ctx.out.push({ kind: 'paragraph', plain: rawText(ctx.source, start, end) })
    return undefined
  }
  const at = c.value === '' ? -1 : raw.indexOf(c.value)
  const plain = at >= 0 ? rawText(ctx.source, start + at, start + at + c.value.length) : { ...rawText(ctx.source, start, end), text: c.value, offsets: Array.from({ length: c.value.length + 1 }, (_, i) => Math.min(end, start + i)) }
  if (plain.text.trim() !== '') ctx.out.push({ kind: 'code', plain, codeLanguage: c.lang ?? undefined })
  return undefined
}

function html(node: Nodes, ctx: WalkContext): undefined {
  const h = node as Html
  const parts = htmlText(h.value, h.position?.start.offset ?? 0)
  // A `<summary>` is the visible label of a collapsed block: a question when it asks (a FAQ written with
  // `<details>`), else a heading (`<summary>Linux</summary>` over the instructions for Linux).
  for (const summary of parts.summaries) if (LETTER.test(summary.text)) ctx.out.push({ kind: asksQuestion(summary.text) ? 'question' : 'heading', plain: summary })
  if (!LETTER.test(parts.rest.text)) pushLinksOnly(parts.rest, ctx)
  else if (isNavigation(parts.rest, ctx.path)) pushByNavigation(parts.rest, ctx)
  else {
    for (const { plain, item, prose } of htmlElements(parts.rest, parts.blockBreaks, parts.bold)) {
      const before = ctx.out.length
      pushByNavigation(plain, ctx)
      if (item) for (let i = before; i < ctx.out.length; i++) ctx.out[i]!.nested = true
      if (prose) for (let i = before; i < ctx.out.length; i++) if (ctx.out[i]!.kind === 'paragraph') ctx.out[i]!.prose = true
    }
  }
  return undefined
}

/**
 * An HTML block's text cut into its elements (`<p>`, `<li>`, `<h3>`…), each a block of its own as the Markdown it
 * stands for would be: a translation that writes its list as `<ul><li>…` (inside `<div dir="rtl">`) has one
 * segment per item, as the original's `- …` items; a `<p>` is prose, no heading however short, unless wholly bold
 * (as a Markdown paragraph). A piece without a letter (a logo's `<img>`) goes with the
 * piece after it (the last, with the one before), for its anchors.
 */
function htmlElements(plain: PlainText, breaks: ReadonlyArray<{ at: number; item: boolean; paragraph?: boolean }>, bold: ReadonlyArray<[number, number]>): Array<{ plain: PlainText; item: boolean; prose: boolean }> {
  const items = breaks.filter((b) => b.item).map((b) => b.at)
  const paragraphs = breaks.filter((b) => b.paragraph === true).map((b) => b.at)
  const cuts = [...new Set([0, ...breaks.map((b) => b.at), plain.text.length])].sort((a, b) => a - b)
  const spans: Array<{ from: number; to: number; item: boolean }> = []
  let from = 0
  for (const cut of cuts.slice(1)) {
    if (!LETTER.test(plain.text.slice(from, cut)) && cut < plain.text.length) continue
    // A list item's text starts after its `<li>`, which may follow letterless pieces (`<ul>`, white space).
    spans.push({ from, to: cut, item: items.some((at) => at >= from && at < cut) })
    from = cut
  }
  const last = spans[spans.length - 1]
  if (last !== undefined && spans.length > 1 && !LETTER.test(plain.text.slice(last.from, last.to))) {
    spans.pop()
    spans[spans.length - 1]!.to = last.to
  }
  // A `<p>` is prose as a Markdown paragraph is, unless every letter of it is bold (`<p><b>Sponsors</b></p>`).
  const inBold = (i: number): boolean => bold.some(([a, b]) => i >= a && i < b)
  const whollyBold = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (LETTER.test(plain.text[i]!) && !inBold(i)) return false
    return true
  }
  return spans.map((s) => ({ plain: slicePlain(plain, s.from, s.to), item: s.item, prose: paragraphs.some((at) => at >= s.from && at < s.to) && !whollyBold(s.from, s.to) }))
}

/**
 * A block of links and images without a letter to read (a row of badges, a logo, `<p align="center">` around them):
 * page furniture that yields no segment but whose links and image sources are anchors (see `lendCodeAnchors`), so
 * that a translation that drops or changes one of them is seen to.
 */
function pushLinksOnly(plain: PlainText, ctx: WalkContext): void {
  if (plain.anchors.some((a) => a.kind === 'url')) ctx.out.push({ kind: 'furniture', plain: { ...plain, anchors: plain.anchors.filter((a) => a.kind === 'url') } })
}

/** A block with nothing to read (see {@link pushLinksOnly}): its links are all it holds. */
export function linksOnly(block: Pick<Block, 'kind' | 'lines'>): boolean {
  return block.kind === 'furniture' && block.lines.every((l) => l.text === '')
}

/** Push a block's lines in runs: lines that are navigation (mostly links) as furniture, the others as paragraphs. */
function pushByNavigation(plain: PlainText, ctx: WalkContext): void {
  if (isNavigation(plain, ctx.path)) {
    if (LETTER.test(plain.text)) ctx.out.push({ kind: 'furniture', plain })
    return
  }
  let runStart = 0
  let runKind: BlockKind | undefined
  const flush = (end: number): void => {
    if (runKind !== undefined && end > runStart) {
      const part = slicePlain(plain, runStart, end)
      if (LETTER.test(part.text) || part.anchors.length > 0) ctx.out.push({ kind: runKind, plain: part })
    }
  }
  let lineStart = 0
  for (let i = 0; i <= plain.text.length; i++) {
    if (i < plain.text.length && plain.text[i] !== '\n') continue
    const line = slicePlain(plain, lineStart, i)
    if (LETTER.test(line.text)) {
      const kind: BlockKind = isNavigation(line, ctx.path) ? 'furniture' : 'paragraph'
      if (kind !== runKind) {
        flush(lineStart)
        // The first run also holds the lines without letters before it (a logo's `<img>`), for their anchors.
        runStart = runKind === undefined ? 0 : lineStart
        runKind = kind
      }
    }
    lineStart = i + 1
  }
  flush(plain.text.length)
}

function heading(node: Nodes, ctx: WalkContext): undefined {
  const { plain, id } = splitHeadingId(plainText(node, ctx.source, ctx.links))
  if (!LETTER.test(plain.text) && plain.anchors.length === 0) return undefined
  ctx.out.push({ kind: 'heading', plain, depth: node.type === 'heading' ? node.depth : undefined, slug: id })
  return undefined
}

function table(node: Nodes, ctx: WalkContext): undefined {
  for (const row of (node as Table).children) {
    const all = row.children.map((cell) => plainText(cell, ctx.source, ctx.links))
    const cells = all.filter((p) => p.text.trim() !== '')
    // Cells without text (a linked badge or button: `[![Deploy on Render][btn]][deploy]`) keep their links.
    const empty = all.filter((p) => p.text.trim() === '')
    const bare = empty.flatMap((p) => p.anchors)
    const joined: PlainText = { text: '', offsets: [], hardBreaks: new Set(), anchors: [], images: 0, links: 0, linkLetters: 0, linkRanges: [], inline: [] }
    if (cells.length === 0) {
      // A row of them is a row of badges, where it stands in the text.
      pushLinksOnly({ ...joined, offsets: [empty[0]?.offsets[0] ?? 0], anchors: bare.map((a) => ({ ...a, at: 0 })) }, ctx)
      continue
    }
    cells.forEach((cell, k) => {
      if (k > 0) {
        const at = joined.offsets[joined.offsets.length - 1] ?? 0
        joined.text += ' | '
        joined.offsets.push(at, at, at)
      }
      for (const a of cell.anchors) joined.anchors.push({ ...a, at: a.at + joined.text.length })
      for (const r of cell.inline) joined.inline.push({ kind: r.kind, start: r.start + joined.text.length, end: r.end + joined.text.length })
      // Line breaks inside a cell (`<br>`) are spaces.
      joined.text += cell.text.replace(/\n/gu, ' ')
      joined.offsets.push(...cell.offsets.slice(0, cell.text.length))
    })
    joined.offsets.push((joined.offsets[joined.offsets.length - 1] ?? 0) + 1)
    for (const a of bare) joined.anchors.push({ ...a, at: joined.text.length })
    if (LETTER.test(joined.text) || joined.anchors.length > 0) ctx.out.push({ kind: 'row', plain: joined })
  }
  return undefined
}

function frontMatter(node: Nodes, ctx: WalkContext): undefined {
  if (ctx.out.length === 0 && ctx.frontMatter === undefined && (node.type === 'yaml' || (node.type as string) === 'toml')) {
    ctx.frontMatter = readFrontMatter(node as Parameters<typeof readFrontMatter>[0], ctx.source)
  }
  return undefined
}

const children: Handler = (node) => ('children' in node ? (node.children as RootContent[]) : undefined)

/**
 * A list whose every item is one link to a place on the page (`- [Collector](#collector)`), nested lists too: a
 * table of contents, page furniture beside the headings it repeats. Any other list is opened.
 */
const list: Handler = (node, ctx) => {
  const entries: Nodes[] = []
  if (!tableOfContents(node, entries)) {
    markOwnEntries(node, ctx)
    return children(node, ctx)
  }
  entries.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
  for (const entry of entries) ctx.out.push({ kind: 'furniture', plain: plainText(entry, ctx.source, ctx.links) })
  return undefined
}

/**
 * In a list of the page's translations (an item of which is a language switcher, `- [中文](./README-zh-cn.md)`), the
 * item linking to the page itself is the switcher's entry for the page's own language: furniture as the others are,
 * where it would otherwise be the one item whose text differs from every translation's.
 */
function markOwnEntries(node: Nodes, ctx: WalkContext): void {
  if (ctx.path === undefined) return
  const items = ('children' in node ? (node.children as Nodes[]) : []).map((item) => {
    const parts = 'children' in item ? (item.children as Nodes[]) : []
    return parts.length === 1 && parts[0]!.type === 'paragraph' ? { node: parts[0]!, plain: plainText(parts[0]!, ctx.source, ctx.links) } : undefined
  })
  if (!items.some((item) => item !== undefined && isLanguageBar(item.plain, ctx.path))) return
  for (const item of items) if (item !== undefined && isLanguageBar(item.plain, ctx.path, { ownEntry: true })) ctx.ownEntries.add(item.node)
}

/** Whether a list holds only items of one in-page link each (collected in `entries`), at least two of them. */
function tableOfContents(node: Nodes, entries: Nodes[]): boolean {
  const lists: Nodes[] = [node]
  while (lists.length > 0) {
    const current = lists.pop()!
    for (const item of 'children' in current ? (current.children as Nodes[]) : []) {
      for (const part of 'children' in item ? (item.children as Nodes[]) : []) {
        if (part.type === 'list') lists.push(part)
        else if (part.type === 'paragraph' && inPageLink(part)) entries.push(part)
        else return false
      }
    }
  }
  return entries.length >= 2
}

/** Whether a paragraph is one link to a place on the same page (`[Collector](#collector)`), white space aside. */
function inPageLink(paragraph: Nodes): boolean {
  const shown = 'children' in paragraph ? (paragraph.children as Nodes[]).filter((c) => !(c.type === 'text' && c.value.trim() === '')) : []
  return shown.length === 1 && shown[0]!.type === 'link' && shown[0]!.url.startsWith('#')
}
const nothing: Handler = () => undefined

/** How each mdast block type becomes blocks; unknown types with children are opened, others skipped. */
const HANDLERS: Partial<Record<string, Handler>> = {
  heading,
  paragraph,
  code,
  html,
  table,
  yaml: frontMatter,
  toml: frontMatter,
  leafDirective: paragraph,
  blockquote: children,
  list,
  listItem: children,
  footnoteDefinition: children,
  containerDirective: children,
  thematicBreak: nothing,
  definition: nothing,
}

/**
 * Split a paragraph's lines where a line opens with a `Label:` (a speaker turn written without a blank line). When the
 * paragraph opens with prose and no label recurs in it, the labelled lines after the prose are its remarks (`Usage: …`,
 * `Note: …`), marked `remark`; labels that recur after a line of prose (`Q: …` `A: …` `Q: …` under an interview's
 * one-line introduction) are still turns.
 */
function splitAtLabels(block: Omit<Block, 'index'>): Array<Omit<Block, 'index'>> {
  if (block.kind !== 'paragraph' || block.lines.length < 2) return [block]
  const label = (line: BlockLine): string | undefined => {
    const found = speakerLabel(line.text)
    return found !== undefined && found.rest !== '' ? found.key : undefined
  }
  const labelled = (line: BlockLine): boolean => label(line) !== undefined
  const keys = block.lines.map(label).filter((key) => key !== undefined)
  const remarks = !labelled(block.lines[0]!) && new Set(keys).size === keys.length
  const out: Array<Omit<Block, 'index'>> = []
  for (const line of block.lines) {
    const last = out[out.length - 1]
    if (last === undefined) out.push({ ...block, lines: [line] })
    else if (labelled(line)) out.push({ ...block, lines: [line], ...(remarks ? { remark: true } : {}) })
    else last.lines.push(line)
  }
  return out
}

/**
 * Flatten an mdast tree into blocks of plain lines: lists, quotes and `:::` containers opened up, tables by row,
 * code blocks whole, HTML reduced to its text, navigation bars set apart, front matter read. Walks the tree with
 * an explicit stack, so any nesting depth is safe.
 * @param tree The mdast tree.
 * @param source The document text.
 * @param format `markdown` (soft line breaks are spaces) or `text` (line breaks are kept unless hard-wrapped).
 * @param path The document's path, where known: a language switcher is told by its links to the page's translations.
 */
export function toBlocks(tree: Root, source: string, format: 'markdown' | 'text' = 'markdown', path?: string): DocumentBlocks {
  const ctx: WalkContext = { source, links: linkTargets(tree), format, path, out: [], ownEntries: new Set() }
  // Each node with whether it lies inside a list item or a quote.
  const stack: Array<[RootContent, boolean]> = [...tree.children].reverse().map((n) => [n, false])
  while (stack.length > 0) {
    const [node, inside] = stack.pop()!
    const handler = HANDLERS[node.type] ?? children
    const before = ctx.out.length
    const inner = handler(node, ctx)
    if (inside) for (let i = before; i < ctx.out.length; i++) ctx.out[i]!.nested = true
    const within = inside || node.type === 'listItem' || node.type === 'blockquote'
    if (inner !== undefined) for (let i = inner.length - 1; i >= 0; i--) stack.push([inner[i]!, within])
  }
  const breaking: LineBreaking = { format, wrapWidth: format === 'text' ? wrapWidth(ctx.out.filter((p) => p.kind === 'paragraph').map((p) => p.plain.text)) : undefined }
  const blocks: Block[] = []
  for (const p of ctx.out) {
    const lines = p.kind === 'code' ? [{ text: p.plain.text, offsets: p.plain.offsets, anchors: codeLinks(p.plain), inline: [] }] : p.kind === 'furniture' && !LETTER.test(p.plain.text) ? [{ text: '', offsets: [p.plain.offsets[0] ?? 0], anchors: codeLinks(p.plain), inline: [] }] : logicalLines(p.plain, p.kind === 'question' || p.kind === 'heading' ? { format: 'markdown' } : breaking)
    if (lines.length === 0) continue
    const block = { kind: p.kind, depth: p.depth, lines, slug: p.slug, codeLanguage: p.codeLanguage, ...(p.nested === true ? { nested: true } : {}), ...(p.prose === true ? { prose: true } : {}) }
    for (const b of format === 'markdown' ? splitAtLabels(block) : [block]) blocks.push({ ...b, index: blocks.length })
  }
  return { blocks, frontMatter: ctx.frontMatter }
}
