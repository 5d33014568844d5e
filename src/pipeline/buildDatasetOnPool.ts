import type Tinypool from 'tinypool'
import { alignBitext } from '../align/alignBitext.js'
import type { DocumentAlignment } from '../align/types.js'
import { decideFamilies, type DecidedFamilies } from './decideFamilies.js'
import { decideWithSecondRoundBy, paragraphTrainingOfPairs } from './secondRound.js'
import { scoreOnPool } from './rescoreOnPool.js'
import { forcedPairKey, pairKey } from '../pivot/pairKey.js'
import { cachedPair } from '../pivot/alignPair.js'
import type { Dataset, PairVerdict, ParsedDocument, TranslationFamily } from '../types.js'
import { assembleDataset, planDataset, planLexicons, type BuildDatasetOptions, type DatasetPlan } from './buildDataset.js'
import { shareLexicons, sharedAmong, type SharedLexicon } from './sharedLexicons.js'
import { languageOfDocuments, learnSharedLexicons } from './learnLexiconsOnPool.js'
import { familyUnits, type FamilyResult, type FamilySettings } from './familyStage.js'
import { pairsToJudge } from './judgePairs.js'
import type { PairTraining } from './corpusLexicons.js'
import { batchPairs } from './batchPairs.js'
import type { FamilyReply, FamilyTask, FirstHubReply, FirstHubTask, ForcedPairReply, ForcedPairTask, HubPairReply, HubPairTask, JudgeReply, JudgeTask } from './pipelineWorker.js'
import { runTask } from './workerPool.js'
import { shareDocuments, type SharedDocuments } from './sharedDocuments.js'

/**
 * `buildDataset` with its pairwise and family stages on a pool of worker threads: candidate pairs are judged in
 * batches (a component of the pair graph at a time), then each family is built in a worker from its members and
 * the alignments already computed between them, and at sentence level the hub's sentence alignment to each other
 * member as a task of its own (a family of ten translations is then not one long task on one thread while the
 * others idle). Gives exactly `buildDataset`'s dataset.
 * @param documents Parsed documents.
 * @param options As for `buildDataset`.
 * @param pool The pool (`pipeline-worker.js`), which this function owns from the call on: it destroys it once the
 *   families are built, or on an error (the corpus-level content check and the assembly run in the calling
 *   thread), so the caller must neither use nor destroy it afterwards.
 */
export async function buildDatasetOnPool(documents: readonly ParsedDocument[], options: BuildDatasetOptions, pool: Tinypool): Promise<Dataset> {
  let built: FamiliesOnPool
  try {
    built = await familiesOnPool(documents, options, pool)
  } finally {
    // The content check and the assembly run in this thread alone: the workers' heaps are freed before them.
    await pool.destroy()
  }
  const { plan, verdicts, decided, results } = built
  options.onProgress?.({ stage: 'families', done: results.length, total: results.length })
  return assembleDataset(plan, verdicts, decided, results)
}

/** The run's documents in shared memory, and each one's index there (by id). */
interface DocumentsOnPool {
  /** The documents, sorted by id (`shareDocuments`). */
  documents: SharedDocuments
  /** A document's index in `documents`, by id. */
  indexOf: ReadonlyMap<string, number>
}

/** What the pool's stages give the assembly: the plan, the pair verdicts, the families and each one's result. */
interface FamiliesOnPool {
  plan: DatasetPlan
  verdicts: PairVerdict[]
  decided: DecidedFamilies
  results: FamilyResult[]
}

