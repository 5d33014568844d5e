import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { checkOptionalObject, checkOptions, checkString, usage } from '../errors/checkArgument.js'
import { OutputError } from '../errors/OutputError.js'
import type { Dataset } from '../types.js'
import { datasetFiles } from './datasetFiles.js'
import type { ExportOptions } from './exportOptions.js'
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './formats.js'
import { makeDirectory } from './makeDirectory.js'
import { OUTPUT_MANIFEST, manifestContent, manifestNames } from './outputManifest.js'
import type { OutputFile } from './outputFile.js'
import { isOrphanTemp, removeOnSignal, tempName } from './tempFiles.js'

/** The file-system calls `writeDataset` makes (injectable, e.g. to test failures). */
export interface ExportFileSystem {
  /** Create one directory (`recursive` is never asked for: parents are created one at a time). */
  mkdir(path: string, options?: { recursive?: boolean | undefined }): Promise<unknown>
  /** Write a whole file. */
  writeFile(path: string, data: string, encoding: 'utf8'): Promise<void>
  /** Rename a file, replacing the target. */
  rename(from: string, to: string): Promise<void>
  /** Remove a file, ignoring a missing one. */
  rm(path: string, options: { force: true }): Promise<void>
  /** List a directory's entry names (optional: without it, stale and orphaned files are not looked for). */
  readdir?(path: string): Promise<string[]>
  /** Read a whole file (optional: without it, the previous run's manifest is not read). */
  readFile?(path: string, encoding: 'utf8'): Promise<string>
}

/** Options for {@link writeDataset}: which pairs, the lowest confidence kept, and the file-system hook. */
export interface WriteDatasetOptions extends ExportOptions {
  /** File-system calls to use (default: `node:fs/promises`). */
  fs?: ExportFileSystem | undefined
}

function failure(file: string, action: string, cause: unknown): OutputError {
  const why = cause instanceof Error ? cause.message : String(cause)
  return new OutputError('WRITE_FAILED', `cannot ${action} \`${file}\`: ${why}; check that the output directory is writable and that no directory has that name`, {
    file,
    cause,
  })
}

function checkFormats(formats: unknown): readonly ExportFormat[] {
  const expected = `an array of format names (${EXPORT_FORMATS.map((f) => `'${f}'`).join(', ')})`
  if (typeof formats === 'string') usage('formats', expected, formats, `wrap it: [${JSON.stringify(formats)}]`)
  if (!Array.isArray(formats) || formats.length === 0) usage('formats', `${expected}, at least one`, formats)
  formats.forEach((f, i) => {
    if (typeof f !== 'string' || !isExportFormat(f)) usage(`formats[${i}]`, `one of ${EXPORT_FORMATS.map((n) => `'${n}'`).join(', ')}`, f)
  })
  return formats as ExportFormat[]
}

function checkDataset(dataset: unknown): Dataset {
  const fields = ['documents', 'families', 'pivots', 'alignments', 'units', 'drift', 'diagnostics'] as const
  const ok = typeof dataset === 'object' && dataset !== null && fields.every((f) => Array.isArray((dataset as Record<string, unknown>)[f]))
  if (!ok) usage('dataset', 'a dataset from `alignCorpus` (with documents, families, pivots, units, drift…)', dataset)
  return dataset as Dataset
}

/** Files of a previous run (its manifest) and temporary files of interrupted runs; nothing else. */
async function previousRun(fs: ExportFileSystem, dir: string): Promise<{ names: string[]; orphans: string[] }> {
  if (fs.readdir === undefined) return { names: [], orphans: [] }
  const entries = await fs.readdir(dir).catch(() => [] as string[])
  const orphans = entries.filter(isOrphanTemp).map((name) => join(dir, name))
  let names: string[] = []
  if (entries.includes(OUTPUT_MANIFEST) && fs.readFile !== undefined) {
    const listed = manifestNames(await fs.readFile(join(dir, OUTPUT_MANIFEST), 'utf8').catch(() => ''))
    names = listed.filter((name) => entries.includes(name))
  }
  return { names, orphans }
}

