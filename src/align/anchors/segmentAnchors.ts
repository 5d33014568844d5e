import type { Segment } from '../../types.js'
import type { Anchor } from './Anchor.js'
import { extractAnchors, UNSPACED, type ExtractAnchorsOptions } from './extractAnchors.js'

/** What {@link segmentAnchors} reads of a segment. */
export type AnchoredSegment = Pick<Segment, 'role' | 'text'> & Partial<Pick<Segment, 'anchors' | 'slug'>>

/**
 * Invisible format characters: the bidirectional marks a right-to-left text puts around code and links (a left-to-right
 * mark before a command's option in Persian), zero-width spaces and joiners. No part of code or a link target as a reader copies it.
 */
const FORMAT = /\p{Cf}/gu

function normalizeUrl(url: string): string {
  return url.replace(FORMAT, '').toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '')
}

/**
 * Code as anchors keep it: without format characters, a run of white space one space, or one line break when it
 * holds one — a block's lines stay lines, so that each line's command is read as one (see `sameSkeleton`).
 */
function normalizeCode(code: string): string {
  return code.replace(FORMAT, '').trim().replace(/[^\S\n]*\n\s*/gu, '\n').replace(/[^\S\n]+/gu, ' ')
}

/** Letters of the scripts whose particles glue to the word before them (see `UNSPACED`), after an optional `/`. */
const UNSPACED_TAIL = new RegExp(`^\\/?[${UNSPACED}]+$`, 'u')

/**
 * A URL read from a segment's text as one of its link targets where the text glues the sentence's next words to it:
 * a link whose text is its address, followed at once by words or a particle of a script that glues them to the word
 * before (`[http://localhost:4321/](http://localhost:4321/)でプロジェクトを…`, `…/)에서`), reads in the text as
 * `http://localhost:4321/でプロジェクトを…`, since letters after a `/` may be an IRI's path (`/wiki/東京`); the
 * target the parser kept says where the address ends.
 * @param normalized A URL as anchors keep it (see `extractAnchors`).
 * @param targets The segment's link targets, as anchors keep them.
 * @returns The target it is, or `undefined` when it is none of them glued to words.
 */
export function linkedForm(normalized: string, targets: readonly string[]): string | undefined {
  return targets.find((t) => normalized.length > t.length && normalized.startsWith(t) && UNSPACED_TAIL.test(normalized.slice(t.length)))
}

/**
 * The anchors of a parsed segment: those found in its text ({@link extractAnchors}) and those the parser kept
 * beside it — inline code spans (`code`), link targets (`url`, which are not in the text), the heading's `{#id}`
 * (`slug`); a `code` segment is one `code` anchor (its whole text). Deduplicated by kind and normalised form.
 * @param segment The segment.
 * @param options Options of {@link extractAnchors} for its text.
 * @returns Anchors: those of the text in text order, then the parser's.
 */
export function segmentAnchors(segment: AnchoredSegment, options: ExtractAnchorsOptions = {}): Anchor[] {
  if (segment.role === 'code') return segment.text.trim() === '' ? [] : [{ kind: 'code', text: segment.text, normalized: normalizeCode(segment.text), block: true }]
  const out: Anchor[] = [...extractAnchors(segment.text, options)]
  const targets = new Map<string, string>()
  for (const a of segment.anchors ?? []) {
    if (a.kind === 'url') targets.set(normalizeUrl(a.text), a.text), out.push({ kind: 'url', text: a.text, normalized: normalizeUrl(a.text) })
    else if (normalizeCode(a.text) !== '') out.push({ kind: 'code', text: a.text, normalized: normalizeCode(a.text), ...(a.block === true ? { block: true as const } : {}) })
  }
  if (targets.size > 0) {
    const known = [...targets.keys()]
    for (let k = 0; k < out.length; k++) {
      const form = out[k]!.kind === 'url' ? linkedForm(out[k]!.normalized, known) : undefined
      if (form !== undefined) out[k] = { kind: 'url', text: targets.get(form)!, normalized: form }
    }
  }
  if (segment.slug !== undefined) out.push({ kind: 'slug', text: segment.slug, normalized: segment.slug })
  // One of each; code that is both an inline span and a block is the block.
  const seen = new Map<string, Anchor>()
  for (const a of out) {
    const key = `${a.kind}\u0000${a.normalized}`
    const first = seen.get(key)
    if (first === undefined) seen.set(key, a)
    else if (a.block === true) first.block = true
  }
  return [...seen.values()]
}

/**
 * Anchors of the content segments of a document, each with the anchors of the code blocks that follow it (up to
 * the next content segment): identical code in two documents is evidence they are translations, and the paragraph
 * that introduces a code block is where a translation puts it too.
 * @param all Every segment of the document, in order.
 * @param content The segments being aligned (a subsequence of `all`).
 * @param options Options of {@link extractAnchors}.
 * @returns One anchor list per content segment.
 */
export function contentAnchors(all: readonly Segment[], content: readonly Segment[], options: ExtractAnchorsOptions = {}): Anchor[][] {
  const index = new Map<Segment, number>()
  content.forEach((s, k) => index.set(s, k))
  const out: Anchor[][] = content.map((s) => segmentAnchors(s, options))
  let last = -1
  for (const segment of all) {
    const k = index.get(segment)
    if (k !== undefined) last = k
    else if (segment.role === 'code') {
      const target = out[last >= 0 ? last : 0]
      if (target !== undefined) target.push(...segmentAnchors(segment, options))
    }
  }
  return out
}
