/**
 * The distributed job checked end to end (`npm run test:distributed`) and measured (`npm run bench:distributed`).
 *
 * Builds the package into a private folder, writes the generated corpus (`corpus.ts`: ≥ 1,000 articles, PUD
 * translation families in ten languages, synthetic families, unrelated documents), runs `paracorpus align` on it
 * (every core, one process), then the Dask driver (`driver.py`) on a local cluster of `--workers` worker processes
 * (default 2), and checks that every file the two runs wrote is byte-for-byte the same. Needs Node.js and a
 * Python with dask and distributed (the Debian packages python3-dask and python3-distributed: /usr/bin/python3
 * is tried first). With `--bench`, prints a table of times, peak RSS and shuffle sizes.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildCopy } from '../build-copy.js'
import { writeDistributedCorpus } from './corpus.js'

const { values } = parseArgs({ options: { bench: { type: 'boolean' }, workers: { type: 'string', default: '2' }, articles: { type: 'string', default: '1020' }, keep: { type: 'string' } } })
const root = fileURLToPath(new URL('../../', import.meta.url))

/** A Python that imports dask.bag and distributed. */
function findPython(): string {
  for (const python of [process.env['PYTHON'], '/usr/bin/python3', 'python3'].filter((p): p is string => p !== undefined && p !== '')) {
    if (spawnSync(python, ['-c', 'import dask.bag, distributed'], { stdio: 'ignore' }).status === 0) return python
  }
  throw new Error('no Python with dask and distributed: install them (apt-get install -y python3-dask python3-distributed) or set PYTHON')
}

