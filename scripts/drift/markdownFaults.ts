/**
 * Faults put into copies of real translated Markdown documents, at the Markdown level (see
 * `scripts/eval-drift-docs.ts`): one fault per copy, drawn from a seed, so the same seed gives the same copy.
 */
import { EXPECTED_CODES, numberValue, seeded, standaloneNumber } from './faults.js'
import { CODE_SPAN, definitions, labelKey, letterCount, linesOf, markdownBlocks, REFERENCE, referenceLabel, sections, unseenLine, visibleText, type Block } from './markdownBlocks.js'

/** Kinds of Markdown fault. */
export const MARKDOWN_FAULTS = ['section-removed', 'paragraph-inserted', 'truncated', 'replaced', 'sections-swapped', 'number-changed', 'url-changed', 'code-removed'] as const
/**
 * Kinds of Markdown fault drawn apart from {@link MARKDOWN_FAULTS}, each copy from its own seed stream and run in a
 * corpus of its own, so that adding one leaves the other kinds' draws as they were: `untranslated`, a paragraph of
 * the translation put back in the source's language.
 */
export const SEPARATE_FAULTS = ['untranslated'] as const
/** A kind of Markdown fault. */
export type MarkdownFault = (typeof MARKDOWN_FAULTS)[number] | (typeof SEPARATE_FAULTS)[number]

/**
 * Drift codes that count as finding each fault on its slot (those of eval-drift's fault of the same kind). Code
 * blocks fill no slot of their own: a removed one counts where its section's prose is.
 */
export const MARKDOWN_EXPECTED_CODES: Record<MarkdownFault, readonly string[]> = {
  'section-removed': EXPECTED_CODES.missing,
  'paragraph-inserted': EXPECTED_CODES.extra,
  truncated: EXPECTED_CODES.truncated,
  replaced: EXPECTED_CODES.replaced,
  'sections-swapped': EXPECTED_CODES.order,
  'number-changed': EXPECTED_CODES['number-changed'],
  'url-changed': ['anchor-changed', 'anchor-lost'],
  'code-removed': ['missing', 'anchor-lost'],
  untranslated: EXPECTED_CODES.replaced,
}

/** Lines `[start, end)` of the original replaced by `lines`: what a fault did. */
export interface LineEdit {
  start: number
  end: number
  lines: string[]
}

/** A faulty copy of a document. */
export interface FaultyCopy {
  fault: MarkdownFault
  text: string
  edit: LineEdit
  /**
   * Texts of the original's blocks the fault concerns, as a reader sees them (their start): the fault's slots are
   * those of the segments holding them.
   */
  probes: string[]
  /** The start of a paragraph put in (`paragraph-inserted`), to find its segment. */
  inserted?: string
  /**
   * The link target changed (`url-changed`): as written before and after. The copy's segments holding the new target
   * are the fault's too, wherever the parser put the link (a badge's or a language switcher's link is lent to a
   * paragraph: see `lendCodeAnchors`).
   */
  link?: { from: string; to: string }
}

/** What a fault may read besides the document. */
export interface FaultInput {
  /** The translation, as written. */
  text: string
  /** Seed of the draw. */
  seed: string
  /** The source document (numbers and URLs changed are ones it has too). */
  source: string
  /** Paragraphs of other documents in the translation's language, to put one in. */
  foreign: readonly string[]
}

interface Context {
  lines: string[]
  blocks: Block[]
  /** The document's link reference definitions: label → URL. */
  defined: Map<string, string>
  rng: () => number
  input: FaultInput
}

type Inject = (ctx: Context) => Omit<FaultyCopy, 'fault' | 'text'> | undefined

const PROBE = 20

/** The start of a text as a reader sees it (reference links of `labels` read as their text), to find the segment that holds it. */
export function probeOf(lines: readonly string[], labels: ReadonlySet<string> = new Set()): string {
  return [...visibleText(lines, labels)].slice(0, PROBE).join('')
}

/** Blocks no reader sees as written: code and front matter are not prose, nor template tags, MDX statements and link definitions. */
const UNSEEN = new Set<Block['kind']>(['code', 'frontmatter', 'directive', 'definition'])

function pick<T>(rng: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(rng() * items.length)]
}