/** The pairwise and family stages of {@link buildDatasetOnPool}, on the pool (which the caller destroys). */
async function familiesOnPool(documents: readonly ParsedDocument[], options: BuildDatasetOptions, pool: Tinypool): Promise<FamiliesOnPool> {
  const plan = planDataset(documents, options)
  const { sorted, settings } = plan
  // Bad aligner options throw their typed error here rather than as a plain error from a worker.
  alignBitext(['.'], ['.'], settings.align)
  const pairs = pairsToJudge(sorted)
  const threads = Math.max(1, pool.options.maxThreads ?? 1)
  const batches = batchPairs(pairs, sorted.length, Math.max(4, Math.min(64, Math.ceil(pairs.length / (threads * 8)))))
  const verdicts = new Array<PairVerdict>(pairs.length)
  const cache = new Map<string, DocumentAlignment>()
  // Every task names its documents by their index in `sorted`: each is serialised once, here, and read once per thread.
  const shared = shareDocuments(sorted)
  let done = 0
  await Promise.all(
    batches.map(async (batch) => {
      const task: JudgeTask = { documents: shared, pairs: batch.map((p) => pairs[p]!), align: settings.align }
      const reply = (await runTask(pool, task, 'judge')) as JudgeReply
      batch.forEach((p, k) => {
        const verdict = reply.verdicts[k]!
        verdicts[p] = verdict
        cache.set(pairKey(verdict.a, verdict.b), reply.alignments[k]!)
      })
      done += batch.length
      options.onProgress?.({ stage: 'pairs', done, total: pairs.length, thread: reply.thread })
    }),
  )
  const byId = new Map(sorted.map((d) => [d.id, d] as const))
  const indexOf = new Map(sorted.map((d, k) => [d.id, k] as const))
  const onPool: DocumentsOnPool = { documents: shared, indexOf }
  const training = (): PairTraining[] => paragraphTrainingOfPairs(verdicts, byId, (a, b) => cache.get(pairKey(a, b)))
  const decided = await decideWithSecondRoundBy(sorted, verdicts, settings.threshold, training, scoreOnPool(byId, settings.align, pool, options.onProgress, onPool))
  const families = decided.families
  const lexicons = await learnSharedLexicons(planLexicons(plan, verdicts, (a, b) => cache.get(pairKey(a, b))), families, languageOfDocuments(byId), pool)
  plan.settings.lexicons = lexicons
  const sharedLexicons = shareLexicons(lexicons)
  const empty: FamilyResult = { pivot: undefined, table: undefined, drift: [], units: [], diagnostics: [] }
  options.onProgress?.({ stage: 'families', done: 0, total: families.length })
  done = 0
  const built = families.filter((family) => !(family.alone && typeof settings.pivot === 'string'))
  // Fewer families than threads: a family task would leave a thread idle while it aligns its hub's pairs.
  const hubPairsFirst = built.length < threads
  const pending = families.map(async (family): Promise<FamilyResult> => {
    if (family.alone && typeof settings.pivot === 'string') return empty
    const known: Array<[string, DocumentAlignment]> = []
    for (const a of family.documents)
      for (const b of family.documents) {
        const alignment = cache.get(pairKey(a, b))
        if (alignment !== undefined) known.push([pairKey(a, b), alignment])
      }
    const members = family.documents.map((id) => byId.get(id)!)
    const familySettings = { ...settings, lexicons: undefined }
    if (hubPairsFirst) known.push(...(await firstHubPairsOnPool(family, members, familySettings, known, onPool, pool, options)))
    const deferUnits = settings.level === 'sentence'
    const task: FamilyTask = { family, documents: shared, members: family.documents.map((id) => indexOf.get(id)!), settings: familySettings, cache: known, lexicons: deferUnits ? undefined : sharedAmong(sharedLexicons, members.map((d) => d.language?.iso6393)), deferUnits }
    const reply = (await runTask(pool, task, 'family')) as FamilyReply
    const units = reply.units
    if (units !== undefined) familyUnits(family, { ...units, result: reply.result }, await alignHubPairsOnPool(units, byId, familySettings, sharedLexicons, onPool, options, pool), members)
    options.onProgress?.({ stage: 'families', done: ++done, total: families.length, thread: reply.thread })
    return reply.result
  })
  // Every family task holds the alignments it needs: the pairwise ones are dropped here (the content check reads
  // the hub pairs the families return), so they are freed as the tasks go out.
  cache.clear()
  const results = await Promise.all(pending)
  return { plan, verdicts, decided, results }
}

/**
 * A family's first hub (`firstHub` task, see `familyFirstHub`) and its forced alignment to each member the cache does
 * not answer for, one `forcedPair` task each, side by side on the pool: the family task would align them one after
 * another on its thread. The same alignments, so the family's result is the same.
 * @returns Cache entries to add to the family task's: the hub choice's own and the hub's pairs.
 */
async function firstHubPairsOnPool(family: TranslationFamily, members: ParsedDocument[], settings: FamilySettings, known: ReadonlyArray<[string, DocumentAlignment]>, onPool: DocumentsOnPool, pool: Tinypool, options: BuildDatasetOptions): Promise<Array<[string, DocumentAlignment]>> {
  const index = (id: string): number => onPool.indexOf.get(id)!
  const hubTask: FirstHubTask = { family, documents: onPool.documents, members: family.documents.map(index), settings, cache: [...known] }
  const choice = (await runTask(pool, hubTask, 'firstHub')) as FirstHubReply
  const hub = members.find((d) => d.id === choice.hub)
  if (hub === undefined) return choice.cache
  const cache = new Map([...known, ...choice.cache])
  const missing = members.filter((doc) => doc !== hub && cachedPair(hub.id, doc.id, cache, true) === undefined)
  let done = 0
  const aligned = await Promise.all(
    missing.map(async (doc): Promise<[string, DocumentAlignment]> => {
      const task: ForcedPairTask = { documents: onPool.documents, source: index(hub.id), target: index(doc.id), align: settings.align }
      const reply = (await runTask(pool, task, 'forcedPair')) as ForcedPairReply
      options.onProgress?.({ stage: 'hub alignments', done: ++done, total: missing.length, thread: reply.thread })
      return [forcedPairKey(hub.id, doc.id), reply.alignment]
    }),
  )
  return [...choice.cache, ...aligned]
}

/**
 * The hub's sentence alignment to each other member of a family, one task per member on the pool (reported as
 * `hub pairs` progress).
 * @returns The alignments by member id (the hub's own entry left out).
 */
async function alignHubPairsOnPool(units: NonNullable<FamilyReply['units']>, byId: ReadonlyMap<string, ParsedDocument>, settings: FamilySettings, shared: readonly SharedLexicon[] | undefined, onPool: DocumentsOnPool, options: BuildDatasetOptions, pool: Tinypool): Promise<Map<string, DocumentAlignment>> {
  let aligned = 0
  const hub = byId.get(units.hub)!
  const pairs = await Promise.all(
    units.members.map(async (id, k): Promise<[string, DocumentAlignment] | undefined> => {
      if (id === units.hub) return undefined
      const doc = byId.get(id)!
      const pairTask: HubPairTask = { documents: onPool.documents, hub: onPool.indexOf.get(hub.id)!, document: onPool.indexOf.get(id)!, cache: units.cache[k] ?? [], settings, lexicons: sharedAmong(shared, [hub.language?.iso6393, doc.language?.iso6393]) }
      const pairReply = (await runTask(pool, pairTask, 'hubPairTask')) as HubPairReply
      options.onProgress?.({ stage: 'hub pairs', done: ++aligned, total: units.members.length - 1, thread: pairReply.thread })
      return [id, pairReply.alignment]
    }),
  )
  return new Map(pairs.filter((p) => p !== undefined))
}
