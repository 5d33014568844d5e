import { fastestCpuSeconds } from '../scripts/bench/parse.js'

/**
 * Milliseconds of CPU this process spends in `run`. The tests that compare the cost of a hostile input with prose
 * of its size use CPU time rather than the wall clock: on a loaded machine the wall clock counts the time spent
 * waiting for a core, which is noise, while a parser whose work grows faster than its input shows in CPU time all
 * the same (tests run in forked processes, one file per process).
 */
export function cpuMilliseconds(run: () => void): number {
  return fastestCpuSeconds(1, run) * 1000
}
