/** One line of the benchmark table. */
export interface BenchRow {
  /** Which benchmark (e.g. `detect`, `align-bitext`). */
  bench: string
  /** Input size description (e.g. `1k sentences`). */
  size: string
  /** What was measured (e.g. `time`, `peak RSS`, `throughput`). */
  metric: string
  /** The measurement. */
  value: number
  /** Unit of the value (e.g. `ms`, `MB`, `segments/s`). */
  unit: string
  /** Optional note (growth ratio, worker count, …). */
  note?: string
}

/** A benchmark module: `scripts/bench/<name>.ts` exports `run` of this type. */
export type BenchModule = () => Promise<BenchRow[]>
