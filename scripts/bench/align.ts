/**
 * Alignment benchmark: `alignBitext` on 150, 1k, 10k and 100k-sentence synthetic pairs, each in its own child
 * process (`scripts/align/bench-child.ts`) so that `process.resourceUsage().maxRSS` is that size's own peak; each
 * time row's note gives its ratio to the plain length-only DP of this library on the same pair, in the same process.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { BenchRow } from './row.js'

interface ChildResult {
  n: number
  ms: number
  cpuMs?: number | undefined
  mainCpuMs?: number | undefined
  freshMs?: number | undefined
  lengthMs: number
  maxRssMB: number
  baseRssMB: number
  exact: number
}

const SIZES: Array<[number, string]> = [
  [150, '150 sentences'],
  [1_000, '1k sentences'],
  [10_000, '10k sentences'],
  [100_000, '100k sentences'],
]

/** Run the alignment benchmark. */
export async function run(): Promise<BenchRow[]> {
  const child = join(import.meta.dirname, '..', 'align', 'bench-child.ts')
  const rows: BenchRow[] = []
  let previous: ChildResult | undefined
  for (const [n, size] of SIZES) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 })
    const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult
    const fresh = result.freshMs === undefined || result.freshMs === 0 ? '' : `; ${result.freshMs.toFixed(0)} ms on pairs never seen before`
    const cpu = result.cpuMs === undefined ? '' : `; CPU ${result.cpuMs.toFixed(0)} ms${result.mainCpuMs === undefined ? '' : ` (main thread ${result.mainCpuMs.toFixed(0)} ms)`}`
    const vsLength = `×${(result.ms / result.lengthMs).toFixed(1)} the length-only DP (${result.lengthMs.toFixed(0)} ms)${n <= 1000 ? `, median of 5 after warm-up${fresh}` : ''}${cpu}`
    const growth = previous === undefined || previous.n * 10 !== n ? undefined : result.ms / previous.ms
    // The same ratio of main-thread CPU: what the wall-time ratio is on an idle machine, still readable on a busy one.
    const cpuGrowth = growth === undefined || result.mainCpuMs === undefined || !(previous?.mainCpuMs !== undefined && previous.mainCpuMs > 0) ? '' : `, main-thread CPU ×${(result.mainCpuMs / previous.mainCpuMs).toFixed(1)}`
    const memGrowth = previous === undefined || previous.n * 10 !== n ? undefined : result.maxRssMB / previous.maxRssMB
    rows.push({
      bench: 'align-bitext',
      size,
      metric: 'time',
      value: result.ms,
      unit: 'ms',
      note: `${growth === undefined ? (n * n > 2_500 ? 'coarse-to-fine first pass' : 'exact first pass') : `×${growth.toFixed(1)} for ×10 sentences${cpuGrowth}${n * n > 2_500 ? '; coarse-to-fine first pass' : ''}`}; ${vsLength}`,
    })
    rows.push({
      bench: 'align-bitext',
      size,
      metric: 'peak RSS',
      value: result.maxRssMB,
      unit: 'MB',
      note: `${result.baseRssMB.toFixed(0)} MB before aligning${memGrowth === undefined ? '' : `; ×${memGrowth.toFixed(1)} for ×10 sentences`}`,
    })
    rows.push({ bench: 'align-bitext', size, metric: 'exact-bead accuracy', value: result.exact, unit: 'share of gold beads' })
    previous = result
  }
  return rows
}
