import type { Nodes, Root, RootContent } from 'mdast'
import { plainText } from './plainText.js'

/** One line of a block: plain text plus the source offset of each character (and of the end). */
export interface BlockLine {
  /** Plain text of the line, trimmed. */
  text: string
  /** Source offset of each character of `text`, plus one for the end. */
  offsets: number[]
}

/** A top-level Markdown block reduced to plain lines. */
export interface Block {
  /** What the block was in Markdown. */
  kind: 'heading' | 'paragraph' | 'code' | 'html'
  /** Heading depth (1–6) for headings. */
  depth?: number | undefined
  /** Index of the block in the document (0-based). */
  index: number
  /** Its non-empty lines. */
  lines: BlockLine[]
}

function splitLines(node: Nodes): BlockLine[] {
  const { text, offsets } = plainText(node)
  const lines: BlockLine[] = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let a = start
      let b = i
      while (a < b && /\s/u.test(text[a]!)) a++
      while (b > a && /\s/u.test(text[b - 1]!)) b--
      if (b > a) lines.push({ text: text.slice(a, b), offsets: [...offsets.slice(a, b), (offsets[b - 1] ?? 0) + 1] })
      start = i + 1
    }
  }
  return lines
}

function rawLines(node: RootContent, source: string): BlockLine[] {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  const text = source.slice(start, end)
  const offsets = Array.from({ length: text.length + 1 }, (_, i) => start + i)
  return splitLines({ type: 'text', value: text, position: { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } } }).map((l) => ({ text: l.text, offsets: l.offsets.map((o) => offsets[o - start] ?? o) }))
}

function collect(nodes: RootContent[], source: string, out: Block[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push({ kind: 'heading', depth: node.depth, index: out.length, lines: splitLines(node) })
        break
      case 'paragraph':
        out.push({ kind: 'paragraph', index: out.length, lines: splitLines(node) })
        break
      case 'code':
        out.push({ kind: 'code', index: out.length, lines: rawLines(node, source) })
        break
      case 'html':
        out.push({ kind: 'html', index: out.length, lines: rawLines(node, source) })
        break
      case 'blockquote':
      case 'list':
      case 'listItem':
        collect(node.children as RootContent[], source, out)
        break
      case 'table':
        for (const row of node.children) out.push({ kind: 'paragraph', index: out.length, lines: splitLines(row) })
        break
      default:
        break
    }
  }
}

/** Flatten an mdast tree into blocks of plain lines (lists and quotes opened up, tables by row). */
export function toBlocks(tree: Root, source: string): Block[] {
  const out: Block[] = []
  collect(tree.children, source, out)
  return out.filter((b) => b.lines.length > 0).map((b, index) => ({ ...b, index }))
}
