// `:::` container fences as VitePress, Docusaurus, Starlight and markdown-it-container write them (`::: tip Title`,
// `:::warning`, `:::note[Title]`, `:::`), which are not all valid generic directives.
const FENCE_LINE = /^[ \t]{0,3}:{3,}(?:[ \t]*[\w-]*.*)?$/u
// The blocks of Python-Markdown's pymdownx.blocks as MkDocs sites write them (`/// note | Title`, `/// details`,
// closed by `///`): the same frame as a `:::` container. A block's type is a lowercase name, and an opening line
// counts only when a closing `///` follows it: a `/// Word` line of prose or a comment opens nothing.
const BLOCK_OPEN = /^[ \t]{0,3}\/{3}[ \t]+[a-z][\w-]*(?:[ \t]*\|.*)?[ \t]*$/u
const BLOCK_CLOSE = /^[ \t]{0,3}\/{3}[ \t]*$/u
// A line that closes the innermost container: `:::` or `///` alone.
const CLOSING_LINE = /^[ \t]*(?::{3,}|\/{3})[ \t]*$/u
const CODE_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/u
// A fence whose content is MDX, not code (Docusaurus: ```` ```mdx-code-block ````, which a CommonMark reader shows as
// code and the site renders as the page's own MDX: tabs whose items hold the page's prose).
const MDX_CODE_BLOCK = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*mdx-code-block[ \t]*$/u
const CLOSING_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*$/u
// The marker line of a GitHub alert (`> [!NOTE]`): the type is the site's label, not the author's text.
const ALERT_MARKER = /^([ \t]{0,3}>[ \t]*)\[![A-Za-z]+\][ \t]*$/u
// An MDX `import`/`export` statement line (the page's code, not its text).
const ESM_LINE = /^(?:import\s+(?:[\w$*{}\s,]+\s+from\s+)?["'][^"'\n]+["'];?|export\s+(?:const|let|var|function|async|class|default)\b.*)\s*$/u
// The opening of a JSX component (`<Code`, `<Tabs.Item`): a capital then a small letter, unlike HTML tags. In MDX,
// which has no indented code, it may be indented any amount (nested in another component).
const JSX_OPEN = /^[ \t]{0,3}<[A-Z][a-z][\w.]*(?=[\s/>]|$)/u
const MDX_JSX_OPEN = /^[ \t]*<[A-Z][a-z][\w.]*(?=[\s/>]|$)/u
// A line that only closes a JSX component (`</TabItem>`).
const MDX_JSX_CLOSE = /^[ \t]*<\/[A-Z][a-z][\w.]*[ \t]*>[ \t]*$/u
// An MDX comment opening a line (`{/* TODO: … */}`, a JavaScript comment in an expression): the author's note to
// the site's writers, never shown.
const MDX_COMMENT_OPEN = /^[ \t]*\{\/\*/u
const MDX_COMMENT_CLOSE = '*/}'
// A line that is only a generator's marker, never shown as written: a table of contents put in its place (`[[toc]]`
// of markdown-it and VuePress, `[TOC]` of Python-Markdown, `[[_TOC_]]` of GitLab, `${toc}`), or kramdown's
// attribute list (`{: .no_toc }`, `{:toc}`, `{:/nomarkdown}`), which styles the block before it.
const SITE_MARKER = /^[ \t]{0,3}(?:\[\[?_?toc_?\]\]?|\$\{toc\}|\{:[^}\n]*\})[ \t]*$/iu
// kramdown's table of contents: a list of one item (`1. TOC`, `* TOC`) that the `{:toc}` under it replaces.
const KRAMDOWN_TOC = /^[ \t]{0,3}\{:toc\}[ \t]*$/iu
const ONE_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S.*$/u

/**
 * Where a JSX tag opened at `start` ends (after its `>`), skipping quoted strings (inside braces or as an attribute's
 * value), template strings and braces; `-1` when it never ends or a blank line comes first (then it is not taken for
 * a tag: a `<Word` that opens no tag is followed by prose, whose apostrophes are not quotes).
 */
