/**
 * Render PUD article layouts in one language, with one fault put in on purpose (or none), and record where.
 */
import { createHash } from 'node:crypto'
import type { Article, LayoutBlock, Origin, PudSentence } from './pudArticles.js'

/** Kinds of injected fault; `faithful` is none. */
export const FAULT_KINDS = ['missing', 'extra', 'merged', 'split', 'order', 'number-changed', 'number-deleted', 'marker', 'truncated', 'replaced'] as const
/** A fault kind, or `faithful`. */
export type FaultKind = (typeof FAULT_KINDS)[number] | 'faithful'

/** Drift codes that count as finding each fault on its slot. */
export const EXPECTED_CODES: Record<Exclude<FaultKind, 'faithful'>, readonly string[]> = {
  missing: ['missing'],
  extra: ['extra'],
  merged: ['merged'],
  split: ['split'],
  order: ['order'],
  'number-changed': ['anchor-changed', 'anchor-lost'],
  'number-deleted': ['anchor-lost'],
  marker: ['role'],
  truncated: ['partial', 'length'],
  replaced: ['missing', 'replaced'],
}

/** A rendered block: its text, whether it carries its speaker label, and the layout block it came from. */
interface Rendered {
  kind: LayoutBlock['kind']
  text: string
  label: boolean
  /** Index of the layout block, or -1 for text from elsewhere. */
  from: number
}

/** One generated document with its truth. */
export interface GeneratedDocument {
  file: string
  article: string
  language: string
  origin: Origin
  shape: 'qa' | 'plain'
  fault: FaultKind
  /** Layout blocks the fault concerns (any one of their slots counts). */
  targets: number[]
  /** Text put in from elsewhere (`extra`, `replaced`), to find its segment. */
  foreign?: string
  text: string
}

const LABELS: Record<string, [string, string, string]> = {
  de: ['F', 'A', ': '],
  ru: ['В', 'О', ': '],
  zh: ['问', '答', '：'],
  ko: ['질문', '답변', ': '],
  ar: ['س', 'ج', ': '],
}
const QUESTION_MARK: Record<string, string> = { ar: '؟', zh: '？' }

/** A seeded generator in [0, 1) (mulberry32). */
export function seeded(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32LE(0)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Letters of scripts that write a paragraph's sentences one after another with no space between them (Chinese,
 * Japanese); others (Thai too, which writes no spaces between words) put a space between sentences.
 */
const NO_SPACE_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

/**
 * Sentence ends of those scripts: the ideographic full stop and the full-width marks (`。`, `？`, `！`, `．`, `｡`),
 * not the full-width letters and digits of the same block (`Ａ`, `１`), which end no sentence.
 */
const NO_SPACE_END = /^[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]$/u

/** A closing quote or bracket, which may follow a sentence's final mark. */
const CLOSING = /^[\p{Pe}\p{Pf}]$/u

/** Letters of a text, and how many of them are of the scripts that put no space between sentences. */
interface LetterCounts {
  letters: number
  unspaced: number
}

function letterCounts(text: string): LetterCounts {
  return { letters: text.match(/\p{L}/gu)?.length ?? 0, unspaced: text.match(NO_SPACE_LETTER)?.length ?? 0 }
}

/**
 * How a text ends: `true` with a mark of {@link NO_SPACE_END}, maybe before closing quotes or brackets (`。”`,
 * `）`), `false` with anything else, `undefined` when it is only closers (or empty): then what comes before decides.
 * Read from its end (these marks and closers are all single UTF-16 units).
 */
function endMark(text: string): boolean | undefined {
  for (let k = text.length - 1; k >= 0; k--) {
    if (NO_SPACE_END.test(text[k]!)) return true
    if (!CLOSING.test(text[k]!)) return false
  }
  return undefined
}

/** How a paragraph built so far ends, and its letter counts: what the next join reads. */
interface Ending extends LetterCounts {
  mark: boolean
}

