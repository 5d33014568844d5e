/**
 * The corpus-level content check, between the family stage and the dataset: word links are learned per language
 * pair from the cells of every family at once, then each member's cells are compared with the other members' and
 * the drift of members whose content disagrees somewhere is scored again with those findings. Families are
 * independent before this stage; this is the one step that reads them all (a reduce, in a sharded run).
 */
import { contentAgreement } from '../drift/contentAgreement.js'
import { addedParagraph, contentFinding, type ContentFinding } from '../drift/contentReasons.js'
import { copiedParagraphs, type CopiedParagraph, type ParagraphPlace } from '../drift/copiedText.js'
import { copyFindings, paragraphPlaces } from '../drift/copyPlaces.js'
import { trainPairLexicons } from '../drift/pairLexicons.js'
import { scoreDrift } from '../drift/scoreDrift.js'
import { sentencePrefixes } from '../drift/sentencePrefixes.js'
import { familyWords, Vocabularies, type FamilyWords } from '../drift/slotWords.js'
import type { PairLexicons } from '../drift/pairLexicons.js'
import { hubMoves } from '../pivot/hubMoves.js'
import { refitCells } from '../drift/refitCells.js'
import { memberAffinity, pooledCounts, type Affinity } from '../drift/slotAffinity.js'
import { contentSegments } from '../pivot/contentSegments.js'
import type { PivotAlignment } from '../pivot/types.js'
import { sentenceUnits, turnUnits } from './alignedUnits.js'
import { hubPair } from './hubPair.js'
import type { CorpusLexicon } from './pendingLexicons.js'
import type { AlignDocumentsOptions, DocumentAlignment } from '../align/types.js'
import type { DriftWeights } from '../drift/weights.js'
import type { AlignedUnit, DriftReport, NWayAlignment, ParsedDocument, Pivot, TranslationFamily } from '../types.js'
import type { FamilyResult } from './familyStage.js'

/** Units with each member's slot drift taken from the revised reports. */
function reviseUnits(units: readonly AlignedUnit[], reports: readonly DriftReport[]): AlignedUnit[] {
  const slotScore = new Map<string, number>()
  for (const report of reports) for (const slot of report.slots) slotScore.set(`${report.document}\u0000${slot.slot}`, slot.score)
  return units.map((unit) => {
    const drift = Object.fromEntries(Object.entries(unit.drift).map(([doc, score]) => [doc, slotScore.get(`${doc}\u0000${unit.slot}`) ?? score]))
    return { ...unit, drift }
  })
}

/** A family's table with every member's cells and extra segments taken from its alignments. */
function withCells(table: NWayAlignment, alignments: readonly PivotAlignment[]): NWayAlignment {
  const rows = table.rows.map((row, i) => ({ ...row, cells: Object.fromEntries(alignments.map((a) => [a.document, a.cells[i] ?? null] as const)) }))
  return { ...table, rows, extra: Object.fromEntries(alignments.map((a) => [a.document, a.extra] as const)) }
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
 * Per slot, an added paragraph found in a member's own cell of one segment and several paragraphs (an unmarked
 * paragraph after an answer is compared with the others before it is taken for a continuation).
 */
function addedParagraphs(fw: FamilyWords, d: number, member: ParsedDocument, alignment: PivotAlignment, lexicons: PairLexicons, vocabularies: Vocabularies): Array<ContentFinding | undefined> {
  const language = fw.languages[d]
  const affinity = language === undefined ? undefined : memberAffinity(fw, d, lexicons)
  if (affinity === undefined) return []
  const byId = new Map(member.segments.map((s) => [s.id, s] as const))
  return alignment.cells.map((cell, s) => {
    if (cell === null || cell.segments.length !== 1 || fw.words[d]?.[s] === undefined) return undefined
    const segment = byId.get(cell.segments[0]!)
    if (segment === undefined || segment.paragraphs < 2) return undefined
    const paragraphs = segment.text.split(/\n\s*\n/u)
    return addedParagraph(paragraphs.map((text) => affinity(vocabularies.encode(language!, text), s)))
  })
}

