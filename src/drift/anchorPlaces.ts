/**
 * Where in a slot's text the members write its links, code, numbers and addresses, as a share of the text before
 * them. A translation cut short keeps the anchors the others write early in the slot and lacks every one they write
 * late, whatever its sentences say: a script written without sentence marks, or an abbreviation read as one (`Cmd.`),
 * leaves a slot one sentence long in every member, and a cut there cannot be read from sentence counts (see
 * `partialCut`).
 */
import { countLetters } from '../align/text/countLetters.js'
import type { Anchor } from '../align/anchors/Anchor.js'
import { anchorsOfSegments } from '../pivot/pivotAnchors.js'
import type { PivotAlignment } from '../pivot/types.js'
import { forEachOwnCell } from './ownCells.js'
import type { ParsedDocument, Segment } from '../types.js'
import { median } from '../util/stats.js'
import { sameLink } from '../align/anchors/sameLink.js'
import { anchorKey, DISTINCTIVE } from './laterAnchors.js'

/** Where the members write one anchor of a slot. */
export interface AnchorPlace {
  /** The anchor's key (see `anchorKey`). */
  key: string
  /** Median, over the members that write it, of the share of their cell's letters before its first mention. */
  at: number
  /** How many of the other members write it in their cell of the slot. */
  members: number
  /** How many of the other members have a cell of the slot to themselves. */
  of: number
}

/** Markdown as a reader sees its letters: link targets and tags left out. */
function visible(markdown: string): string {
  return markdown.replace(/\]\([^)]*\)/gu, ']').replace(/<[^>]*>/gu, '')
}

/**
 * The Markdown of a cell's segments, one after the other, each to the end of its last line: a segment's place ends
 * with its text, and a link's target stands after it (`参考[教程](how-to-integrate)`).
 */
function cellMarkdown(segments: readonly Segment[], source: string): string {
  return segments
    .map((s) => {
      const end = source.indexOf('\n', s.place.end.offset)
      return source.slice(s.place.start.offset, end < 0 ? source.length : end)
    })
    .join('\n')
}

/** Where a reader meets an anchor in Markdown: a link's text, not its target after it. */
function mentionAt(markdown: string, anchor: Anchor): number {
  const at = markdown.indexOf(anchor.text)
  if (anchor.kind !== 'url' || at < 0) return at
  const open = markdown.lastIndexOf('[', at)
  return open >= 0 && /^\[[^\]]*\]\(\s*<?$/u.test(markdown.slice(open, at)) ? open : at
}

/**
 * The distinctive anchors a cell writes itself (not those lent from a code block after it), each with the share of
 * the cell's letters before its first mention.
 * @param segments The cell's segments.
 * @param source The document's text.
 */
export function writtenAnchors(segments: readonly Segment[], source: string): Map<string, number> {
  const markdown = cellMarkdown(segments, source)
  const total = countLetters(visible(markdown))
  const out = new Map<string, number>()
  if (total === 0) return out
  for (const a of anchorsOfSegments(segments)) {
    if (!DISTINCTIVE.has(a.kind) || a.block === true) continue
    const at = mentionAt(markdown, a)
    if (at < 0) continue
    const key = anchorKey(a)
    const share = countLetters(visible(markdown.slice(0, at))) / total
    out.set(key, Math.min(out.get(key) ?? share, share))
  }
  return out
}

/**
 * Whether a cell writes an anchor the others write: the same key, or for a link the same page as localised documents
 * link it (see `sameLink`: a relative link rebased from another folder, a locale segment swapped).
 * @param held The cell's written anchors (see {@link writtenAnchors}).
 * @param key The anchor's key.
 */
export function writesAnchor(held: ReadonlyMap<string, number>, key: string): boolean {
  if (held.has(key) || !key.startsWith('url:')) return held.has(key)
  const target = key.slice('url:'.length)
  return [...held.keys()].some((k) => k.startsWith('url:') && sameLink(target, k.slice('url:'.length)))
}

/**
 * Per slot, where the other members write its distinctive anchors (see {@link AnchorPlace}), read from each member's
 * cell of segments no other slot shares.
 * @param members The family's documents.
 * @param alignments Each member aligned to the pivot, in the same order.
 * @param d Index of the member the places are for (its own cells are left out).
 * @returns One entry per pivot slot (`undefined` where fewer than two other members have a cell).
 */
export function anchorPlaces(members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], d: number): Array<AnchorPlace[] | undefined> {
  const slots = alignments[d]?.cells.length ?? 0
  const perSlot: Array<Array<Map<string, number>>> = Array.from({ length: slots }, () => [])
  forEachOwnCell(members, alignments, d, slots, (doc, segments, _cell, i) => perSlot[i]!.push(writtenAnchors(segments, doc.text)))
  return perSlot.map((cells) => {
    if (cells.length < 2) return undefined
    const keys = [...new Set(cells.flatMap((c) => [...c.keys()]))].sort()
    return keys.map((key) => {
      const at = cells.flatMap((c) => (c.has(key) ? [c.get(key)!] : []))
      return { key, at: median(at), members: at.length, of: cells.length }
    })
  })
}
