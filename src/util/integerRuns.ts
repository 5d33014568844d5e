/**
 * Runs of consecutive integers (slot indices, document positions), sorted, each as `[first, last]`.
 * `integerRuns([5, 1, 2, 4])` is `[[1, 2], [4, 5]]`. The input is not changed.
 */
export function integerRuns(values: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out.at(-1)
    if (last !== undefined && last[1] === v - 1) last[1] = v
    else out.push([v, v])
  }
  return out
}
