/**
 * Worker entry of the pipeline's thread pool (built as `dist/pipeline-worker.js`): the per-document stage
 * (default export, one file), the pairwise stage (`judge`, a batch of pairs) and the per-family stage
 * (`family`, one family; with `deferUnits`, its hub's sentence alignments are left to `hubPair` tasks, one member
 * each; before it, `firstHub` and a `forcedPair` task per hub pair the family task would align one after another),
 * corpus lexicons learned before it (`lexicon`, one language pair), the second judging round's pairs (`rescore`,
 * one language pair), and detection's models built once for every thread of the load stage (`profileModels`). Every task and reply is plain (structured-cloneable) data.
 * @packageDocumentation
 */
import { threadId } from 'node:worker_threads'
import type { AlignDocumentsOptions, DocumentAlignment } from '../align/types.js'
import { forcedPairKey, pairKey } from '../pivot/pairKey.js'
import type { AlignmentCache } from '../pivot/types.js'
import type { PairVerdict, ParsedDocument, TranslationFamily } from '../types.js'
import { buildFamily, buildFamilyWithoutUnits, familyFirstHub, type FamilyResult, type FamilySettings, type FamilyWithoutUnits } from './familyStage.js'
import { alignPair } from '../pivot/alignPair.js'
import { hubPair } from './hubPair.js'
import { forgetPendingLexicons, readSharedLexicons, type SharedLexicon } from './sharedLexicons.js'
import { learnPending, type PendingLexicon } from './pendingLexicons.js'
import type { LanguagePairLexicon } from '../align/lexical/languagePairLexicons.js'
import { judgePair } from './judgePairs.js'
import loadTask from './loadWorker.js'
import { rescorePair } from './secondRound.js'
import { adoptProfileModels, shareProfileModels, type SharedProfileModels } from '../detect/languageProfiles.js'
import { sharedDocument, sharedDocumentsAt, type SharedDocuments } from './sharedDocuments.js'

export default loadTask

/** A batch of document pairs to judge. */
export interface JudgeTask {
  /** The run's documents, in shared memory. */
  documents: SharedDocuments
  /** Pairs `[i, j]` of indices into `documents`. */
  pairs: Array<[number, number]>
  /** Options of the document aligner. */
  align: AlignDocumentsOptions
}

/** The verdicts of a {@link JudgeTask}, with the alignments behind them (the family stage reuses them). */
export interface JudgeReply {
  /** One verdict per pair, in the task's order. */
  verdicts: PairVerdict[]
  /** The alignment of each pair, in the task's order. */
  alignments: DocumentAlignment[]
  /** `worker_threads` id of the thread that ran the task. */
  thread: number
}

/** Judge a batch of pairs. */
export function judge(task: JudgeTask): JudgeReply {
  return judgeBatch((k) => sharedDocument(task.documents, k), task.pairs, task.align)
}

/**
 * Judge pairs of documents named by index: what a {@link JudgeTask} does, wherever the documents come from.
 * @param doc The document of an index.
 * @param pairs Pairs `[i, j]` of indices.
 * @param align Options of the document aligner.
 */
export function judgeBatch(doc: (k: number) => ParsedDocument, pairs: ReadonlyArray<readonly [number, number]>, align: AlignDocumentsOptions): JudgeReply {
  const cache: AlignmentCache = new Map()
  const verdicts = pairs.map(([i, j]) => judgePair(doc(i), doc(j), { align, cache }))
  const alignments = pairs.map(([i, j]) => cache.get(pairKey(doc(i).id, doc(j).id))!)
  return { verdicts, alignments, thread: threadId }
}

