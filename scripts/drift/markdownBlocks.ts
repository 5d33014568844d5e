/**
 * Markdown documents read as blocks of lines, for putting faults into real translated docs (see
 * `markdownFaults.ts`). Deliberately independent of the library's parser: what a fault changed is judged on the
 * text, not on how paracorpus reads it.
 */

/** What a block of lines is. */
export type BlockKind = 'frontmatter' | 'heading' | 'code' | 'html' | 'table' | 'list' | 'quote' | 'paragraph'

/** A block: lines `[start, end)` of the document. */
export interface Block {
  kind: BlockKind
  /** Heading level (1–6) of a heading. */
  level?: number
  start: number
  end: number
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/u
const ATX = /^ {0,3}(#{1,6})(?:\s|$)/u
const LIST = /^\s*(?:[-*+]|\d{1,9}[.)])\s/u
const SETEXT = /^ {0,3}(?:=+|-+)\s*$/u

function kindOf(line: string): BlockKind {
  if (/^\s*</u.test(line)) return 'html'
  if (/^\s*\|/u.test(line)) return 'table'
  if (LIST.test(line)) return 'list'
  if (/^\s*>/u.test(line)) return 'quote'
  return 'paragraph'
}

/** The lines of a document (`\n`-separated; CRLF read as LF). */
export function linesOf(text: string): string[] {
  return text.replace(/\r\n?/gu, '\n').split('\n')
}

/**
 * The blocks of a Markdown document: front matter, fenced code, ATX and setext headings (each its own block), and
 * runs of non-blank lines (HTML, table, list, quote or paragraph, by their first line).
 */
export function markdownBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = []
  let i = 0
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)\s*$/u.test(l))
    if (close > 0) {
      blocks.push({ kind: 'frontmatter', start: 0, end: close + 1 })
      i = close + 1
    }
  }
  while (i < lines.length) {
    const line = lines[i]!
    if (line.trim() === '') {
      i++
      continue
    }
    const fence = FENCE.exec(line)
    if (fence !== null) {
      const mark = fence[1]!
      let end = i + 1
      while (end < lines.length && !new RegExp(`^ {0,3}${mark[0] === '`' ? '`' : '~'}{${mark.length},}\\s*$`, 'u').test(lines[end]!)) end++
      blocks.push({ kind: 'code', start: i, end: Math.min(lines.length, end + 1) })
      i = end + 1
      continue
    }
    const atx = ATX.exec(line)
    if (atx !== null) {
      blocks.push({ kind: 'heading', level: atx[1]!.length, start: i, end: i + 1 })
      i++
      continue
    }
    const kind = kindOf(line)
    let end = i + 1
    while (end < lines.length && lines[end]!.trim() !== '' && !FENCE.test(lines[end]!) && !ATX.test(lines[end]!)) {
      if (kind === 'paragraph' && end === i + 1 && SETEXT.test(lines[end]!)) break
      end++
    }
    if (kind === 'paragraph' && end === i + 1 && SETEXT.test(lines[end] ?? '') && lines[end]!.trim() !== '') {
      blocks.push({ kind: 'heading', level: lines[end]!.trim().startsWith('=') ? 1 : 2, start: i, end: i + 2 })
      i += 2
      continue
    }
    blocks.push({ kind, start: i, end })
    i = end
  }
  return blocks
}

/** A section: a heading block and the blocks up to the next heading of the same or a higher level. */
export interface Section {
  /** Index of the heading block. */
  heading: number
  /** Index one past its last block. */
  end: number
  /** Whether it holds no other heading. */
  leaf: boolean
}

/** Every section of a document's blocks, in order. */
export function sections(blocks: readonly Block[]): Section[] {
  const out: Section[] = []
  blocks.forEach((b, h) => {
    if (b.kind !== 'heading') return
    let end = h + 1
    while (end < blocks.length && !(blocks[end]!.kind === 'heading' && blocks[end]!.level! <= b.level!)) end++
    const leaf = blocks.slice(h + 1, end).every((x) => x.kind !== 'heading')
    out.push({ heading: h, end, leaf })
  })
  return out
}

/**
 * The text a reader sees on some Markdown lines, whitespace collapsed: markers of headings, lists and quotes,
 * emphasis, images, HTML tags and link targets taken away, link texts, autolinks' URLs and code spans kept.
 */
export function visibleText(lines: readonly string[]): string {
  return lines
    .map((l) => l.replace(/^\s*(?:#{1,6}\s+|>\s*|(?:[-*+]|\d{1,9}[.)])\s+|\|)/u, ''))
    .join(' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/gu, '$1')
    .replace(/<((?:https?|ftp):\/\/[^>\s]*|[^>\s@]+@[^>\s]+)>/gu, '$1')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/`([^`]*)`/gu, '$1')
    .replace(/(\*\*|__|\*|~~)/gu, '')
    .replace(/\{#[^}]*\}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
}

/** How many letters a text has. */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0
}
