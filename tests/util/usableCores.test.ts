import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { cgroupCores, usableCores, type ReadText } from '../../src/util/usableCores.js'

const files = (entries: Record<string, string>): ReadText => (path) => entries[path]

describe('usableCores', () => {
  it('reads a cgroup v2 quota, rounded up to whole cores', () => {
    expect(cgroupCores(files({ '/sys/fs/cgroup/cpu.max': '200000 100000\n' }))).toBe(2)
    expect(cgroupCores(files({ '/sys/fs/cgroup/cpu.max': '150000 100000\n' }))).toBe(2)
    expect(cgroupCores(files({ '/sys/fs/cgroup/cpu.max': '50000 100000\n' }))).toBe(1)
  })

  it('reads a cgroup v1 quota, and no quota as none', () => {
    expect(cgroupCores(files({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '400000\n', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n' }))).toBe(4)
    expect(cgroupCores(files({ '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1\n', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n' }))).toBeUndefined()
    expect(cgroupCores(files({ '/sys/fs/cgroup/cpu.max': 'max 100000\n' }))).toBeUndefined()
    expect(cgroupCores(files({}))).toBeUndefined()
    expect(cgroupCores(files({ '/sys/fs/cgroup/cpu.max': 'garbage\n' }))).toBeUndefined()
  })

  it('lowers the scheduler’s count to the quota, never below one core', () => {
    expect(usableCores(files({ '/sys/fs/cgroup/cpu.max': '100000 100000' }))).toBe(1)
    expect(usableCores(files({ '/sys/fs/cgroup/cpu.max': `${1000 * 100000} 100000` }))).toBe(availableParallelism())
    expect(usableCores(files({}))).toBe(availableParallelism())
  })
})
