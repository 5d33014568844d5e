import { createHash } from 'node:crypto'
import type { PairVerdict } from '../../types.js'
import { decideFamilies } from '../decideFamilies.js'
import { gatherPrepared } from './gatherPrepared.js'
import type { DecisionRecord, FamilyRecord, ShardRecord } from './records.js'
import { checkNumber } from '../../errors/checkArgument.js'
import { RECORD_SHAPE, checkShapeArray, checkTextArray } from '../../errors/checkShape.js'

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
 * @returns One family record per family, in family order, then the decision record.
 */
export function groupShard(records: readonly ShardRecord[], threshold: number): Array<FamilyRecord | DecisionRecord> {
  checkShapeArray(records, 'records', 'a shard record', RECORD_SHAPE)
  checkNumber(threshold, 'threshold', { min: 0, max: 1 })
  const { entries } = gatherPrepared(records)
  const documents = entries.map((e) => ({ id: e.id, language: e.fingerprint.language === undefined ? undefined : { iso6393: e.fingerprint.language } }))
  const decided = decideFamilies(documents, sortedVerdicts(records), threshold)
  const families = decided.families.map((family, index): FamilyRecord => {
    const record: FamilyRecord = { type: 'family', key: familyKey(family.documents), index, family }
    const why = family.alone ? decided.leftOut.get(family.documents[0]!) : undefined
    if (why !== undefined) record.leftOut = why
    return record
  })
  return [...families, { type: 'decision', diagnostics: decided.diagnostics }]
}
