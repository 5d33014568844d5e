/**
 * Markdown documents read as blocks of lines, for putting faults into real translated docs (see
 * `markdownFaults.ts`). Deliberately independent of the library's parser: what a fault changed is judged on the
 * text, not on how paracorpus reads it.
 */

/**
 * What a block of lines is. A `directive` is a line a site generator replaces and no reader sees as written: a
 * template tag alone on its line (`{* file hl[2] *}`, `{% raw %}`, `{{< note >}}`) or an MDX `import`/`export`
 * statement; a `definition` is a run of link reference definitions (`[label]: url`), seen only through the links
 * that name their label.
 */
export type BlockKind = 'frontmatter' | 'heading' | 'code' | 'html' | 'table' | 'list' | 'quote' | 'paragraph' | 'directive' | 'definition'

/** A block: lines `[start, end)` of the document. */
export interface Block {
  kind: BlockKind
  /** Heading level (1–6) of a heading. */
  level?: number
  start: number
  end: number
}

/**
 * A code fence at any indentation: one indented inside a list item (`1.  ##### Step` then `    ```json`) opens a
 * fenced block of the item, and one indented four spaces or more elsewhere is shown as code all the same.
 */
const FENCE = /^\s*(`{3,}|~{3,})/u
const ATX = /^ {0,3}(#{1,6})(?:\s|$)/u
const LIST = /^\s*(?:[-*+]|\d{1,9}[.)])\s/u
const SETEXT = /^ {0,3}(?:=+|-+)\s*$/u
/** A line that ends a paragraph without a blank line: a bullet item, an ordered item from 1, a quote. */
const INTERRUPTS = /^ {0,3}(?:[-*+]|1[.)])\s+\S|^ {0,3}>/u
/** A template tag or an MDX comment alone on its line: `{* … *}`, `{% … %}`, `{{ … }}`, `{{< … >}}`, `{/* … *\/}`. */
const TEMPLATE_TAG = /^\s*(?:\{[*%{][^]*?[*%}]\}|\{\/\*[^]*?\*\/\})\s*$/u
/**
 * A container's opening or closing line: `:::` (`:::note`, `::: tip Title`, `:::`) or a pymdownx.blocks frame
 * (`/// note | Title`, `///`), as `src/parse/containerFences.ts` reads them: the site's frame, not text.
 */
const CONTAINER_FENCE = /^[ \t]{0,3}(?::{3,}|\/{3}(?:[ \t]+[\w-]+(?:[ \t]*\|.*)?)?[ \t]*$)/u
/** A table's delimiter row (`| --- | :-: |`). */
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u
/** An MDX (ES module) statement: `import … from '…'`, `import '…'`, `export const|let|function|default …`. */
const ESM = /^(?:import\s+(?:[\w$*{}\s,]+\s+from\s+)?['"]|export\s+(?:const|let|var|function|default|\{))/u
/** A link reference definition: its label and its URL. */
const DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/u
/** A link reference definition whose URL is on the next line (`[guidelines]:` then `  https://…`). */
const DEFINITION_OPEN = /^ {0,3}\[([^\]]+)\]:\s*$/u

/** Whether a line is one no reader sees as written: a template tag, an MDX statement or a link definition. */
export const unseenLine = (line: string): boolean => TEMPLATE_TAG.test(line) || ESM.test(line) || DEFINITION.test(line) || DEFINITION_OPEN.test(line)

function kindOf(line: string): BlockKind {
  if (TEMPLATE_TAG.test(line) || ESM.test(line)) return 'directive'
  if (DEFINITION.test(line) || DEFINITION_OPEN.test(line)) return 'definition'
  if (/^\s*</u.test(line)) return 'html'
  if (/^\s*\|/u.test(line)) return 'table'
  if (LIST.test(line)) return 'list'
  if (/^\s*>/u.test(line)) return 'quote'
  return 'paragraph'
}

/** How many columns a line is indented by (a tab to the next multiple of four). */
function indentOf(line: string): number {
  let column = 0
  for (const c of line) {
    if (c === ' ') column++
    else if (c === '\t') column += 4 - (column % 4)
    else break
  }
  return column
}

/**
 * Whether a line closes the fence `opener` opened with `mark`: a run of at least as many of its characters and
 * nothing else, indented at most three columns past the opener (a fence indented four columns more is a line of the
 * code block, as CommonMark reads a closing fence inside its container).
 */
function closesFence(opener: string, mark: string, line: string): boolean {
  const run = new RegExp(`^\\s*${mark[0] === '`' ? '`' : '~'}{${mark.length},}\\s*$`, 'u')
  return run.test(line) && indentOf(line) <= indentOf(opener) + 3
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
      let end = i + 1
      while (end < lines.length && !closesFence(line, fence[1]!, lines[end]!)) end++
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
      if (kind === 'paragraph' && INTERRUPTS.test(lines[end]!)) break
      end++
    }
    if (kind === 'paragraph' && end === i + 1 && SETEXT.test(lines[end] ?? '') && lines[end]!.trim() !== '') {
      blocks.push({ kind: 'heading', level: lines[end]!.trim().startsWith('=') ? 1 : 2, start: i, end: i + 2 })
      i += 2
      continue
    }
    if (kind === 'html' || kind === 'directive') end = templateEnd(lines, i, end)
    blocks.push({ kind, start: i, end })
    i = end
  }
  return blocks
}

/**
 * Where an HTML or JSX block ends when a template string it opens (`` code={`…`} ``) runs over blank lines: past
 * the line that closes it and the lines up to the next blank one; `end` when every template string is closed.
 */
function templateEnd(lines: readonly string[], start: number, end: number): number {
  const ticks = (from: number, to: number): number => lines.slice(from, to).join('\n').split('`').length - 1
  if (ticks(start, end) % 2 === 0) return end
  let e = end
  while (e < lines.length && ticks(start, e) % 2 === 1) e++
  while (e < lines.length && lines[e]!.trim() !== '') e++
  return e
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

/** A reference label as Markdown matches it: case and runs of white space do not count. */
export const labelKey = (label: string): string => label.trim().replace(/\s+/gu, ' ').toLowerCase()

/** The link reference definitions of a document: label (as `labelKey` gives it) → URL. */
export function definitions(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const b of markdownBlocks(lines)) {
    if (b.kind !== 'definition') continue
    for (let k = b.start; k < b.end; k++) {
      const open = DEFINITION_OPEN.exec(lines[k]!)
      const m = open === null ? DEFINITION.exec(lines[k]!) : DEFINITION.exec(`${lines[k]!} ${lines[k + 1]?.trim() ?? ''}`)
      if (m !== null && !out.has(labelKey(m[1]!))) out.set(labelKey(m[1]!), m[2]!)
    }
  }
  return out
}

/** A reference link `[text][label]`, `[label][]` or `[label]` (not an inline link, not a definition). */
export const REFERENCE = /\[((?:[^\[\]]|\[[^\]]*\])*)\](?:\[([^\]]*)\])?(?![(:[])/gu

/** The label a reference link found by `REFERENCE` names. */
export const referenceLabel = (m: RegExpMatchArray): string => labelKey(m[2] === undefined || m[2] === '' ? m[1]! : m[2])

/**
 * A code span as CommonMark reads it: a run of backticks up to the next run of exactly as many (`` `a` ``, and
 * ``` `` `{{ }}` `` ```, whose code holds backticks); its code is the text between the runs.
 */
export const CODE_SPAN = /(?<!`)(`+)(?!`)([^]*?)(?<!`)\1(?!`)/gu

/** A text cut at its code spans: the text outside them at even indices, the spans (backticks and all) at odd ones. */
export function codeSpanParts(text: string): string[] {
  const parts: string[] = []
  let at = 0
  for (const m of text.matchAll(CODE_SPAN)) {
    parts.push(text.slice(at, m.index), m[0])
    at = m.index + m[0].length
  }
  parts.push(text.slice(at))
  return parts
}

/**
 * Backslash-escaped ASCII punctuation (`\\*\\*`) outside code spans held as private-use characters, so no marker is
 * read in it (in a code span a backslash is shown as written).
 */
const escaped = (text: string): string =>
  codeSpanParts(text)
    .map((part, k) => (k % 2 === 1 ? part : part.replace(/\\([!-/:-@[-`{-~])/gu, (_, c: string) => String.fromCodePoint(0xf0000 + c.codePointAt(0)!))))
    .join('')

