/**
 * The members' drift reports after the content check: per slot, a paragraph copied from another family, a cell
 * whose content disagrees with the other members', or a paragraph added inside one segment; per segment in no slot,
 * whether its words say nothing the members say around it (`addedSegments`); members whose cells moved or that have
 * a finding are scored again.
 */
import { addedParagraph, contentFinding, REPLACED_RATIO, type ContentFinding } from '../drift/contentReasons.js'
import { copiedParagraphs, type CopiedParagraph, type ParagraphPlace } from '../drift/copiedText.js'
import { copyFindings, paragraphPlaces } from '../drift/copyPlaces.js'
import type { PairLexicons } from '../drift/pairLexicons.js'
import { familySpeaksInTurns } from '../drift/roleDrift.js'
import { scoreDrift } from '../drift/scoreDrift.js'
import { addedSegments } from '../drift/addedSegments.js'
import { anchorPlaces } from '../drift/anchorPlaces.js'
import { laterAnchors } from '../drift/laterAnchors.js'
import { sentenceCounts } from '../drift/sentenceCounts.js'
import { leftUntranslated, readFamilyCells } from '../drift/leftUntranslated.js'
import { othersParagraphs } from '../drift/paragraphCounts.js'
import { sentencePrefixes } from '../drift/sentencePrefixes.js'
import { closingMarks } from '../drift/closingMarks.js'
import { memberAffinity } from '../drift/slotAffinity.js'
import type { FamilyWords, Vocabularies } from '../drift/slotWords.js'
import type { DriftWeights } from '../drift/weights.js'
import type { PivotAlignment } from '../pivot/types.js'
import { contentSegments } from '../pivot/contentSegments.js'
import type { DriftReport, ParsedDocument, PivotSlot, Segment, TranslationFamily } from '../types.js'
import type { JudgedFamily } from './contentJudge.js'
import type { FamilyResult } from './familyStage.js'

/**
 * Per slot, an added paragraph found in a member's own cell of one segment and several paragraphs (an unmarked
 * paragraph after an answer is compared with the others before it is taken for a continuation).
 */
function addedParagraphs(fw: FamilyWords, d: number, members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], slots: readonly PivotSlot[], lexicons: PairLexicons, vocabularies: Vocabularies): Array<ContentFinding | undefined> {
  const language = fw.languages[d]
  const affinity = language === undefined ? undefined : memberAffinity(fw, d, lexicons)
  if (affinity === undefined) return []
  const byId = new Map(members[d]!.segments.map((s) => [s.id, s] as const))
  const others = othersParagraphs(members, alignments, d)
  return alignments[d]!.cells.map((cell, s) => {
    if (cell === null || cell.segments.length !== 1 || fw.words[d]?.[s] === undefined) return undefined
    const segment = byId.get(cell.segments[0]!)
    // A cell with no more paragraphs than the other members write in the slot added none (its lexicon is thin, not its text).
    if (segment === undefined || segment.paragraphs < 2 || segment.paragraphs <= (others[s] ?? slots[s]?.paragraphs ?? 1)) return undefined
    const paragraphs = segment.text.split(/\n\s*\n/u)
    return addedParagraph(paragraphs.map((text) => affinity(vocabularies.encode(language!, text), s)))
  })
}

/**
 * A `replaced` finding of a cell, unless a segment of the member that fills no slot and stands right beside the
 * cell is not other text by the same measure (its words and the other members' match above {@link REPLACED_RATIO}
 * of the usual rate): the slot's text is there, unplaced, and the cell holds the paragraph next to it — the
 * alignment took the wrong one of two paragraphs where the pivot has one slot (a paragraph most members lack).
 * @param finding The cell's finding from its content agreement.
 * @param beside The best agreement of an unplaced segment beside the cell (see {@link besideAgreement}).
 */
function placedBeside(finding: ContentFinding | undefined, beside: () => number | undefined): ContentFinding | undefined {
  if (finding?.code !== 'replaced') return finding
  const ratio = beside()
  return ratio !== undefined && ratio > REPLACED_RATIO ? undefined : finding
}

/**
 * Per slot, the best agreement (both directions pooled, relative to the usual rate) with the other members' cells of
 * the slot of a segment of member `d` that fills no slot and stands right before or after the slot's cell.
 * @param fw The family's cell words.
 * @param d The member.
 * @param doc The member's document.
 * @param alignment The member's alignment to the pivot.
 * @param lexicons The corpus's word links.
 * @param vocabularies The corpus's vocabularies.
 * @returns `(slot) => ratio`, `undefined` where no unplaced segment stands beside the cell or nothing is linked.
 */
