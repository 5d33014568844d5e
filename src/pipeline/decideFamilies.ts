import { groupFamilies } from '../pivot/groupFamilies.js'
import type { SecondRoundInput } from '../pivot/groupFamilies.js'
import type { SecondRoundPlan } from '../pivot/rejoinLone.js'
import type { Diagnostic, PairVerdict, TranslationFamily } from '../types.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'
import { samePageNotes } from './samePage.js'
import { languageVariant } from '../detect/languageVariant.js'

/** Families of a corpus and what the decision found worth saying. */
export interface DecidedFamilies {
  /** Translation families. */
  families: TranslationFamily[]
  /** Why a document was left out of the family of a document it was judged parallel to, by document id. */
  leftOut: Map<string, string>
  /** `same-language-in-family` notes (revisions or second translations) and `same-page-other-family` notes. */
  diagnostics: Diagnostic[]
  /** The pairs a second round still needs scored (the families are then the first round's; see `groupFamilies`). */
  pending?: SecondRoundPlan | undefined
}

/**
 * The family decision of the corpus job: average-linkage clustering of the verdicts with at most one document per
 * language variant (see `groupFamilies`; Simplified and Traditional Chinese, `pt` and `pt-PT`, are two: see
 * `languageVariant`), a note for every family that holds two documents of one language, and one for every
 * family whose paths name a page another family translates (see `samePageNotes`).
 * @param sorted Documents sorted by id (their detected languages are used, with the variant their tag names):
 *   parsed documents, or anything with an id and a language.
 * @param verdicts Pair verdicts.
 * @param threshold Parallelism threshold.
 * @param secondRound Lengths (and, once scored, the pair scores) of a second round for the documents left alone
 *   (see `groupFamilies`, `secondRound.ts`).
 */
export function decideFamilies(sorted: ReadonlyArray<{ id: string; language?: { iso6393: string; bcp47?: string | undefined } | undefined }>, verdicts: readonly PairVerdict[], threshold: number, secondRound?: SecondRoundInput | undefined): DecidedFamilies {
  const decision = groupFamilies(sorted.map((d) => ({ id: d.id, language: languageVariant(d.language) })), verdicts, { threshold, secondRound })
  const diagnostics: Diagnostic[] = decision.sameLanguage.map((s) => ({
    ruleId: 'same-language-in-family',
    source: 'paracorpus:pivot',
    severity: 'info',
    file: s.family,
    reason: `${s.family} holds ${s.documents.length} documents in ${s.language} (${s.documents.join(', ')}): revisions or separate translations of one original`,
    url: ruleUrl('same-language-in-family'),
  }))
  diagnostics.push(...samePageNotes(decision.families, sorted.map((d) => ({ id: d.id, language: d.language?.iso6393 })), verdicts, secondRound?.scores))
  const decided: DecidedFamilies = { families: decision.families, leftOut: decision.leftOut, diagnostics }
  if (decision.pending !== undefined) decided.pending = decision.pending
  return decided
}