/**
 * A family's units after its cells moved: turn units follow the cells; sentence units are derived again from the
 * hub's sentence alignment to each member (a cell placed by content is one unit over its slot), with the new drift.
 */
function unitsAfterRefit(family: string, pivot: Pivot, members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], drift: readonly DriftReport[], units: readonly AlignedUnit[], align: AlignDocumentsOptions, lexicons: readonly CorpusLexicon[] | undefined, known: ReadonlyArray<[string, DocumentAlignment]> | undefined): AlignedUnit[] {
  if (units.every((u) => u.level === 'turn')) return turnUnits(family, pivot, members, alignments, drift)
  const hub = members.find((d) => d.id === pivot.document)
  if (hub === undefined) return reviseUnits(units, drift)
  // The family stage's hub pairs when it kept them (they do not depend on the cells), else aligned again.
  const given = new Map(known ?? [])
  const hubPairs = new Map<string, DocumentAlignment>()
  for (const doc of members) if (doc !== hub) hubPairs.set(doc.id, given.get(doc.id) ?? hubPair(hub, doc, align, undefined, lexicons))
  return sentenceUnits(family, pivot, hub, members, alignments, hubPairs, drift)
}

/**
 * Fewest training cells of a language pair for a half-corpus lexicon (moves only). Lower than the content check's
 * own minimum: a move needs two placements compared with the same links, not an absolute verdict.
 */
const MIN_FOLD_CELLS = 50

/** A half-corpus lexicon, with the whole corpus's for the language pairs it lacks. */
function withFallback(fold: PairLexicons, all: PairLexicons): PairLexicons {
  const out: PairLexicons = new Map(all)
  for (const [k, v] of fold) out.set(k, v)
  return out
}

/**
 * How well a paragraph's words match the other members' cells of a slot (standard deviations from the usual rate):
 * both directions pooled (however few words are linked), and its own words alone (when enough are linked).
 */
function wordEvidence(affinity: Affinity): { pooled: number | undefined; own: number | undefined } {
  return { pooled: pooledCounts([affinity.counts])?.z, own: affinity.precisionZ }
}

/**
 * The paragraphs copied between families (see `copiedText.ts`), keyed by the copy: the judged families' paragraphs,
 * and those of documents in no judged family (alone, or in a family too small to judge), which can only be originals.
 */
function corpusCopies(judged: ReadonlyArray<ParagraphPlace[] | undefined>, families: readonly TranslationFamily[], documents: ReadonlyMap<string, ParsedDocument>): Map<ParagraphPlace, CopiedParagraph> {
  const places = judged.flatMap((p) => p ?? [])
  const seen = new Set(places.map((p) => p.document))
  const familyOf = new Map(families.flatMap((f) => f.documents.map((d) => [d, f.id] as const)))
  for (const doc of [...documents.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!seen.has(doc.id)) places.push(...paragraphPlaces(familyOf.get(doc.id) ?? doc.id, doc, undefined, undefined))
  }
  return new Map(copiedParagraphs(places).map((c) => [c.place, c] as const))
}

/**
 * Check every family's content against word links learned over the whole corpus, and rescore the drift of the
 * members where it disagrees.
 * @param families The families, in order.
 * @param results Each family's result, in the same order.
 * @param documents Every document by id.
 * @param weights Drift weights.
 * @param align Options of the document aligner (the hub's sentence alignments are derived again for a family whose
 *   cells moved, at sentence level).
 * @param sentenceLexicons Lexicons of the language pairs the sentences of the units are aligned with (see `hubPair`).
 * @returns The results with drift reports and units revised (unchanged where content agrees).
 */
