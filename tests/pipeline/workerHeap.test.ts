import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type Tinypool from 'tinypool'
import { describe, expect, it } from 'vitest'
import { runTask, WORKER_HEAP_MB, WORKER_YOUNG_MB, workerHeapMb, workerLimits } from '../../src/pipeline/workerPool.js'
import loadTask from '../../src/pipeline/loadWorker.js'

/** A stand-in for a pool whose thread fails every task with `error`. */
function failingPool(error: Error): Tinypool {
  return { run: async () => Promise.reject(error) } as unknown as Tinypool
}

const outOfMemory = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' })
const dir = join('tests', 'fixtures', 'pud-corpus')
const path = join(dir, readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0]!)

describe('pool threads with a bounded heap', () => {
  it('gives every thread the bound, or the one the environment sets (never below a thread can start with), or V8\'s own', () => {
    expect(workerHeapMb(undefined)).toBe(WORKER_HEAP_MB)
    expect(workerHeapMb(' ')).toBe(WORKER_HEAP_MB)
    expect(workerHeapMb('1024')).toBe(1024)
    expect(workerHeapMb('12')).toBe(64)
    expect(workerHeapMb('0')).toBeUndefined()
    expect(workerHeapMb('lots')).toBeUndefined()
  })

  it('bounds every thread\'s young generation too, whatever bounds its old generation', () => {
    expect(workerLimits(undefined)).toEqual({ maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB })
    expect(workerLimits('1024')).toEqual({ maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: WORKER_YOUNG_MB })
    expect(workerLimits('0')).toEqual({ maxYoungGenerationSizeMb: WORKER_YOUNG_MB })
  })

  it('runs a task whose thread ran out of heap again in the calling thread, with the reply the thread would give', async () => {
    const task = { path, options: {} }
    const reply = await runTask(failingPool(outOfMemory), task)
    expect(reply).toEqual(loadTask(task))
    expect((reply as ReturnType<typeof loadTask>).result.kind).toBe('document')
  })

  it('passes any other failure of a task on', async () => {
    await expect(runTask(failingPool(new Error('task failed')), { path, options: {} })).rejects.toThrow('task failed')
  })

  it('gives the reply of a thread that ran the task', async () => {
    const pool = { run: async (task: unknown, options?: { name?: string }) => ({ task, name: options?.name }) } as unknown as Tinypool
    expect(await runTask(pool, { x: 1 }, 'lexicon')).toEqual({ task: { x: 1 }, name: 'lexicon' })
  })
})
