/**
 * The second judging round's scoring on the worker pool (see `secondRound.ts`): the planned pairs go out in tasks of
 * one language pair each, with that language pair's training data in shared memory; the thread that scores them
 * learns the lexicon (`learnPending`) and forgets it once the task is done. So a language pair's lexicon is learned
 * only if some planned pair needs it, once per task, in a pool thread; the calling thread learns none and aligns
 * none. The scores are `scoreInPlace`'s.
 */
import type Tinypool from 'tinypool'
import type { AlignDocumentsOptions } from '../align/types.js'
import { pairKey } from '../pivot/pairKey.js'
import type { ParsedDocument } from '../types.js'
import type { ProgressEvent } from './buildDataset.js'
import type { PendingLexicon } from './pendingLexicons.js'
import type { RescoreReply, RescoreTask } from './pipelineWorker.js'
import { shareLexicons } from './sharedLexicons.js'
import { runTask } from './workerPool.js'
import type { SecondRoundScorer } from './secondRound.js'
import type { SharedDocuments } from './sharedDocuments.js'

/** Pairs per task at most: a language pair with more is split (each part learns its lexicon again). */
export const RESCORE_BATCH = 64

/** A task's pairs: the planned pairs of one language pair, indices into `pairs` of {@link rescoreTasks}. */
export interface RescoreBatch {
  /** Index of the lexicon entry of the pairs' language pair. */
  lexicon: number
  /** Indices of the pairs. */
  pairs: number[]
}

/**
 * The planned pairs grouped in tasks: by the lexicon entry of their language pair (a pair without one has no score
 * and is left out), at most {@link RESCORE_BATCH} pairs per task, largest tasks first (so that the pool's threads
 * end together). Deterministic.
 * @param pairs The planned pairs.
 * @param lexicons The round's entries, one per language pair.
 * @param languageOf A document's language.
 */
export function rescoreTasks(pairs: ReadonlyArray<readonly [string, string]>, lexicons: readonly PendingLexicon[], languageOf: (id: string) => string | undefined): RescoreBatch[] {
  const entryOf = new Map<string, number>()
  lexicons.forEach((entry, k) => entryOf.set(`${entry.languages[0]}\u0000${entry.languages[1]}`, k))
  const byEntry = new Map<number, number[]>()
  pairs.forEach(([a, b], p) => {
    const la = languageOf(a)
    const lb = languageOf(b)
    if (la === undefined || lb === undefined || la === lb) return
    const k = entryOf.get(la < lb ? `${la}\u0000${lb}` : `${lb}\u0000${la}`)
    if (k === undefined) return
    const list = byEntry.get(k)
    if (list === undefined) byEntry.set(k, [p])
    else list.push(p)
  })
  const batches: RescoreBatch[] = []
  for (const [lexicon, list] of [...byEntry].sort((x, y) => x[0] - y[0])) {
    const parts = Math.ceil(list.length / RESCORE_BATCH)
    const size = Math.ceil(list.length / parts)
    for (let start = 0; start < list.length; start += size) batches.push({ lexicon, pairs: list.slice(start, start + size) })
  }
  return batches.sort((x, y) => y.pairs.length - x.pairs.length || x.lexicon - y.lexicon || x.pairs[0]! - y.pairs[0]!)
}

/**
 * A `SecondRoundScorer` that scores on a pool of `pipeline-worker.js` threads.
 * @param byId Documents by id.
 * @param align Options of the document aligner.
 * @param pool The pool.
 * @param onProgress Told after each task (stage `rejudge`: pairs scored of the pairs to score, and the task's thread).
 * @param shared The run's documents in shared memory (`shareDocuments`) and each one's index there, by id.
 */
export function scoreOnPool(byId: ReadonlyMap<string, ParsedDocument>, align: AlignDocumentsOptions, pool: Tinypool, onProgress: ((event: ProgressEvent) => void) | undefined, shared: { documents: SharedDocuments; indexOf: ReadonlyMap<string, number> }): SecondRoundScorer {
  return async (pairs, lexicons) => {
    const lexiconsShared = shareLexicons(lexicons) ?? []
    const { documents, indexOf } = shared
    const scores = new Array<number | undefined>(pairs.length)
    const batches = rescoreTasks(pairs, lexicons, (id) => byId.get(id)?.language?.iso6393)
    const total = batches.reduce((n, b) => n + b.pairs.length, 0)
    let done = 0
    await Promise.all(
      batches.map(async (batch) => {
        const task: RescoreTask = { documents, pairs: batch.pairs.map((p) => [indexOf.get(pairs[p]![0])!, indexOf.get(pairs[p]![1])!]), align, lexicons: [lexiconsShared[batch.lexicon]!] }
        const reply = (await runTask(pool, task, 'rescore')) as RescoreReply
        batch.pairs.forEach((p, k) => (scores[p] = reply.scores[k] ?? undefined))
        done += batch.pairs.length
        onProgress?.({ stage: 'rejudge', done, total, thread: reply.thread })
      }),
    )
    const out = new Map<string, number>()
    pairs.forEach(([a, b], p) => {
      const score = scores[p]
      if (score !== undefined) out.set(pairKey(a, b), score)
    })
    return out
  }
}

