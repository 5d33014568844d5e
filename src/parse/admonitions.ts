import type { Heading, Nodes, Parents, Root, RootContent } from 'mdast'

/**
 * The opening line of an admonition as Python-Markdown and MkDocs Material write it: `!!! note`, `!!! tip "Title"`,
 * `??? warning` / `???+ example "Title"` (collapsible), the type possibly followed by more classes; or of a content
 * tab (pymdownx.tabbed: `=== "macOS"`, `===+ "pip"`), whose label is its title. Its body is the block indented under
 * it, which CommonMark reads as indented code. The type is written in lower case, as those tools write it: a line
 * such as `!!! Warning` or `??? Why` is prose; a translation may write it in its own language (`!!! sugestão`,
 * `!!! 提示`: lower-case letters, or letters of a script without case).
 */
const ADMONITION = /^[ \t]{0,3}(?:(?:!!!|\?\?\?\+?)[ \t]*[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}_-]*(?:[ \t]+[\p{L}\p{M}\p{N}_-]+)*(?:[ \t]+"([^"\n]*)")?|===[+!]?[ \t]+"([^"\n]*)")[ \t]*$/u

/** A parser of Markdown text into its tree (the document's own, so that limits and extensions are the same). */
export type ParseTree = (text: string) => Root

/** The indented body of an admonition: its text with the indentation taken off, and where each character was. */
interface Dedented {
  text: string
  /** `offsets[i]` is the document offset of `text[i]`, one more entry for the end. */
  offsets: number[]
}

/** Take up to `indent` columns of leading spaces or one tab off every line of `source[start, end)`. */
function dedent(source: string, start: number, end: number, indent: number): Dedented {
  let text = ''
  const offsets: number[] = []
  let at = start
  while (at < end) {
    const newline = source.indexOf('\n', at)
    const lineEnd = newline < 0 || newline >= end ? end : newline
    let from = at
    if (source[from] === '\t') from++
    else while (from < lineEnd && from - at < indent && source[from] === ' ') from++
    for (let k = from; k < lineEnd; k++) offsets.push(k)
    text += source.slice(from, lineEnd)
    if (lineEnd < end) {
      offsets.push(lineEnd)
      text += '\n'
    }
    at = lineEnd + 1
  }
  offsets.push(end)
  return { text, offsets }
}

/** Move every position of a tree parsed from a dedented body back to the document's offsets. */
function placeInDocument(tree: Root, body: Dedented): RootContent[] {
  const stack: Nodes[] = [...tree.children]
  while (stack.length > 0) {
    const node = stack.pop()!
    const position = node.position
    if (position !== undefined) {
      const start = body.offsets[Math.min(position.start.offset ?? 0, body.offsets.length - 1)]!
      const endAt = position.end.offset ?? 0
      const end = endAt > 0 ? body.offsets[Math.min(endAt - 1, body.offsets.length - 1)]! + 1 : start
      node.position = { start: { ...position.start, offset: start }, end: { ...position.end, offset: end } }
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes)
  }
  return tree.children
}

/** The title of an admonition's opening line as a heading node, placed on the title's characters. */
function titleHeading(line: string, lineStart: number, title: string): Heading | undefined {
  if (title.trim() === '') return undefined
  const quote = line.indexOf(`"${title}"`)
  const lead = title.length - title.trimStart().length
  const text = title.trim()
  const start = lineStart + quote + 1 + lead
  const position = { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: start + text.length } }
  return { type: 'heading', depth: 6, children: [{ type: 'text', value: text, position }], position }
}

/**
 * What an admonition's opening paragraph becomes: its title (a heading, when it has one) and, when the body
 * follows on the next lines without a blank line, that body parsed on its own.
 */
function openParagraph(node: RootContent, source: string, parse: ParseTree): RootContent[] | undefined {
  if (node.type !== 'paragraph' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return undefined
  const start = node.position.start.offset
  const end = node.position.end.offset
  // From the paragraph's start: inside a list item or another admonition, its line is indented.
  const newline = source.indexOf('\n', start)
  const lineEnd = newline < 0 || newline > end ? end : newline
  const line = source.slice(start, lineEnd)
  const match = ADMONITION.exec(line)
  if (match === null) return undefined
  const title = titleHeading(line, start, match[1] ?? match[2] ?? '')
  const out: RootContent[] = title === undefined ? [] : [title]
  if (lineEnd < end) {
    // Its body is indented four columns more than its opening line, which is itself indented inside a content tab,
    // a list item or another admonition.
    const body = dedent(source, lineEnd + 1, end, start - (source.lastIndexOf('\n', start - 1) + 1) + 4)
    out.push(...placeInDocument(parse(body.text), body))
  }
  return out
}

/** The body of an admonition: an indented code block right after its opening line, parsed as Markdown. */
function openBody(node: RootContent | undefined, source: string, parse: ParseTree): RootContent[] | undefined {
  if (node?.type !== 'code' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return undefined
  const start = node.position.start.offset
  // A fence that starts the node (three spaces at most before it) is a fenced block of its own, not a body; an
  // indented body may open with a fence (`!!! example` over an indented ```` ``` ```` block), which is its code.
  if (/^ {0,3}(?:`{3,}|~{3,})/u.test(source.slice(start, start + 40))) return undefined
  // Its lines are indented by four more columns than the admonition's own (which sits inside a list or another
  // admonition when the code block does not start its line).
  const lineStart = source.lastIndexOf('\n', start - 1) + 1
  const body = dedent(source, lineStart, node.position.end.offset, start - lineStart + 4)
  return placeInDocument(parse(body.text), body)
}

/**
 * Open the admonitions and content tabs of a Markdown tree in place (`!!! note "Title"`, `=== "Windows"` over an
 * indented body, as MkDocs writes them): the opening line gives way to its title as a heading (none when it has no title: the type alone is the
 * site's label, not the author's text), and the indented body, which CommonMark reads as code, is parsed as the
 * Markdown it is, with offsets into the document. Nested admonitions are opened too.
 * @param tree The document's tree (changed in place).
 * @param source The text the tree was parsed from.
 * @param parse The parser of Markdown text into a tree.
 * @returns The spans `[start, end)` of the admonitions opened, in the document's offsets (their blocks are an
 *   aside, not the page's structure).
 */
export function openAdmonitions(tree: Root, source: string, parse: ParseTree): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  if (!source.includes('!!!') && !source.includes('???') && !source.includes('===')) return spans
  const stack: Parents[] = [tree]
  while (stack.length > 0) {
    const parent = stack.pop()!
    const children = parent.children as RootContent[]
    for (let k = 0; k < children.length; k++) {
      const opened = openParagraph(children[k]!, source, parse)
      if (opened === undefined) {
        const child = children[k]!
        if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') stack.push(child as Parents)
        continue
      }
      const from = children[k]!.position!.start.offset!
      const body = openBody(children[k + 1], source, parse)
      const to = (body === undefined ? children[k]! : children[k + 1]!).position!.end.offset!
      const blocks = [...opened, ...(body ?? [])]
      children.splice(k, body === undefined ? 1 : 2, ...blocks)
      spans.push([from, to])
      // The blocks put in its place are looked at next (an admonition inside an admonition).
      k--
    }
  }
  return spans
}
