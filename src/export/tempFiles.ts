import { rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/u

/** Temporary name beside `target`: `.<name>.<pid>.<8 hex>.tmp`, the pattern {@link isOrphanTemp} recognises. */
export function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Whether a file name is a temporary file of `writeDataset` whose process is gone (killed mid-write). Temporary
 * files of a live process — another run writing into the same directory — are not orphans.
 */
export function isOrphanTemp(name: string): boolean {
  const match = TEMP_NAME.exec(name)
  return match !== null && !isAlive(Number(match[1]))
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

/**
 * Remove the given temporary files if the process is interrupted (SIGINT, SIGTERM, SIGHUP) before `release` is
 * called. With no other listener for the signal, the signal is raised again after the clean-up, so the process
 * ends as it would have; otherwise the other listeners decide.
 * @param pending The temporary paths still on disk (read at signal time).
 * @returns `release`, removing the handlers.
 */
export function removeOnSignal(pending: () => Iterable<string>): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    for (const path of pending()) rmSync(path, { force: true })
    release()
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
  }
  const release = (): void => {
    for (const signal of SIGNALS) process.off(signal, handler)
  }
  for (const signal of SIGNALS) process.on(signal, handler)
  return release
}