function besideAgreement(fw: FamilyWords, d: number, doc: ParsedDocument, alignment: PivotAlignment, lexicons: PairLexicons, vocabularies: Vocabularies): (slot: number) => number | undefined {
  const language = fw.languages[d]
  const extra = new Set(alignment.extra)
  if (language === undefined || extra.size === 0) return () => undefined
  const order = contentSegments(doc)
  const at = new Map(order.map((s, i) => [s.id, i] as const))
  // Built at the first replaced cell only: most members have none.
  let affinity: ReturnType<typeof memberAffinity> | null = null
  return (slot) => {
    const places = (alignment.cells[slot]?.segments ?? []).map((id) => at.get(id)).filter((i): i is number => i !== undefined)
    const beside = places.length === 0 ? [] : [order[Math.min(...places) - 1], order[Math.max(...places) + 1]].filter((s): s is Segment => s !== undefined && extra.has(s.id))
    if (beside.length === 0) return undefined
    affinity ??= memberAffinity(fw, d, lexicons)
    const judge = affinity
    return judge === undefined ? undefined : Math.max(...beside.map((s) => judge(vocabularies.encode(language, s.text), slot).ratio ?? 0))
  }
}

/**
 * The paragraphs copied between families (see `copiedText.ts`), keyed by the copy: the judged families' paragraphs,
 * and those of documents in no judged family (alone, or in a family too small to judge), which can only be originals.
 * @param judged Per judged family, its paragraphs with their places.
 * @param families The families.
 * @param documents Every document by id.
 * @returns The copies, keyed by the copy's place.
 */
export function corpusCopies(judged: ReadonlyArray<ParagraphPlace[] | undefined>, families: readonly TranslationFamily[], documents: ReadonlyMap<string, ParsedDocument>): Map<ParagraphPlace, CopiedParagraph> {
  const places = judged.flatMap((p) => p ?? [])
  const seen = new Set(places.map((p) => p.document))
  const familyOf = new Map(families.flatMap((f) => f.documents.map((d) => [d, f.id] as const)))
  for (const doc of [...documents.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!seen.has(doc.id)) places.push(...paragraphPlaces(familyOf.get(doc.id) ?? doc.id, doc, undefined, undefined))
  }
  return new Map(copiedParagraphs(places).map((c) => [c.place, c] as const))
}

/**
 * A judged family's drift reports scored again where its cells moved or a content finding exists.
 * @param result The family's result before the check.
 * @param j The family, re-fitted and judged.
 * @param copies The paragraphs copied between families (see `corpusCopies`).
 * @param documents Every document by id.
 * @param lexicons The whole corpus's word links.
 * @param vocabularies The corpus's vocabularies.
 * @param weights Drift weights.
 * @param topReasons How many reasons each report lists (default 10).
 * @returns The reports (the same objects where nothing changed) and whether any changed.
 */
export function rescoreFamily(result: FamilyResult, j: JudgedFamily, copies: ReadonlyMap<ParagraphPlace, CopiedParagraph>, documents: ReadonlyMap<string, ParsedDocument>, lexicons: PairLexicons, vocabularies: Vocabularies, weights: Partial<DriftWeights> | undefined, topReasons?: number | undefined): { drift: DriftReport[]; changed: boolean } {
  const { fw, pivot, original, alignments, members, moved, agreement, places } = j
  let changed = moved
  const cells = readFamilyCells(members, alignments)
  const drift = result.drift.map((report) => {
    const d = fw.documents.indexOf(report.document)
    const added = addedParagraphs(fw, d, members, alignments, pivot.slots, lexicons, vocabularies)
    const copied = copyFindings(report.document, pivot.slots.length, places[d] ?? [], copies, (id) => documents.get(id)?.path ?? id, alignments[d]?.extra, alignments[d]?.cells, pivot.slots.map((slot) => slot.paragraphs ?? 1))
    const beside = besideAgreement(fw, d, members[d]!, alignments[d]!, lexicons, vocabularies)
    const findings: Array<ContentFinding | undefined> = (agreement[d] ?? []).map((a, s) => copied[s] ?? placedBeside(contentFinding(a), () => beside(s)) ?? added[s])
    const addedAlone = addedSegments(fw, d, members[d]!, alignments[d]!, lexicons, vocabularies)
    const cellsMoved = moved && alignments[d] !== original[d]
    if (!cellsMoved && !findings.some((x) => x !== undefined) && addedAlone.size === 0) return report
    if (!cellsMoved) changed = true
    return scoreDrift(pivot, documents.get(report.document)!, alignments[d]!, { family: report.family, weights, topReasons, dialogue: familySpeaksInTurns(members), content: findings, sentencePrefixes: sentencePrefixes(members, alignments, d), sentenceCounts: sentenceCounts(members, alignments, d), sentenceCuts: result.cuts?.[d], laterAnchors: laterAnchors(members, alignments, d), anchorPlaces: anchorPlaces(members, alignments, d), closingMarks: closingMarks(members, alignments, d), untranslated: leftUntranslated(members, alignments, d, cells), addedSegments: addedAlone })
  })
  return { drift, changed }
}
