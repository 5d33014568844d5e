/**
 * Hostile inputs through the CLI, each beside plain prose of the same size: builds every input in a temporary
 * folder, runs `node dist/cli.js …` on it and on prose of the same size in bytes (seed paragraphs of the case's
 * script between blank lines, same command, same extension), one after the other, and prints one Markdown table: case, size, time, prose time,
 * ratio, peak RSS, exit code. Build first (`npm run build`).
 *
 * Prose above `--prose-cap` bytes (default 4 MiB) is timed at that size and scaled by the size ratio: the time
 * linear cost would give, so a ratio above 1 there means the case costs more than linear. The load average is
 * printed with each row (the machine may be shared: ratios are measured in the same minute, times are not
 * comparable across runs).
 *
 * `npx tsx scripts/eval-reliability.ts [--only name,name] [--skip name,name] [--prose-cap BYTES]`
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { hardWrappedLines, numberedParagraphs } from './reliability/inputs.js'

const CLI = new URL('../dist/cli.js', import.meta.url).pathname
const corpus = new URL('../corpus/', import.meta.url).pathname
const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const at = args.indexOf(name)
  return at < 0 ? undefined : args[at + 1]
}
const only = option('--only')?.split(',')
const skip = option('--skip')?.split(',') ?? []
const proseCap = Number(option('--prose-cap') ?? 4 * 1024 * 1024)
const TIMEOUT_MS = 1_800_000

const seeds = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(corpus, f), 'utf8'))
const paragraphs = seeds.flatMap((t) => t.split(/\n\s*\n/u)).map((p) => p.trim()).filter((p) => p !== '')
const latin = paragraphs.filter((p) => !p.includes('\n') && p.length > 80 && (p.match(/\p{Script=Latin}/gu)?.length ?? 0) > 0.8 * (p.match(/\p{L}/gu)?.length ?? 1))
const khmer = paragraphs.join('').replace(/[^\p{Script=Khmer}]/gu, '')

const khmerParagraphs = paragraphs.filter((p) => (p.match(/\p{Script=Khmer}/gu)?.length ?? 0) > 0.8 * (p.match(/\p{L}/gu)?.length ?? 1))
/** Which seed paragraphs a case's prose is made of: those of its script, or all of them. */
const POOLS = { latin, khmer: khmerParagraphs, all: paragraphs }
type Pool = keyof typeof POOLS

/** Seed paragraphs between blank lines, numbered so that no line repeats, up to `bytes` UTF-8 bytes. */
function prose(bytes: number, pool: Pool = 'all'): string {
  return numberedParagraphs(POOLS[pool], bytes)
}

function repeatTo(unit: (k: number) => string, bytes: number, separator = ''): string {
  const parts: string[] = []
  let size = 0
  for (let k = 0; size < bytes; k++) {
    const part = unit(k)
    parts.push(part)
    size += Buffer.byteLength(part) + separator.length
  }
  return parts.join(separator)
}

function hardWrapped(lines: number): string {
  return hardWrappedLines(latin.join(' ').split(/\s+/u), lines)
}

interface Case {
  name: string
  /** Writes the input into `dir`; returns the CLI arguments and the input's size in bytes (0: no prose row). */
  make: (dir: string) => { argv: string[]; bytes: number; ext?: string }
  /** The prose it is compared with (default: the Latin-script seed paragraphs). */
  pool?: Pool
}

const file = (dir: string, name: string, content: string): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const parseFile = (name: string, content: string) => (dir: string) => ({ argv: ['parse', file(dir, name, content)], bytes: Buffer.byteLength(content), ext: name.slice(name.lastIndexOf('.')) })

