import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'

/** Reads a file's text, or `undefined` when it cannot be read. */
export type ReadText = (path: string) => string | undefined

const readText: ReadText = (path) => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * The cores a CPU quota of the process's control group allows (`quota / period`, rounded up), or `undefined` when
 * none is set or none can be read. cgroup v2 writes `cpu.max` (`"200000 100000"`, or `"max 100000"` for none); v1
 * writes `cpu.cfs_quota_us` (`-1` for none) and `cpu.cfs_period_us`.
 * @param read How to read a file (the file system by default).
 */
export function cgroupCores(read: ReadText = readText): number | undefined {
  const v2 = read('/sys/fs/cgroup/cpu.max')?.trim().split(/\s+/u)
  const [quota, period] = v2 !== undefined ? v2 : [read('/sys/fs/cgroup/cpu/cpu.cfs_quota_us')?.trim(), read('/sys/fs/cgroup/cpu/cpu.cfs_period_us')?.trim()]
  const q = Number(quota)
  const p = Number(period)
  if (quota === undefined || quota === 'max' || !Number.isFinite(q) || !Number.isFinite(p) || q <= 0 || p <= 0) return undefined
  return Math.max(1, Math.ceil(q / p))
}

/**
 * Cores this process may really run on: `os.availableParallelism()` (the CPUs it may be scheduled on), lowered to a
 * CPU quota of its control group. In a container limited to two cores of a large host, Node's count is the host's,
 * and as many threads as that would share two cores.
 * @param read How to read a file (the file system by default).
 */
export function usableCores(read: ReadText = readText): number {
  const quota = cgroupCores(read)
  return Math.max(1, Math.min(availableParallelism(), quota ?? Number.POSITIVE_INFINITY))
}