export function reviseByContent(families: readonly TranslationFamily[], results: readonly FamilyResult[], documents: ReadonlyMap<string, ParsedDocument>, weights: Partial<DriftWeights> | undefined, align: AlignDocumentsOptions = {}, sentenceLexicons?: readonly CorpusLexicon[] | undefined): FamilyResult[] {
  const vocabularies = new Vocabularies()
  const words: Array<FamilyWords | undefined> = results.map((result, f) => {
    const { pivot, table, alignments } = result
    if (pivot === undefined || table === undefined || alignments === undefined || table.documents.length < 2) return undefined
    const members = table.documents.map((id) => documents.get(id)!)
    return familyWords(families[f]!.id, pivot, members, alignments, vocabularies)
  })
  const lexicons = trainPairLexicons(words.filter((w): w is FamilyWords => w !== undefined))
  if (lexicons.size === 0) return [...results]
  // Moves are judged with links learned from the other half of the families (see `refitCells`).
  const trained = words.filter((w): w is FamilyWords => w !== undefined)
  const folds = [1, 0].map((half) => trainPairLexicons(trained.filter((_, k) => k % 2 === half), MIN_FOLD_CELLS))
  const foldOf = new Map(trained.map((w, k) => [w, k % 2] as const))
  // First every family's cells re-fitted and judged, then the copies between families, then the reports.
  const judged = results.map((result, f) => {
    let fw = words[f]
    const { pivot } = result
    const original = result.alignments
    if (fw === undefined || pivot === undefined || original === undefined) return undefined
    let alignments: PivotAlignment[] = original
    const members = fw.documents.map((id) => documents.get(id)!)
    const held = withFallback(folds[foldOf.get(fw)!]!, lexicons)
    const refitted = refitFamily(fw, pivot, members, alignments, lexicons, held, vocabularies, result.sourceNamed === true)
    const moved = refitted !== original
    if (moved) {
      alignments = refitted
      fw = familyWords(families[f]!.id, pivot, members, alignments, vocabularies)
    }
    const agreement = contentAgreement(fw, lexicons)
    const places = members.map((doc, d) => {
      const affinity = memberAffinity(fw, d, lexicons)
      const language = fw.languages[d]
      return paragraphPlaces(families[f]!.id, doc, alignments[d], affinity === undefined || language === undefined ? undefined : (text, s) => wordEvidence(affinity(vocabularies.encode(language, text), s)))
    })
    return { fw, pivot, original, alignments, members, moved, agreement, places }
  })
  const copies = corpusCopies(judged.map((j) => j?.places.flat()), families, documents)
  return results.map((result, f) => {
    const j = judged[f]
    if (j === undefined) return result
    const { fw, pivot, original, alignments, members, moved, agreement, places } = j
    let changed = moved
    const drift = result.drift.map((report) => {
      const d = fw.documents.indexOf(report.document)
      const added = addedParagraphs(fw, d, members[d]!, alignments[d]!, lexicons, vocabularies)
      const copied = copyFindings(report.document, pivot.slots.length, places[d] ?? [], copies, (id) => documents.get(id)?.path ?? id, alignments[d]?.extra)
      const findings: Array<ContentFinding | undefined> = (agreement[d] ?? []).map((a, s) => copied[s] ?? contentFinding(a) ?? added[s])
      if (moved && alignments[d] !== original[d]) return scoreDrift(pivot, documents.get(report.document)!, alignments[d]!, { family: report.family, weights, content: findings, sentencePrefixes: sentencePrefixes(members, alignments, d), sentenceCuts: result.cuts?.[d] })
      if (!findings.some((x) => x !== undefined)) return report
      changed = true
      return scoreDrift(pivot, documents.get(report.document)!, alignments[d]!, { family: report.family, weights, content: findings, sentencePrefixes: sentencePrefixes(members, alignments, d), sentenceCuts: result.cuts?.[d] })
    })
    if (!changed) return result
    if (!moved) return { ...result, drift, units: reviseUnits(result.units, drift) }
    const table = withCells(result.table!, alignments)
    return { ...result, table, alignments, drift, units: unitsAfterRefit(families[f]!.id, pivot, members, alignments, drift, result.units, align, sentenceLexicons, result.hubPairs) }
  })
}
