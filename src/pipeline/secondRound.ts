/**
 * The scoring half of the family decision's second round (Moore 2002 in spirit: a word model learned from the
 * confident part of the corpus re-reads the rest). The families of the first round are the confident part: the
 * 1-1 paragraph beads of their member pairs judged parallel are pooled per language pair and one lexicon is learned per language pair asked about. Each
 * planned pair (`planSecondRound`) is then aligned again with that lexicon, so that words that translate each other
 * count in its order gain as numbers and names do. `alignCorpus` runs it in place (`decideWithSecondRound`); the
 * sharded job learns the lexicons in `group` and scores the pairs in its `rejudge` step, with the same functions.
 */
import type { AlignDocumentsOptions, DocumentAlignment } from '../align/types.js'
import { alignDocuments } from '../align/document/alignDocuments.js'
import type { LanguagePairBitext, LanguagePairLexicon } from '../align/lexical/languagePairLexicons.js'
import { pairKey, unorderedPairKey } from '../pivot/pairKey.js'
import type { SecondRoundPlan } from '../pivot/rejoinLone.js'
import type { PairVerdict, ParsedDocument } from '../types.js'
import { documentCharacters } from './candidatePairs.js'
import type { PairTraining } from './corpusLexicons.js'
import { decideFamilies, type DecidedFamilies } from './decideFamilies.js'
import { isPending, learnPending, lexiconOf, pendingLexiconsOfCorpus, type CorpusLexicon, type PendingLexicon } from './pendingLexicons.js'

/**
 * The 1-1 paragraph beads of a pair judged parallel, as training data of its language pair (sides in language-code
 * order, each bead's confidence kept: the lexicon learns from the confident ones). Paragraphs, not sentences: a Thai
 * paragraph reads as one sentence, so a Thai document gives few 1-1 sentence beads.
 */
function paragraphPairs(source: ParsedDocument, target: ParsedDocument, alignment: DocumentAlignment): LanguagePairBitext | undefined {
  const a = source.language?.iso6393
  const b = target.language?.iso6393
  if (!alignment.parallelism.parallel || a === undefined || b === undefined || a === b || a === 'und' || b === 'und') return undefined
  const textOf = (doc: ParsedDocument): Map<string, string> => new Map(doc.segments.map((x) => [x.id, x.text] as const))
  const s = textOf(source)
  const t = textOf(target)
  const pairs: Array<[string, string]> = []
  const confidences: number[] = []
  for (const bead of alignment.segments) {
    if (bead.source.length !== 1 || bead.target.length !== 1) continue
    const x = s.get(bead.source[0]!)
    const y = t.get(bead.target[0]!)
    if (x === undefined || y === undefined) continue
    pairs.push(a < b ? [x, y] : [y, x])
    confidences.push(bead.confidence)
  }
  return pairs.length === 0 ? undefined : { languages: a < b ? [a, b] : [b, a], pairs, confidences }
}

/**
 * The second round's training data: the paragraph pairs of every pair judged parallel (what `judge` writes as
 * `paragraph-training` records; only those inside one first-round family are learned from).
 * @param verdicts Verdicts of the judged pairs.
 * @param documents Documents by id.
 * @param alignmentOf The alignment behind a verdict (from the pairwise stage's cache).
 */
export function paragraphTrainingOfPairs(verdicts: readonly PairVerdict[], documents: ReadonlyMap<string, ParsedDocument>, alignmentOf: (a: string, b: string) => DocumentAlignment | undefined): PairTraining[] {
  const out: PairTraining[] = []
  for (const v of verdicts) {
    if (!v.parallel) continue
    const alignment = alignmentOf(v.a, v.b)
    const source = alignment === undefined ? undefined : documents.get(alignment.sourceId)
    const target = alignment === undefined ? undefined : documents.get(alignment.targetId)
    const bitext = alignment === undefined || source === undefined || target === undefined ? undefined : paragraphPairs(source, target, alignment)
    if (bitext !== undefined) out.push({ a: v.a, b: v.b, bitext })
  }
  return out
}

/**
 * The second round's lexicons still to learn: from the training data of the pairs inside one first-round family
 * (in document-id order), the pooled paragraph pairs of each language pair that a planned pair spans, one entry per
 * language pair. Learning an entry (`learnPending`) gives the lexicon {@link secondRoundLexicons} lists for it: each
 * language pair is learned from its own data alone, so an entry can be learned where and when its pairs are scored.
 * @param plan The second round's plan.
 * @param training Paragraph pairs of the judged pairs (`paragraphTrainingOfPairs`, or judge's `paragraph-training` records).
 * @param languageOf A document's known language.
 */
export function secondRoundTraining(plan: SecondRoundPlan, training: readonly PairTraining[], languageOf: (id: string) => string | undefined): PendingLexicon[] {
  const familyOf = new Map<string, number>()
  plan.families.forEach((members, f) => {
    for (const d of members) familyOf.set(d, f)
  })
  const wanted = new Set<string>()
  for (const [a, b] of plan.pairs) {
    const la = languageOf(a)
    const lb = languageOf(b)
    if (la !== undefined && lb !== undefined && la !== lb) wanted.add(unorderedPairKey(la, lb))
  }
  const inFamily = training.filter((t) => familyOf.get(t.a) !== undefined && familyOf.get(t.a) === familyOf.get(t.b) && wanted.has(unorderedPairKey(...t.bitext.languages)))
  return pendingLexiconsOfCorpus(inFamily, undefined, true).filter(isPending)
}

/**
 * The second round's lexicons: {@link secondRoundTraining}'s entries learned, one lexicon per language pair that a
 * planned pair spans (a language pair with too little to learn from has none), in language order.
 * @param plan The second round's plan.
 * @param training Paragraph pairs of the judged pairs (`paragraphTrainingOfPairs`, or judge's `paragraph-training` records).
 * @param languageOf A document's known language.
 */
