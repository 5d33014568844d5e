import { InputError } from '../../errors/InputError.js'
import type { AlignDocumentsOptions } from '../../align/types.js'
import type { ParsedDocument } from '../../types.js'
import { rescorePair } from '../secondRound.js'
import type { RescoreRecord, ShardRecord } from './records.js'
import { checkOptions } from '../../errors/checkArgument.js'
import { RECORD_SHAPE, checkShapeArray } from '../../errors/checkShape.js'

/**
 * The `rejudge` step on one shard: the second-round score of every pair of its `rejudge` records, from its document
 * records and the `rejudge-lexicon` records of `group` (`rescorePair`, as `alignCorpus` scores them in place). A
 * pure function of its records: batches can be grouped into shards in any way.
 * @param records Document records, the rejudge records whose pairs they cover and every rejudge-lexicon record.
 * @param align Options of the document aligner (as given to `judge`).
 * @returns One rescore record per pair, batches in order.
 * @throws {InputError} `INVALID_INPUT` when a pair names a document the shard does not hold.
 */
export function rejudgeShard(records: readonly ShardRecord[], align: AlignDocumentsOptions): RescoreRecord[] {
  checkShapeArray(records, 'records', 'a shard record', RECORD_SHAPE)
  checkOptions(align, 'align')
  const byId = new Map<string, ParsedDocument>()
  for (const r of records) if (r.type === 'document' && !byId.has(r.document.id)) byId.set(r.document.id, r.document)
  const lexicons = records.flatMap((r) => (r.type === 'rejudge-lexicon' ? [r.lexicon] : []))
  const documentOf = (id: string): ParsedDocument => {
    const doc = byId.get(id)
    if (doc === undefined) throw new InputError('INVALID_INPUT', `the shard has a rejudge pair with document ${id} but not the document; give its document record in the same input`, { file: id })
    return doc
  }
  const batches = records.flatMap((r) => (r.type === 'rejudge' ? [r] : [])).sort((a, b) => a.batch - b.batch)
  return batches.flatMap((batch) =>
    batch.pairs.map(([a, b]): RescoreRecord => {
      const record: RescoreRecord = { type: 'rescore', a, b }
      const score = rescorePair(documentOf(a), documentOf(b), lexicons, align)
      if (score !== undefined) record.score = score
      return record
    }),
  )
}
