import { InputError } from '../../errors/InputError.js'
import type { AlignDocumentsOptions } from '../../align/types.js'
import type { ParsedDocument } from '../../types.js'
import { judgeBatch } from '../pipelineWorker.js'
import type { PairTrainingRecord, ParagraphTrainingRecord, ShardRecord, VerdictRecord } from './records.js'
import { paragraphTrainingOfPairs } from '../secondRound.js'
import { trainingOfPairs } from '../corpusLexicons.js'
import { pairKey } from '../../pivot/pairKey.js'
import { checkOptions } from '../../errors/checkArgument.js'
import { RECORD_SHAPE, checkShapeArray } from '../../errors/checkShape.js'

/**
 * The `judge` step on one shard: the verdict of every pair of its batch records, from its document records (the
 * pairwise stage of `alignCorpus`, `judgePair` on each pair).
 * @param records Document records and the batch records whose pairs they cover.
 * @param align Options of the document aligner (threshold included).
 * @returns One verdict record per pair, batches in order, then the confident sentence pairs of each pair judged
 *   parallel (what `group` learns the lexicon of each language pair from), then its 1-1 paragraph pairs (what the
 *   second round of the family decision learns from).
 * @throws {InputError} `INVALID_INPUT` when a pair names a document the shard does not hold.
 */
export function judgeShard(records: readonly ShardRecord[], align: AlignDocumentsOptions): Array<VerdictRecord | PairTrainingRecord | ParagraphTrainingRecord> {
  checkShapeArray(records, 'records', 'a shard record', RECORD_SHAPE)
  checkOptions(align, 'align')
  const documents: ParsedDocument[] = []
  const at = new Map<string, number>()
  for (const r of records) if (r.type === 'document' && !at.has(r.document.id)) at.set(r.document.id, documents.push(r.document) - 1)
  const index = (id: string): number => {
    const i = at.get(id)
    if (i === undefined) throw new InputError('INVALID_INPUT', `the shard has a pair with document ${id} but not the document; give its document record in the same input`, { file: id })
    return i
  }
  const batches = records.flatMap((r) => (r.type === 'batch' ? [r] : [])).sort((a, b) => a.batch - b.batch)
  const pairs = batches.flatMap((b) => b.pairs.map(([a, c]): [number, number] => [index(a), index(c)]))
  const reply = judgeBatch((k) => documents[k]!, pairs, align)
  const alignments = new Map(reply.verdicts.map((v, k) => [pairKey(v.a, v.b), reply.alignments[k]!] as const))
  const byId = new Map(documents.map((d) => [d.id, d] as const))
  const training = trainingOfPairs(reply.verdicts, byId, (a, b) => alignments.get(pairKey(a, b)))
  const paragraphs = paragraphTrainingOfPairs(reply.verdicts, byId, (a, b) => alignments.get(pairKey(a, b)))
  return [
    ...reply.verdicts.map((verdict): VerdictRecord => ({ type: 'verdict', verdict })),
    ...training.map((t): PairTrainingRecord => ({ type: 'pair-training', training: t })),
    ...paragraphs.map((t): ParagraphTrainingRecord => ({ type: 'paragraph-training', training: t })),
  ]
}
