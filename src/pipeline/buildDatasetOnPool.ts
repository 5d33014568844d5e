import type Tinypool from 'tinypool'
import { alignBitext } from '../align/alignBitext.js'
import type { DocumentAlignment } from '../align/types.js'
import { decideFamilies } from './decideFamilies.js'
import { pairKey } from '../pivot/pairKey.js'
import type { Dataset, PairVerdict, ParsedDocument } from '../types.js'
import { assembleDataset, planDataset, planLexicons, type BuildDatasetOptions } from './buildDataset.js'
import { shareLexicons, sharedAmong } from './sharedLexicons.js'
import { languageOfDocuments, learnSharedLexicons } from './learnLexiconsOnPool.js'
import type { FamilyResult } from './familyStage.js'
import { pairsToJudge } from './judgePairs.js'
import { batchPairs } from './batchPairs.js'
import type { FamilyReply, FamilyTask, JudgeReply, JudgeTask } from './pipelineWorker.js'

/**
 * `buildDataset` with its pairwise and family stages on a pool of worker threads: candidate pairs are judged in
 * batches (a component of the pair graph at a time), then each family is built in a worker from its members and
 * the alignments already computed between them. Gives exactly `buildDataset`'s dataset.
 * @param documents Parsed documents.
 * @param options As for `buildDataset`.
 * @param pool The pool (`pipeline-worker.js`).
 */
export async function buildDatasetOnPool(documents: readonly ParsedDocument[], options: BuildDatasetOptions, pool: Tinypool): Promise<Dataset> {
  const plan = planDataset(documents, options)
  const { sorted, settings } = plan
  // Bad aligner options throw their typed error here rather than as a plain error from a worker.
  alignBitext(['.'], ['.'], settings.align)
  const pairs = pairsToJudge(sorted)
  const threads = Math.max(1, pool.options.maxThreads ?? 1)
  const batches = batchPairs(pairs, sorted.length, Math.max(4, Math.min(64, Math.ceil(pairs.length / (threads * 8)))))
  const verdicts = new Array<PairVerdict>(pairs.length)
  const cache = new Map<string, DocumentAlignment>()
  let done = 0
  await Promise.all(
    batches.map(async (batch) => {
      const local = new Map<number, number>()
      const docs: ParsedDocument[] = []
      const at = (i: number): number => {
        let k = local.get(i)
        if (k === undefined) {
          local.set(i, (k = docs.length))
          docs.push(sorted[i]!)
        }
        return k
      }
      const task: JudgeTask = { documents: docs, pairs: batch.map((p) => [at(pairs[p]![0]), at(pairs[p]![1])]), align: settings.align }
      const reply = (await pool.run(task, { name: 'judge' })) as JudgeReply
      batch.forEach((p, k) => {
        const verdict = reply.verdicts[k]!
        verdicts[p] = verdict
        cache.set(pairKey(verdict.a, verdict.b), reply.alignments[k]!)
      })
      done += batch.length
      options.onProgress?.({ stage: 'pairs', done, total: pairs.length, thread: reply.thread })
    }),
  )
  const decided = decideFamilies(sorted, verdicts, settings.threshold)
  const families = decided.families
  const byId = new Map(sorted.map((d) => [d.id, d] as const))
  const lexicons = await learnSharedLexicons(planLexicons(plan, verdicts, (a, b) => cache.get(pairKey(a, b))), families, languageOfDocuments(byId), pool)
  plan.settings.lexicons = lexicons
  const shared = shareLexicons(lexicons)
  const empty: FamilyResult = { pivot: undefined, table: undefined, drift: [], units: [], diagnostics: [] }
  options.onProgress?.({ stage: 'families', done: 0, total: families.length })
  done = 0
  const pending = families.map(async (family): Promise<FamilyResult> => {
    if (family.alone && typeof settings.pivot === 'string') return empty
    const known: Array<[string, DocumentAlignment]> = []
    for (const a of family.documents)
      for (const b of family.documents) {
        const alignment = cache.get(pairKey(a, b))
        if (alignment !== undefined) known.push([pairKey(a, b), alignment])
      }
    const members = family.documents.map((id) => byId.get(id)!)
    const task: FamilyTask = { family, documents: members, settings: { ...settings, lexicons: undefined }, cache: known, lexicons: sharedAmong(shared, members.map((d) => d.language?.iso6393)) }
    const reply = (await pool.run(task, { name: 'family' })) as FamilyReply
    options.onProgress?.({ stage: 'families', done: ++done, total: families.length, thread: reply.thread })
    return reply.result
  })
  // Every family task holds the alignments it needs: the pairwise ones are dropped here (the content check reads
  // the hub pairs the families return), so they are freed as the tasks go out.
  cache.clear()
  const results = await Promise.all(pending)
  options.onProgress?.({ stage: 'families', done: families.length, total: families.length })
  return assembleDataset(plan, verdicts, decided, results)
}
