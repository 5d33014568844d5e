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

/** The text of some PUD sentences in one language, joined as that language writes a paragraph. */
export function sentencesText(sentences: readonly PudSentence[], indices: readonly number[], lang: string): string {
  const sep = lang === 'zh' || lang === 'th' ? (lang === 'th' ? ' ' : '') : ' '
  return indices.map((i) => sentences[i]!.text[lang]!).join(sep)
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

const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/u

function digitValue(cp: number): number {
  let value = 0
  while (value < 9 && /\p{Nd}/u.test(String.fromCodePoint(cp - value - 1))) value++
  return value
}

function changeNumber(text: string): string | undefined {
  const m = NUMBER.exec(text)
  if (m === null) return undefined
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

function deleteNumber(text: string): string | undefined {
  const m = NUMBER.exec(text)
  if (m === null) return undefined
  return (text.slice(0, m.index).replace(/\s+$/u, '') + ' ' + text.slice(m.index + m[0].length).replace(/^\s+/u, '')).trim()
}

/** Other articles' blocks of a kind, for text put in from elsewhere. */
export interface ForeignPool {
  texts(lang: string, exclude: string): Array<{ text: string; length: number }>
}

/**
 * Render an article in one language with a fault (or none).
 * @returns The document, or `undefined` when the fault cannot be put in this article (no number, no turns…).
 */
export function renderWithFault(article: Article, sentences: readonly PudSentence[], lang: string, fault: FaultKind, pool: ForeignPool, seed: string): GeneratedDocument | undefined {
  const rng = seeded(seed)
  const blocks = renderBlocks(article, sentences, lang)
  const qa = article.shape === 'qa'
  const content = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'answer' || b.kind === 'paragraph')
  const multi = content.filter(({ i }) => article.blocks[i]!.sentences.length >= 2)
  let targets: number[] = []
  let foreign: string | undefined
  const turnBlocks = (turn: number): number[] => blocks.map((_, i) => i).filter((i) => article.blocks[i]!.turn === turn)
  const turns = [...new Set(article.blocks.map((b) => b.turn).filter((t): t is number => t !== undefined))]
  switch (fault) {
    case 'faithful':
      break
    case 'missing': {
      if (qa) {
        const turn = pick(rng, turns.slice(1))
        if (turn === undefined) return undefined
        targets = turnBlocks(turn)
      } else {
        const c = pick(rng, content.slice(1))
        if (c === undefined) return undefined
        targets = [c.i]
      }
      for (const i of [...targets].sort((x, y) => y - x)) blocks.splice(i, 1)
      break
    }
    case 'extra': {
      const c = pick(rng, content)
      const text = pick(rng, pool.texts(lang, article.id))
      if (c === undefined || text === undefined) return undefined
      foreign = text.text
      targets = [c.i]
      blocks.splice(c.i + 1, 0, { kind: 'paragraph', text: text.text, label: false, from: -1 })
      break
    }
    case 'merged': {
      const firsts = qa ? blocks.map((b, i) => i).filter((i) => blocks[i]!.kind === 'intro' && blocks[i + 1]?.kind === 'intro') : content.map((c) => c.i).filter((i) => blocks[i + 1]?.kind === 'paragraph')
      const i = pick(rng, firsts)
      if (i === undefined) return undefined
      targets = [i, i + 1]
      const sep = lang === 'zh' ? '' : ' '
      blocks.splice(i, 2, { ...blocks[i]!, text: blocks[i]!.text + sep + blocks[i + 1]!.text })
      break
    }
    case 'split': {
      const c = pick(rng, multi)
      if (c === undefined) return undefined
      targets = [c.i]
      const ids = article.blocks[c.i]!.sentences
      const cut = Math.ceil(ids.length / 2)
      const first = { ...blocks[c.i]!, text: sentencesText(sentences, ids.slice(0, cut), lang) }
      const second = { ...blocks[c.i]!, text: sentencesText(sentences, ids.slice(cut), lang), label: false }
      blocks.splice(c.i, 1, first, second)
      break
    }
    case 'order': {
      if (qa) {
        const turn = pick(rng, turns.slice(0, -1))
        if (turn === undefined) return undefined
        const a = turnBlocks(turn)
        const b = turnBlocks(turn + 1)
        targets = [...a, ...b]
        const moved = blocks.splice(b[0]!, b.length)
        blocks.splice(a[0]!, 0, ...moved)
      } else {
        const firsts = content.map((c) => c.i).filter((i) => blocks[i + 1]?.kind === 'paragraph')
        const i = pick(rng, firsts)
        if (i === undefined) return undefined
        targets = [i, i + 1]
        const [x] = blocks.splice(i + 1, 1)
        blocks.splice(i, 0, x!)
      }
      break
    }
    case 'number-changed':
    case 'number-deleted': {
      const withNumber = blocks.map((b, i) => ({ b, i })).filter(({ b, i }) => b.kind !== 'title' && NUMBER.test(b.text) && NUMBER.test(sentencesText(sentences, article.blocks[i]!.sentences, 'en')))
      const c = pick(rng, withNumber)
      if (c === undefined) return undefined
      const text = fault === 'number-changed' ? changeNumber(c.b.text) : deleteNumber(c.b.text)
      if (text === undefined) return undefined
      targets = [c.i]
      blocks[c.i] = { ...c.b, text }
      break
    }
    case 'marker': {
      const questions = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'question').slice(1)
      const c = pick(rng, questions)
      if (c === undefined) return undefined
      targets = [c.i]
      blocks[c.i] = { ...c.b, label: false }
      break
    }
    case 'truncated': {
      const c = pick(rng, multi)
      if (c === undefined) return undefined
      targets = [c.i]
      blocks[c.i] = { ...c.b, text: sentencesText(sentences, article.blocks[c.i]!.sentences.slice(0, 1), lang) }
      break
    }
    case 'replaced': {
      const c = pick(rng, content)
      if (c === undefined) return undefined
      const length = [...c.b.text].length
      const candidates = pool.texts(lang, article.id).sort((x, y) => Math.abs(x.length - length) - Math.abs(y.length - length) || (x.text < y.text ? -1 : 1))
      const text = candidates[Math.floor(rng() * Math.min(5, candidates.length))]
      if (text === undefined) return undefined
      targets = [c.i]
      foreign = text.text
      blocks[c.i] = { ...c.b, text: text.text }
      break
    }
  }
  const text = toText(blocks, lang)
  const file = `${createHash('sha256').update(`${article.id}/${lang}`).digest('hex').slice(0, 12)}.txt`
  const doc: GeneratedDocument = { file, article: article.id, language: lang, origin: article.origin, shape: article.shape, fault, targets, text }
  if (foreign !== undefined) doc.foreign = foreign
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