function jsxTagEnd(text: string, start: number): number {
  let depth = 0
  let quote = ''
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]!
    // A blank line outside a template string ends the search: what follows is prose, not the tag.
    if (c === '\n' && quote !== '`' && /^[ \t]*(?:\n|$)/u.test(text.slice(i + 1, i + 81))) return -1
    if (quote !== '') {
      if (c === '\\') i++
      else if (c === quote) quote = ''
      continue
    }
    // Quotes open a string inside braces or as an attribute's value (`="…"`); elsewhere an apostrophe is prose.
    if (c === '`' || ((c === '"' || c === "'") && (depth > 0 || text[i - 1] === '='))) quote = c
    else if (c === '{') depth++
    else if (c === '}') depth = Math.max(0, depth - 1)
    else if (c === '>' && depth === 0) return i + 1
  }
  return -1
}

/** The code fence open after `line` (`fence` before it): a fence line opens one or closes the one open. */
function fenceAfter(line: string, fence: string | undefined): { fence: string | undefined; fenceLine: boolean } {
  const code = CODE_FENCE.exec(line)
  if (code === null) return { fence, fenceLine: false }
  const marker = code[1]!
  if (fence === undefined) return { fence: marker, fenceLine: true }
  return { fence: marker[0] === fence[0] && marker.length >= fence.length ? undefined : fence, fenceLine: true }
}

