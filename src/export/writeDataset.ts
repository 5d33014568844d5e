import * as nodeFs from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { OutputError } from '../errors/OutputError.js'
import type { Dataset } from '../types.js'
import { datasetFiles } from './datasetFiles.js'
import type { ExportOptions } from './exportOptions.js'
import { EXPORT_FORMATS, type ExportFormat } from './formats.js'

/** The file-system calls `writeDataset` makes (injectable, e.g. to test failures). */
export interface ExportFileSystem {
  /** Create a directory and its parents. */
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  /** Write a whole file. */
  writeFile(path: string, data: string, encoding: 'utf8'): Promise<void>
  /** Rename a file, replacing the target. */
  rename(from: string, to: string): Promise<void>
  /** Remove a file, ignoring a missing one. */
  rm(path: string, options: { force: true }): Promise<void>
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

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

/**
 * Write a dataset into a directory in the given formats (see `datasetFiles` for the file names), safely:
 * everything is rendered first, every file is written to a temporary file in the same directory and then
 * renamed into place, so a reader never sees a half-written file. On a failure the temporary files are
 * removed, files already renamed stay complete, and no partial file is left behind.
 * The same dataset always gives byte-identical files.
 * @param dataset Dataset from `alignCorpus`.
 * @param dir Output directory (created when missing).
 * @param formats Formats to write (default: all).
 * @param options Pairs, the lowest confidence kept (see `ExportOptions`), file-system hook.
 * @returns Paths of the files written (`dir` joined with each name), in write order.
 * @throws {OutputError} `WRITE_FAILED`, naming the file, when a directory or file cannot be written.
 */
export async function writeDataset(
  dataset: Dataset,
  dir: string,
  formats: readonly ExportFormat[] = EXPORT_FORMATS,
  options: WriteDatasetOptions = {},
): Promise<string[]> {
  const fs: ExportFileSystem = options.fs ?? nodeFs
  const files = datasetFiles(dataset, formats, options)
  try {
    await fs.mkdir(dir, { recursive: true })
  } catch (error) {
    throw failure(dir, 'create the output directory', error)
  }
  const pending: Array<{ temp: string; target: string }> = []
  try {
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
    const written: string[] = []
    while (pending.length > 0) {
      const next = pending[0]
      if (next === undefined) break
      try {
        await fs.rename(next.temp, next.target)
      } catch (error) {
        throw failure(next.target, 'replace', error)
      }
      pending.shift()
      written.push(next.target)
    }
    return written
  } finally {
    for (const { temp } of pending) await fs.rm(temp, { force: true }).catch(() => undefined)
  }
}
