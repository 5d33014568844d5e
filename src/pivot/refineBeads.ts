import { countLetters } from '../align/text/countLetters.js'
import type { SegmentBead } from '../align/types.js'
import type { Segment } from '../types.js'
import { casedScript } from './casedScript.js'
import { anchorsOf, sameAnchor } from './pivotAnchors.js'
import { roleFamily } from './roleFamily.js'

/** How much better (as a length ratio) one segment must explain a grouped bead than the group, to break it up. */
const SINGLE_FIT_MARGIN = Math.log(1.3)
/** Cost of an anchor (number, URL, name) on one side that the other side lacks, in the units of a log length ratio. */
const ANCHOR_MISS = 0.4

function sentenceSegment(sentenceId: string): string {
  return sentenceId.slice(0, sentenceId.indexOf('.'))
}

/**
 * Break up grouped segment beads that a monotone aligner made to avoid a gap: a translation that dropped a
 * paragraph is aligned with two of the pivot's paragraphs "merged" into one, and an added paragraph is absorbed as a
 * "split". When one member of the group explains the other side's length far better than the whole group does
 * (the document's own length ratio and the anchors both sides share, by a factor {@link SINGLE_FIT_MARGIN} at
 * least, roles agreeing), the bead keeps
 * that member and the rest become gaps (pivot side) or extra segments (translation side).
 * @param beads Segment beads of the hub (source) against the translation (target).
 * @param hub The hub's content segments.
 * @param doc The translation's content segments.
 * @returns Beads in the same order, some split into a kept bead and one-sided beads.
 */
export function refineBeads(beads: readonly SegmentBead[], hub: readonly Segment[], doc: readonly Segment[]): SegmentBead[] {
  const hubLetters = new Map(hub.map((s) => [s.id, countLetters(s.text)] as const))
  const docLetters = new Map(doc.map((s) => [s.id, countLetters(s.text)] as const))
  const hubRole = new Map(hub.map((s) => [s.id, roleFamily(s.role)] as const))
  const docRole = new Map(doc.map((s) => [s.id, roleFamily(s.role)] as const))
  const total = (ids: readonly string[], letters: ReadonlyMap<string, number>): number => ids.reduce((a, id) => a + (letters.get(id) ?? 0), 0)
  const ratio = Math.max(1e-6, total(doc.map((s) => s.id), docLetters)) / Math.max(1e-6, total(hub.map((s) => s.id), hubLetters))
  const misfit = (source: number, target: number): number => Math.abs(Math.log((target + 1) / (ratio * source + 1)))
  const out: SegmentBead[] = []
  for (const bead of beads) {
    const manySource = bead.source.length > 1 && bead.target.length === 1
    const manyTarget = bead.target.length > 1 && bead.source.length === 1
    if (!manySource && !manyTarget) {
      out.push(bead)
      continue
    }
    const group = manySource ? bead.source : bead.target
    const single = manySource ? bead.target[0]! : bead.source[0]!
    const groupLetters = manySource ? hubLetters : docLetters
    const singleLetters = (manySource ? docLetters : hubLetters).get(single) ?? 0
    const role = (manySource ? docRole : hubRole).get(single)
    const groupText = (manySource ? hub : doc).filter((x) => group.includes(x.id))
    const singleText = (manySource ? doc : hub).find((x) => x.id === single)?.text ?? ''
    // Names count only where both sides can show them (cased scripts); numbers, URLs and addresses always.
    const names = casedScript(singleText) && groupText.every((x) => casedScript(x.text))
    const checkable = (a: { kind: string }): boolean => names || a.kind !== 'name'
    const singleAnchors = anchorsOf(singleText).filter(checkable)
    // Anchors on either side without a partner on the other: numbers and names tell which paragraph this is.
    const unmatched = (ids: readonly string[]): number => {
      const mine = groupText.filter((x) => ids.includes(x.id)).flatMap((x) => anchorsOf(x.text)).filter(checkable)
      const lost = mine.filter((a) => !singleAnchors.some((b) => sameAnchor(a, b))).length
      const added = singleAnchors.filter((b) => !mine.some((a) => sameAnchor(a, b))).length
      return ANCHOR_MISS * (lost + added)
    }
    const whole = (manySource ? misfit(total(group, groupLetters), singleLetters) : misfit(singleLetters, total(group, groupLetters))) + unmatched(group)
    let best: string | undefined
    let bestMisfit = Number.POSITIVE_INFINITY
    for (const id of group) {
      if ((manySource ? hubRole : docRole).get(id) !== role) continue
      const m = (manySource ? misfit(groupLetters.get(id) ?? 0, singleLetters) : misfit(singleLetters, groupLetters.get(id) ?? 0)) + unmatched([id])
      if (m < bestMisfit) {
        bestMisfit = m
        best = id
      }
    }
    if (best === undefined || bestMisfit + SINGLE_FIT_MARGIN >= whole) {
      out.push(bead)
      continue
    }
    const keep = best
    for (const id of group) {
      const kept = id === keep
      const sentences = bead.sentences.filter((sb) => (manySource ? sb.source : sb.target).some((s) => sentenceSegment(s) === id))
      if (manySource) out.push({ ...bead, source: [id], target: kept ? bead.target : [], sentences: kept ? sentences : [] })
      else out.push({ ...bead, source: kept ? bead.source : [], target: [id], sentences: kept ? sentences : [] })
    }
  }
  return out
}