const blockLines = (ctx: Context, b: Block): string[] => ctx.lines.slice(b.start, b.end)
/** What a reader sees on some lines of the document. */
const seen = (ctx: Context, lines: readonly string[]): string => visibleText(lines, new Set(ctx.defined.keys()))
/** The probe of some lines of the document: of the text a reader reads first, as one segment (`leadLines`). */
const probe = (ctx: Context, lines: readonly string[]): string => probeOf(leadLines(lines), new Set(ctx.defined.keys()))

/** A line that ends in a hard line break (two spaces, a backslash, `<br>`): what follows is read as a line of its own. */
const HARD_BREAK = /(?:\S {2,}|\\|<br\s*\/?>\s*)$/iu

/**
 * The first lines of a block that a reader reads as one piece: a table's first row, a list's first item, a
 * quote's first paragraph, a paragraph's lines up to its first hard line break.
 */
export function leadLines(lines: readonly string[]): readonly string[] {
  if (/^\s*\|/u.test(lines[0] ?? '')) return lines.slice(0, 1)
  let end = lines.length
  if (LIST_ITEM.test(lines[0] ?? '')) {
    const next = lines.findIndex((l, k) => k > 0 && LIST_ITEM.test(l))
    if (next > 0) end = next
  }
  // A quote line with nothing but its markers (`>`) ends the quote's first paragraph.
  const quoteBreak = lines.findIndex((l, k) => k > 0 && /^\s*>[\s>]*$/u.test(l))
  if (quoteBreak > 0 && quoteBreak < end) end = quoteBreak
  const hard = lines.slice(0, end).findIndex((l) => HARD_BREAK.test(l))
  return lines.slice(0, hard < 0 ? end : hard + 1)
}
/** Prose blocks with something to read (a probe of letters). */
const prose = (ctx: Context, b: Block): boolean => !UNSEEN.has(b.kind) && letterCount(seen(ctx, blockLines(ctx, b))) >= 4
/**
 * Whether lines are a plain paragraph: no list item, indented or fenced code, HTML or image at its start in it
 * (a paragraph block of `markdownBlocks` runs to the next blank line and may hold those).
 */
