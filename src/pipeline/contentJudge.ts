/**
 * One family in the corpus-level content check: its cells re-fitted where the word links contradict them, then its
 * members' cells compared with the other members' and its paragraphs placed for the search for copies.
 */
import { contentAgreement, type CellAgreement } from '../drift/contentAgreement.js'
import { paragraphPlaces } from '../drift/copyPlaces.js'
import type { ParagraphPlace } from '../drift/copiedText.js'
import { trainPairLexicons, type PairLexicons } from '../drift/pairLexicons.js'
import type { WordLinks } from '../align/lexical/trainLexicon.js'
import { refitCells } from '../drift/refitCells.js'
import { memberAffinity, pooledCounts, type Affinity } from '../drift/slotAffinity.js'
import { familyWords, type FamilyWords, type Vocabularies } from '../drift/slotWords.js'
import { contentSegments } from '../pivot/contentSegments.js'
import { hubMoves } from '../pivot/hubMoves.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { ParsedDocument, Pivot } from '../types.js'

/**
 * Fewest training cells of a language pair for a half-corpus lexicon (moves only). Lower than the content check's
 * own minimum: a move needs two placements compared with the same links, not an absolute verdict.
 */
const MIN_FOLD_CELLS = 50

/** A family after its cells were re-fitted and judged against the corpus's word links. */
export interface JudgedFamily {
  /** The family's words, after the re-fit. */
  fw: FamilyWords
  /** The family's pivot. */
  pivot: Pivot
  /** Each member's alignment before the re-fit. */
  original: readonly PivotAlignment[]
  /** Each member's alignment after the re-fit (the same array when nothing moved). */
  alignments: PivotAlignment[]
  /** The members, in the table's order. */
  members: ParsedDocument[]
  /** Whether any cell moved. */
  moved: boolean
  /** Per member and slot, how its cell's content agrees with the other members'. */
  agreement: Array<Array<CellAgreement | undefined>>
  /** Per member, its paragraphs with their places (for the search for copies between families). */
  places: ParagraphPlace[][]
}

/**
 * Word links learned from each half of the families, for judging moves with links not learned from the move itself
 * (see `refitCells`): the lexicon a family reads is the one of the half it is not in, with the whole corpus's for the
 * language pairs that half lacks.
 * @param trained The families' words, in order.
 * @param all The whole corpus's lexicons.
 * @returns Per family's words, its held-out lexicons.
 */
export function heldOutLexicons(trained: readonly FamilyWords[], all: PairLexicons): Map<FamilyWords, PairLexicons> {
  // The even families read the odd half's links and the odd ones the even half's; a fold no family reads (the
  // even half's, when there is one family) is not trained.
  const folds = [1, 0].map((half) => (trained.length > 1 - half ? trainPairLexicons(trained.filter((_, k) => k % 2 === half), MIN_FOLD_CELLS) : new Map<string, WordLinks>()))
  return new Map(trained.map((w, k) => [w, withFallback(folds[k % 2]!, all)] as const))
}

/** A half-corpus lexicon, with the whole corpus's for the language pairs it lacks. */
function withFallback(fold: PairLexicons, all: PairLexicons): PairLexicons {
  const out: PairLexicons = new Map(all)
  for (const [k, v] of fold) out.set(k, v)
  return out
}

/**
 * Every member's alignment re-fitted where the word links contradict it (see `refitCells`); the same array when
 * nothing moves.
 */
function refitFamily(fw: FamilyWords, pivot: Pivot, members: readonly ParsedDocument[], alignments: PivotAlignment[], lexicons: PairLexicons, heldOut: PairLexicons, vocabularies: Vocabularies, sourceNamed: boolean): PivotAlignment[] {
  let changed = false
  const refitted = alignments.map((alignment, d) => {
    const language = fw.languages[d]
    const affinity = language === undefined ? undefined : memberAffinity(fw, d, lexicons)
    // A named source's order is the pivot's: only the other members are judged out of order.
    if (affinity === undefined || (sourceNamed && alignment.method === 'identity')) return alignment
    const segments = contentSegments(members[d]!)
    const fitted = refitCells(pivot.slots, segments, alignment, segments.map((s) => vocabularies.encode(language!, s.text)), affinity, memberAffinity(fw, d, heldOut) ?? affinity)
    if (fitted !== alignment) changed = true
    return fitted
  })
  // Without a named source, a move most members report is the hub's (see `hubMoves`).
  const out = sourceNamed ? refitted : hubMoves(refitted)
  if (out !== refitted) changed = true
  return changed ? [...out] : alignments
}

/**
 * How well a paragraph's words match the other members' cells of a slot (standard deviations from the usual rate):
 * both directions pooled (however few words are linked), and its own words alone (when enough are linked).
 */
function wordEvidence(affinity: Affinity): { pooled: number | undefined; own: number | undefined } {
  return { pooled: pooledCounts([affinity.counts])?.z, own: affinity.precisionZ }
}

/**
 * One family re-fitted and judged: its cells moved where the word links contradict them, its members' content
 * compared cell by cell, and its paragraphs placed with the word evidence of each.
 * @param familyId The family's id.
 * @param fw The family's words before the re-fit.
 * @param pivot The family's pivot.
 * @param original Each member's alignment to the pivot.
 * @param documents Every document by id.
 * @param lexicons The whole corpus's word links.
 * @param heldOut The word links learned without this family (for moves).
 * @param vocabularies The corpus's vocabularies.
 * @param sourceNamed Whether the family's source was named (its order is the pivot's).
 * @returns The judged family.
 */
export function judgeFamily(familyId: string, fw: FamilyWords, pivot: Pivot, original: PivotAlignment[], documents: ReadonlyMap<string, ParsedDocument>, lexicons: PairLexicons, heldOut: PairLexicons, vocabularies: Vocabularies, sourceNamed: boolean): JudgedFamily {
  const members = fw.documents.map((id) => documents.get(id)!)
  const alignments = refitFamily(fw, pivot, members, original, lexicons, heldOut, vocabularies, sourceNamed)
  const moved = alignments !== original
  const words = moved ? familyWords(familyId, pivot, members, alignments, vocabularies) : fw
  const agreement = contentAgreement(words, lexicons)
  const places = members.map((doc, d) => {
    const affinity = memberAffinity(words, d, lexicons)
    const language = words.languages[d]
    return paragraphPlaces(familyId, doc, alignments[d], affinity === undefined || language === undefined ? undefined : (text, s) => wordEvidence(affinity(vocabularies.encode(language, text), s)))
  })
  return { fw: words, pivot, original, alignments, members, moved, agreement, places }
}