/** Every file under `dir`, by relative path. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.set(relative(dir, path), readFileSync(path))
    }
  }
  walk(dir)
  return out
}

interface DriverReport {
  workers: number
  workers_used_by_prepare: number
  documents: number
  pairs: number
  families: number
  shards: Record<string, number>
  seconds: Record<string, number>
  bytes: Record<string, number>
  peak_rss: Record<string, { worker_mb: number; largest_paracorpus_mb: number; worker_cpu_s: number; paracorpus_cpu_s: number }>
  driver: { worker_mb: number; largest_paracorpus_mb: number; worker_cpu_s: number; paracorpus_cpu_s: number }
}

const python = findPython()
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true })
const build = mkdtempSync(join(root, 'node_modules', '.cache', 'paracorpus-distributed-'))
const work = values.keep ?? mkdtempSync(join(tmpdir(), 'paracorpus-distributed-'))
mkdirSync(work, { recursive: true })
try {
  await buildCopy(build)
  const cli = join(build, 'dist', 'cli.js')
  const corpus = writeDistributedCorpus(join(work, 'corpus'), Number(values.articles))
  console.log(`corpus: ${corpus.articles} articles (${corpus.pud} in PUD families of ten languages, ${corpus.synthetic} in synthetic families, ${corpus.unrelated} unrelated)`)

  let start = performance.now()
  const align = spawnSync(process.execPath, [join(root, 'scripts', 'distributed', 'peak-rss.mjs'), cli, 'align', 'corpus', '--out', 'out-align', '--quiet'], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 })
  const alignS = (performance.now() - start) / 1000
  if (align.status !== 0 && align.status !== 2) throw new Error(`paracorpus align failed (${align.status}): ${align.stderr.slice(-2000)}`)
  const usage = /peak-rss-kb (\d+) cpu-us (\d+)/u.exec(align.stderr)
  const alignRss = Number(usage?.[1] ?? 0) / 1024
  const alignCpu = Number(usage?.[2] ?? 0) / 1e6
  console.log(`align: ${alignS.toFixed(1)} s, ${alignCpu.toFixed(1)} CPU s, peak RSS ${alignRss.toFixed(0)} MB`)

  start = performance.now()
  const driverOut = execFileSync(python, [join(root, 'scripts', 'distributed', 'driver.py'), 'corpus', '--out', 'out-dask', '--cli', cli, '--node', process.execPath, '--local-workers', values.workers, '--report', 'report.json', '--keep', 'records'], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] })
  const daskS = (performance.now() - start) / 1000
  const report = JSON.parse(driverOut.trim().split('\n').pop()!) as DriverReport
  console.log(`dask: ${daskS.toFixed(1)} s on ${report.workers} worker processes (${Object.entries(report.seconds).map(([k, v]) => `${k} ${v} s`).join(', ')})`)

  const a = files(join(work, 'out-align'))
  const b = files(join(work, 'out-dask'))
  const problems: string[] = []
  if (report.workers < 2 || report.workers_used_by_prepare < 2) problems.push(`the cluster ran on ${report.workers} workers, ${report.workers_used_by_prepare} of them preparing documents; at least 2 needed`)
  if (report.documents !== corpus.articles) problems.push(`${report.documents} documents prepared of ${corpus.articles}`)
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    if (!a.has(name)) problems.push(`${name}: written by the distributed run only`)
    else if (!b.has(name)) problems.push(`${name}: written by align only`)
    else if (!a.get(name)!.equals(b.get(name)!)) problems.push(`${name}: differs`)
  }
  const dataset = JSON.parse(a.get('dataset.json')?.toString('utf8') ?? '{}') as { languages?: unknown[]; families?: Array<{ alone: boolean }>; units?: unknown[] }
  const languages = dataset.languages?.length ?? 0
  const families = dataset.families?.filter((f) => !f.alone).length ?? 0
  if (languages < (corpus.pud > 0 ? 10 : 2)) problems.push(`only ${languages} languages detected`)
  if (families < corpus.articles / 10) problems.push(`only ${families} families with translations`)
  console.log(`compared ${a.size} files of align with ${b.size} of the distributed run: ${problems.length === 0 ? 'identical' : `${problems.length} problems`}; ${languages} languages, ${families} families with translations, ${dataset.units?.length ?? 0} units`)

  if (values.bench === true) {
    const mb = (n: number | undefined): string => ((n ?? 0) / 1e6).toFixed(1)
    const workers = Object.values(report.peak_rss)
    const cpu = workers.reduce((n, w) => n + w.worker_cpu_s + w.paracorpus_cpu_s, 0) + report.driver.paracorpus_cpu_s + report.driver.worker_cpu_s
    console.log('\n| run | time | CPU time | peak RSS | note |\n|---|---|---|---|---|')
    console.log(`| \`paracorpus align\`, 1 process | ${alignS.toFixed(1)} s | ${alignCpu.toFixed(1)} s | ${alignRss.toFixed(0)} MB | every core (worker threads) |`)
    console.log(`| Dask driver, ${report.workers} worker processes | ${daskS.toFixed(1)} s | ${cpu.toFixed(1)} s | ${workers.map((w) => `${w.worker_mb.toFixed(0)} + ${w.largest_paracorpus_mb.toFixed(0)}`).join(', ')} MB | per worker: the Dask worker + its largest paracorpus process (merge in the driver: ${report.driver.largest_paracorpus_mb.toFixed(0)} MB); ${Object.entries(report.seconds).map(([k, v]) => `${k} ${v} s`).join(', ')} |`)
    console.log(`\nshards: ${Object.entries(report.shards).map(([k, v]) => `${k} ${v}`).join(', ')}; ${report.pairs} pairs judged; ${report.families} families`)
    console.log(`bytes: prepared records ${mb(report.bytes['prepared'])} MB, fingerprints ${mb(report.bytes['fingerprints'])} MB, shuffled to judge ${mb(report.bytes['shuffle_judge'])} MB, shuffled to align-shard ${mb(report.bytes['shuffle_align'])} MB, verdicts ${mb(report.bytes['verdicts'])} MB, family results ${mb(report.bytes['results'])} MB, merge input ${mb(report.bytes['merge_input'])} MB`)
  }
  if (problems.length > 0) {
    console.error(problems.slice(0, 20).join('\n'))
    process.exitCode = 1
  }
} finally {
  rmSync(build, { recursive: true, force: true })
  if (values.keep === undefined) rmSync(work, { recursive: true, force: true })
}
