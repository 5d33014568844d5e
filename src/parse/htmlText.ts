import type { PlainText } from './plainText.js'
import { backtickSpans } from './inlineRanges.js'

/** The readable parts of a raw HTML block. */
export interface HtmlParts {
  /** Text of `<summary>` elements (the visible question of a `<details>` block), in order. */
  summaries: PlainText[]
  /** Text outside `<summary>`, tags, comments, scripts and styles removed, entities decoded. */
  rest: PlainText
  /**
   * Where in `rest.text` an element of its own begins or ends (a paragraph, a list item, a heading, a row, a
   * division…): the line breaks that part two blocks of the page, not those of a `<br>` or between a row's cells.
   * `item` is set where a list item, a definition or a quote opens: written structure, as Markdown's `- …` or `> …`;
   * `paragraph` where a `<p>` opens.
   */
  blockBreaks: Array<{ at: number; item: boolean; paragraph?: boolean }>
  /** Where in `rest.text` bold text (`<b>`, `<strong>`) starts and ends. */
  bold: Array<[number, number]>
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", mdash: '—', ndash: '–', hellip: '…', copy: '©', middot: '·', bull: '•', laquo: '«', raquo: '»' }
/** The `src` attribute of an `<img>` tag (not `data-src`). */
const IMAGE_SOURCE = /(?<![\w-])src\s*=\s*["']([^"']+)["']/iu
const BLOCK_TAGS = /^(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|details|summary|section|article|header|footer|nav|blockquote|hr|center|dl|dt|dd)$/iu
// Block tags whose line break stays inside one block: a line break, and the cells of one row.
const INNER_BREAKS = /^(?:br|td|th)$/iu
// Elements that are written structure inside the page's sections: a list item, a definition, a quote.
const ITEM_TAGS = /^(?:li|dt|dd|blockquote)$/iu

function empty(): PlainText {
  return { text: '', offsets: [], hardBreaks: new Set(), anchors: [], images: 0, links: 0, linkLetters: 0, linkRanges: [], inline: [] }
}

function push(out: PlainText, text: string, offset: number): void {
  for (let i = 0; i < text.length; i++) {
    out.text += text[i]
    out.offsets.push(offset)
  }
}

/**
 * End a text: its end offset, and the code spans written in it as Markdown writes them (`` `npm i` ``: Markdown in
 * an HTML block is not read, but the page's text keeps them as code).
 */
function close(out: PlainText, end: number): PlainText {
  out.offsets.push(end)
  for (const span of backtickSpans(out.text)) out.inline.push(span)
  return out
}

/**
 * An `<a>` tag: an opening one records its `href` (not an in-page `#…`) as a URL anchor, counts a link and starts
 * it; a closing one ends the open link, counting its letters and range.
 * @returns Where the open link starts in `target`'s text (`-1`: none).
 */
function linkTag(target: PlainText, tag: string, closing: boolean, linkFrom: number): number {
  if (!closing) {
    const href = /\bhref\s*=\s*["']([^"']+)["']/iu.exec(tag)?.[1]
    if (href !== undefined && !href.startsWith('#')) target.anchors.push({ kind: 'url', text: href, at: target.text.length })
    target.links++
    return target.text.length
  }
  if (linkFrom >= 0) {
    target.linkLetters += target.text.slice(linkFrom).match(/\p{L}/gu)?.length ?? 0
    target.linkRanges.push([linkFrom, target.text.length])
    target.inline.push({ kind: 'link', start: linkFrom, end: target.text.length })
  }
  return -1
}

/**
 * A `<code>` tag: an opening one starts inline code, a closing one records its range.
 * @returns Where the open code starts in `target`'s text (`-1`: none).
 */
function codeTag(target: PlainText, closing: boolean, codeFrom: number): number {
  if (!closing) return target.text.length
  if (codeFrom >= 0) target.inline.push({ kind: 'code', start: codeFrom, end: target.text.length })
  return -1
}

/**
 * A `<b>` or `<strong>` tag of the block's own text (not a summary's): opens a bold run, or closes the open one into
 * `bold` (offsets into that text).
 * @returns Where the open run starts, or -1 when none is open.
 */
function boldTag(rest: PlainText, closing: boolean, boldFrom: number, bold: Array<[number, number]>): number {
  if (!closing) return rest.text.length
  if (boldFrom >= 0) bold.push([boldFrom, rest.text.length])
  return -1
}

/**
 * An `<img>` tag: counted; its source is a URL anchor outside a link. An image's source is what the reader sees (a
 * logo, a screenshot); a linked image's (a badge) is the link's label, which translations localise: its link is the
 * anchor.
 */
function imageTag(target: PlainText, tag: string, inLink: boolean): void {
  target.images++
  const src = inLink ? undefined : IMAGE_SOURCE.exec(tag)?.[1]
  if (src !== undefined && !/^data:/iu.test(src)) target.anchors.push({ kind: 'url', text: src, at: target.text.length })
}

// Entities HTML reads without their semicolon too (its legacy names, of those this parser knows), when no letter,
// digit or `=` follows: `&nbsp <a …>` between badges.
const LEGACY_ENTITY = /^&(amp|lt|gt|quot|nbsp|copy|laquo|raquo|middot)(?![a-zA-Z0-9=;])/u

/**
 * The text an HTML entity at `i` stands for and the entity's length, when one known or numeric is there (a legacy
 * one without its semicolon too).
 */
function entityAt(raw: string, i: number): { text: string; length: number } | undefined {
  const entity = /^&(#?[a-zA-Z0-9]+);/u.exec(raw.slice(i, i + 12)) ?? LEGACY_ENTITY.exec(raw.slice(i, i + 12))
  if (entity === null) return undefined
  const key = entity[1]!
  const text = ENTITIES[key] ?? (key.startsWith('#x') ? codePoint(Number.parseInt(key.slice(2), 16)) : key.startsWith('#') ? codePoint(Number.parseInt(key.slice(1), 10) || 32) : undefined)
  return text === undefined ? undefined : { text, length: entity[0].length }
}

/** The character of a numeric entity; U+FFFD, as HTML reads it, for a number that is no code point (`&#99999999;`, `&#xZZ;`). */
function codePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd'
}

/**
 * Reduce a raw HTML block to its text, keeping the source offset of every character: comments, `<script>` and
 * `<style>` are dropped, tags removed (block tags become line breaks, those that part two elements listed apart), entities decoded; `<summary>` content is
 * returned apart; `href` targets become URL anchors and `<a>` elements are counted as links; so do the sources of
 * images outside links (a logo), not those of linked images (a badge, whose link is its anchor).
 * @param raw The HTML source.
 * @param start Offset of `raw` in the document.
 */
export function htmlText(raw: string, start: number): HtmlParts {
  const summaries: PlainText[] = []
  const rest = empty()
  const blockBreaks: Array<{ at: number; item: boolean; paragraph?: boolean }> = []
  const bold: Array<[number, number]> = []
  let boldFrom = -1
  let target = rest
  let skipUntil: string | undefined
  let linkFrom = -1
  let codeFrom = -1
  let i = 0
  while (i < raw.length) {
    if (raw.startsWith('<!--', i)) {
      const endAt = raw.indexOf('-->', i + 4)
      i = endAt < 0 ? raw.length : endAt + 3
      continue
    }
    const ch = raw[i]!
    if (ch === '<') {
      const tagEnd = raw.indexOf('>', i)
      const match = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)/u.exec(raw.slice(i, Math.min(raw.length, i + 40)))
      if (tagEnd < 0 || match === null) {
        push(target, ch, start + i)
        i++
        continue
      }
      const closing = match[1] === '/'
      const name = match[2]!.toLowerCase()
      const tag = raw.slice(i, tagEnd + 1)
      i = tagEnd + 1
      if (skipUntil !== undefined) {
        if (closing && name === skipUntil) skipUntil = undefined
        continue
      }
      if (!closing && (name === 'script' || name === 'style')) {
        skipUntil = name
        continue
      }
      if (name === 'summary') {
        if (closing) target = rest
        else summaries.push((target = empty()))
        continue
      }
      if (name === 'a') {
        linkFrom = linkTag(target, tag, closing, linkFrom)
        continue
      }
      if (name === 'code') {
        codeFrom = codeTag(target, closing, codeFrom)
        continue
      }
      if (target === rest && (name === 'b' || name === 'strong')) {
        boldFrom = boldTag(rest, closing, boldFrom, bold)
        continue
      }
      if (name === 'img') imageTag(target, tag, linkFrom >= 0)
      if (BLOCK_TAGS.test(name)) {
        if (target === rest && !INNER_BREAKS.test(name)) blockBreaks.push({ at: target.text.length, item: !closing && ITEM_TAGS.test(name), ...(!closing && name === 'p' ? { paragraph: true } : {}) })
        target.hardBreaks.add(target.text.length)
        push(target, '\n', start + i - 1)
      }
      continue
    }
    if (skipUntil !== undefined) {
      i++
      continue
    }
    const entity = ch === '&' ? entityAt(raw, i) : undefined
    if (entity !== undefined) {
      push(target, entity.text, start + i)
      i += entity.length
      continue
    }
    push(target, ch, start + i)
    i++
  }
  return { summaries: summaries.map((s) => close(s, (s.offsets[s.offsets.length - 1] ?? start) + 1)), rest: close(rest, start + raw.length), blockBreaks, bold }
}