/** The characters `escaped` held, shown as a reader sees them. */
const unescaped = (text: string): string => text.replace(/[\u{f0000}-\u{f007f}]/gu, (c) => String.fromCodePoint(c.codePointAt(0)! - 0xf0000))

const blank = (c: string | undefined): boolean => c === undefined || /\s/u.test(c)
const punctuation = (c: string | undefined): boolean => c !== undefined && /[\p{P}\p{S}]/u.test(c)

/**
 * The `*` and `~` delimiter runs of a text that open or close emphasis, by CommonMark's flanking rules: a run opens
 * when what follows is not blank and, if punctuation, what precedes is blank or punctuation; it closes the other way
 * round. A closer takes the latest opener of its run; runs left without a partner are shown as written (the
 * `**(셸 세션)**에서` of a Korean page: `)**` before a letter cannot close, so a reader sees both pairs of asterisks).
 */
function emphasisRuns(text: string): Array<{ at: number; length: number }> {
  const open: Array<{ at: number; length: number; run: string }> = []
  const matched: Array<{ at: number; length: number }> = []
  for (const m of text.matchAll(/\*+|~~/gu)) {
    const before = text[m.index - 1]
    const after = text[m.index + m[0].length]
    const left = !blank(after) && (!punctuation(after) || blank(before) || punctuation(before))
    const right = !blank(before) && (!punctuation(before) || blank(after) || punctuation(after))
    const opener = right ? open.findLastIndex((o) => o.run === m[0]) : -1
    if (opener >= 0) {
      matched.push(open[opener]!, { at: m.index, length: m[0].length })
      open.splice(opener)
    } else if (left) open.push({ at: m.index, length: m[0].length, run: m[0] })
  }
  return matched.sort((a, b) => b.at - a.at)
}

