import { createHash } from 'node:crypto'
import type { PairVerdict } from '../../types.js'
import { decideFamilies } from '../decideFamilies.js'
import { gatherPrepared } from './gatherPrepared.js'
import type { DecisionRecord, FamilyRecord, LexiconRecord, RejudgeLexiconRecord, RejudgeRecord, ShardRecord } from './records.js'
import type { SecondRoundPlan } from '../../pivot/rejoinLone.js'
import { pairKey } from '../../pivot/pairKey.js'
import { secondRoundLexicons } from '../secondRound.js'
import type { PairTraining } from '../corpusLexicons.js'
import { planDataset, type BuildDatasetOptions } from '../buildDataset.js'
import { lexiconsOfCorpus } from '../corpusLexicons.js'
import { checkDatasetOptions } from '../checkPipelineOptions.js'
import { checkNumber, checkOptions } from '../../errors/checkArgument.js'
import { RECORD_SHAPE, checkShapeArray, checkTextArray } from '../../errors/checkShape.js'

/** Options of {@link groupShard}: the lexicon options of `buildDataset`. */
export type GroupShardOptions = Pick<BuildDatasetOptions, 'corpusLexicon' | 'lexicons'>

/**
 * A family's key: the first 16 hex digits of the SHA-256 of its sorted member ids, one per line. Derived from
 * content alone, it is the same whichever machine or shard computes it, and unique in a corpus.
 * @param members Member document ids, sorted.
 */
export function familyKey(members: readonly string[]): string {
  checkTextArray(members, 'members')
  return createHash('sha256').update(members.join('\n')).digest('hex').slice(0, 16)
}

/**
 * Verdicts in the order `alignCorpus` gives them (pair order: by first, then second document id).
 * @param records Records holding verdict records (others are ignored).
 */
export function sortedVerdicts(records: readonly ShardRecord[]): PairVerdict[] {
  return records.flatMap((r) => (r.type === 'verdict' ? [r.verdict] : [])).sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0))
}

/** Unrelated pairs per rejudge batch. */
const NULL_BATCH = 32

/**
 * The rejudge records of a pending second round: one batch per lone document (its pairs), then the unrelated pairs
 * in batches of {@link NULL_BATCH}; then the lexicons they are scored with.
 */
function rejudgeRecords(plan: SecondRoundPlan, training: readonly PairTraining[], languageOf: (id: string) => string | undefined): Array<RejudgeRecord | RejudgeLexiconRecord> {
  const nulls = new Set(plan.nulls.map(([a, b]) => pairKey(a, b)))
  const asked = plan.pairs.filter((pair) => !nulls.has(pairKey(...pair)))
  // A pair of two asked documents is scored once, in the batch of the first.
  const batchOf = new Map<string, number>()
  for (const [a, b] of asked) batchOf.set(pairKey(a, b), plan.asks.findIndex((ask) => ask.id === a || ask.id === b))
  const batches = plan.asks.map((_, i) => asked.filter((pair) => batchOf.get(pairKey(...pair)) === i))
  for (let i = 0; i < plan.nulls.length; i += NULL_BATCH) batches.push(plan.nulls.slice(i, i + NULL_BATCH))
  const lexicons = secondRoundLexicons(plan, training, languageOf).map((lexicon): RejudgeLexiconRecord => ({ type: 'rejudge-lexicon', lexicon }))
  return [...batches.map((pairs, batch): RejudgeRecord => ({ type: 'rejudge', batch, pairs })), ...lexicons]
}

/**
 * The `group` step: from the verdicts of every judged pair to translation families — the very decision of
 * `alignCorpus` (`decideFamilies` with its second round) — with a content-derived key per family that the next
 * step groups documents by. When a document left alone by the verdicts has candidate families and the records
 * hold no `rescore` records yet, the second round needs pairs scored with the documents' text: the step then
 * writes only `rejudge` and `rejudge-lexicon` records, to be scored by `rejudge` and given back with the rest.
 * @param records Prepared records (documents or fingerprints, in file order), verdict, pair-training and
 *   paragraph-training records,
 *   and, on the second pass, the rescore records of `rejudge`.
 * @param threshold Parallelism threshold.
 * @param options The word lexicons: learned from the `pair-training` records of `judge` (one per language
 *   pair, as `alignCorpus` learns them), given, or neither.
 * @returns One family record per family, in family order, then the decision record, then one lexicon record
 *   per language pair (what `align-shard` aligns the sentences of the units with); or the second round's
 *   rejudge and rejudge-lexicon records.
 */
export function groupShard(records: readonly ShardRecord[], threshold: number, options: GroupShardOptions = {}): Array<FamilyRecord | DecisionRecord | LexiconRecord | RejudgeRecord | RejudgeLexiconRecord> {
  checkShapeArray(records, 'records', 'a shard record', RECORD_SHAPE)
  checkNumber(threshold, 'threshold', { min: 0, max: 1 })
  checkDatasetOptions(checkOptions(options))
  const plan = planDataset([], options)
  const { entries } = gatherPrepared(records)
  const documents = entries.map((e) => ({ id: e.id, language: e.fingerprint.language === undefined ? undefined : { iso6393: e.fingerprint.language, bcp47: e.fingerprint.bcp47 } }))
  const lengths = new Map(entries.map((e) => [e.id, e.fingerprint.characters] as const))
  const languages = new Map(entries.map((e) => [e.id, e.fingerprint.language === 'und' ? undefined : e.fingerprint.language] as const))
  const rescores = records.flatMap((r) => (r.type === 'rescore' ? [r] : []))
  const scores = rescores.length === 0 ? undefined : new Map(rescores.flatMap((r) => (r.score === undefined ? [] : [[pairKey(r.a, r.b), r.score] as const])))
  const decided = decideFamilies(documents, sortedVerdicts(records), threshold, { lengthOf: (id) => lengths.get(id) ?? 0, scores })
  const training = records.flatMap((r) => (r.type === 'pair-training' ? [r.training] : []))
  if (decided.pending !== undefined) return rejudgeRecords(decided.pending, records.flatMap((r) => (r.type === 'paragraph-training' ? [r.training] : [])), (id) => languages.get(id))
  const families = decided.families.map((family, index): FamilyRecord => {
    const record: FamilyRecord = { type: 'family', key: familyKey(family.documents), index, family }
    const why = family.alone ? decided.leftOut.get(family.documents[0]!) : undefined
    if (why !== undefined) record.leftOut = why
    return record
  })
  const lexicons = lexiconsOfCorpus(training, plan.lexicons, plan.corpusLexicon).map((lexicon): LexiconRecord => ({ type: 'lexicon', lexicon }))
  return [...families, { type: 'decision', diagnostics: decided.diagnostics }, ...lexicons]
}
