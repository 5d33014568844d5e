/**
 * The members' drift reports after the content check: per slot, a paragraph copied from another family, a cell
 * whose content disagrees with the other members', or a paragraph added inside one segment; members whose cells moved
 * or that have a finding are scored again.
 */
import { addedParagraph, contentFinding, type ContentFinding } from '../drift/contentReasons.js'
import { copiedParagraphs, type CopiedParagraph, type ParagraphPlace } from '../drift/copiedText.js'
import { copyFindings, paragraphPlaces } from '../drift/copyPlaces.js'
import type { PairLexicons } from '../drift/pairLexicons.js'
import { familySpeaksInTurns } from '../drift/roleDrift.js'
import { scoreDrift } from '../drift/scoreDrift.js'
import { anchorPlaces } from '../drift/anchorPlaces.js'
import { laterAnchors } from '../drift/laterAnchors.js'
import { sentenceCounts } from '../drift/sentenceCounts.js'
import { othersParagraphs } from '../drift/paragraphCounts.js'
import { sentencePrefixes } from '../drift/sentencePrefixes.js'
import { memberAffinity } from '../drift/slotAffinity.js'
import type { FamilyWords, Vocabularies } from '../drift/slotWords.js'
import type { DriftWeights } from '../drift/weights.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { DriftReport, ParsedDocument, PivotSlot, TranslationFamily } from '../types.js'
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
  const drift = result.drift.map((report) => {
    const d = fw.documents.indexOf(report.document)
    const added = addedParagraphs(fw, d, members, alignments, pivot.slots, lexicons, vocabularies)
    const copied = copyFindings(report.document, pivot.slots.length, places[d] ?? [], copies, (id) => documents.get(id)?.path ?? id, alignments[d]?.extra)
    const findings: Array<ContentFinding | undefined> = (agreement[d] ?? []).map((a, s) => copied[s] ?? contentFinding(a) ?? added[s])
    const cellsMoved = moved && alignments[d] !== original[d]
    if (!cellsMoved && !findings.some((x) => x !== undefined)) return report
    if (!cellsMoved) changed = true
    return scoreDrift(pivot, documents.get(report.document)!, alignments[d]!, { family: report.family, weights, topReasons, dialogue: familySpeaksInTurns(members), content: findings, sentencePrefixes: sentencePrefixes(members, alignments, d), sentenceCounts: sentenceCounts(members, alignments, d), sentenceCuts: result.cuts?.[d], laterAnchors: laterAnchors(members, alignments, d), anchorPlaces: anchorPlaces(members, alignments, d) })
  })
  return { drift, changed }
}
