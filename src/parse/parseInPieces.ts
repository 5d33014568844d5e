import type { Paragraph, PhrasingContent, Root } from 'mdast'
import { markdownChunks, type ChunkStart } from './markdownChunks.js'
import { definitionPrefix, definitionsOf } from './pieceDefinitions.js'

/** Characters after which a document is cut into pieces at the next safe point (see {@link markdownChunks}). */
export const PIECE_SIZE = 8_192

interface Point {
  line: number
  column: number
  offset?: number | undefined
}

/** A point whose offset is known. */
interface FullPoint {
  line: number
  column: number
  offset: number
}

interface Positioned {
  position?: { start: Point; end: Point } | undefined
  children?: Positioned[]
}

/** Move every position of a piece's tree by `lines` and `offset` (a piece starts at a line's first column). */
function shiftTree(tree: Root, lines: number, offset: number): void {
  if (lines === 0 && offset === 0) return
  const moved = new Set<Point>()
  const stack: Positioned[] = [tree as Positioned]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (const point of node.position === undefined ? [] : [node.position.start, node.position.end]) {
      if (moved.has(point)) continue
      moved.add(point)
      point.line += lines
      if (point.offset !== undefined) point.offset += offset
    }
    if (node.children !== undefined) for (const child of node.children) stack.push(child)
  }
}

/** Keep the nodes that start in `[from, to)`: drop the definitions written before or after a piece. */
function keepBetween(tree: Root, from: number, to: number): void {
  tree.children = tree.children.filter((node) => {
    const at = node.position?.start.offset ?? from
    return at >= from && at < to
  })
}

/**
 * Join the paragraph a piece opens with to the one the previous piece ends with, as one paragraph read across the
 * line break between them: the line ending is text, merged into a text node beside it as the parser does.
 */
function joinParagraphs(before: Paragraph, after: Paragraph, lineEnd: FullPoint): void {
  const next: FullPoint = { line: lineEnd.line + 1, column: 1, offset: lineEnd.offset + 1 }
  const last = before.children[before.children.length - 1]
  const first = after.children[0]
  const rest = after.children.slice(1)
  const joined: PhrasingContent[] = [...before.children]
  if (last?.type === 'text' && first?.type === 'text') {
    last.value += `\n${first.value}`
    last.position = { start: last.position!.start, end: first.position!.end }
  } else if (last?.type === 'text') {
    last.value += '\n'
    last.position = { start: last.position!.start, end: next }
    if (first !== undefined) joined.push(first)
  } else if (first?.type === 'text') {
    first.value = `\n${first.value}`
    first.position = { start: lineEnd, end: first.position!.end }
    joined.push(first)
  } else {
    joined.push({ type: 'text', value: '\n', position: { start: lineEnd, end: next } })
    if (first !== undefined) joined.push(first)
  }
  before.children = [...joined, ...rest]
  before.position = { start: before.position!.start, end: after.position!.end }
}

interface Piece {
  start: ChunkStart
  text: string
  tree: Root
}

/** Where the line ending before a piece's first line is. */
function lineEndBefore(text: string, start: ChunkStart): FullPoint {
  const lineStart = text.lastIndexOf('\n', start.offset - 2) + 1
  return { line: start.line - 1, column: start.offset - lineStart, offset: start.offset - 1 }
}

/**
 * Parse a Markdown document in pieces of about {@link PIECE_SIZE} characters cut where parsing alone gives the same
 * tree ({@link markdownChunks}), so that shapes on which the parser's time grows with the square of their length
 * cost time in proportion to it. Each piece gets the link and footnote definitions of the others it refers to;
 * positions are moved back to the whole text; a paragraph cut between two lines is joined back.
 * @param text The document text.
 * @param parse The parser (a frozen unified processor's `parse`).
 * @param size Characters after which a piece is cut (default {@link PIECE_SIZE}).
 * @param indentedCode Whether the parser reads indented code (default `true`; `false` for MDX, where fences and HTML
 * may be indented any amount).
 * @returns The document's tree, with positions in `text`.
 */
export function parseInPieces(text: string, parse: (text: string) => Root, size = PIECE_SIZE, indentedCode = true): Root {
  const starts = markdownChunks(text, size, indentedCode)
  if (starts.length === 0) return parse(text)
  const bounds: ChunkStart[] = [{ offset: 0, line: 1, join: 'block' }, ...starts]
  const pieces: Piece[] = bounds.map((start, k) => {
    const pieceText = text.slice(start.offset, bounds[k + 1]?.offset ?? text.length)
    return { start, text: pieceText, tree: parse(pieceText) }
  })
  const rootStart = { line: 1, column: 1, offset: 0, ...pieces[0]!.tree.position?.start }
  const own = pieces.map((piece) => definitionsOf(piece.tree))
  const all = new Map(own.flatMap((defined) => [...defined]))
  pieces.forEach((piece, k) => {
    const definitions = all.size === 0 ? '' : definitionPrefix(piece.text, own[k]!, all)
    // The first piece may open with front matter or indented code, which must stay first: its definitions go
    // after it (it ends where a fresh block may start). The others start with a fresh block at column 0.
    const prefix = k === 0 ? '' : definitions
    if (definitions !== '') {
      piece.tree = parse(k === 0 ? `${piece.text}\n${definitions}` : prefix + piece.text)
      keepBetween(piece.tree, prefix.length, prefix.length + piece.text.length)
    }
    const prefixLines = prefix.split('\n').length - 1
    shiftTree(piece.tree, piece.start.line - 1 - prefixLines, piece.start.offset - prefix.length)
  })
  const children: Root['children'] = []
  for (const piece of pieces) {
    const first = piece.tree.children[0]
    const last = children[children.length - 1]
    if (piece.start.join === 'paragraph' && first?.type === 'paragraph' && last?.type === 'paragraph') {
      joinParagraphs(last, first, lineEndBefore(text, piece.start))
      children.push(...piece.tree.children.slice(1))
    } else children.push(...piece.tree.children)
  }
  const end = pieces[pieces.length - 1]!.tree.position?.end ?? rootStart
  return { type: 'root', children, position: { start: rootStart, end } }
}
