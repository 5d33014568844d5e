/**
 * The corpus-level content check, between the family stage and the dataset: word links are learned per language
 * pair from the cells of every family at once, then each member's cells are compared with the other members' and
 * the drift of members whose content disagrees somewhere is scored again with those findings. Families are
 * independent before this stage; this is the one step that reads them all (a reduce, in a sharded run).
 *
 * The steps live beside it: `contentJudge.ts` re-fits and judges one family, `contentReports.ts` finds the copies
 * between families and rescores the reports, `contentUnits.ts` derives the table and units again.
 */
import { trainPairLexicons } from '../drift/pairLexicons.js'
import { familyWords, Vocabularies, type FamilyWords } from '../drift/slotWords.js'
import type { AlignDocumentsOptions } from '../align/types.js'
import type { DriftWeights } from '../drift/weights.js'
import type { ParsedDocument, TranslationFamily } from '../types.js'
import { heldOutLexicons, judgeFamily } from './contentJudge.js'
import { corpusCopies, rescoreFamily } from './contentReports.js'
import { reviseUnits, unitsAfterRefit, withCells } from './contentUnits.js'
import type { FamilyResult } from './familyStage.js'
import type { CorpusLexicon } from './pendingLexicons.js'

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
 * @param topReasons How many reasons each drift report lists (default 10).
 * @returns The results with drift reports and units revised (unchanged where content agrees).
 */
export function reviseByContent(families: readonly TranslationFamily[], results: readonly FamilyResult[], documents: ReadonlyMap<string, ParsedDocument>, weights: Partial<DriftWeights> | undefined, align: AlignDocumentsOptions = {}, sentenceLexicons?: readonly CorpusLexicon[] | undefined, topReasons?: number | undefined): FamilyResult[] {
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
  const heldOut = heldOutLexicons(words.filter((w): w is FamilyWords => w !== undefined), lexicons)
  // First every family's cells re-fitted and judged, then the copies between families, then the reports.
  const judged = results.map((result, f) => {
    const fw = words[f]
    const { pivot, alignments } = result
    if (fw === undefined || pivot === undefined || alignments === undefined) return undefined
    return judgeFamily(families[f]!.id, fw, pivot, alignments, documents, lexicons, heldOut.get(fw)!, vocabularies, result.sourceNamed === true)
  })
  const copies = corpusCopies(judged.map((j) => j?.places.flat()), families, documents)
  return results.map((result, f) => {
    const j = judged[f]
    if (j === undefined) return result
    const { drift, changed } = rescoreFamily(result, j, copies, documents, lexicons, vocabularies, weights, topReasons)
    if (!changed) return result
    if (!j.moved) return { ...result, drift, units: reviseUnits(result.units, drift) }
    const table = withCells(result.table!, j.alignments)
    return { ...result, table, alignments: j.alignments, drift, units: unitsAfterRefit(families[f]!.id, j.pivot, j.members, j.alignments, drift, result.units, align, sentenceLexicons, result.hubPairs) }
  })
}