const CASES: Case[] = [
  { name: '`>` ×10,000 on a line', make: parseFile('deep.md', `${'>'.repeat(10_000)} deep\n`) },
  { name: '`- ` ×10,000 on a line', make: parseFile('deep.md', `${'- '.repeat(10_000)}deep\n`) },
  { name: '`1. ` ×10,000 on a line', make: parseFile('deep.md', `${'1. '.repeat(10_000)}deep\n`) },
  { name: '200 quote levels', make: parseFile('deep.md', Array.from({ length: 200 }, (_, k) => `${'> '.repeat(k + 1)}level ${k}\n`).join('')) },
  { name: 'list indented 2,000 levels (4 MB)', make: parseFile('indented.md', repeatTo((k) => `${' '.repeat(2 * (k % 2_000))}- item ${k % 2_000}\n`, 4 * 1024 * 1024)) },
  { name: '`*a` ×100,000 (200 KB)', make: parseFile('dense.md', '*a'.repeat(100_000)) },
  { name: '`[a](` ×50,000 (200 KB)', make: parseFile('dense.md', '[a]('.repeat(50_000)) },
  { name: '8,000 separate block quotes', make: parseFile('quotes.md', Array.from({ length: 8_000 }, (_, k) => `> ${latin[k % latin.length]!.slice(0, 40)} ${k}`).join('\n\n')) },
  { name: '8,000 short paragraphs (the quotes without `>`)', make: parseFile('short.md', Array.from({ length: 8_000 }, (_, k) => `${latin[k % latin.length]!.slice(0, 40)} ${k}`).join('\n\n')) },
  { name: 'one paragraph of 60,000 hard-wrapped lines', make: parseFile('wrapped.txt', hardWrapped(60_000)) },
  { name: '5 MB Khmer line, no space', make: parseFile('khmer.txt', khmer.repeat(Math.ceil(1_700_000 / khmer.length)).slice(0, 1_700_000)), pool: 'khmer' },
  { name: '`detect --lines`, one 50 MB line', make: (dir) => {
    const line = latin.join(' ').repeat(Math.ceil((50 * 1024 * 1024) / latin.join(' ').length)).slice(0, 50 * 1024 * 1024)
    return { argv: ['detect', '--lines', file(dir, 'line.txt', line)], bytes: 0 }
  } },
  { name: 'folder: seeds, 2 link loops, a FIFO', make: (dir) => {
    const root = join(dir, 'looped')
    mkdirSync(join(root, 'inner'), { recursive: true })
    seeds.forEach((text, k) => writeFileSync(join(root, k % 2 === 0 ? '' : 'inner', `seed-${k}.txt`), text))
    symlinkSync('..', join(root, 'inner', 'up'))
    symlinkSync('.', join(root, 'self'))
    spawnSync('mkfifo', [join(root, 'pipe.txt')])
    return { argv: ['parse', root], bytes: 0 }
  } },
  { name: '`parse /dev/zero`', make: () => ({ argv: ['parse', '/dev/zero'], bytes: 0 }) },
  { name: '`align --out /proc/self/x`', make: (dir) => ({ argv: ['align', file(dir, 'a.txt', seeds[0]!), file(dir, 'b.txt', seeds[1]!), '--out', '/proc/self/x'], bytes: 0 }) },
  { name: 'one line repeated 100,000 times', make: parseFile('repeated.txt', `${latin[0]!.slice(0, 60)}\n`.repeat(100_000)) },
  { name: '50 MB article (all seed paragraphs)', make: parseFile('article.txt', prose(50 * 1024 * 1024)), pool: 'all' },
]

interface Run {
  seconds: number
  rssMB: number
  code: number | null
}

function run(argv: string[]): Run {
  const timed = existsSync('/usr/bin/time')
  const command = timed ? '/usr/bin/time' : process.execPath
  const full = timed ? ['-f', '@@ %e %M', process.execPath, CLI, ...argv] : [CLI, ...argv]
  const start = performance.now()
  const child = spawnSync(command, full, { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 1 << 30 })
  const wall = (performance.now() - start) / 1000
  const stats = /@@ ([\d.]+) (\d+)/u.exec(child.stderr ?? '')
  return { seconds: stats === null ? wall : Number(stats[1]), rssMB: stats === null ? NaN : Number(stats[2]) / 1024, code: child.status }
}

const mb = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`)
const proseTimes = new Map<string, number>()

/** Seconds `paracorpus parse` takes on prose of `bytes` bytes (timed at {@link proseCap} at most, then scaled). */
function proseSeconds(dir: string, bytes: number, ext: string, pool: Pool): { seconds: number; scaled: boolean } {
  const timedBytes = Math.min(bytes, proseCap)
  const key = `${timedBytes}${ext}${pool}`
  if (!proseTimes.has(key)) proseTimes.set(key, run(['parse', file(dir, `prose-${timedBytes}${ext}`, prose(timedBytes, pool))]).seconds)
  return { seconds: proseTimes.get(key)! * (bytes / timedBytes), scaled: bytes > proseCap * 1.01 }
}

console.log(`Machine: ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gmu)?.length ?? '?'} cores, Node ${process.version}; \`node dist/cli.js\`, /usr/bin/time (wall clock, peak RSS)\n`)
console.log('| case | size | time | prose time | ratio | peak RSS | exit | load |')
console.log('|---|---|---|---|---|---|---|---|')
for (const c of CASES) {
  if ((only !== undefined && !only.some((o) => c.name.includes(o))) || skip.some((s) => c.name.includes(s))) continue
  const dir = mkdtempSync(join(tmpdir(), 'paracorpus-reliability-'))
  try {
    const load = loadavg()[0]!
    const { argv, bytes, ext } = c.make(dir)
    const result = run(argv)
    const base = bytes > 0 ? proseSeconds(dir, bytes, ext ?? '.txt', c.pool ?? 'latin') : undefined
    const ratio = base === undefined ? '—' : `${(result.seconds / base.seconds).toFixed(2)}×`
    const proseCell = base === undefined ? '—' : `${base.seconds.toFixed(1)} s${base.scaled ? ` (${mb(proseCap)} × ${(bytes / proseCap).toFixed(1)})` : ''}`
    const size = bytes > 0 ? mb(bytes) : '—'
    console.log(`| ${c.name} | ${size} | ${result.seconds.toFixed(1)} s | ${proseCell} | ${ratio} | ${Math.round(result.rssMB)} MB | ${result.code ?? 'killed'} | ${load.toFixed(1)}–${loadavg()[0]!.toFixed(1)} |`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
