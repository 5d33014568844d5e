import { InputError } from '../../errors/InputError.js'
import type { ParsedDocument } from '../../types.js'
import { planDataset, type BuildDatasetOptions } from '../buildDataset.js'
import { buildFamily } from '../familyStage.js'
import { lexiconsAmong } from '../../align/lexical/languagePairLexicons.js'
import type { FamilyResultRecord, ShardRecord } from './records.js'
import { checkOptions } from '../../errors/checkArgument.js'
import { RECORD_SHAPE, checkShapeArray } from '../../errors/checkShape.js'

/** Options of {@link alignShard}: those of `buildDataset` that the family stage reads. */
export type AlignShardOptions = Pick<BuildDatasetOptions, 'level' | 'pivot' | 'source' | 'parallelThreshold' | 'weights'>

/**
 * The `align-shard` step on one group of families: for each family record, its pivot, N-way alignment, drift
 * reports and units from its members' document records (`buildFamily`, the family stage of `alignCorpus`).
 * A pure function of its records: families can be grouped into shards in any way.
 * @param records Family records, the document records of their members and the lexicon records of `group`.
 * @param options Level, pivot, source, threshold and weights, as given to the whole job.
 * @returns One result record per family, in family order.
 * @throws {InputError} `INVALID_INPUT` when a family names a document the shard does not hold.
 */
export function alignShard(records: readonly ShardRecord[], options: AlignShardOptions = {}): FamilyResultRecord[] {
  checkShapeArray(records, 'records', 'a shard record', RECORD_SHAPE)
  checkOptions(options)
  const { settings } = planDataset([], options)
  const byId = new Map<string, ParsedDocument>()
  for (const r of records) if (r.type === 'document') byId.set(r.document.id, r.document)
  const families = records.flatMap((r) => (r.type === 'family' ? [r] : [])).sort((a, b) => a.index - b.index)
  // The lexicons `group` learned on every pair (at turn level units have no sentences to align with them).
  const lexicons = settings.level === 'sentence' ? records.flatMap((r) => (r.type === 'lexicon' ? [r.lexicon] : [])) : []
  return families.map((record) => {
    const members = record.family.documents.map((id) => {
      const doc = byId.get(id)
      if (doc === undefined) throw new InputError('INVALID_INPUT', `${record.family.id} (key ${record.key}) has member ${id} but the shard does not hold its document record`, { file: id })
      return doc
    })
    const withLexicons = { ...settings, lexicons: lexiconsAmong(lexicons, members.map((d) => d.language?.iso6393)) }
    // Hub pairs stay out of the records (the merge derives them again where it needs them).
    const { hubPairs: _hubPairs, ...result } = buildFamily(record.family, members, withLexicons, new Map())
    return { type: 'family-result', key: record.key, index: record.index, result }
  })
}
