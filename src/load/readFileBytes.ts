import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { InputError } from '../errors/InputError.js'

/** Largest file read by default, in bytes (256 MiB). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024

/** What a non-regular file is, in words, or `undefined` for a regular file. */
export function specialFileKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  return 'not a regular file'
}

function systemError(path: string, cause: unknown): InputError {
  const code = (cause as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return new InputError('ENOENT', `${path} does not exist`, { file: path, cause })
  if (code === 'EACCES' || code === 'EPERM') return new InputError('EACCES', `cannot read ${path}: permission denied`, { file: path, cause })
  if (code === 'EISDIR') return new InputError('EISDIR', `${path} is a directory; pass it as a directory argument`, { file: path, cause })
  return new InputError('INVALID_INPUT', `cannot read ${path}: ${(cause as Error).message}`, { file: path, cause })
}

function notRegular(path: string, stats: Stats): InputError | undefined {
  const kind = specialFileKind(stats)
  if (kind === undefined) return undefined
  if (stats.isDirectory()) return new InputError('EISDIR', `${path} is a directory; pass it as a directory argument`, { file: path })
  return new InputError('NOT_A_FILE', `${path} is ${kind}, not a regular file; paracorpus reads only regular files (pipe text through \`-\` where a command accepts stdin)`, { file: path })
}

function tooLarge(path: string, what: string, maxBytes: number): InputError {
  return new InputError('TOO_LARGE', `${path} ${what}, above the limit of ${maxBytes} bytes; raise the limit (\`maxBytes\`, \`--max-bytes\` on the CLI) or split the file`, { file: path })
}

function readCapped(fd: number, path: string, size: number, maxBytes: number): Uint8Array {
  // The reported size is only a hint (files under /proc report 0): the cap is enforced on the bytes actually read.
  const limit = maxBytes + 1
  let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(size + 1, 64 * 1024)))
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break
      const grown = Buffer.allocUnsafe(Math.min(limit, length * 2))
      buffer.copy(grown, 0, 0, length)
      buffer = grown
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null)
    if (n === 0) break
    length += n
  }
  if (length > maxBytes) throw tooLarge(path, `holds more than ${maxBytes} bytes${size === 0 ? ' (its reported size is 0)' : ''}`, maxBytes)
  return buffer.subarray(0, length)
}

/**
 * Read a regular file whole, with a cap on the bytes read. FIFOs, sockets and devices are refused before they
 * are opened (reading them could block or never end), and the open file is checked again.
 * @param path The file.
 * @param maxBytes Largest size accepted (default: {@link DEFAULT_MAX_BYTES}).
 * @throws {InputError} `ENOENT`, `EACCES`, `EISDIR`, `NOT_A_FILE`, `TOO_LARGE`, `INVALID_INPUT`.
 */
export function readFileBytes(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Uint8Array {
  let fd: number | undefined
  try {
    const before = statSync(path)
    const refused = notRegular(path, before)
    if (refused !== undefined) throw refused
    if (before.size > maxBytes) throw tooLarge(path, `is ${before.size} bytes`, maxBytes)
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const opened = fstatSync(fd)
    const changed = notRegular(path, opened)
    if (changed !== undefined) throw changed
    return readCapped(fd, path, opened.size, maxBytes)
  } catch (cause) {
    if (cause instanceof InputError) throw cause
    throw systemError(path, cause)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
