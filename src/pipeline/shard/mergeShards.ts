import { InputError } from '../../errors/InputError.js'
import type { Dataset, ParsedDocument } from '../../types.js'
import { assembleDataset, planDataset, type BuildDatasetOptions } from '../buildDataset.js'
import type { FamilyResult } from '../familyStage.js'
import { gatherPrepared } from './gatherPrepared.js'
import { sortedVerdicts } from './groupShard.js'
import type { ShardRecord } from './records.js'
import { checkOptions } from '../../errors/checkArgument.js'
import { RECORD_SHAPE, checkShapeArray } from '../../errors/checkShape.js'

/** Options of {@link mergeShards}: those of `buildDataset` the dataset records. */
export type MergeShardsOptions = Pick<BuildDatasetOptions, 'level' | 'pivot' | 'source' | 'parallelThreshold' | 'weights'>

function missing(what: string): InputError {
  return new InputError('INVALID_INPUT', `the merge has no ${what}; give it the outputs of every step (prepare, judge, group, align-shard)`)
}

/**
 * The `merge` step: the dataset `alignCorpus` gives, from the records of every shard — prepared documents (in
 * file order), verdicts, the family decision and the family results, in any order and any grouping into files.
 * Write it with `writeDataset`.
 * @param records Every record of the run.
 * @param options Level, pivot, source, threshold and weights, as given to the other steps.
 * @throws {InputError} `INVALID_INPUT` when a family's result or the decision is missing, or a family's member
 *   has no document record; as `alignCorpus` when no document could be read.
 */
export function mergeShards(records: readonly ShardRecord[], options: MergeShardsOptions = {}): Dataset {
  checkShapeArray(records, 'records', 'a shard record', RECORD_SHAPE)
  checkOptions(options)
  const corpus = gatherPrepared(records)
  const documents: ParsedDocument[] = corpus.entries.map((e) => {
    if (e.document === undefined) throw new InputError('INVALID_INPUT', `the merge has only the fingerprint of ${e.id}; give it the document records of the prepare step`, { file: e.id })
    return e.document
  })
  const plan = planDataset(documents, { ...options, diagnostics: corpus.diagnostics })
  // The lexicons `group` learned: the content check aligns the sentences of a family whose cells moved with them.
  const lexicons = plan.settings.level === 'sentence' ? records.flatMap((r) => (r.type === 'lexicon' ? [r.lexicon] : [])) : []
  plan.settings.lexicons = lexicons.length === 0 ? undefined : lexicons
  const families = records.flatMap((r) => (r.type === 'family' ? [r] : [])).sort((a, b) => a.index - b.index)
  const decision = records.find((r) => r.type === 'decision')
  if (decision === undefined) throw missing('decision record (from the group step)')
  const results = new Map<number, FamilyResult>()
  for (const r of records) if (r.type === 'family-result') results.set(r.index, r.result)
  const leftOut = new Map<string, string>()
  for (const f of families) if (f.leftOut !== undefined) leftOut.set(f.family.documents[0]!, f.leftOut)
  const ordered = families.map((f) => {
    const result = results.get(f.index)
    if (result === undefined) throw missing(`result for ${f.family.id} (key ${f.key})`)
    return result
  })
  return assembleDataset(plan, sortedVerdicts(records), { families: families.map((f) => f.family), leftOut, diagnostics: decision.diagnostics }, ordered)
}