/**
 * Emphasis markers taken away outside code spans: `**`, `*` and `~~` runs that pair as CommonMark pairs them, and
 * `_` runs not inside a word (`_x_` is emphasis, `snake_case` is not).
 */
function withoutEmphasis(text: string): string {
  // Runs pair across code spans (`**`x` text**`), so they are found on the whole text with the spans' insides masked.
  let out = text
  for (const r of emphasisRuns(text.replace(CODE_SPAN, (span, ticks: string) => `${ticks}${'x'.repeat(span.length - 2 * ticks.length)}${ticks}`))) out = out.slice(0, r.at) + out.slice(r.at + r.length)
  return codeSpanParts(out)
    .map((part, k) => (k % 2 === 1 ? part : part.replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')))
    .join('')
}

/**
 * The markers a line starts with: quotes and list items, nested in any order, then at most one heading mark
 * (`1.  ##### Step` is a heading inside an item; in `## 1. Install` the number is the heading's text).
 */
const LINE_MARKERS = /^\s*(?:>\s*(?:\[!(?:note|tip|important|warning|caution)\]\s*)?|(?:[-*+]|\d{1,9}[.)])\s+)*(?:#{1,6}\s+)?/iu

/**
 * Characters of the scripts written without spaces between words (Han, kana) and the fullwidth punctuation written
 * with them: a line wrapped between two of them is shown joined with nothing between (a Chinese sentence broken
 * over two lines reads as one run), as CSS's segment-break rules and the parser read it.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60ー]/u
/** Where two lines were joined, until the characters on both sides are known (a line separator: white space). */
const LINE_JOIN = '\u2028'

/**
 * The text a reader sees on some Markdown lines, whitespace collapsed: markers of headings, lists, quotes and table
 * cells, emphasis, images, HTML tags and link targets taken away, link texts, autolinks' URLs and code spans kept.
 * A reference link shows its text when its label is one of `labels` (the document's definitions), and is read as
 * written otherwise, as Markdown renders it. A GitHub alert's type (`> [!NOTE]`) is the site's label, not text;
 * lines join with a space, or with nothing between two characters of a script written without spaces.
 */
export function visibleText(lines: readonly string[], labels: ReadonlySet<string> = new Set()): string {
  const read = lines
    .filter((l) => !CONTAINER_FENCE.test(l) && !TABLE_RULE.test(l))
    .map((l) => (/^\s*\|/u.test(l) ? l.replace(/^\s*\||\|\s*$/gu, '') : l.replace(LINE_MARKERS, '')))
  return unescaped(
    withoutEmphasis(escaped(read.map((l, k) => (k === 0 ? l : `${l.trim() === '' || read[k - 1]!.trim() === '' ? ' ' : LINE_JOIN}${l}`)).join('')))
      .replace(/\{\/\*[^]*?\*\/\}/gu, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(REFERENCE, (whole, text: string, label: string | undefined) => (labels.has(labelKey(label === undefined || label === '' ? text : label)) ? text : whole))
      .replace(/<((?:https?|ftp):\/\/[^>\s]*|[^>\s@]+@[^>\s]+)>/gu, '$1')
      .replace(/[^]+/u, withoutTags)
      .replace(CODE_SPAN, (_, ticks: string, code: string) => code)
      .replace(/\{\s*#[^}]*\}/gu, '')
      .replace(/(\S?)\s*\u2028\s*(?=(\S?))/gu, (_, before: string, after: string) => (UNSPACED.test(before) && UNSPACED.test(after) ? before : `${before} `))
      .replace(/\s+/gu, ' ')
      .trim(),
  )
}

/** A tag, or a code span (its backticks in group 1), whichever begins first: as CommonMark reads them. */
const TAG_OR_CODE_SPAN = new RegExp(`<[^>]*>|${CODE_SPAN.source}`, 'gu')

/**
 * A text without its HTML and JSX tags (`<br>`, `<Callout type="info">`), which a reader does not see; a tag written
 * in a code span (`` `<Page/>` ``) is shown as written. Of a tag and a code span, the one that begins first is read
 * (a JSX element's attribute may hold backticks: `<Code code={`…`} />`).
 */
function withoutTags(text: string): string {
  return text.replace(TAG_OR_CODE_SPAN, (whole: string, ticks: string | undefined) => (ticks === undefined ? ' ' : whole))
}

/** How many letters a text has. */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0
}