/** One family to build. */
export interface FamilyTask {
  /** The family. */
  family: TranslationFamily
  /** The run's documents, in shared memory. */
  documents: SharedDocuments
  /** Its members' indices in `documents`, in the family's order. */
  members: number[]
  /** Level, pivot choice, threshold, aligner options, weights. */
  settings: FamilySettings
  /** Alignments between members computed already, as cache entries. */
  cache: Array<[string, DocumentAlignment]>
  /** The language-pair lexicons of the members' languages, in shared memory (`settings.lexicons` is left out). */
  lexicons?: SharedLexicon[] | undefined
  /**
   * Leave the sentence units out (see `buildFamilyWithoutUnits`): the reply then says which hub pairs to align, each
   * with the cache entries of its pair, for `hubPair` tasks; the caller adds the units (`familyUnits`).
   */
  deferUnits?: boolean | undefined
}

/** A built family, with the thread that built it. */
export interface FamilyReply {
  /** What the family gives to the dataset (without units when they were deferred and `units` is set). */
  result: FamilyResult
  /** With `deferUnits`, when the units come from hub pairs: the hub, the members, and each other member's cache entries. */
  units?: (Omit<FamilyWithoutUnits, 'result'> & { cache: Array<Array<[string, DocumentAlignment]>> }) | undefined
  /** `worker_threads` id of the thread that ran the task. */
  thread: number
}

/** The lexicons a task carries, read from shared memory; `settings.lexicons` when it carries none. */
function withLexicons(settings: FamilySettings, lexicons: SharedLexicon[] | undefined): FamilySettings {
  return lexicons === undefined ? settings : { ...settings, lexicons: readSharedLexicons(lexicons) }
}

/** Build one family. */
export function family(task: FamilyTask): FamilyReply {
  const settings = withLexicons(task.settings, task.lexicons)
  const cache: AlignmentCache = new Map(task.cache)
  const members = sharedDocumentsAt(task.documents, task.members)
  if (task.deferUnits !== true) return { result: buildFamily(task.family, members, settings, cache), thread: threadId }
  const built = buildFamilyWithoutUnits(task.family, members, settings, cache)
  if (!('hub' in built)) return { result: built, thread: threadId }
  const { result, hub } = built
  const entries = (id: string): Array<[string, DocumentAlignment]> =>
    [pairKey(hub, id), forcedPairKey(hub, id)].flatMap((key) => {
      const alignment = cache.get(key)
      return alignment === undefined ? [] : [[key, alignment] as [string, DocumentAlignment]]
    })
  return { result, units: { hub, members: built.members, cache: built.members.map((id) => (id === hub ? [] : entries(id))) }, thread: threadId }
}

/** A family whose first hub to find (see `familyFirstHub`). */
export interface FirstHubTask {
  /** The family. */
  family: TranslationFamily
  /** The run's documents, in shared memory. */
  documents: SharedDocuments
  /** Its members' indices in `documents`, in the family's order. */
  members: number[]
  /** As for the family task (`lexicons` left out). */
  settings: FamilySettings
  /** Alignments between members computed already, as cache entries. */
  cache: Array<[string, DocumentAlignment]>
}

/** A family's first hub, with the alignments finding it made. */
export interface FirstHubReply {
  /** The hub's id, `undefined` when the family stage builds no pivot from the members. */
  hub: string | undefined
  /** Cache entries the choice added (pairs it had to align), for the family task. */
  cache: Array<[string, DocumentAlignment]>
  /** `worker_threads` id of the thread that ran the task. */
  thread: number
}

/** Find a family's first hub. */
export function firstHub(task: FirstHubTask): FirstHubReply {
  const cache: AlignmentCache = new Map(task.cache)
  const hub = familyFirstHub(task.family, sharedDocumentsAt(task.documents, task.members), task.settings, cache)
  const known = new Set(task.cache.map(([key]) => key))
  return { hub, cache: [...cache].filter(([key]) => !known.has(key)), thread: threadId }
}

/** One pair's forced alignment (see `alignPair`). */
export interface ForcedPairTask {
  /** The run's documents, in shared memory. */
  documents: SharedDocuments
  /** Index of the first document. */
  source: number
  /** Index of the second document. */
  target: number
  /** Options of the document aligner. */
  align: AlignDocumentsOptions
}