export function plainParagraph(lines: readonly string[]): boolean {
  return !/^\s*(?:<|\[<|!\[)/u.test(lines[0] ?? '') && lines.every((l) => !LIST_ITEM.test(l) && !/^(?: {4}|\t)/u.test(l) && !/```|~~~/u.test(l))
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/u

/** Plain paragraph blocks of at least `letters` letters. */
const paragraphs = (ctx: Context, letters = 20): Block[] => ctx.blocks.filter((b) => b.kind === 'paragraph' && plainParagraph(blockLines(ctx, b)) && letterCount(seen(ctx, blockLines(ctx, b))) >= letters)
const probes = (ctx: Context, blocks: readonly Block[]): string[] => blocks.filter((b) => prose(ctx, b)).map((b) => probe(ctx, blockLines(ctx, b)))

/**
 * Lines `[start, end)` removed with the blank lines after them, leaving the blocks around them apart: one blank
 * line stays when the line before is not blank.
 */
function removal(lines: readonly string[], start: number, end: number): LineEdit {
  let e = end
  while (e < lines.length && lines[e]!.trim() === '') e++
  if (start === 0 || lines[start - 1]!.trim() === '' || e === lines.length) return { start, end: e, lines: [] }
  return e > end ? { start, end: e - 1, lines: [] } : { start, end, lines: [''] }
}

/** Leaf sections below the top heading level, with prose in them. */
function leafSections(ctx: Context): Array<{ heading: number; end: number }> {
  const all = sections(ctx.blocks)
  const top = Math.min(...all.map((s) => ctx.blocks[s.heading]!.level!))
  return all.filter((s) => s.leaf && (ctx.blocks[s.heading]!.level! > top || all.filter((x) => ctx.blocks[x.heading]!.level === top).length > 1) && ctx.blocks.slice(s.heading + 1, s.end).some((b) => prose(ctx, b)))
}

/** Lines of blocks `[first, end)`, with the blank lines between them (not after the last). */
function spanOf(ctx: Context, first: number, end: number): { start: number; end: number } {
  return { start: ctx.blocks[first]!.start, end: ctx.blocks[end - 1]!.end }
}

/** A section (heading and its content, no sub-heading) removed. */
const sectionRemoved: Inject = (ctx) => {
  const s = pick(ctx.rng, leafSections(ctx))
  if (s === undefined) return undefined
  const span = spanOf(ctx, s.heading, s.end)
  return { edit: removal(ctx.lines, span.start, span.end), probes: probes(ctx, ctx.blocks.slice(s.heading, s.end)) }
}

/** A paragraph of another document in the same language put after a paragraph. */
const paragraphInserted: Inject = (ctx) => {
  const after = pick(ctx.rng, paragraphs(ctx))
  const text = pick(ctx.rng, ctx.input.foreign)
  if (after === undefined || text === undefined) return undefined
  return { edit: { start: after.end, end: after.end, lines: ['', ...linesOf(text.trim())] }, probes: [probe(ctx, blockLines(ctx, after))], inserted: probeOf(linesOf(text)) }
}

const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx|Mr|Mrs|Dr|St|No|\p{L})$/iu

/**
 * Where the first sentence of a paragraph ends (after its mark and closing quotes), or `undefined` when it has
 * one sentence. A mark inside a link, a code span or brackets, or after an abbreviation or an initial ends none;
 * `.!?;؟।` end one before white space and a letter that is not lower case, `。！？` before anything.
 */
export function firstSentenceEnd(text: string): number | undefined {
  const end = /([.!?؟।]["'”’»)\]]*)(?=\s+[^\s\p{Ll}])|([。！？][」』”’）)]*)(?=\S)/gu
  for (const m of text.matchAll(end)) {
    const at = m.index + m[0].length
    const before = text.slice(0, m.index)
    if (m[1] !== undefined && ABBREVIATION.test(before)) continue
    const open = (o: string, c: string): number => before.split(o).length - before.split(c).length
    if (open('[', ']') > 0 || open('(', ')') > 0 || (before.split('`').length - 1) % 2 === 1) continue
    if (letterCount(text.slice(0, at)) < 10 || letterCount(text.slice(at)) < 10) continue
    return at
  }
  return undefined
}

/** A paragraph of two sentences or more cut after its first. */
const truncated: Inject = (ctx) => {
  const candidates = paragraphs(ctx).flatMap((b) => {
    const text = blockLines(ctx, b).join('\n')
    const cut = firstSentenceEnd(text)
    return cut === undefined ? [] : [{ b, kept: text.slice(0, cut) }]
  })
  const c = pick(ctx.rng, candidates)
  if (c === undefined) return undefined
  return { edit: { start: c.b.start, end: c.b.end, lines: linesOf(c.kept) }, probes: [probe(ctx, blockLines(ctx, c.b))] }
}

/** A paragraph replaced by another paragraph of the same document of similar length (one of the three closest). */
const replaced: Inject = (ctx) => {
  const all = paragraphs(ctx)
  const target = pick(ctx.rng, all)
  if (target === undefined) return undefined
  const text = (b: Block): string => blockLines(ctx, b).join('\n')
  const length = [...text(target)].length
  const others = all
    .filter((b) => text(b) !== text(target))
    .map((b) => ({ b, ratio: [...text(b)].length / length }))
    .filter((x) => x.ratio >= 2 / 3 && x.ratio <= 3 / 2)
    .sort((x, y) => Math.abs(Math.log(x.ratio)) - Math.abs(Math.log(y.ratio)) || x.b.start - y.b.start)
    .slice(0, 3)
  const other = pick(ctx.rng, others)
  if (other === undefined) return undefined
  return { edit: { start: target.start, end: target.end, lines: blockLines(ctx, other.b) }, probes: [probe(ctx, blockLines(ctx, target))] }
}

/** Two neighbouring sections of one level (heading and content, no sub-heading) swapped. */
const sectionsSwapped: Inject = (ctx) => {
  const leaves = leafSections(ctx)
  const pairs = leaves.flatMap((a) => {
    const b = leaves.find((x) => x.heading === a.end && ctx.blocks[x.heading]!.level === ctx.blocks[a.heading]!.level)
    return b === undefined ? [] : [[a, b] as const]
  })
  const pair = pick(ctx.rng, pairs)
  if (pair === undefined) return undefined
  const [a, b] = pair
  const first = spanOf(ctx, a.heading, a.end)
  const second = spanOf(ctx, b.heading, b.end)
  const lines = [...ctx.lines.slice(second.start, second.end), '', ...ctx.lines.slice(first.start, first.end)]
  return { edit: { start: first.start, end: second.end, lines }, probes: probes(ctx, ctx.blocks.slice(a.heading, b.end)) }
}

/** Spans of a line a number or URL fault must not touch, or (URLs) the link targets it may. */
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\)|<(https?:\/\/[^>\s]+)>|(?<![(<"'=])\b(https?:\/\/[^\s)<>\]"'`]+)/gu
const PROTECTED = new RegExp(`${CODE_SPAN.source}|\\]\\([^)]*\\)|<[^>]*>|https?:\\/\\/[^\\s)<>\\]]+|\\{#[^}]*\\}|!\\[[^\\]]*\\]`, 'gu')

/**
 * A line with its protected spans blanked out (same length), so that offsets still point into the line: code
 * spans, links' targets, URLs, HTML tags (also one begun or ended on another line), heading ids, a list marker.
 */
function masked(line: string): string {
  const blank = (m: string): string => ' '.repeat(m.length)
  return line.replace(PROTECTED, blank).replace(/<[^>]*$/u, blank).replace(/^[^<]*>/u, blank).replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s/u, blank)
}

/** The numbers (by value) and link targets of a document's prose. */
function sourceAnchors(source: string): { numbers: Set<string>; urls: Set<string> } {
  const lines = linesOf(source)
  const numbers = new Set<string>()
  const urls = new Set<string>()
  for (const b of markdownBlocks(lines)) {
    if (b.kind === 'code' || b.kind === 'frontmatter' || b.kind === 'directive') continue
    for (const line of lines.slice(b.start, b.end)) {
      if (b.kind !== 'definition') for (const m of masked(line).matchAll(/\p{Nd}+(?:[.,]\p{Nd}+)*/gu)) numbers.add(numberValue(m[0]))
      for (const m of line.matchAll(LINK_TARGET)) urls.add(m[1] ?? m[2] ?? m[3]!)
    }
  }
  return { numbers, urls }
}

/**
 * Prose lines (not code, front matter, HTML, template tags, MDX statements or link definitions; with a few letters
 * a reader sees) with their block.
 */
function proseLines(ctx: Context): Array<{ line: number; b: Block }> {
  return ctx.blocks
    .filter((b) => !UNSEEN.has(b.kind) && b.kind !== 'html')
    .flatMap((b) => Array.from({ length: b.end - b.start }, (_, k) => ({ line: b.start + k, b })))
    .filter(({ line }) => !/```|~~~/u.test(ctx.lines[line]!) && !unseenLine(ctx.lines[line]!) && letterCount(probe(ctx, [ctx.lines[line]!])) >= 4)
}

/** A line changed in place: the edit and the probes of the lines a reader sees it on (by default the line as it was). */
function lineEdit(ctx: Context, line: number, text: string, seenOn: readonly number[] = [line]): Omit<FaultyCopy, 'fault' | 'text'> {
  return { edit: { start: line, end: line + 1, lines: [text] }, probes: seenOn.map((l) => probe(ctx, [ctx.lines[l]!])).filter((p) => letterCount(p) >= 2) }
}

/** The prose lines holding a reference link to a label. */
function referringLines(ctx: Context, label: string): number[] {
  return proseLines(ctx)
    .map(({ line }) => line)
    .filter((line) => [...ctx.lines[line]!.matchAll(REFERENCE)].some((m) => referenceLabel(m) === label))
}

/** The last digit of a standalone number the source has too moved by three (`1996` → `1999`), outside code and links. */
const numberChanged: Inject = (ctx) => {
  const { numbers } = sourceAnchors(ctx.input.source)
  const candidates = proseLines(ctx).flatMap(({ line }) => {
    const m = standaloneNumber(masked(ctx.lines[line]!), numbers)
    return m === undefined ? [] : [{ line, m }]
  })
  const c = pick(ctx.rng, candidates)
  if (c === undefined) return undefined
  const digits = [...c.m[0]]
  for (let k = digits.length - 1; k >= 0; k--) {
    if (!/\p{Nd}/u.test(digits[k]!)) continue
    const cp = digits[k]!.codePointAt(0)!
    const value = Number(numberValue(digits[k]!))
    digits[k] = String.fromCodePoint(cp - value + ((value + 3) % 10))
    break
  }
  const text = ctx.lines[c.line]!
  return lineEdit(ctx, c.line, text.slice(0, c.m.index) + digits.join('') + text.slice(c.m.index + c.m[0].length))
}

/** A character of a URL changed: its last letter or digit before any `#` or query, moved on (`a` → `b`, `7` → `0`). */
export function changeUrl(url: string): string {
  const stop = url.search(/[?#]/u)
  const end = stop < 0 ? url.length : stop
  for (let k = end - 1; k > url.indexOf('//') + 2; k--) {
    const c = url[k]!
    if (/[a-y]/u.test(c)) return url.slice(0, k) + String.fromCharCode(c.charCodeAt(0) + 1) + url.slice(k + 1)
    if (c === 'z') return url.slice(0, k) + 'a' + url.slice(k + 1)
    if (/[0-9]/u.test(c)) return url.slice(0, k) + String((Number(c) + 3) % 10) + url.slice(k + 1)
  }
  return url
}

/**
 * A link target (http or https) the source has too changed in one character: on a prose line, or in a link
 * definition some prose line refers to (seen on the lines that refer to it).
 */
const urlChanged: Inject = (ctx) => {
  const { urls } = sourceAnchors(ctx.input.source)
  const changeable = (url: string): boolean => /^https?:\/\//u.test(url) && urls.has(url) && changeUrl(url) !== url
  const inline = proseLines(ctx).flatMap(({ line }) =>
    [...ctx.lines[line]!.matchAll(LINK_TARGET)].flatMap((m) => {
      const url = m[1] ?? m[2] ?? m[3]!
      return changeable(url) ? [{ line, url, at: m.index + m[0].indexOf(url), seenOn: [line] }] : []
    }),
  )
  const defined = ctx.blocks
    .filter((b) => b.kind === 'definition')
    .flatMap((b) => Array.from({ length: b.end - b.start }, (_, k) => b.start + k))
    .flatMap((line) => {
      const m = /^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s|$)/u.exec(ctx.lines[line]!)
      if (m === null || !changeable(m[2]!)) return []
      const seenOn = referringLines(ctx, labelKey(m[1]!))
      return seenOn.length === 0 ? [] : [{ line, url: m[2]!, at: m[0].indexOf(m[2]!, m[0].indexOf(']:')), seenOn }]
    })
  const c = pick(ctx.rng, [...inline, ...defined])
  if (c === undefined) return undefined
  const text = ctx.lines[c.line]!
  const to = changeUrl(c.url)
  return { ...lineEdit(ctx, c.line, text.slice(0, c.at) + to + text.slice(c.at + c.url.length), c.seenOn), link: { from: c.url, to } }
}

/**
 * A fence whose content the site renders as the page's MDX, not as code (Docusaurus: ```` ```mdx-code-block ````,
 * which holds a tab set or an image; the parser reads its content as MDX): no code block to remove.
 */
const RENDERED_FENCE = /^\s*(?:`{3,}|~{3,})[ \t]*mdx-code-block[ \t]*$/u

/** A fenced code block removed (a block shown as code, not a fence of rendered MDX); its slot is that of the prose before it. */
const codeRemoved: Inject = (ctx) => {
  const shownAsCode = (b: Block): boolean => b.kind === 'code' && !RENDERED_FENCE.test(ctx.lines[b.start]!)
  const candidates = ctx.blocks.map((b, i) => ({ b, i })).filter(({ b, i }) => shownAsCode(b) && ctx.blocks.slice(0, i).some((x) => prose(ctx, x)))
  const c = pick(ctx.rng, candidates)
  if (c === undefined) return undefined
  const before = ctx.blocks.slice(0, c.i).filter((x) => prose(ctx, x)).pop()!
  const own = uniqueLine(ctx, c.b)
  return { edit: removal(ctx.lines, c.b.start, c.b.end), probes: [...probes(ctx, [before]), ...(own === undefined ? [] : [own])] }
}

/**
 * The longest line of a code block (eight characters at least, fences aside) that the document holds nowhere else: a probe of the block itself, whose slot is that of the segment the parser lends the code to — the nearest
 * one before it, which may be too short to be a probe of its own (`or` between two commands).
 */
function uniqueLine(ctx: Context, b: Block): string | undefined {
  const lines = ctx.lines.slice(b.start + 1, b.end - 1).map((l) => l.trim()).filter((l) => l.length >= 8)
  const text = ctx.lines.join('\n')
  const once = lines.filter((l) => text.indexOf(l) === text.lastIndexOf(l))
  return once.sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0))[0]
}

/**
 * The parts of a document's blocks cut at every heading: the blocks before the first heading, then each heading
 * with the blocks up to the next one (of any level).
 */
function headingParts(blocks: readonly Block[]): Block[][] {
  const parts: Block[][] = [[]]
  for (const b of blocks) {
    if (b.kind === 'heading') parts.push([])
    parts[parts.length - 1]!.push(b)
  }
  return parts
}

/** The lowercased words (runs of letters) of a text. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? []

/**
 * A paragraph put back in the source's language: the translation's paragraph replaced by the source's paragraph of
 * the same place, found without the library's alignment. The two documents must have as many headings, and the part
 * under the same-index heading the same heading level and as many plain paragraphs (the paragraph blocks of
 * {@link paragraphs}); then the j-th paragraph of one is the j-th of the other. Not a paragraph the translation
 * already wrote in the source's words (half of its words or more found in the source's paragraph), nor a source
 * paragraph with a reference link the translation defines no label for.
 */
const untranslated: Inject = (ctx) => {
  const srcLines = linesOf(ctx.input.source)
  const src: Context = { ...ctx, lines: srcLines, blocks: markdownBlocks(srcLines), defined: definitions(srcLines) }
  const own = headingParts(ctx.blocks)
  const theirs = headingParts(src.blocks)
  if (own.length !== theirs.length) return undefined
  const plain = (c: Context, part: readonly Block[]): Block[] => paragraphs(c).filter((b) => part.includes(b))
  const candidates = own.flatMap((part, k) => {
    const other = theirs[k]!
    if (part[0]?.kind === 'heading' && part[0].level !== other[0]?.level) return []
    const mine = plain(ctx, part)
    const source = plain(src, other)
    if (mine.length !== source.length) return []
    return mine.flatMap((b, j) => {
      const lines = blockLines(src, source[j]!)
      const text = lines.join('\n')
      if ([...text.matchAll(REFERENCE)].some((m) => src.defined.has(referenceLabel(m)) && !ctx.defined.has(referenceLabel(m)))) return []
      const words = wordsOf(seen(ctx, blockLines(ctx, b)))
      const sourceWords = new Set(wordsOf(seen(src, lines)))
      if (words.filter((w) => sourceWords.has(w)).length * 2 >= words.length) return []
      return [{ b, lines }]
    })
  })
  const c = pick(ctx.rng, candidates)
  if (c === undefined) return undefined
  return { edit: { start: c.b.start, end: c.b.end, lines: c.lines }, probes: [probe(ctx, blockLines(ctx, c.b)), probe(src, c.lines)] }
}

const INJECT: Record<MarkdownFault, Inject> = {
  'section-removed': sectionRemoved,
  'paragraph-inserted': paragraphInserted,
  truncated,
  replaced,
  'sections-swapped': sectionsSwapped,
  'number-changed': numberChanged,
  'url-changed': urlChanged,
  'code-removed': codeRemoved,
  untranslated,
}

/** The original's lines with an edit applied, joined again. */
export function applyEdit(text: string, edit: LineEdit): string {
  const lines = linesOf(text)
  lines.splice(edit.start, edit.end - edit.start, ...edit.lines)
  return lines.join('\n')
}

/**
 * A copy of a translation with one fault, or `undefined` when it has no place for that fault (no code block, no
 * number the source has, no other document in its language…). The same input gives the same copy.
 */
export function injectMarkdownFault(fault: MarkdownFault, input: FaultInput): FaultyCopy | undefined {
  const lines = linesOf(input.text)
  const ctx: Context = { lines, blocks: markdownBlocks(lines), defined: definitions(lines), rng: seeded(`${fault}/${input.seed}`), input }
  const injected = INJECT[fault](ctx)
  if (injected === undefined) return undefined
  return { fault, text: applyEdit(input.text, injected.edit), ...injected }
}

/**
 * The paragraphs of a document (at least 40 letters), to put one into another document; not those with a reference
 * link to one of the document's definitions, which would read otherwise (brackets and all) where it is put.
 */
export function paragraphTexts(text: string): string[] {
  const lines = linesOf(text)
  const defined = definitions(lines)
  return markdownBlocks(lines)
    .filter((b) => b.kind === 'paragraph' && plainParagraph(lines.slice(b.start, b.end)))
    .map((b) => lines.slice(b.start, b.end).join('\n'))
    .filter((t) => ![...t.matchAll(REFERENCE)].some((m) => defined.has(referenceLabel(m))))
    .filter((t) => letterCount(visibleText([t])) >= 40)
}