function endingOf(text: string): Ending {
  return { ...letterCounts(text), mark: endMark(text) ?? false }
}

/**
 * Whether a text ends as a script that puts no space between sentences ends one: with its full stop, or (no
 * such mark) in letters mostly of that script.
 */
function unspacedSentences(ending: Ending): boolean {
  return ending.mark || (ending.letters > 0 && 2 * ending.unspaced > ending.letters)
}

/** Two texts (sentences, paragraphs) joined as their script writes them in one paragraph. */
function joined(first: string, second: string): string {
  return first + (unspacedSentences(endingOf(first)) ? '' : ' ') + second
}

/**
 * The text of some PUD sentences in one language, joined as its script writes a paragraph. Each join reads how
 * the text so far ends, kept up to date sentence by sentence (not read again from the whole text at each join).
 */
export function sentencesText(sentences: readonly PudSentence[], indices: readonly number[], lang: string): string {
  let text = ''
  const ending: Ending = { letters: 0, unspaced: 0, mark: false }
  for (const i of indices) {
    const sentence = sentences[i]!.text[lang]!
    const separator = text === '' || unspacedSentences(ending) ? '' : ' '
    // Only closers: the mark before them still ends the text, unless a space now stands between.
    const mark = endMark(sentence) ?? (text !== '' && separator === '' && ending.mark)
    text = text === '' ? sentence : text + separator + sentence
    const own = letterCounts(sentence)
    ending.letters += own.letters
    ending.unspaced += own.unspaced
    ending.mark = mark
  }
  return text
}

function asQuestion(text: string, lang: string): string {
  return text.replace(/[\s.!?。！？؟।…"”»]*$/u, '') + (QUESTION_MARK[lang] ?? '?')
}

function renderBlocks(article: Article, sentences: readonly PudSentence[], lang: string): Rendered[] {
  return article.blocks.map((b, i) => {
    let text = sentencesText(sentences, b.sentences, lang)
    if (b.kind === 'title') text = text.replace(/[\s.!?。！？؟।…]*$/u, '')
    if (b.kind === 'question') text = asQuestion(text, lang)
    return { kind: b.kind, text, label: b.kind === 'question' || b.kind === 'answer', from: i }
  })
}

/** Render blocks as a plain-text article. */
function toText(blocks: readonly Rendered[], lang: string): string {
  const [q, a, colon] = LABELS[lang] ?? ['Q', 'A', ': ']
  return blocks.map((b) => (b.label ? `${b.kind === 'question' ? q : a}${colon}${b.text}` : b.text)).join('\n\n') + '\n'
}

function pick<T>(rng: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(rng() * items.length)]
}

const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu

/**
 * The first number of a text that stands on its own, where changing or deleting it changes or deletes a number:
 * not part of a name or code (`COVID-19`, `كوفيد-19`, `SARS-CoV-2`, `H1N1`, `4G`: a letter and a hyphen before it, a
 * cased letter right before it, or a capital right after it), nor one term of a fraction, ratio or time (`2/3`,
 * `24/7`, `10:30`), whose other term would be left behind.
 * @param among When given, only a number whose value (its digits, any script) is one of these: one the source has.
 */
export function standaloneNumber(text: string, among?: ReadonlySet<string>): RegExpExecArray | undefined {
  for (const m of standaloneNumbers(text)) if (among === undefined || among.has(numberValue(m[0]))) return m
  return undefined
}

/**
 * Every number of a text that stands on its own (see {@link standaloneNumber}), in text order. A letter of a
 * script with capitals (Latin, Cyrillic, Greek, Armenian…) right before a number glues it to a word (`ACE2`,
 * `Ту-154` aside, `B52`); a letter of a script without them does not (`约4%`, `年3月`, Thai and Arabic text).
 */
function* standaloneNumbers(text: string): Generator<RegExpExecArray> {
  for (const m of text.matchAll(NUMBER)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2)
    if (/\p{L}[-‐‑]$/u.test(before) || /[\p{Lu}\p{Ll}\p{Lt}]$/u.test(before) || /^\p{Lu}/u.test(after)) continue
    if (/\p{Nd}[/:]$/u.test(before) || /^[/:]\p{Nd}/u.test(after)) continue
    yield m as RegExpExecArray
  }
}