/** A pair's forced alignment. */
export interface ForcedPairReply {
  /** `alignPair(source, target, …, true)`. */
  alignment: DocumentAlignment
  /** `worker_threads` id of the thread that ran the task. */
  thread: number
}

/** Align one pair, forced. */
export function forcedPair(task: ForcedPairTask): ForcedPairReply {
  return { alignment: alignPair(sharedDocument(task.documents, task.source), sharedDocument(task.documents, task.target), { align: task.align }, true), thread: threadId }
}

/** The hub's sentence alignment to one member of a family (see `hubPair`). */
export interface HubPairTask {
  /** The run's documents, in shared memory. */
  documents: SharedDocuments
  /** Index of the hub. */
  hub: number
  /** Index of the member. */
  document: number
  /** The pair's alignments computed already, as cache entries. */
  cache: Array<[string, DocumentAlignment]>
  /** Aligner options and lexicons (`lexicons` left out). */
  settings: FamilySettings
  /** The lexicon of the two languages, in shared memory, if any. */
  lexicons?: SharedLexicon[] | undefined
}

/** A hub pair's alignment. */
export interface HubPairReply {
  /** `hubPair(hub, document)`. */
  alignment: DocumentAlignment
  /** `worker_threads` id of the thread that ran the task. */
  thread: number
}

/** Align a family's hub to one member for its sentence units. */
export function hubPairTask(task: HubPairTask): HubPairReply {
  const { align, lexicons } = withLexicons(task.settings, task.lexicons)
  const alignment = hubPair(sharedDocument(task.documents, task.hub), sharedDocument(task.documents, task.document), align, new Map(task.cache), lexicons)
  // A pending lexicon serves this family's hub pair of its two languages and nothing else in the run.
  forgetPendingLexicons(task.lexicons)
  return { alignment, thread: threadId }
}

/** Second-round pairs of one language pair to score (see `rescoreOnPool.ts`). */
export interface RescoreTask {
  /** The run's documents, in shared memory. */
  documents: SharedDocuments
  /** Pairs `[i, j]` of indices into `documents`, the first the smaller id. */
  pairs: Array<[number, number]>
  /** Options of the document aligner. */
  align: AlignDocumentsOptions
  /** The lexicon entry of the pairs' language pair, still to learn, in shared memory. */
  lexicons: SharedLexicon[]
}

/** The second-round scores of a {@link RescoreTask}. */
export interface RescoreReply {
  /** Each pair's score (`rescorePair`), `null` when it has none, in the task's order. */
  scores: Array<number | null>
  /** `worker_threads` id of the thread that ran the task. */
  thread: number
}

/** Score second-round pairs, learning their language pair's lexicon here and forgetting it afterwards. */
export function rescore(task: RescoreTask): RescoreReply {
  const lexicons = readSharedLexicons(task.lexicons) ?? []
  const scores = task.pairs.map(([i, j]) => rescorePair(sharedDocument(task.documents, i), sharedDocument(task.documents, j), lexicons, task.align) ?? null)
  forgetPendingLexicons(task.lexicons)
  return { scores, thread: threadId }
}

/** One language pair's corpus lexicon to learn. */
export interface LexiconTask {
  /** Its pooled training data. */
  entry: PendingLexicon
}

/** A learned corpus lexicon. */
export interface LexiconReply {
  /** The lexicon, `undefined` when its language pair had too little to learn from. */
  lexicon: LanguagePairLexicon | undefined
  /** `worker_threads` id of the thread that ran the task. */
  thread: number
}

/** Learn one language pair's corpus lexicon. */
export function lexicon(task: LexiconTask): LexiconReply {
  return { lexicon: learnPending(task.entry), thread: threadId }
}

/**
 * Build detection's models in this thread, keep them, and return them in shared memory for the other threads of the
 * pool (see `shareProfileModels`): built in a pool thread, not the calling one, so that the calling thread's heap
 * never holds the parsed profiles for the rest of the run.
 */
export function profileModels(): SharedProfileModels {
  const shared = shareProfileModels()
  adoptProfileModels(shared)
  return shared
}
