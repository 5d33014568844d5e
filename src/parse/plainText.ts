import type { Nodes } from 'mdast'
import type { InlineRange, SegmentAnchor } from '../types.js'

/** Plain text of a Markdown block, with the source offset of every character. */
export interface PlainText {
  /** Text with inline markup removed; every line break (soft or hard) is a `\n`. */
  text: string
  /** `offsets[i]` is the offset in the source of `text[i]`; one extra entry for the end. */
  offsets: number[]
  /** Indices in `text` of the `\n`s that are hard breaks (`\` or two spaces before the line end). */
  hardBreaks: Set<number>
  /** Inline code spans and link targets found in the block, with the index in `text` where each stands. */
  anchors: Array<SegmentAnchor & { at: number }>
  /** Number of images met (their alt text is not prose). */
  images: number
  /** Number of links met, and the letters of their visible text. */
  links: number
  /** Letters inside links. */
  linkLetters: number
  /** Where the links' visible texts are in `text` (start, end). */
  linkRanges: Array<[number, number]>
  /**
   * Where the links' shown texts and the inline code are in `text`, in the order they close: what the parse met, for
   * the sentences cut from the text (see `InlineRange`). Unlike `linkRanges`, kept through every cut and join.
   */
  inline: InlineRange[]
}

// Template tags of static-site generators ({{< shortcode >}}, {{% … %}}, {% tag %}) and the type markers of GitHub
// alerts and Obsidian callouts ([!NOTE], [!WARNING], `[!faq]-` folded, `[!info]+` open: any type, as a site may
// define its own) are markup, not prose. A wikilink (`[[Page|shown text]]`, `[[Page#Heading]]`, `[[#Heading]]`, as
// Obsidian and wiki-style sites write links) shows its text, not its brackets: group 1 is what it shows, when it is
// not an embed (`![[image.png]]`, which shows the file, as an image does). Brackets right after a word or another
// bracket are an index (`a[[0]]`), not a link.
const TEMPLATE_TAG = /\{\{[<%][\s\S]*?[%>]\}\}|\{%[\s\S]*?%\}|\[![A-Za-z][\w-]*\][+-]?(?=[ \t\n]|$)[ \t]*|(?<![\w\]\[])!\[\[[^\[\]\n]+\]\]|(?<![\w\]\[!])\[\[(?:[^\[\]|\n]*\|)?([^\[\]|\n]+)\]\]/gu
const LETTER = /\p{L}/gu
// An attribute list written right after an inline element, as Python-Markdown's attr_list (MkDocs) and kramdown read
// it: `![icon](a.png){: style="height:80px" align="right"}`, `[Get started](#){ .md-button }`, `[x](y){:target="_blank"}`.
const ATTRIBUTE = String.raw`(?:[#.][\w-]+|[\w:-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}"']+))`
const ATTRIBUTE_LIST = new RegExp(String.raw`^\{:?[ \t]*${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE})*[ \t]*\}`, 'u')

/** Where the attribute list written right after an inline element that ends at `end` ends (`end` when there is none). */
function afterAttributes(source: string, end: number | undefined): number {
  if (end === undefined || source[end] !== '{') return end ?? 0
  return end + (ATTRIBUTE_LIST.exec(source.slice(end, end + 400))?.[0].length ?? 0)
}

/** Places for `length` characters spread evenly over the source span `[start, start + span)` (one each when equal). */
function spreadPlaces(start: number, span: number, length: number): number[] {
  return Array.from({ length }, (_, i) => start + Math.floor((i * span) / length))
}

function pushText(out: PlainText, value: string, start: number | undefined, end: number | undefined): void {
  if (value === '') return
  const s = start ?? out.offsets[out.offsets.length - 1] ?? 0
  const span = end !== undefined && start !== undefined ? end - start : value.length
  out.text += value
  // Escapes and entities make the source longer than the value: spread the value over the source span.
  for (const place of spreadPlaces(s, span, value.length)) out.offsets.push(place)
}

/**
 * Where each character of a text node's value stands in the source span `[start, end)` it was read from. The value
 * is the span with markup taken out (a quote's `> ` and a continuation line's indentation, which CommonMark strips),
 * so each character is the next equal one of the span; when one is not found (an escape or an entity written
 * longer), the places are spread evenly over the span instead.
 */
function sourcePlaces(value: string, source: string, start: number, end: number): number[] {
  const places: number[] = []
  let at = start
  for (const c of value) {
    const found = source.indexOf(c, at)
    if (found < 0 || found + c.length > end) return spreadPlaces(start, end - start, value.length)
    for (let k = 0; k < c.length; k++) places.push(found + k)
    at = found + c.length
  }
  return places
}

/**
 * Push a text value with template tags blanked out. The offsets of the rest stay exact when the value is the source
 * span as written; when markup was taken out of it (a text in a quote or under a list item runs over `> ` and
 * indentation), each character is placed by {@link sourcePlaces}, so a piece after a tag keeps its place.
 */