/** A number's digits in ASCII, without separators (`1,051,635` = `10,51,635` = `١٠٥١٦٣٥`). */
export function numberValue(written: string): string {
  return [...written].filter((c) => /\p{Nd}/u.test(c)).map((c) => String(digitValue(c.codePointAt(0)!))).join('')
}

/** The values of a text's standalone numbers. */
function numberValues(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of standaloneNumbers(text)) out.add(numberValue(m[0]))
  return out
}

function digitValue(cp: number): number {
  let value = 0
  while (value < 9 && /\p{Nd}/u.test(String.fromCodePoint(cp - value - 1))) value++
  return value
}

/** The text with the last digit of its first standalone number of the source moved by three (`1996` → `1999`). */
function changeNumber(text: string, among: ReadonlySet<string>): string | undefined {
  const m = standaloneNumber(text, among)
  if (m === undefined) return undefined
  const digits = [...m[0]]
  for (let k = digits.length - 1; k >= 0; k--) {
    if (!/\p{Nd}/u.test(digits[k]!)) continue
    const cp = digits[k]!.codePointAt(0)!
    const value = digitValue(cp)
    digits[k] = String.fromCodePoint(cp - value + ((value + 3) % 10))
    break
  }
  return text.slice(0, m.index) + digits.join('') + text.slice(m.index + m[0].length)
}

/** The text without its first standalone number of the source. */
function deleteNumber(text: string, among: ReadonlySet<string>): string | undefined {
  const m = standaloneNumber(text, among)
  if (m === undefined) return undefined
  return (text.slice(0, m.index).replace(/\s+$/u, '') + ' ' + text.slice(m.index + m[0].length).replace(/^\s+/u, '')).trim()
}

/** Other articles' blocks of a kind, for text put in from elsewhere. */
export interface ForeignPool {
  texts(lang: string, exclude: string): Array<{ text: string; length: number }>
}

/** What a fault handler works on: the article's rendered blocks (changed in place) and what it may pick from. */
interface FaultContext {
  article: Article
  sentences: readonly PudSentence[]
  lang: string
  /** The source's language: number faults go only into numbers its block has too. */
  source: string
  blocks: Rendered[]
  rng: () => number
  pool: ForeignPool
  /** Answers and paragraphs, with their block index. */
  content: Array<{ b: Rendered; i: number }>
  /** Turn numbers of a Q&A article, in order. */
  turns: number[]
}

/** Where a fault was put: the layout blocks it concerns, and text put in from elsewhere. */
interface Injected {
  targets: number[]
  foreign?: string
}

/** Put one fault into the blocks; `undefined` when this article has no place for it. */
type Inject = (ctx: FaultContext) => Injected | undefined

const qa = (ctx: FaultContext): boolean => ctx.article.shape === 'qa'
const turnBlocks = (ctx: FaultContext, turn: number): number[] => ctx.blocks.map((_, i) => i).filter((i) => ctx.article.blocks[i]!.turn === turn)
/** Answers and paragraphs of two sentences or more. */
const multi = (ctx: FaultContext): Array<{ b: Rendered; i: number }> => ctx.content.filter(({ i }) => ctx.article.blocks[i]!.sentences.length >= 2)

/** A turn (Q&A) or a paragraph after the first dropped. */
const missing: Inject = (ctx) => {
  let targets: number[]
  if (qa(ctx)) {
    const turn = pick(ctx.rng, ctx.turns.slice(1))
    if (turn === undefined) return undefined
    targets = turnBlocks(ctx, turn)
  } else {
    const c = pick(ctx.rng, ctx.content.slice(1))
    if (c === undefined) return undefined
    targets = [c.i]
  }
  for (const i of [...targets].sort((x, y) => y - x)) ctx.blocks.splice(i, 1)
  return { targets }
}

