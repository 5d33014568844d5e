/**
 * One pipeline run in its own process (so its peak RSS is its own), built to JavaScript first (`buildScript` in
 * `scripts/build-copy.ts`, so that its worker threads do not load the TypeScript loader):
 * `node align-child.js <built index.js URL> <corpus dir> <workers> load|align`
 * prints `{"ms":…,"loadMs":…,"pairsMs":…,"maxRssMB":…,…}` on its last line: `load` runs `loadCorpusParallel`
 * only (read, parse, detect), `align` the whole `alignCorpus`.
 */
import type { alignCorpus as AlignCorpus, loadCorpusParallel as LoadCorpusParallel, ProgressEvent } from '../../src/index.js'

const [url, dir, workers, mode] = process.argv.slice(2)
const { alignCorpus, loadCorpusParallel } = (await import(url!)) as { alignCorpus: typeof AlignCorpus; loadCorpusParallel: typeof LoadCorpusParallel }
const marks: Record<string, number> = {}
const t0 = performance.now()
if (mode === 'load') {
  const corpus = await loadCorpusParallel([dir!], { workers: Number(workers) })
  const ms = performance.now() - t0
  console.log(JSON.stringify({ ms, loadMs: ms, pairsMs: 0, familiesMs: 0, maxRssMB: process.resourceUsage().maxRSS / 1024, documents: corpus.documents.length, verdicts: 0, families: 0, units: 0 }))
  process.exit(0)
}
const dataset = await alignCorpus([dir!], {
  workers: Number(workers),
  level: 'sentence',
  onProgress: (e: ProgressEvent) => {
    marks[`${e.stage}-end`] = performance.now() - t0
    if (marks[`${e.stage}-start`] === undefined) marks[`${e.stage}-start`] = performance.now() - t0
  },
})
const ms = performance.now() - t0
console.log(
  JSON.stringify({
    ms,
    loadMs: marks['load-end'] ?? 0,
    pairsMs: (marks['pairs-end'] ?? marks['load-end'] ?? 0) - (marks['load-end'] ?? 0),
    familiesMs: ms - (marks['pairs-end'] ?? marks['load-end'] ?? 0),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    documents: dataset.documents.length,
    verdicts: dataset.verdicts.length,
    families: dataset.families.filter((f) => !f.alone).length,
    units: dataset.units.length,
  }),
)