function pushProse(out: PlainText, value: string, start: number | undefined, end: number | undefined, source: string): void {
  if (!value.includes('{') && !value.includes('[!') && !value.includes('[[')) {
    pushText(out, value, start, end)
    return
  }
  const exact = start !== undefined && end !== undefined && end - start === value.length
  const places = exact || start === undefined || end === undefined || source.length < end ? undefined : sourcePlaces(value, source, start, end)
  const push = (from: number, to: number): void => {
    if (places === undefined) pushText(out, value.slice(from, to), exact ? start + from : undefined, exact ? start + to : undefined)
    else if (to > from) {
      out.text += value.slice(from, to)
      out.offsets.push(...places.slice(from, to))
    }
  }
  let last = 0
  for (const m of value.matchAll(TEMPLATE_TAG)) {
    push(last, m.index)
    last = m.index + m[0].length
    if (m[1] !== undefined) wikilink(out, m[0], m.index, push)
  }
  push(last, value.length)
}

/**
 * A wikilink's shown text pushed as a link's is: the text after `|`, or the link's target, of a page (`[[Page]]`) or
 * of a heading (`[[#Heading]]`; of `[[Page#Heading]]`, which Obsidian shows as `Page > Heading`, the heading only:
 * the page's name is the site's furniture). It is a link, counted so (a list of them is a
 * navigation list as one of Markdown links is), but no anchor: its target names a page of the same site, which
 * translations name in their language.
 */
function wikilink(out: PlainText, written: string, at: number, push: (from: number, to: number) => void): void {
  const inner = written.slice(2, -2)
  const bar = inner.lastIndexOf('|')
  const hash = inner.indexOf('#')
  const from = bar >= 0 ? bar + 1 : hash >= 0 ? hash + 1 : 0
  const shown = out.text.length
  push(at + 2 + from, at + 2 + inner.length)
  out.links++
  out.linkLetters += lettersOf(out.text.slice(shown))
  out.linkRanges.push([shown, out.text.length])
  out.inline.push({ kind: 'link', start: shown, end: out.text.length })
}

function lettersOf(text: string): number {
  return text.match(LETTER)?.length ?? 0
}

type Frame = { node: Nodes; exit?: () => void }

/** Record a link whose target is `url` (none for an empty one or a fragment) and count its visible letters on exit. */
function enterLink(out: PlainText, stack: Frame[], node: Nodes, url: string, depth: { links: number }): void {
  if (url !== '' && !url.startsWith('#')) out.anchors.push({ kind: 'url', text: url, at: out.text.length })
  out.links++
  depth.links++
  const from = out.text.length
  stack.push({
    node,
    exit: () => {
      out.linkLetters += lettersOf(out.text.slice(from))
      out.linkRanges.push([from, out.text.length])
      out.inline.push({ kind: 'link', start: from, end: out.text.length })
      depth.links--
    },
  })
}

/**
 * Count an image; its source is an anchor when it stands outside a link: what the reader sees (a screenshot, a logo).
 * A linked image's (a badge) is the link's label, which translations localise; the link is the anchor.
 */
function image(out: PlainText, url: string | undefined, linked: boolean): void {
  out.images++
  if (!linked && url !== undefined && url !== '' && !/^data:/iu.test(url)) out.anchors.push({ kind: 'url', text: url, at: out.text.length })
}

const HTML_LINK_OPEN = /^<a\s[^>]*?\bhref\s*=\s*["']([^"']*)["']/iu
const HTML_LINK_CLOSE = /^<\/a\s*>$/iu
const HTML_CODE = /^<(\/?)code(?:\s[^>]*)?>$/iu
const HTML_IMAGE = /^<img\b/iu
const HTML_IMAGE_SOURCE = /(?<![\w-])src\s*=\s*["']([^"']+)["']/iu

/** Where the text of an open inline HTML element began (-1: none is open). */
interface HtmlOpen {
  /** An `<a href>`'s. */
  link: number
  /** A `<code>`'s. */
  code: number
}

/**
 * Read an inline HTML tag as Markdown's links, code and images are read: `<a href>` records its target (as
 * {@link enterLink}) and opens a link, `</a>` closes it, `<code>` … `</code>` is inline code, `<img>` is an image
 * (see {@link image}).
 * @param open Where the texts of the open inline elements began; updated for after the tag.
 * @param linked Whether the tag stands inside a Markdown link.
 */
function inlineHtml(out: PlainText, tag: string, open: HtmlOpen, linked: boolean): void {
  const code = HTML_CODE.exec(tag.trim())
  if (code !== null) {
    if (code[1] === '') open.code = out.text.length
    else if (open.code >= 0) {
      out.inline.push({ kind: 'code', start: open.code, end: out.text.length })
      open.code = -1
    }
    return
  }
  open.link = htmlLink(out, tag, open.link, linked)
}

/**
 * An inline HTML tag read for links and images (see {@link inlineHtml}).
 * @param link Where the text of the open inline link began (-1: none).
 * @returns The same for after the tag.
 */
