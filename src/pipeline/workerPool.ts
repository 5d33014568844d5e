import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Tinypool from 'tinypool'

/** The worker entry next to this module in the built package, when there is one. */
function workerFile(): URL | undefined {
  const url = new URL('./pipeline-worker.js', import.meta.url)
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined
}

/**
 * A pool of `threads` worker threads running the pipeline's stages (`dist/pipeline-worker.js`), or `undefined`
 * when one thread is asked for or the code runs from the TypeScript sources (no built worker file): the work then
 * stays in the calling thread, with the same results. Destroy the pool when done.
 * @param threads Worker threads.
 */
export function openPool(threads: number): Tinypool | undefined {
  const worker = threads > 1 ? workerFile() : undefined
  return worker === undefined ? undefined : new Tinypool({ filename: worker.href, minThreads: threads, maxThreads: threads })
}
