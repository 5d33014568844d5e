/**
 * The labelled sentences under data/langid/sources/: one file per language and source, named
 * `<iso639-3>.<source>.txt` (`zsm.news-articles.txt`), one sentence per line. The shipped profiles are built
 * from every file; `scripts/eval-langid.ts` holds each file out in turn (leave-one-source-out), so that a
 * figure says how the detector does on a source, and a register, it was not built from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** Folder of the labelled sentence files. */
export const LANGID_DIR = fileURLToPath(new URL('../../data/langid/sources/', import.meta.url))

/** The sentences of one source file. */
export interface TrainingSource {
  /** The `<source>` part of the file name. */
  source: string
  /** Its sentences. */
  sentences: string[]
  /** Its register (`informal`, `news`…); sources of one register share that register's weight (default: its own name). */
  register?: string | undefined
}

/** One language's sources, as the profile builder reads them. */
export interface LabelledSentences {
  /** ISO 639-3 code (the start of the file names). */
  iso6393: string
  /** Sentences not tied to a source (each list is weighted as one source); empty when read from files. */
  train: string[]
  /** Sources, each weighted as one source by the profile builder. */
  extra: TrainingSource[]
  /** Sentences to evaluate (empty unless a caller fills it). */
  test: string[]
}

/** One source file: its language, its source name and its sentences. */
export interface SourceFile extends TrainingSource {
  /** ISO 639-3 code. */
  iso6393: string
  /** Register of the source (`informal`, `news`…) from `registers.json` beside the sources; the source name when not listed. */
  register: string
}

/** File naming each source's register (see {@link SourceFile.register}). */
export const REGISTERS_FILE = fileURLToPath(new URL('../../data/langid/registers.json', import.meta.url))

/**
 * Source name → register, from a JSON object (keys starting with `$` are comments).
 * @param path The JSON file; a missing file gives no registers.
 * @returns The map.
 */
export function readRegisters(path = REGISTERS_FILE): Map<string, string> {
  if (!existsSync(path)) return new Map()
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'))
  const registers = new Map<string, string>()
  if (typeof parsed === 'object' && parsed !== null) {
    for (const [name, register] of Object.entries(parsed)) if (!name.startsWith('$') && typeof register === 'string') registers.set(name, register)
  }
  return registers
}

/**
 * Non-empty, trimmed lines of a labelled sentence file.
 * @param path File path.
 * @returns The sentences.
 */
export function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '')
}

/**
 * Every source file, sorted by name.
 * @param dir Folder of the labelled sentence files.
 * @param registers Source name → register (default: `data/langid/registers.json`).
 * @returns One entry per file.
 */
export function readSources(dir = LANGID_DIR, registers = readRegisters()): SourceFile[] {
  return readdirSync(dir)
    .filter((f) => /^[a-z]{3}\.[\w-]+\.txt$/.test(f))
    .sort()
    .map((file) => {
      const source = file.slice(4, -4)
      return { iso6393: file.slice(0, 3), source, register: registers.get(source) ?? source, sentences: readLines(join(dir, file)) }
    })
}

/**
 * Group source files by language for the profile builder.
 * @param sources Source files (any order).
 * @returns One entry per language, sorted by code, its sources in file order.
 */
export function bySourceLanguage(sources: readonly SourceFile[]): LabelledSentences[] {
  const byCode = new Map<string, TrainingSource[]>()
  for (const { iso6393, source, sentences, register } of sources) byCode.set(iso6393, [...(byCode.get(iso6393) ?? []), { source, sentences, register }])
  return [...byCode.keys()].sort().map((iso6393) => ({ iso6393, train: [], extra: byCode.get(iso6393) ?? [], test: [] }))
}

/**
 * Every source file, grouped by language.
 * @param dir Folder of the labelled sentence files.
 * @returns One entry per language, sorted by code.
 */
export function readLabelledSentences(dir = LANGID_DIR): LabelledSentences[] {
  return bySourceLanguage(readSources(dir))
}
