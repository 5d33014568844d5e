import { batchPairs } from '../batchPairs.js'
import { pairsToJudgeOf } from '../judgePairs.js'
import { gatherPrepared } from './gatherPrepared.js'
import type { BatchRecord, ShardRecord } from './records.js'
import { checkNumber } from '../../errors/checkArgument.js'
import { RECORD_SHAPE, checkShapeArray } from '../../errors/checkShape.js'

/** Pairs per batch of {@link planPairs} by default. */
export const PAIRS_PER_BATCH = 64

/**
 * The `pairs` step: the pairs `alignCorpus` judges — every pair up to 50 documents, else the candidate pairs of
 * `candidatePairs` (documents sharing rare bucket keys, within a factor 3 in length) — from the fingerprints
 * alone, cut into batches (a connected component of the pair graph at a time, small ones packed together).
 * @param records Prepared records (documents or fingerprints), in file order.
 * @param size Pairs per batch aimed at.
 * @returns One record per batch; pairs in pair order.
 */
export function planPairs(records: readonly ShardRecord[], size = PAIRS_PER_BATCH): BatchRecord[] {
  checkShapeArray(records, 'records', 'a shard record', RECORD_SHAPE)
  checkNumber(size, 'size', { min: 1, integer: true })
  const { entries } = gatherPrepared(records)
  const prints = entries.map((e) => ({ anchors: new Set(e.fingerprint.anchors), characters: e.fingerprint.characters }))
  const pairs = pairsToJudgeOf(prints)
  return batchPairs(pairs, entries.length, size).map((batch, b) => ({
    type: 'batch',
    batch: b,
    pairs: [...batch].sort((x, y) => x - y).map((p): [string, string] => [entries[pairs[p]![0]]!.id, entries[pairs[p]![1]]!.id]),
  }))
}