// An attribute of a tag whose value is a string literal in braces, as JSX writes it (`<a href={"https://…"}>`): the
// tag is no HTML to CommonMark, so its markup would be read as text.
const JSX_STRING_ATTRIBUTE = /(<[A-Za-z][\w.:-]*(?:[ \t]+[\w:.-]+(?:=(?:"[^"\n]*"|'[^'\n]*'|[ \t]*"[^"\n]*"[ \t]))?)*[ \t]+[\w:.-]+)=\{(["'])([^"'{}\n]*)\2\}/u

/**
 * A line with each JSX string attribute (`href={"https://…"}`) written as an HTML one of the same length
 * (`href= "https://…" `), so that its tag is read as the inline HTML it renders to.
 */
function quoteJsxAttributes(line: string): string {
  let out = line
  for (let m = JSX_STRING_ATTRIBUTE.exec(out); m !== null; m = JSX_STRING_ATTRIBUTE.exec(out)) {
    const at = m.index + m[1]!.length
    out = `${out.slice(0, at)}= ${m[2]}${m[3]}${m[2]} ${out.slice(at + m[0].length - m[1]!.length)}`
  }
  return out
}

/**
 * Whether a line outside code opens an `mdx-code-block` fence or closes the innermost one open (`open` is updated):
 * a closing fence is a bare fence of the opener's character, at least as long.
 */
function mdxFenceLine(line: string, open: string[]): boolean {
  const opening = MDX_CODE_BLOCK.exec(line)
  if (opening !== null) {
    open.push(opening[1]!)
    return true
  }
  const innermost = open[open.length - 1]
  const closing = innermost === undefined ? null : CLOSING_FENCE.exec(line)
  if (closing === null || closing[1]![0] !== innermost![0] || closing[1]!.length < innermost!.length) return false
  open.pop()
  return true
}

/**
 * Whether a line outside code opens an ```` ```mdx-code-block ```` fence: the page is then MDX to the site that renders
 * it (Docusaurus). A page that shows such a fence inside a code block (documenting the syntax) is not.
 * @param text The document text.
 */
export function opensMdxFence(text: string): boolean {
  if (!text.includes('mdx-code-block')) return false
  let fence: string | undefined
  for (const line of text.split('\n')) {
    if (fence === undefined && MDX_CODE_BLOCK.test(line)) return true
    fence = fenceAfter(line, fence).fence
  }
  return false
}

/** Indices of the lines outside code that open a pymdownx block closed later, and of the lines closing them. */
function pairedBlockLines(lines: readonly string[]): Set<number> {
  const paired = new Set<number>()
  const open: number[] = []
  let fence: string | undefined
  for (const [k, line] of lines.entries()) {
    const step = fenceAfter(line, fence)
    const inCode = step.fenceLine || fence !== undefined
    fence = step.fence
    if (inCode) continue
    if (BLOCK_OPEN.test(line)) open.push(k)
    else if (BLOCK_CLOSE.test(line)) {
      const start = open.pop()
      if (start !== undefined) paired.add(start).add(k)
    }
  }
  return paired
}

/** A document's text with its container fences and alert markers blanked, and where its containers are. */
export interface BlankedFences {
  /** The text, the same length as the input: fence lines and alert markers turned into spaces. */
  text: string
  /** Spans `[start, end)` of the containers, from their opening fence to the end of their closing one. */
  containers: Array<[number, number]>
  /**
   * The link targets of the JSX tags blanked (`<LinkCard title="…" href="/en/editor-setup/" />`):
   * where a reader is sent, which the page's prose does not write (see {@link tagLinks}). Absent when none.
   */
  links?: Array<{ at: number; target: string }> | undefined
}

/**
 * A tag's `href` attribute written as a string (`href="/en/x/"`, `href={"https://…"}`): where the component sends its
 * reader. Not `src`: an image a component draws is often a screenshot each locale takes anew.
 */
const LINK_ATTRIBUTE = /(?<=\s)href=\{?(["'])([^"'{}\n]+)\1\}?/gu

/** The targets of the `href` attributes of the tag spanning `[start, end)` of the text, with their offsets. */
function tagLinks(text: string, start: number, end: number): Array<{ at: number; target: string }> {
  const tag = text.slice(start, end)
  return [...tag.matchAll(LINK_ATTRIBUTE)].map((m) => ({ at: start + m.index, target: m[2]!.trim() })).filter((l) => l.target !== '')
}

/** Blank every character of `lines` from `start` to `end` (offsets in their text) but line breaks. */
function blankSpan(lines: string[], firstLine: number, lineAt: number, start: number, end: number): number {
  let k = firstLine
  let at = lineAt
  while (k < lines.length && at <= end) {
    const line = lines[k]!
    const from = Math.max(0, start - at)
    const to = Math.min(line.length, end - at)
    if (to > from) lines[k] = line.slice(0, from) + ' '.repeat(to - from) + line.slice(to)
    if (at + line.length >= end) break
    at += line.length + 1
    k++
  }
  return k
}

/**
 * The end (after its `*\/}`) of an MDX comment that opens at `start` and is all that is left on the line where it
 * closes, else `-1`.
 */
function mdxCommentEnd(text: string, start: number): number {
  const close = text.indexOf(MDX_COMMENT_CLOSE, start + 3)
  if (close < 0) return -1
  const end = close + MDX_COMMENT_CLOSE.length
  const lineEnd = text.indexOf('\n', end)
  return text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim() === '' ? end : -1
}

/**
 * Blank out the syntax of a doc site that is not the author's text, keeping every offset in place (the result has
 * the same length as the input; lines in code fences are left alone): the lines that open or close `:::` containers
 * (type and title included: a container's title is most often its type's label), the `[!TYPE]` marker of GitHub
 * alerts, lines that are only a generator's marker (a table of contents' place, `[[toc]]`, `[TOC]`, `{:toc}` with the
 * list item over it; kramdown's attribute lists, `{: .no_toc }`), and MDX's `import`/`export` lines, comments (`{/* … *\/}` from a line's start to the end of the line where
 * it closes) and JSX tags written over several lines (`<Code lang="sh" code={`…`} />`, whose lines CommonMark would
 * read as headings and paragraphs; a tag on one line is an HTML block already). In MDX a line that is one JSX tag
 * alone (`<Steps>`, `<TabItem label="npm">`, `</Tabs>`) is blanked too: the lines after it are Markdown, not the
 * rest of an HTML block. The fence lines of an ```` ```mdx-code-block ```` are blanked, so that its content is read as
 * the page's MDX it is, not as code. A fence with a name or title opens a container, a bare one closes the innermost open one.
 * @param text The document text.
 * @param mdx Whether the text is MDX, where a JSX tag may be indented any amount (default `false`).
 */
export function blankContainerFences(text: string, mdx = false): BlankedFences {
  const containers: Array<[number, number]> = []
  const links: Array<{ at: number; target: string }> = []
  if (!text.includes(':::') && !text.includes('///') && !text.includes('[!') && !text.includes('<') && !text.includes('{/*') && !text.includes('mdx-code-block') && !/^(?:import|export)\s/mu.test(text) && !/toc|\{:/iu.test(text)) return { text, containers }
  const lines = text.split('\n')
  const blocks = text.includes('///') ? pairedBlockLines(lines) : new Set<number>()
  const open: number[] = []
  // The markers of the open `mdx-code-block` fences, innermost last: their content is the page's MDX.
  const mdxFences: string[] = []
  let fence: string | undefined
  let at = 0
  for (let k = 0; k < lines.length; at += lines[k]!.length + 1, k++) {
    const line = lines[k]!
    if (fence === undefined && mdxFenceLine(line, mdxFences)) {
      lines[k] = ' '.repeat(line.length)
      continue
    }
    const step = fenceAfter(line, fence)
    const inCode = step.fenceLine || fence !== undefined
    fence = step.fence
    if (inCode) continue
    if (FENCE_LINE.test(line) || blocks.has(k)) {
      lines[k] = ' '.repeat(line.length)
      if (CLOSING_LINE.test(line)) {
        const start = open.pop()
        if (start !== undefined) containers.push([start, at + line.length])
      } else open.push(at)
      continue
    }
    if (SITE_MARKER.test(line)) {
      lines[k] = ' '.repeat(line.length)
      if (KRAMDOWN_TOC.test(line) && k > 0 && ONE_ITEM.test(lines[k - 1]!)) lines[k - 1] = ' '.repeat(lines[k - 1]!.length)
      continue
    }
    const alert = ALERT_MARKER.exec(line)
    if (alert !== null) lines[k] = alert[1]! + ' '.repeat(line.length - alert[1]!.length)
    else if (ESM_LINE.test(line) && (k === 0 || lines[k - 1]!.trim() === '' || ESM_LINE.test(text.slice(at - lines[k - 1]!.length - 1, at - 1)))) lines[k] = ' '.repeat(line.length)
    else if ((mdx ? MDX_JSX_OPEN : JSX_OPEN).test(line)) {
      const start = at + line.indexOf('<')
      const end = jsxTagEnd(text, start)
      if (end > at + line.length) {
        // Written over several lines (a tag on one line is an HTML block already).
        links.push(...tagLinks(text, start, end))
        const last = blankSpan(lines, k, at, start, end)
        for (; k < last; k++) at += lines[k]!.length + 1
      } else if (mdx && end > 0 && line.slice(end - at).trim() === '') {
        links.push(...tagLinks(text, start, end))
        lines[k] = ' '.repeat(line.length)
      }
    } else if (mdx && MDX_JSX_CLOSE.test(line)) lines[k] = ' '.repeat(line.length)
    else if (mdx && line.includes('={')) lines[k] = quoteJsxAttributes(line)
    else if (MDX_COMMENT_OPEN.test(line)) {
      const start = at + line.indexOf('{')
      const end = mdxCommentEnd(text, start)
      if (end > 0) {
        const last = blankSpan(lines, k, at, start, end)
        for (; k < last; k++) at += lines[k]!.length + 1
      }
    }
  }
  return { text: lines.join('\n'), containers: containers.sort((a, b) => a[0] - b[0]), ...(links.length === 0 ? {} : { links }) }
}
