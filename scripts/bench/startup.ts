/**
 * Start-up benchmark: `paracorpus --version` and `paracorpus bitext` on a 150-line pair (the first 150 PUD sentences
 * in English and German, `../shared/data/pud/`) as whole processes of the built CLI, beside `node -e 0` (Node's own
 * start-up) measured in the same run: the runs alternate, five of each, and each row gives the median wall time and
 * its ratio to the median `node -e 0`. Skips the bitext row without the PUD files.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCopy } from '../build-copy.js'
import type { BenchRow } from './row.js'

const RUNS = 5
const LINES = 150

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Wall time of one process, in ms (it must exit 0). */
function timeProcess(args: string[]): number {
  const start = performance.now()
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  const ms = performance.now() - start
  if (result.status !== 0) throw new Error(`bench: \`node ${args.join(' ')}\` exited ${result.status}: ${result.stderr.toString()}`)
  return ms
}

/** Run the start-up benchmark. */
export async function run(): Promise<BenchRow[]> {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const pud = resolve(process.env['PUD_DIR'] ?? join(root, '..', 'shared', 'data', 'pud'))
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true })
  const build = mkdtempSync(join(root, 'node_modules', '.cache', 'paracorpus-bench-'))
  try {
    await buildCopy(build)
    const cli = join(build, 'dist', 'cli.js')
    const commands: Array<[string, string[]]> = [
      ['node -e 0', ['-e', '0']],
      ['paracorpus --version', [cli, '--version']],
    ]
    if (existsSync(join(pud, 'de.tsv'))) {
      const lines = (lang: string): string =>
        readFileSync(join(pud, `${lang}.tsv`), 'utf8')
          .split('\n')
          .slice(0, LINES)
          .map((line) => line.slice(line.indexOf('\t') + 1))
          .join('\n')
      writeFileSync(join(build, 'en.txt'), `${lines('en')}\n`)
      writeFileSync(join(build, 'de.txt'), `${lines('de')}\n`)
      commands.push(['paracorpus bitext', [cli, 'bitext', join(build, 'en.txt'), join(build, 'de.txt')]])
    } else {
      process.stderr.write(`bench: startup's bitext row skipped, no PUD files in ${pud} (set PUD_DIR)\n`)
    }
    // One untimed run each (file cache), then the timed runs in turn.
    for (const [, args] of commands) timeProcess(args)
    const times = commands.map((): number[] => [])
    for (let k = 0; k < RUNS; k++) commands.forEach(([, args], i) => times[i]!.push(timeProcess(args)))
    const node = median(times[0]!)
    return commands.map(([name], i) => {
      const ms = median(times[i]!)
      const size = name === 'paracorpus bitext' ? `${LINES}-line pair (PUD en–de)` : '–'
      const note = i === 0 ? `reference row; median of ${RUNS}` : `×${(ms / node).toFixed(2)} \`node -e 0\` (${node.toFixed(0)} ms) in the same run; median of ${RUNS}, whole process`
      return { bench: 'startup', size, metric: name, value: ms, unit: 'ms', note }
    })
  } finally {
    rmSync(build, { recursive: true, force: true })
  }
}
