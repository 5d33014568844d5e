/**
 * Make a labelled source file of `data/langid/sources/` from lines of raw text (one text a line, on stdin;
 * `--join-subtitles`: subtitle lines, joined into sentences first, see {@link joinSubtitleLines}): user
 * names (`@name`), hashtags, URLs and bracketed placeholders are removed, spaces closed up, lines of fewer than
 * `--min-words` words (default 3) or with less than a `--min-script-share` share (default 0.9) of their letters in the
 * `--script` script dropped, each text kept once, lines carrying two or more (`--drop-at N`: N or more) of the `--drop`
 * words (spellings typical of the other language of a close pair, for a source that mixes both) left out, with `--franc-among zlm,ind,eng --franc-keep zlm,ind`
 * lines that franc, ranking only those languages, places first in another (English) left out, and `--max` evenly
 * spaced lines kept (default: all).
 *
 * Run with `npx tsx scripts/langid/sample-lines.ts [--join-subtitles] [--max N] [--min-words N] [--script Latn|Cyrl]
 * [--min-script-share X] [--drop word,word… [--drop-at N]] [--franc-among a,b,c --franc-keep a,b] < raw.txt >
 * data/langid/sources/<code>.<source>.txt`; the commands that made each file are in `data/langid/README.md`.
 */
import { readFileSync } from 'node:fs'
import { franc } from 'franc'

/** The value after a command-line flag, if given. */
function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}

/** Options of one run. */
export interface SampleOptions {
  /** Lines to keep, evenly spaced (all when undefined). */
  max?: number | undefined
  /** Fewest words a kept line has. */
  minWords: number
  /** Script whose letters must be at least {@link SampleOptions.minScriptShare} of a line's letters. */
  script: string
  /** Least share of the line's letters in {@link SampleOptions.script}. */
  minScriptShare: number
  /** Words (lower case) of which {@link SampleOptions.dropAt} or more drop a line. */
  drop: ReadonlySet<string>
  /** How many {@link SampleOptions.drop} words drop a line (default 2). */
  dropAt: number
  /** franc codes to rank a line among (none: no franc check). */
  francAmong: readonly string[]
  /** franc codes of which one must come first among {@link SampleOptions.francAmong} for the line to be kept. */
  francKeep: ReadonlySet<string>
}

/**
 * Subtitle lines joined into sentences: a line is joined to the next unless it ends a sentence (`.`, `!`, `?`, `…`,
 * a closing quote after one) or the next line starts a new speaker's turn (`-`).
 * @param lines Subtitle text lines, in order.
 * @returns One line per sentence (a speaker's turn marker removed).
 */
export function joinSubtitleLines(lines: readonly string[]): string[] {
  const joined: string[] = []
  let current = ''
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    const turn = line.startsWith('-')
    const text = line.replace(/^-\s*/u, '')
    if (turn && current !== '') {
      joined.push(current)
      current = ''
    }
    current = current === '' ? text : `${current} ${text}`
    if (/[.!?…]["'”’)]*$/u.test(text)) {
      joined.push(current)
      current = ''
    }
  }
  if (current !== '') joined.push(current)
  return joined
}

/**
 * A raw text line cleaned of user names, hashtags, URLs and placeholders.
 * @param line Raw line.
 * @returns The cleaned line (spaces closed up).
 */
export function cleanLine(line: string): string {
  return line
    .replace(/https?:\/\/\S+|www\.\S+/giu, ' ')
    .replace(/[@#][\p{L}\p{N}_]+/gu, ' ')
    .replace(/\[[A-Z_]+\]|<[a-z_]+>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/\s+([.,!?;:])/gu, '$1')
    .trim()
}

/**
 * Whether a cleaned line is kept.
 * @param line Cleaned line.
 * @param options Run options.
 * @returns True when it has enough words, enough letters of the script, fewer than {@link SampleOptions.dropAt} drop
 *   words and, with a franc check, a first language among {@link SampleOptions.francKeep}.
 */
export function keepLine(line: string, options: SampleOptions): boolean {
  const words = line.toLowerCase().match(/[\p{L}\p{M}'-]+/gu) ?? []
  if (words.length < options.minWords) return false
  const letters = line.match(/\p{L}/gu)?.length ?? 0
  const inScript = line.match(new RegExp(`\\p{Script=${options.script}}`, 'gu'))?.length ?? 0
  if (letters === 0 || inScript / letters < options.minScriptShare) return false
  if (words.filter((w) => options.drop.has(w)).length >= options.dropAt) return false
  return options.francAmong.length === 0 || options.francKeep.has(franc(line, { only: [...options.francAmong], minLength: 1 }))
}

/**
 * Clean, filter, de-duplicate and evenly sample lines.
 * @param lines Raw lines.
 * @param options Run options.
 * @returns The lines to write, in input order.
 */
export function sampleLines(lines: readonly string[], options: SampleOptions): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const raw of lines) {
    const line = cleanLine(raw)
    const key = line.toLowerCase()
    if (seen.has(key) || !keepLine(line, options)) continue
    seen.add(key)
    kept.push(line)
  }
  const n = options.max ?? kept.length
  if (kept.length <= n) return kept
  return Array.from({ length: n }, (_, i) => kept[Math.floor((i * kept.length) / n)] ?? '')
}

if (process.argv[1]?.endsWith('sample-lines.ts')) {
  const max = flag('--max')
  const options: SampleOptions = {
    max: max === undefined ? undefined : Number(max),
    minWords: Number(flag('--min-words') ?? 3),
    script: flag('--script') ?? 'Latn',
    minScriptShare: Number(flag('--min-script-share') ?? 0.9),
    drop: new Set((flag('--drop') ?? '').split(',').filter((w) => w !== '')),
    dropAt: Number(flag('--drop-at') ?? 2),
    francAmong: (flag('--franc-among') ?? '').split(',').filter((c) => c !== ''),
    francKeep: new Set((flag('--franc-keep') ?? '').split(',').filter((c) => c !== '')),
  }
  const lines = readFileSync(0, 'utf8').split('\n')
  const input = process.argv.includes('--join-subtitles') ? joinSubtitleLines(lines) : lines
  for (const line of sampleLines(input, options)) process.stdout.write(`${line}\n`)
}