function htmlLink(out: PlainText, tag: string, link: number, linked: boolean): number {
  const value = tag.trim()
  const open = HTML_LINK_OPEN.exec(value)
  if (open !== null) {
    if (open[1] !== '' && !open[1]!.startsWith('#')) out.anchors.push({ kind: 'url', text: open[1]!, at: out.text.length })
    out.links++
    return out.text.length
  }
  if (HTML_LINK_CLOSE.test(value) && link >= 0) {
    out.linkLetters += lettersOf(out.text.slice(link))
    out.linkRanges.push([link, out.text.length])
    out.inline.push({ kind: 'link', start: link, end: out.text.length })
    return -1
  }
  if (HTML_IMAGE.test(value)) image(out, HTML_IMAGE_SOURCE.exec(value)?.[1], linked || link >= 0)
  return link
}

/**
 * Extract the plain text of an mdast node, keeping a map from each character back to the source offset,
 * so that sentence offsets can point into the original document. Inline code is kept in the text and also
 * recorded as an anchor; link targets are recorded as anchors (a reference link's, `[text][label]`, from the
 * definition of its label; an inline HTML `<a href>`'s), and so are the sources of images outside links (see `image`);
 * images' alt text, footnote references, other inline HTML tags, template tags and the attribute lists that style an
 * image or a link (`![icon](a.png){: align="right"}`, `[Start](#){ .md-button }`) are left out. Walks
 * the tree with an explicit stack (no recursion).
 * @param node The block node.
 * @param source The document text (used to restore text directives, which are rarely meant as directives).
 * @param links The document's link definitions, identifier → URL (`linkTargets`).
 */
export function plainText(node: Nodes, source = '', links: ReadonlyMap<string, string> = new Map()): PlainText {
  const out: PlainText = { text: '', offsets: [], hardBreaks: new Set(), anchors: [], images: 0, links: 0, linkLetters: 0, linkRanges: [], inline: [] }
  const stack: Frame[] = [{ node }]
  // Where the texts of an inline HTML link (`<a href>` … `</a>`) and inline HTML code began, or -1 outside one.
  const html: HtmlOpen = { link: -1, code: -1 }
  // How many Markdown links the walk is inside.
  const depth = { links: 0 }
  // Where the attribute list after the last inline element read ends: text before it is markup.
  let styled = 0
  while (stack.length > 0) {
    const frame = stack.pop()!
    if (frame.exit !== undefined) {
      frame.exit()
      continue
    }
    const current = frame.node
    const start = current.position?.start.offset
    const end = current.position?.end.offset
    if (start !== undefined && start < styled && (current.type === 'text' || current.type === 'textDirective')) {
      // Text inside an attribute list (see `afterAttributes`): only what follows the list is read.
      if (end !== undefined && end > styled) pushProse(out, source.slice(styled, end), styled, end, source)
      continue
    }
    switch (current.type) {
      case 'text':
        pushProse(out, current.value, start, end, source)
        continue
      case 'inlineCode': {
        const from = out.text.length
        out.anchors.push({ kind: 'code', text: current.value, at: from })
        pushText(out, current.value, start === undefined ? undefined : start + Math.max(0, ((end ?? start) - start - current.value.length) >> 1), undefined)
        if (out.text.length > from) out.inline.push({ kind: 'code', start: from, end: out.text.length })
        continue
      }
      case 'break':
        out.hardBreaks.add(out.text.length)
        pushText(out, '\n', start, end === undefined || start === undefined ? undefined : start + 1)
        continue
      case 'html':
        // `<br>` separates words; every other inline tag is dropped, but a link's target and an image are counted
        // as Markdown's are (`<a href="…"><img src="…"></a>`, a badge written inline).
        if (/^<br\s*\/?>$/iu.test(current.value.trim())) pushText(out, ' ', start, start === undefined ? undefined : start + 1)
        inlineHtml(out, current.value, html, depth.links > 0)
        continue
      case 'image':
        image(out, current.url, depth.links > 0 || html.link >= 0)
        styled = afterAttributes(source, end)
        continue
      case 'imageReference':
        image(out, links.get(current.identifier), depth.links > 0 || html.link >= 0)
        styled = afterAttributes(source, end)
        continue
      case 'footnoteReference':
      case 'definition':
        continue
      case 'textDirective':
        if (start !== undefined && end !== undefined) pushText(out, source.slice(start, end), start, end)
        continue
      case 'link':
      case 'linkReference': {
        const url = current.type === 'link' ? current.url : links.get(current.identifier)
        if (url !== undefined) enterLink(out, stack, current, url, depth)
        stack.splice(stack.length - (url === undefined ? 0 : 1), 0, { node: current, exit: () => (styled = afterAttributes(source, end)) })
        break
      }
      default:
        break
    }
    if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push({ node: current.children[i] as Nodes })
  }
  const last = out.offsets[out.offsets.length - 1]
  out.offsets.push(node.position?.end.offset ?? (last === undefined ? 0 : last + 1))
  return out
}

/** Plain text of a raw source span (code, or a block taken verbatim), with exact offsets. */
export function rawText(source: string, start: number, end: number): PlainText {
  const text = source.slice(start, end)
  const offsets = Array.from({ length: text.length + 1 }, (_, i) => start + i)
  return { text, offsets, hardBreaks: new Set(), anchors: [], images: 0, links: 0, linkLetters: 0, linkRanges: [], inline: [] }
}