/** A paragraph of another article put after an answer or paragraph. */
const extra: Inject = (ctx) => {
  const c = pick(ctx.rng, ctx.content)
  const text = pick(ctx.rng, ctx.pool.texts(ctx.lang, ctx.article.id))
  if (c === undefined || text === undefined) return undefined
  ctx.blocks.splice(c.i + 1, 0, { kind: 'paragraph', text: text.text, label: false, from: -1 })
  return { targets: [c.i], foreign: text.text }
}

/** Two intro paragraphs (Q&A) or two body paragraphs made one. */
const merged: Inject = (ctx) => {
  const { blocks } = ctx
  const firsts = qa(ctx) ? blocks.map((_, i) => i).filter((i) => blocks[i]!.kind === 'intro' && blocks[i + 1]?.kind === 'intro') : ctx.content.map((c) => c.i).filter((i) => blocks[i + 1]?.kind === 'paragraph')
  const i = pick(ctx.rng, firsts)
  if (i === undefined) return undefined
  blocks.splice(i, 2, { ...blocks[i]!, text: joined(blocks[i]!.text, blocks[i + 1]!.text) })
  return { targets: [i, i + 1] }
}

/** An answer or paragraph of two sentences or more cut into two paragraphs (the second without a label). */
const split: Inject = (ctx) => {
  const c = pick(ctx.rng, multi(ctx))
  if (c === undefined) return undefined
  const ids = ctx.article.blocks[c.i]!.sentences
  const cut = Math.ceil(ids.length / 2)
  const first = { ...ctx.blocks[c.i]!, text: sentencesText(ctx.sentences, ids.slice(0, cut), ctx.lang) }
  const second = { ...ctx.blocks[c.i]!, text: sentencesText(ctx.sentences, ids.slice(cut), ctx.lang), label: false }
  ctx.blocks.splice(c.i, 1, first, second)
  return { targets: [c.i] }
}

/** Two neighbouring turns (Q&A) or paragraphs swapped. */
const order: Inject = (ctx) => {
  const { blocks } = ctx
  if (qa(ctx)) {
    const turn = pick(ctx.rng, ctx.turns.slice(0, -1))
    if (turn === undefined) return undefined
    const a = turnBlocks(ctx, turn)
    const b = turnBlocks(ctx, turn + 1)
    const moved = blocks.splice(b[0]!, b.length)
    blocks.splice(a[0]!, 0, ...moved)
    return { targets: [...a, ...b] }
  }
  const firsts = ctx.content.map((c) => c.i).filter((i) => blocks[i + 1]?.kind === 'paragraph')
  const i = pick(ctx.rng, firsts)
  if (i === undefined) return undefined
  const [x] = blocks.splice(i + 1, 1)
  blocks.splice(i, 0, x!)
  return { targets: [i, i + 1] }
}

/**
 * A standalone number of a block changed or deleted, one the source's block has too (by value): a number only the
 * translation writes in digits (a month, `3 月`, where the source writes `March`) is none of the source's numbers.
 */
function numberFault(edit: (text: string, among: ReadonlySet<string>) => string | undefined): Inject {
  return (ctx) => {
    const source = (i: number): Set<string> => numberValues(sentencesText(ctx.sentences, ctx.article.blocks[i]!.sentences, ctx.source))
    const withNumber = ctx.blocks.map((b, i) => ({ b, i })).filter(({ b, i }) => b.kind !== 'title' && standaloneNumber(b.text, source(i)) !== undefined)
    const c = pick(ctx.rng, withNumber)
    const text = c === undefined ? undefined : edit(c.b.text, source(c.i))
    if (c === undefined || text === undefined) return undefined
    ctx.blocks[c.i] = { ...c.b, text }
    return { targets: [c.i] }
  }
}

