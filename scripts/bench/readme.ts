/**
 * README benchmark: `alignCorpus` (sentence level, every core, as `paracorpus align` runs it) on one long README in
 * ten languages, side by side with a folder of about the same size of short FAQs over the same sentences
 * (`scripts/pipeline/readmeCorpus.ts`, built from PUD). Each run has its own process and peak RSS; the README row's
 * note gives its ratio to the FAQ folder measured in the same run. Needs `../shared/data/pud/` (skipped without it).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCopy, buildScript } from '../build-copy.js'
import { writeReadmeFolders } from '../pipeline/readmeCorpus.js'
import type { BenchRow } from './row.js'

interface AlignRun {
  ms: number
  maxRssMB: number
  documents: number
  families: number
  units: number
}

/** Run the README benchmark. */
export async function run(): Promise<BenchRow[]> {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  const pud = resolve(process.env['PUD_DIR'] ?? join(root, '..', 'shared', 'data', 'pud'))
  if (!existsSync(join(pud, 'en.tsv'))) {
    process.stderr.write(`bench: readme skipped, no PUD files in ${pud} (set PUD_DIR)\n`)
    return []
  }
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true })
  const build = mkdtempSync(join(root, 'node_modules', '.cache', 'paracorpus-bench-'))
  const dir = mkdtempSync(join(tmpdir(), 'paracorpus-bench-readme-'))
  try {
    const url = await buildCopy(build)
    const folders = writeReadmeFolders(dir, pud)
    const cores = availableParallelism()
    const child = await buildScript(build, 'scripts/pipeline/align-child.ts', 'align-child')
    const align = (folder: string): AlignRun => {
      const out = execFileSync(process.execPath, [child, url, folder, String(cores), 'align'], { encoding: 'utf8', maxBuffer: 1 << 22 })
      return JSON.parse(out.trim().split('\n').pop() ?? '{}') as AlignRun
    }
    const faq = align(folders.faq)
    const readme = align(folders.readme)
    const kb = (bytes: number): string => `${(bytes / 1000).toFixed(0)} KB`
    const readmeSize = `10 versions of one README, ${kb(folders.readmeBytes)}`
    const faqSize = `${folders.faqFamilies} FAQs × 10 versions, ${kb(folders.faqBytes)}`
    const workers = `${cores} worker${cores === 1 ? '' : 's'}`
    return [
      { bench: 'align-readme', size: readmeSize, metric: `time, ${workers}`, value: readme.ms / 1000, unit: 's', note: `×${(readme.ms / faq.ms).toFixed(2)} the FAQ folder; ${readme.families} family, ${readme.units} units` },
      { bench: 'align-readme', size: readmeSize, metric: 'peak RSS', value: readme.maxRssMB, unit: 'MB', note: `×${(readme.maxRssMB / faq.maxRssMB).toFixed(2)} the FAQ folder` },
      { bench: 'align-readme', size: faqSize, metric: `time, ${workers}`, value: faq.ms / 1000, unit: 's', note: `${faq.families} families, ${faq.units} units (reference row)` },
      { bench: 'align-readme', size: faqSize, metric: 'peak RSS', value: faq.maxRssMB, unit: 'MB' },
    ]
  } finally {
    rmSync(build, { recursive: true, force: true })
    rmSync(dir, { recursive: true, force: true })
  }
}
