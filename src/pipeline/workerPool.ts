import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Tinypool from 'tinypool'

/**
 * Largest old generation of a pool thread, in MB (`PARACORPUS_WORKER_HEAP_MB` overrides it, 64 at least; `0`
 * leaves V8's default). Besides the ceiling, V8 sizes the steps by which a heap grows from it: under its default ceiling
 * (about 4 GB on a large machine) a thread's heap grew to 100–170 MB between collections over a live heap of
 * 25–48 MB in the families stage; with this one it stays near its live size. A task that needs more than the
 * ceiling is not lost: {@link runTask} runs it again in the calling thread.
 */
export const WORKER_HEAP_MB = 384

/**
 * Largest young generation of a pool thread, in MB (both semi-spaces and the new large-object space). V8's default
 * lets each thread's young generation grow to 48 MB: objects of the families stage die young, so the growth is
 * resident memory that holds nothing live.
 */
export const WORKER_YOUNG_MB = 16

/** Smallest heap limit taken from `PARACORPUS_WORKER_HEAP_MB`: a thread must be able to start. */
const MIN_WORKER_HEAP_MB = 64

/**
 * The old-generation limit a pool thread gets, in MB: {@link WORKER_HEAP_MB}, or what `PARACORPUS_WORKER_HEAP_MB`
 * says (at least 64; `0` or anything that is not a positive number leaves V8's default).
 * @param raw The variable's value.
 * @returns The limit, or `undefined` for V8's default.
 */
export function workerHeapMb(raw: string | undefined = process.env['PARACORPUS_WORKER_HEAP_MB']): number | undefined {
  const mb = raw === undefined || raw.trim() === '' ? WORKER_HEAP_MB : Number(raw)
  return Number.isFinite(mb) && mb > 0 ? Math.max(MIN_WORKER_HEAP_MB, mb) : undefined
}

/**
 * The resource limits of a pool thread: its old generation bounded by {@link workerHeapMb} (unless that leaves
 * V8's default) and its young generation by {@link WORKER_YOUNG_MB}.
 * @param raw The value of `PARACORPUS_WORKER_HEAP_MB`.
 */
export function workerLimits(raw: string | undefined = process.env['PARACORPUS_WORKER_HEAP_MB']): { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb: number } {
  const heap = workerHeapMb(raw)
  return heap === undefined ? { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } : { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: WORKER_YOUNG_MB }
}

/** The worker entry next to this module in the built package, when there is one. */
function workerFile(): URL | undefined {
  const url = new URL('./pipeline-worker.js', import.meta.url)
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined
}

/**
 * A pool of `threads` worker threads running the pipeline's stages (`dist/pipeline-worker.js`), or `undefined`
 * when one thread is asked for or the code runs from the TypeScript sources (no built worker file): the work then
 * stays in the calling thread, with the same results. Each thread's heap is limited as {@link workerLimits} says. Destroy the pool when done; run its tasks with {@link runTask}.
 * @param threads Worker threads.
 */
export function openPool(threads: number): Tinypool | undefined {
  const worker = threads > 1 ? workerFile() : undefined
  if (worker === undefined) return undefined
  const pool = new Tinypool({ filename: worker.href, minThreads: threads, maxThreads: threads, resourceLimits: workerLimits() })
  // A thread that fails while it holds a task fails that task (runTask runs it again here). One that fails without
  // a task (e.g. out of heap while starting) may leave queued tasks with no thread to run them: every task then
  // runs here.
  let fail: (error: unknown) => void = () => undefined
  failures.set(pool, new Promise((resolve) => (fail = (error) => resolve({ failed: error }))))
  pool.on('error', (error: unknown) => fail(error))
  return pool
}

/** Per pool, settled when one of its threads failed without a task. */
const failures = new WeakMap<Tinypool, Promise<{ failed: unknown }>>()

/** The worker's export that runs a task, in the calling thread. */
async function stageHere(name: string | undefined): Promise<((task: unknown) => unknown) | undefined> {
  const stages = (await import('./pipelineWorker.js')) as unknown as Record<string, ((task: unknown) => unknown) | undefined>
  return stages[name ?? 'default']
}

/**
 * Run one task of `pipeline-worker.js` on the pool. A task whose thread ran out of heap (`ERR_WORKER_OUT_OF_MEMORY`,
 * see {@link WORKER_HEAP_MB}; the pool replaces the thread), and every task once a thread failed without a task,
 * runs again in the calling thread, with the same result.
 * @param pool The pool (from {@link openPool}).
 * @param task The task (plain data).
 * @param name The worker's export that runs it (default: the per-document stage).
 * @returns The worker's reply.
 */
export async function runTask(pool: Tinypool, task: unknown, name?: string): Promise<unknown> {
  const run = pool.run(task, name === undefined ? undefined : { name }).then((reply: unknown) => ({ reply }))
  // Settled after the pool failed: not waited for, and its rejection is no error of the run.
  run.catch(() => undefined)
  const failed = failures.get(pool)
  let outcome: { reply: unknown } | { failed: unknown }
  try {
    outcome = await (failed === undefined ? run : Promise.race([run, failed]))
  } catch (error) {
    if ((error as { code?: unknown } | undefined)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error
    outcome = { failed: error }
  }
  if ('reply' in outcome) return outcome.reply
  const stage = await stageHere(name)
  if (stage === undefined) throw outcome.failed
  return stage(task)
}
