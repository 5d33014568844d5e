import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast'

/**
 * Characters with which CommonMark's inline syntax starts (escapes, code, emphasis, links and images, autolinks and
 * HTML, character references): a line without them is text to the parser.
 */
const INLINE_SYNTAX = /[\\`*_[\]<&]/u

/**
 * Starts of a line that may open or interrupt a block other than a paragraph (indented code, a heading, a quote, a
 * list item, a thematic break or setext underline, a fence, HTML, a table), or that the parser would strip (white
 * space); an ordered list item starts with up to nine digits and `.` or `)`.
 */
const BLOCK_START = /^(?:[\s#>\-+*=_`~<|]|\d{1,9}[.)])/u

/** White space at the end of a line: a hard break or stripped. */
const LINE_END_SPACE = /\s$/u

/** Control characters (tabs, carriage returns, NUL) change columns or are replaced: left to the parser. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f]/u

/** An ATX heading whose text starts and ends with neither white space nor `#` (no closing sequence). */
const ATX_HEADING = /^(#{1,6}) (?![\s#])(.*[^\s#])$/u

/** A paragraph's first line opening with a strong label (`**Q:** …`): its text, then a space. */
const STRONG_LABEL = /^\*\*([^\s*](?:[^*]*[^\s*])?)\*\* /u

interface Point {
  line: number
  column: number
  offset: number
}

function at(line: number, column: number, offset: number): Point {
  return { line, column, offset }
}

function textNode(value: string, start: Point, end: Point): Text {
  return { type: 'text', value, position: { start, end } }
}

/** Whether a line of a paragraph is text to CommonMark, from its first character to its last. */
function plainLine(line: string): boolean {
  return !BLOCK_START.test(line) && !LINE_END_SPACE.test(line) && !INLINE_SYNTAX.test(line)
}

/**
 * The paragraph of lines `first`…`last` (their offsets in `starts`), or `undefined` when one of them is not plain.
 * The first line may open with a strong label (`**Q:** …`).
 */
function paragraph(lines: readonly string[], starts: readonly number[], first: number, last: number): Paragraph | undefined {
  const head = lines[first]!
  const label = STRONG_LABEL.exec(head)
  const rest = label === null ? head : head.slice(label[0].length - 1)
  if (label !== null ? INLINE_SYNTAX.test(label[1]!) || INLINE_SYNTAX.test(rest) || LINE_END_SPACE.test(rest) : !plainLine(head)) return undefined
  for (let i = first + 1; i <= last; i++) if (!plainLine(lines[i]!)) return undefined
  const start = at(first + 1, 1, starts[first]!)
  const end = at(last + 1, lines[last]!.length + 1, starts[last]! + lines[last]!.length)
  const value = lines.slice(first, last + 1).join('\n')
  const children: PhrasingContent[] = []
  if (label === null) children.push(textNode(value, start, end))
  else {
    const inner = label[1]!
    const closed = at(first + 1, inner.length + 5, start.offset + inner.length + 4)
    children.push({ type: 'strong', children: [textNode(inner, at(first + 1, 3, start.offset + 2), at(first + 1, inner.length + 3, start.offset + inner.length + 2))], position: { start, end: closed } })
    children.push(textNode(value.slice(inner.length + 4), { ...closed }, end))
  }
  return { type: 'paragraph', children, position: { start: { ...start }, end: { ...end } } }
}

/** The heading of line `i`, or `undefined` when it is not a plain ATX heading. */
function heading(line: string, i: number, offset: number): Heading | undefined {
  const match = ATX_HEADING.exec(line)
  if (match === null) return undefined
  const depth = match[1]!.length as Heading['depth']
  const value = line.slice(depth + 1)
  if (INLINE_SYNTAX.test(value)) return undefined
  const end = at(i + 1, line.length + 1, offset + line.length)
  return { type: 'heading', depth, children: [textNode(value, at(i + 1, depth + 2, offset + depth + 1), { ...end })], position: { start: at(i + 1, 1, offset), end } }
}

/**
 * The tree remark-parse gives a text made only of paragraphs of plain text and ATX headings (`# Title`), separated
 * by empty lines — prose with no Markdown syntax, or only a title and strong labels (`**Q:** …`) — built without
 * running the parser; `undefined` for any other text, which the parser reads. A line is plain when nothing in it can
 * start inline syntax (see {@link INLINE_SYNTAX}) or a block (see {@link BLOCK_START}), it ends with no white space
 * and it holds no control character; an empty line ends a paragraph. Extensions are not considered: the caller
 * uses it only where CommonMark alone would parse the text (no GFM, front matter or directive syntax).
 * @param text Markdown.
 * @returns Its CommonMark tree, or `undefined`.
 */
export function plainMarkdownTree(text: string): Root | undefined {
  if (CONTROL.test(text)) return undefined
  const lines = text.split('\n')
  const starts: number[] = []
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    offset += line.length + 1
  }
  const children: RootContent[] = []
  let open = -1
  const close = (last: number): boolean => {
    if (open < 0) return true
    const node = paragraph(lines, starts, open, last)
    open = -1
    if (node === undefined) return false
    children.push(node)
    return true
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') {
      if (!close(i - 1)) return undefined
    } else if (line.startsWith('#')) {
      // An ATX heading interrupts a paragraph.
      const node = heading(line, i, starts[i]!)
      if (node === undefined || !close(i - 1)) return undefined
      children.push(node)
    } else if (open < 0) open = i
  }
  if (!close(lines.length - 1) || children.length === 0) return undefined
  const last = lines.length - 1
  return { type: 'root', children, position: { start: at(1, 1, 0), end: at(last + 1, lines[last]!.length + 1, text.length) } }
}
