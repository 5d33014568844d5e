import { createHash } from 'node:crypto'
import type { PairVerdict } from '../../types.js'
import { decideFamilies } from '../decideFamilies.js'
import { gatherPrepared } from './gatherPrepared.js'
import type { DecisionRecord, FamilyRecord, LexiconRecord, ShardRecord } from './records.js'
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

/**
 * The `group` step: from the verdicts of every judged pair to translation families — the very decision of
 * `alignCorpus` (`decideFamilies`) — with a content-derived key per family that the next step groups documents by.
 * @param records Prepared records (documents or fingerprints, in file order) and verdict records.
 * @param threshold Parallelism threshold.
 * @param options The word lexicons: learned from the `pair-training` records of `judge` (one per language
 *   pair, as `alignCorpus` learns them), given, or neither.
 * @returns One family record per family, in family order, then the decision record, then one lexicon record
 *   per language pair (what `align-shard` aligns the sentences of the units with).
 */
export function groupShard(records: readonly ShardRecord[], threshold: number, options: GroupShardOptions = {}): Array<FamilyRecord | DecisionRecord | LexiconRecord> {
  checkShapeArray(records, 'records', 'a shard record', RECORD_SHAPE)
  checkNumber(threshold, 'threshold', { min: 0, max: 1 })
  checkDatasetOptions(checkOptions(options))
  const plan = planDataset([], options)
  const { entries } = gatherPrepared(records)
  const documents = entries.map((e) => ({ id: e.id, language: e.fingerprint.language === undefined ? undefined : { iso6393: e.fingerprint.language } }))
  const decided = decideFamilies(documents, sortedVerdicts(records), threshold)
  const families = decided.families.map((family, index): FamilyRecord => {
    const record: FamilyRecord = { type: 'family', key: familyKey(family.documents), index, family }
    const why = family.alone ? decided.leftOut.get(family.documents[0]!) : undefined
    if (why !== undefined) record.leftOut = why
    return record
  })
  const training = records.flatMap((r) => (r.type === 'pair-training' ? [r.training] : []))
  const lexicons = lexiconsOfCorpus(training, plan.lexicons, plan.corpusLexicon).map((lexicon): LexiconRecord => ({ type: 'lexicon', lexicon }))
  return [...families, { type: 'decision', diagnostics: decided.diagnostics }, ...lexicons]
}