export function secondRoundLexicons(plan: SecondRoundPlan, training: readonly PairTraining[], languageOf: (id: string) => string | undefined): LanguagePairLexicon[] {
  return secondRoundTraining(plan, training, languageOf).flatMap((entry) => learnPending(entry) ?? [])
}

/**
 * A planned pair's second-round score: the parallelism score of the two documents aligned again with the lexicon of
 * their language pair, or `undefined` when there is none (nothing new to read).
 * @param a The first document (the smaller id).
 * @param b The second.
 * @param lexicons The second round's lexicons, learned or still to learn (`secondRoundTraining`; learned on first use).
 * @param align Options of the document aligner, as the pairwise stage used them.
 */
export function rescorePair(a: ParsedDocument, b: ParsedDocument, lexicons: readonly CorpusLexicon[], align: AlignDocumentsOptions): number | undefined {
  const lexicon = lexiconOf(lexicons, a.language?.iso6393, b.language?.iso6393)
  if (lexicon === undefined) return undefined
  // Threshold 1: the verdict's score is all that is read, so the sentence pass is skipped.
  return alignDocuments(a, b, { ...align, threshold: 1, force: false, lexicon }).parallelism.score
}

/**
 * Scores the planned pairs of a second round: each pair's {@link rescorePair} score by `pairKey(a, b)`, a pair without
 * a score left out. In place ({@link scoreInPlace}) or on a worker pool; every scorer gives the same scores.
 * @param pairs The planned pairs, `[a, b]` with `a < b`.
 * @param lexicons The round's lexicons still to learn ({@link secondRoundTraining}).
 */
export type SecondRoundScorer = (pairs: ReadonlyArray<readonly [string, string]>, lexicons: readonly PendingLexicon[]) => Promise<Map<string, number>>

/**
 * The scorer of {@link decideWithSecondRound} that scores every pair in the calling thread.
 * @param byId Documents by id.
 * @param align Options of the document aligner.
 */
export function scoreInPlace(byId: ReadonlyMap<string, ParsedDocument>, align: AlignDocumentsOptions): (pairs: ReadonlyArray<readonly [string, string]>, lexicons: readonly PendingLexicon[]) => Map<string, number> {
  return (pairs, lexicons) => {
    const scores = new Map<string, number>()
    for (const [a, b] of pairs) {
      const score = rescorePair(byId.get(a)!, byId.get(b)!, lexicons, align)
      if (score !== undefined) scores.set(pairKey(a, b), score)
    }
    return scores
  }
}

/** The first round of the family decision and what its second round needs (see {@link decideWithSecondRound}). */
interface FirstRound {
  /** The first round's decision; its `pending` plan, if any, is what the second round scores. */
  first: DecidedFamilies
  /** The decision again, with the scores of the planned pairs. */
  again: (scores: ReadonlyMap<string, number>) => DecidedFamilies
  /** A document's known language. */
  languageOf: (id: string) => string | undefined
}

/** The first round of {@link decideWithSecondRound}. */
function firstRound(sorted: readonly ParsedDocument[], verdicts: readonly PairVerdict[], threshold: number): FirstRound {
  const byId = new Map(sorted.map((d) => [d.id, d] as const))
  const lengths = new Map<string, number>()
  const lengthOf = (id: string): number => {
    let n = lengths.get(id)
    if (n === undefined) lengths.set(id, (n = documentCharacters(byId.get(id)!)))
    return n
  }
  const languageOf = (id: string): string | undefined => {
    const l = byId.get(id)?.language?.iso6393
    return l === 'und' ? undefined : l
  }
  return { first: decideFamilies(sorted, verdicts, threshold, { lengthOf }), again: (scores) => decideFamilies(sorted, verdicts, threshold, { lengthOf, scores: new Map(scores) }), languageOf }
}

/**
 * The family decision with its second round, in place: the first round, then (when lone documents have candidate
 * families) the planned pairs scored here and the decision again with their scores.
 * @param sorted Documents sorted by id.
 * @param verdicts Pair verdicts, in pair order.
 * @param threshold Parallelism threshold.
 * @param training Paragraph pairs of the judged pairs (`paragraphTrainingOfPairs`), asked for only when the round has work.
 * @param align Options of the document aligner.
 */
export function decideWithSecondRound(sorted: readonly ParsedDocument[], verdicts: readonly PairVerdict[], threshold: number, training: () => readonly PairTraining[], align: AlignDocumentsOptions): DecidedFamilies {
  const { first, again, languageOf } = firstRound(sorted, verdicts, threshold)
  if (first.pending === undefined) return first
  const score = scoreInPlace(new Map(sorted.map((d) => [d.id, d] as const)), align)
  return again(score(first.pending.pairs, secondRoundTraining(first.pending, training(), languageOf)))
}

/**
 * {@link decideWithSecondRound} with the planned pairs scored by `score` (e.g. on a worker pool): the same decision.
 * @param sorted Documents sorted by id.
 * @param verdicts Pair verdicts, in pair order.
 * @param threshold Parallelism threshold.
 * @param training Paragraph pairs of the judged pairs, asked for only when the round has work.
 * @param score Scores the planned pairs.
 */
export async function decideWithSecondRoundBy(sorted: readonly ParsedDocument[], verdicts: readonly PairVerdict[], threshold: number, training: () => readonly PairTraining[], score: SecondRoundScorer): Promise<DecidedFamilies> {
  const { first, again, languageOf } = firstRound(sorted, verdicts, threshold)
  if (first.pending === undefined) return first
  return again(await score(first.pending.pairs, secondRoundTraining(first.pending, training(), languageOf)))
}