/** A question after the first without its speaker label. */
const marker: Inject = (ctx) => {
  const questions = ctx.blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'question').slice(1)
  const c = pick(ctx.rng, questions)
  if (c === undefined) return undefined
  ctx.blocks[c.i] = { ...c.b, label: false }
  return { targets: [c.i] }
}

/** An answer or paragraph of two sentences or more cut after its first. */
const truncated: Inject = (ctx) => {
  const c = pick(ctx.rng, multi(ctx))
  if (c === undefined) return undefined
  ctx.blocks[c.i] = { ...c.b, text: sentencesText(ctx.sentences, ctx.article.blocks[c.i]!.sentences.slice(0, 1), ctx.lang) }
  return { targets: [c.i] }
}

/** An answer or paragraph replaced by another article's text of about its length (one of the five closest). */
const replaced: Inject = (ctx) => {
  const c = pick(ctx.rng, ctx.content)
  if (c === undefined) return undefined
  const length = [...c.b.text].length
  const candidates = ctx.pool.texts(ctx.lang, ctx.article.id).sort((x, y) => Math.abs(x.length - length) - Math.abs(y.length - length) || (x.text < y.text ? -1 : 1))
  const text = candidates[Math.floor(ctx.rng() * Math.min(5, candidates.length))]
  if (text === undefined) return undefined
  ctx.blocks[c.i] = { ...c.b, text: text.text }
  return { targets: [c.i], foreign: text.text }
}

/** One handler per fault kind. */
const INJECT: Record<Exclude<FaultKind, 'faithful'>, Inject> = {
  missing,
  extra,
  merged,
  split,
  order,
  'number-changed': numberFault(changeNumber),
  'number-deleted': numberFault(deleteNumber),
  marker,
  truncated,
  replaced,
}

/**
 * Render an article in one language with a fault (or none).
 * @param source The source's language (default: the first language the sentences were read in, see `loadPud`).
 * @returns The document, or `undefined` when the fault cannot be put in this article (no number, no turns…).
 */
export function renderWithFault(article: Article, sentences: readonly PudSentence[], lang: string, fault: FaultKind, pool: ForeignPool, seed: string, source: string = Object.keys(sentences[0]?.text ?? {})[0] ?? lang): GeneratedDocument | undefined {
  const blocks = renderBlocks(article, sentences, lang)
  const content = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'answer' || b.kind === 'paragraph')
  const turns = [...new Set(article.blocks.map((b) => b.turn).filter((t): t is number => t !== undefined))]
  const ctx: FaultContext = { article, sentences, lang, source, blocks, rng: seeded(seed), pool, content, turns }
  const injected = fault === 'faithful' ? { targets: [] } : INJECT[fault](ctx)
  if (injected === undefined) return undefined
  const text = toText(blocks, lang)
  const file = `${createHash('sha256').update(`${article.id}/${lang}`).digest('hex').slice(0, 12)}.txt`
  const doc: GeneratedDocument = { file, article: article.id, language: lang, origin: article.origin, shape: article.shape, fault, targets: injected.targets, text }
  if (injected.foreign !== undefined) doc.foreign = injected.foreign
  return doc
}

/** Blocks of every article (answers and paragraphs) in every language, to draw foreign text from. */
export function foreignPool(articles: readonly Article[], sentences: readonly PudSentence[]): ForeignPool {
  return {
    texts(lang: string, exclude: string) {
      const out: Array<{ text: string; length: number }> = []
      for (const a of articles) {
        if (a.id === exclude) continue
        for (const b of a.blocks) {
          if (b.kind !== 'answer' && b.kind !== 'paragraph') continue
          const text = sentencesText(sentences, b.sentences.slice(0, 2), lang)
          out.push({ text, length: [...text].length })
        }
      }
      return out
    },
  }
}