/**
 * Write every file to a temporary name, then rename them all into place; with `lastFirst`, the last file (the
 * manifest) is renamed before the others.
 */
async function writeAll(fs: ExportFileSystem, dir: string, files: readonly OutputFile[], pending: Array<{ temp: string; target: string }>, lastFirst = false): Promise<string[]> {
  for (const file of files) {
    const target = join(dir, file.name)
    const temp = tempName(target)
    pending.push({ temp, target })
    try {
      await fs.writeFile(temp, file.content, 'utf8')
    } catch (error) {
      throw failure(target, 'write', error)
    }
  }
  if (lastFirst) pending.unshift(pending.pop()!)
  const written: string[] = []
  while (pending.length > 0) {
    const next = pending[0]!
    try {
      await fs.rename(next.temp, next.target)
    } catch (error) {
      throw failure(next.target, 'replace', error)
    }
    pending.shift()
    written.push(next.target)
  }
  return written
}

/**
 * Write a dataset into a directory in the given formats (see `datasetFiles` for the file names), safely:
 * everything is rendered first, every file is written to a temporary file in the same directory and then
 * renamed into place, so a reader never sees a half-written file. On a failure or an interruption (SIGINT,
 * SIGTERM, SIGHUP) the temporary files are removed; files already renamed stay complete.
 *
 * The directory keeps one dataset: `.paracorpus-manifest.json` lists the files written, and the next run into
 * the same directory removes the files of the previous run it does not write again (and only those: files
 * paracorpus did not write are never touched), as well as temporary files left by a run that was killed.
 * The same dataset always gives byte-identical files.
 * @param dataset Dataset from `alignCorpus`.
 * @param dir Output directory (created when missing).
 * @param formats Formats to write (default: all).
 * @param options Pairs, the lowest confidence kept (see `ExportOptions`), file-system hook.
 * @returns Paths of the dataset files written (`dir` joined with each name), in write order.
 * @throws {UsageError} `INVALID_OPTION` for a value that is not a dataset, an empty `dir`, or `formats` that is not
 *   an array of known format names; `USAGE` for a bad `pairs` or `minConfidence`.
 * @throws {OutputError} `WRITE_FAILED`, naming the file, when a directory or file cannot be written.
 */
export async function writeDataset(
  dataset: Dataset,
  dir: string,
  formats: readonly ExportFormat[] = EXPORT_FORMATS,
  options: WriteDatasetOptions = {},
): Promise<string[]> {
  checkDataset(dataset)
  checkString(dir, 'dir')
  checkFormats(formats)
  checkOptionalObject(checkOptions(options).fs, 'options.fs')
  const fs: ExportFileSystem = options.fs ?? nodeFs
  const files = datasetFiles(dataset, formats, options)
  try {
    await makeDirectory((path) => fs.mkdir(path), dir)
  } catch (error) {
    throw failure(dir, 'create the output directory', error)
  }
  const previous = await previousRun(fs, dir)
  for (const orphan of previous.orphans) await fs.rm(orphan, { force: true }).catch(() => undefined)
  const names = files.map((f) => f.name)
  const stale = previous.names.filter((name) => !names.includes(name))
  // The manifest goes first and names old and new files alike, so an interruption never loses track of a file.
  const manifest: OutputFile = { name: OUTPUT_MANIFEST, content: manifestContent([...names, ...stale]) }
  const pending: Array<{ temp: string; target: string }> = []
  const release = removeOnSignal(() => pending.map((p) => p.temp))
  try {
    const written = (await writeAll(fs, dir, [...files, manifest], pending, true)).slice(1)
    for (const name of stale) await fs.rm(join(dir, name), { force: true }).catch(() => undefined)
    if (stale.length > 0) await writeAll(fs, dir, [{ name: OUTPUT_MANIFEST, content: manifestContent(names) }], pending)
    return written
  } finally {
    release()
    for (const { temp } of pending) await fs.rm(temp, { force: true }).catch(() => undefined)
  }
}
