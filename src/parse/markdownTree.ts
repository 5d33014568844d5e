import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkDirective).freeze()
const plain = unified().use(remarkParse).freeze()

/** An mdast tree, and whether it had to be built with less than the full syntax. */
export interface MarkdownTree {
  /** The tree. */
  tree: Root
  /**
   * `undefined` when the full syntax was used; `commonmark` when nesting too deep for the GFM transforms (which
   * recurse) forced plain CommonMark; `lines` when even that failed and every line is a paragraph.
   */
  degraded?: 'commonmark' | 'lines' | undefined
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

/**
 * Parse Markdown into an mdast tree with GFM (tables, footnotes, task lists, autolinks), YAML/TOML front matter
 * and directives. Text nested so deep that a parser step overflows the stack is parsed again with less syntax,
 * never thrown.
 * @param text The document text.
 */
export function markdownTree(text: string): MarkdownTree {
  try {
    return { tree: full.parse(text) }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
  }
  try {
    return { tree: plain.parse(text), degraded: 'commonmark' }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
  }
  return { tree: linesTree(text), degraded: 'lines' }
}
