/**
 * One pipeline run in its own process (so its peak RSS is its own), built to JavaScript first (`buildScript` in
 * `scripts/build-copy.ts`, so that its worker threads do not load the TypeScript loader):
 * `node align-child.js <built index.js URL> <corpus dir> <workers> load|align`
 * prints `{"ms":…,"loadMs":…,"pairsMs":…,"maxRssMB":…,"cpuMs":…,…}` on its last line: `load` runs `loadCorpusParallel`
 * only (read, parse, detect), `align` the whole `alignCorpus`. CPU times are the whole process's (every thread: the
 * calling one, the pool's and V8's own, user and system), per stage as the wall times are cut: on a machine other runs
 * share, a wall time says little about what one worker count costs against another, a CPU time does.
 */
import type { alignCorpus as AlignCorpus, loadCorpusParallel as LoadCorpusParallel, ProgressEvent } from '../../src/index.js'

const [url, dir, workers, mode] = process.argv.slice(2)
const { alignCorpus, loadCorpusParallel } = (await import(url!)) as { alignCorpus: typeof AlignCorpus; loadCorpusParallel: typeof LoadCorpusParallel }
const marks: Record<string, number> = {}
/** The process's CPU time at the same marks. */
const cpuMarks: Record<string, number> = {}
/** CPU time of the whole process so far (every thread, user and system), in ms. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const t0 = performance.now()
if (mode === 'load') {
  const corpus = await loadCorpusParallel([dir!], { workers: Number(workers) })
  const ms = performance.now() - t0
  console.log(JSON.stringify({ ms, loadMs: ms, pairsMs: 0, familiesMs: 0, maxRssMB: process.resourceUsage().maxRSS / 1024, cpuMs: cpuMs(), loadCpuMs: cpuMs(), pairsCpuMs: 0, familiesCpuMs: 0, documents: corpus.documents.length, verdicts: 0, families: 0, units: 0 }))
  process.exit(0)
}
const dataset = await alignCorpus([dir!], {
  workers: Number(workers),
  level: 'sentence',
  onProgress: (e: ProgressEvent) => {
    marks[`${e.stage}-end`] = performance.now() - t0
    cpuMarks[`${e.stage}-end`] = cpuMs()
    if (marks[`${e.stage}-start`] === undefined) marks[`${e.stage}-start`] = performance.now() - t0
  },
})
const ms = performance.now() - t0
const cpu = cpuMs()
console.log(
  JSON.stringify({
    ms,
    loadMs: marks['load-end'] ?? 0,
    pairsMs: (marks['pairs-end'] ?? marks['load-end'] ?? 0) - (marks['load-end'] ?? 0),
    familiesMs: ms - (marks['pairs-end'] ?? marks['load-end'] ?? 0),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    cpuMs: cpu,
    loadCpuMs: cpuMarks['load-end'] ?? 0,
    pairsCpuMs: (cpuMarks['pairs-end'] ?? cpuMarks['load-end'] ?? 0) - (cpuMarks['load-end'] ?? 0),
    familiesCpuMs: cpu - (cpuMarks['pairs-end'] ?? cpuMarks['load-end'] ?? 0),
    documents: dataset.documents.length,
    verdicts: dataset.verdicts.length,
    families: dataset.families.filter((f) => !f.alone).length,
    units: dataset.units.length,
  }),
)
