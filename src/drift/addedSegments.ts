/**
 * Segments that fill no slot and say nothing the other members say where they stand: a paragraph added, however
 * short. Without this a segment in no slot weighs its length only (its share of the text against a slot's mean
 * share, see `documentScore`), so a one-line paragraph added to a long page stays under the firing level, as a
 * line the alignment left beside its cell does. Its words tell the two apart: the left-over line says what the
 * slots around it say, the added paragraph says something else.
 */
import type { PivotAlignment } from '../pivot/types.js'
import { contentSegments } from '../pivot/contentSegments.js'
import type { ParsedDocument } from '../types.js'
import { saysNothingThere } from './contentReasons.js'
import type { PairLexicons } from './pairLexicons.js'
import { memberAffinity, type Affinity } from './slotAffinity.js'
import type { FamilyWords, Vocabularies } from './slotWords.js'
import { slotsBySegment } from '../pivot/segmentSlots.js'

/** Deviations under the usual rate at which an added segment scores 0.5 (1 at twice as many), as `addedParagraph`. */
const ADDED_Z = 2.5

/**
 * The slots a segment that fills no slot stands among: from the last slot of the nearest placed segment before it
 * to the first slot of the nearest placed segment after it (the first or last slot at the document's ends).
 * @param at The segment's place among the document's content segments.
 * @param slotsAt Per content segment, the slots whose cells hold it (empty when none).
 * @param slotCount How many slots the pivot has.
 */
function slotsAround(at: number, slotsAt: ReadonlyArray<readonly number[]>, slotCount: number): number[] {
  let low = 0
  let high = slotCount - 1
  for (let k = at - 1; k >= 0; k--) {
    if (slotsAt[k]!.length > 0) {
      low = Math.max(...slotsAt[k]!)
      break
    }
  }
  for (let k = at + 1; k < slotsAt.length; k++) {
    if (slotsAt[k]!.length > 0) {
      high = Math.min(...slotsAt[k]!)
      break
    }
  }
  if (high < low) [low, high] = [high, low]
  return Array.from({ length: high - low + 1 }, (_, i) => low + i)
}

/**
 * How strongly a text's words miss every slot it stands among: `undefined` when no slot can be judged or one of them
 * finds its words (see `saysNothingThere`), else the score of the slot it misses least (0.5 at {@link ADDED_Z}
 * deviations under the usual rate, 1 at twice as many).
 */
function missesAround(affinities: readonly Affinity[]): number | undefined {
  const judged = affinities.filter((a) => (a.precision !== undefined && a.precisionZ !== undefined) || (a.ratio !== undefined && a.z !== undefined))
  if (judged.length === 0 || !judged.every((a) => saysNothingThere(a))) return undefined
  const least = Math.min(...judged.map((a) => -(a.precision !== undefined ? a.precisionZ! : a.z!)))
  return Math.min(1, 0.5 + (0.5 * (least - ADDED_Z)) / ADDED_Z)
}

/**
 * Per segment of member `d` that fills no slot (`alignment.extra`) and says nothing the other members say in the
 * slots it stands among, the score of that finding (see {@link missesAround}).
 * @param fw The family's cell words.
 * @param d The member.
 * @param doc The member's document.
 * @param alignment The member's alignment to the pivot.
 * @param lexicons The corpus's word links.
 * @param vocabularies The corpus's vocabularies.
 * @returns Scores by segment id (empty when the member has no lexicon or no segment in no slot).
 */
export function addedSegments(fw: FamilyWords, d: number, doc: ParsedDocument, alignment: PivotAlignment, lexicons: PairLexicons, vocabularies: Vocabularies): Map<string, number> {
  const out = new Map<string, number>()
  const language = fw.languages[d]
  const extra = new Set(alignment.extra)
  if (language === undefined || extra.size === 0) return out
  const order = contentSegments(doc)
  const slotsOf = slotsBySegment(alignment.cells)
  const slotsAt = order.map((s) => slotsOf.get(s.id) ?? [])
  let affinity: ReturnType<typeof memberAffinity> | null = null
  order.forEach((segment, at) => {
    if (!extra.has(segment.id) || slotsAt[at]!.length > 0) return
    // Built at the first segment in no slot only.
    affinity ??= memberAffinity(fw, d, lexicons)
    const judge = affinity
    if (judge === undefined) return
    const words = vocabularies.encode(language, segment.text)
    const score = missesAround(slotsAround(at, slotsAt, alignment.cells.length).map((s) => judge(words, s)))
    if (score !== undefined) out.set(segment.id, score)
  })
  return out
}
