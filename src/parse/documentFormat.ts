export type { DocumentFormat } from '../types.js'
import type { DocumentFormat } from '../types.js'

const MARKDOWN_EXTENSION = /\.(?:md|markdown|mdx|mdown|mkd|mkdn|mdwn)$/iu
const TEXT_EXTENSION = /\.(?:txt|text)$/iu
// Syntax that plain prose hardly ever has: front matter, ATX headings, fences, links, tables, HTML blocks.
const MARKDOWN_SYNTAX = /^(?:---\n|\+\+\+\n)|^#{1,6}[ \t]\S|^(?:`{3,}|~{3,})|\]\([^)\s]+\)|^\|.*\|[ \t]*\n\|[ \t:|-]+\|[ \t]*$|^<(?:p|div|details|table|!--)\b/mu

/**
 * Decide whether a document is Markdown or plain text: from its file extension when it has a known one, else
 * from Markdown syntax in the text.
 * @param text The document text.
 * @param path Its path, when known.
 */
export function documentFormat(text: string, path?: string): DocumentFormat {
  if (path !== undefined && MARKDOWN_EXTENSION.test(path)) return 'markdown'
  if (path !== undefined && TEXT_EXTENSION.test(path)) return 'text'
  return MARKDOWN_SYNTAX.test(text) ? 'markdown' : 'text'
}
