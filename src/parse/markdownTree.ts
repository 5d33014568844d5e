import type { Root } from 'mdast'
import { clampMarkdown, unmaskValue } from './clampMarkdown.js'
import { parseCommonMark, parseMarkdown, type MarkdownSyntax } from './markdownProcessors.js'
import { parseInPieces } from './parseInPieces.js'

/** An mdast tree, and whether it had to be built with less than the full syntax. */
export interface MarkdownTree {
  /** The tree. */
  tree: Root
  /**
   * `undefined` when the full syntax was used; `commonmark` when nesting too deep for the GFM transforms (which
   * recurse) forced plain CommonMark; `lines` when even that failed and every line is a paragraph.
   */
  degraded?: 'commonmark' | 'lines' | undefined
  /** Offsets of the lines whose container nesting was cut (the rest of the line read as text). */
  flattened: number[]
  /** Offsets of the paragraphs whose inline markup, too dense to parse in linear time, was read as text. */
  masked: number[]
}

function linesTree(text: string): Root {
  const children: Root['children'] = []
  let start = 0
  let line = 1
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const value = text.slice(start, i)
      if (value.trim() !== '') {
        const position = { start: { line, column: 1, offset: start }, end: { line, column: value.length + 1, offset: i } }
        children.push({ type: 'paragraph', children: [{ type: 'text', value, position }], position })
      }
      start = i + 1
      line++
    }
  }
  return { type: 'root', children }
}

/** Give back, in every string of the tree, the inline markers {@link clampMarkdown} masked; drop its blanks. */
function unmaskTree(tree: Root, maskBase: number): void {
  const stack: object[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>
    for (const key of ['value', 'url', 'title', 'alt', 'label', 'lang', 'meta'] as const) {
      const value = node[key]
      if (typeof value === 'string') node[key] = unmaskValue(value, maskBase)
    }
    if (Array.isArray(node['children'])) for (const child of node['children'] as object[]) stack.push(child)
  }
}

function parseTree(text: string, syntax: MarkdownSyntax): Pick<MarkdownTree, 'tree' | 'degraded'> {
  const indented = syntax.indentedCode !== false
  try {
    return { tree: parseInPieces(text, (piece) => parseMarkdown(piece, syntax), undefined, indented) }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
  }
  try {
    return { tree: parseInPieces(text, (piece) => parseCommonMark(piece, syntax), undefined, indented), degraded: 'commonmark' }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
  }
  return { tree: linesTree(text), degraded: 'lines' }
}

/**
 * Parse Markdown into an mdast tree with GFM (tables, footnotes, task lists, autolinks), YAML/TOML front matter
 * and directives. Nesting and inline markup that would cost the parser more than linear time are first read as
 * text ({@link clampMarkdown}); text nested so deep that a parser step still overflows the stack is parsed again
 * with less syntax, never thrown.
 * @param text The document text.
 * @param syntax Syntax of the text beyond Markdown's (MDX: no indented code).
 */
export function markdownTree(text: string, syntax: MarkdownSyntax = {}): MarkdownTree {
  const clamped = clampMarkdown(text)
  const parsed = parseTree(clamped.text, syntax)
  if (clamped.masked.length > 0 || clamped.flattened.length > 0) unmaskTree(parsed.tree, clamped.maskBase)
  return { ...parsed, flattened: clamped.flattened, masked: clamped.masked }
}
