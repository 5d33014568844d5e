import type { InlineKind, InlineRange, Segment } from '../types.js'
import { isWhiteSpace } from '../util/whiteSpace.js'

/**
 * The ranges that overlap `[from, to)` of a text, cut to it and counted from `from`: the ranges of a slice.
 * @param ranges Ranges in the whole text.
 * @param from Start of the slice.
 * @param to End of the slice.
 */
export function sliceRanges(ranges: readonly InlineRange[], from: number, to: number): InlineRange[] {
  const out: InlineRange[] = []
  for (const r of ranges) if (r.start < to && r.end > from) out.push({ kind: r.kind, start: Math.max(r.start, from) - from, end: Math.min(r.end, to) - from })
  return out
}

/**
 * The ranges of a text moved to where each of its positions went in another text built from it.
 * @param ranges Ranges in the first text, within `[from, to)`.
 * @param from Where the copied part of the first text starts.
 * @param places `places[k]` is where position `from + k` of the first text went (one more entry for the end).
 */
export function moveRanges(ranges: readonly InlineRange[], from: number, places: readonly number[]): InlineRange[] {
  const out: InlineRange[] = []
  const last = places.length - 1
  for (const r of ranges) {
    const start = places[Math.max(0, Math.min(last, r.start - from))]!
    const end = places[Math.max(0, Math.min(last, r.end - from))]!
    if (end > start) out.push({ kind: r.kind, start, end })
  }
  return out
}

/**
 * The ranges of a sentence cut from a text: those of `[start, end)`, counted from `start`, white space at their
 * ends left out, empty ones dropped, in order of start (a link before the code it holds).
 * @param ranges Ranges in the text the sentence was cut from.
 * @param text That text.
 */
export function sentenceRanges(ranges: readonly InlineRange[], text: string, start: number, end: number): InlineRange[] {
  const out: InlineRange[] = []
  for (const r of sliceRanges(ranges, start, end)) {
    let a = r.start + start
    let b = r.end + start
    while (a < b && isWhiteSpace(text.charCodeAt(a))) a++
    while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--
    if (b > a) out.push({ kind: r.kind, start: a - start, end: b - start })
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end || (x.kind === y.kind ? 0 : x.kind === 'link' ? -1 : 1))
}

/**
 * Code spans written in a text as Markdown writes them, where no Markdown parser read the text (an HTML block's):
 * a run of backticks, then text, then a run of as many backticks (CommonMark's rule), on one paragraph; a run left
 * unmatched is text.
 * @param text The text.
 * @param kind The kind given to the ranges.
 */
export function backtickSpans(text: string, kind: InlineKind = 'code'): InlineRange[] {
  const out: InlineRange[] = []
  let i = text.indexOf('`')
  while (i >= 0) {
    let n = i
    while (text[n] === '`') n++
    const run = n - i
    let close = -1
    for (let j = text.indexOf('`', n); j >= 0; ) {
      let m = j
      while (text[m] === '`') m++
      if (text.slice(n, j).includes('\n\n')) break
      if (m - j === run) {
        close = m
        break
      }
      j = text.indexOf('`', m)
    }
    if (close >= 0 && text.slice(n, close - run).trim() !== '') out.push({ kind, start: i, end: close })
    i = text.indexOf('`', close >= 0 ? close : n)
  }
  return out
}

/**
 * The ranges of a segment's sentences in the segment's own text (its paragraphs joined), of one kind or all: each
 * sentence is found in the text after the one before it (a sentence is a trimmed slice of its paragraph), and its
 * ranges are moved there. An element a sentence cut runs through (`[.NET](…)` cut after its `.`) is one range again:
 * a range that ends its sentence and one of the same kind that opens the next, with only white space between and no
 * paragraph break (an inline element never runs over one), are joined. A sentence not found (a text rewritten after
 * the parse) lends none.
 * @param segment The segment: its text and its sentences with the ranges the parse recorded (`Sentence.inline`).
 * @param kind Only ranges of this kind (default: every kind).
 */
export function segmentRanges(segment: Pick<Segment, 'text' | 'sentences'>, kind?: InlineKind): InlineRange[] {
  const out: InlineRange[] = []
  let from = 0
  for (const sentence of segment.sentences) {
    const at = segment.text.indexOf(sentence.text, from)
    if (at < 0) continue
    const ended = from
    from = at + sentence.text.length
    for (const r of sentence.inline ?? []) {
      if (kind !== undefined && r.kind !== kind) continue
      const before = r.start === 0 ? out.findLast((x) => x.kind === r.kind && x.end === ended) : undefined
      const gap = segment.text.slice(ended, at)
      if (before !== undefined && gap.trim() === '' && !gap.includes('\n\n')) before.end = at + r.end
      else out.push({ kind: r.kind, start: at + r.start, end: at + r.end })
    }
  }
  return out
}

/**
 * A text with some of its ranges each made one space (what the text says without them, its words kept apart).
 * @param text The text.
 * @param ranges Ranges in it, in order of start (nested or overlapping ones are cut once).
 */
export function withoutRanges(text: string, ranges: readonly InlineRange[]): string {
  let out = ''
  let at = 0
  for (const r of ranges) {
    if (r.end <= at) continue
    out += `${text.slice(at, Math.max(at, r.start))} `
    at = r.end
  }
  return out + text.slice(at)
}
