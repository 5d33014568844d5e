/**
 * Benchmark runner: imports every module in scripts/bench/ (except row.ts) and prints one table.
 * Run with `npm run bench`. Never part of the tests.
 */
import { readdirSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { join } from 'node:path'
import type { BenchModule, BenchRow } from './bench/row.js'

const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'bench')
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'row.ts')
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()

const rows: BenchRow[] = []
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: BenchModule }
  process.stderr.write(`bench: ${file}…\n`)
  rows.push(...(await mod.run()))
}

const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(`Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`)
const header = ['bench', 'size', 'metric', 'value', 'unit', 'note']
const body = rows.map((r) => [r.bench, r.size, r.metric, formatValue(r.value), r.unit, r.note ?? ''])
console.log(`| ${header.join(' | ')} |`)
console.log(`|${header.map(() => '---').join('|')}|`)
for (const line of body) console.log(`| ${line.join(' | ')} |`)

function formatValue(v: number): string {
  if (Number.isInteger(v)) return String(v)
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2)
}
