import { formatJsonl, groupShard, parseJsonl } from '../../src/index.js'
import type { ShardRecord } from '../../src/index.js'
import type { AlignDocumentsOptions } from '../../src/align/types.js'
import { rejudgeShard } from '../../src/pipeline/shard/rejudgeShard.js'

const roundTrip = (records: readonly ShardRecord[]): ShardRecord[] => parseJsonl(formatJsonl(records), 'shard.jsonl')

/**
 * The sharded job's family decision as `scripts/distributed/driver.py` runs it: `group`; when it asks for a second
 * judging round (`rejudge` records), `rejudge` on the documents and `group` again with the scores. Every hand-over
 * goes through JSONL.
 * @param inputs What `group` reads: document records or fingerprints, and the verdicts of `judge`.
 * @param documents Document records holding every document (what `rejudge` reads).
 * @param threshold The pair threshold.
 * @param align Options of the document aligner (as given to `judge`).
 * @returns The records of the last `group`: families and lexicons.
 */
export function groupAsDriver(inputs: readonly ShardRecord[], documents: readonly ShardRecord[], threshold: number, align: AlignDocumentsOptions): ShardRecord[] {
  const asked = roundTrip(groupShard(inputs, threshold))
  if (!asked.some((r) => r.type === 'rejudge')) return asked
  const rescores = roundTrip(rejudgeShard([...documents.filter((r) => r.type === 'document'), ...asked], align))
  return roundTrip(groupShard([...inputs, ...rescores], threshold))
}
