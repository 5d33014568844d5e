import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { InputError } from '../errors/InputError.js'
import { DEFAULT_MAX_BYTES, readFileBytes } from '../load/readFileBytes.js'
import { OutputError } from '../errors/OutputError.js'
import { UsageError } from '../errors/UsageError.js'
import { formatJsonl, parseJsonl } from '../pipeline/shard/jsonl.js'
import type { ShardRecord } from '../pipeline/shard/records.js'
import type { CliIO } from './command.js'
import { readStdin, STDIN_PATH } from './readStdin.js'

/**
 * The text of an input file, or of stdin for `-`: a regular file only (a FIFO or device is refused before it is
 * read), never more than `maxBytes` bytes, and valid UTF-8.
 * @param file The file or `-`.
 * @param io The command's streams.
 * @param maxBytes Largest input accepted, in bytes (default {@link DEFAULT_MAX_BYTES}).
 * @throws {InputError} `ENOENT`, `EACCES`, `EISDIR`, `NOT_A_FILE`, `TOO_LARGE`, `INVALID_UTF8`, `INVALID_INPUT`.
 */
export async function readInputText(file: string, io: CliIO, maxBytes: number = DEFAULT_MAX_BYTES): Promise<string> {
  const bytes = file === STDIN_PATH ? await readStdin(io.stdin, maxBytes) : readFileBytes(file, maxBytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (cause) {
    throw new InputError('INVALID_UTF8', `${file === STDIN_PATH ? 'stdin' : file} is not valid UTF-8; convert it to UTF-8 first`, { file, cause })
  }
}

/**
 * Every record of the JSONL files named (`-`: stdin), in order.
 * @param files Files, at least one.
 * @param command The command name, for the usage message.
 * @param io The command's streams.
 */
export async function readRecords(files: readonly string[], command: string, io: CliIO): Promise<ShardRecord[]> {
  if (files.length === 0) throw new UsageError('USAGE', `${command} needs JSONL shard files (or - for stdin); see \`paracorpus ${command} --help\``)
  const records: ShardRecord[] = []
  for (const file of files) for (const r of parseJsonl(await readInputText(file, io), file === '-' ? 'stdin' : file)) records.push(r)
  return records
}

/**
 * Write records as JSONL to `out` (written whole to a temporary file, then renamed: never half-written), or to
 * stdout without it.
 * @param records The records.
 * @param out The file, or `undefined` for stdout.
 * @param io The command's streams.
 * @throws {OutputError} `WRITE_FAILED` when the file cannot be written.
 */
export function writeRecords(records: readonly ShardRecord[], out: string | undefined, io: CliIO): void {
  const text = formatJsonl(records)
  if (out === undefined) {
    io.stdout.write(text)
    return
  }
  const temp = `${out}.${process.pid}.tmp`
  try {
    writeFileSync(temp, text)
    renameSync(temp, out)
  } catch (cause) {
    rmSync(temp, { force: true })
    throw new OutputError('WRITE_FAILED', `cannot write ${out}: ${(cause as Error).message}`, { file: out, cause })
  }
}

/** Help lines shared by the shard commands. */
export const SHARD_IO_HELP = `  --out FILE      write the JSONL records to FILE (whole, or not at all) instead of stdout
  -h, --help      show this help`
