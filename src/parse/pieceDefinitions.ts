// A link reference (`[text][label]`, `[label]`) or a footnote call (`[^label]`) is Markdown only when its label is
// defined somewhere in the document. A document parsed in pieces must therefore give each piece the definitions
// it uses from the others.
import type { Root } from 'mdast'

/** A definition found in a parsed piece: a link reference definition or a footnote definition. */
export interface PieceDefinition {
  /** `link` for `[label]: url`, `footnote` for `[^label]: text`. */
  kind: 'link' | 'footnote'
  /** The normalised label, as mdast's `identifier`. */
  identifier: string
  /** The label as written. */
  label: string
  /** A link definition's URL (as mdast gives it). */
  url?: string | undefined
}

/** `label` normalised as micromark compares labels, and lowercased as mdast writes `identifier`. */
function identifierOf(label: string): string {
  return label
    .replace(/[\t\n\r ]+/gu, ' ')
    .replace(/^ | $/gu, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
}

/** Key of a definition in the maps below. */
function keyOf(kind: PieceDefinition['kind'], identifier: string): string {
  return `${kind}:${identifier}`
}

/**
 * The definitions of a parsed piece (at any depth), keyed by kind and identifier, the first of each kept.
 * @param tree The piece's mdast tree.
 */
export function definitionsOf(tree: Root): Map<string, PieceDefinition> {
  const found = new Map<string, PieceDefinition>()
  const stack: object[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; identifier?: string; label?: string | null; url?: string; children?: object[] }
    if ((node.type === 'definition' || node.type === 'footnoteDefinition') && node.identifier !== undefined) {
      const kind = node.type === 'definition' ? 'link' : 'footnote'
      const key = keyOf(kind, node.identifier)
      if (!found.has(key)) found.set(key, { kind, identifier: node.identifier, label: node.label ?? node.identifier, ...(kind === 'link' ? { url: node.url } : {}) })
    }
    if (node.children !== undefined) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return found
}

/** Every bracketed run without inner brackets: each possible label of a reference or footnote call. */
const BRACKETED = /\[((?:[^[\]\\]|\\[\s\S]){1,999})\]/gu

/**
 * Keys of the definitions a piece may refer to: each bracketed label of its text, as a link label and, after a
 * `^`, as a footnote label, also with the container prefixes (`>`, indentation) of its inner lines removed.
 * @param text The piece's text.
 */
export function referencedKeys(text: string): Set<string> {
  const keys = new Set<string>()
  for (const match of text.matchAll(BRACKETED)) {
    const raw = match[1]!
    for (const label of raw.includes('\n') ? [raw, raw.replace(/\n[ \t>]*/gu, '\n')] : [raw]) {
      keys.add(keyOf('link', identifierOf(label)))
      if (label.startsWith('^')) keys.add(keyOf('footnote', identifierOf(label.slice(1))))
    }
  }
  return keys
}

/**
 * Definitions to write before a piece so that it parses as in the whole document: those of other pieces whose
 * label it may use and that it does not define itself, each on its own paragraph (the URL or text is a
 * placeholder: only whether a label is defined changes how the piece parses).
 * @param text The piece's text.
 * @param own The piece's own definitions ({@link definitionsOf}).
 * @param all The definitions of every piece, in document order.
 * @returns The text to put before the piece, ending with a blank line, or `''`.
 */
export function definitionPrefix(text: string, own: Map<string, PieceDefinition>, all: Map<string, PieceDefinition>): string {
  if (all.size === own.size) return ''
  const used = referencedKeys(text)
  let prefix = ''
  for (const [key, definition] of all) {
    if (own.has(key) || !used.has(key)) continue
    const label = definition.label.replace(/[\t\n\r ]+/gu, ' ')
    prefix += definition.kind === 'link' ? `[${label}]: #\n\n` : `[^${label}]: #\n\n`
  }
  return prefix
}

/**
 * The link definitions of a document's tree: identifier (as a `linkReference` node names it) → URL, the first of
 * each identifier kept, as Markdown resolves a reference.
 * @param tree The document's mdast tree.
 */
export function linkTargets(tree: Root): Map<string, string> {
  const out = new Map<string, string>()
  for (const d of definitionsOf(tree).values()) if (d.kind === 'link' && d.url !== undefined) out.set(d.identifier, d.url)
  return out
}
