import type { VFile } from 'vfile'
import { usage } from '../errors/checkArgument.js'

/**
 * Whether a value is a `VFile` (from `vfile` 6, the unified ecosystem's file): an object with `messages`, a
 * `message` method and `toString`. Checked by shape, so a `VFile` from another copy of `vfile` counts too.
 */
export function isVFile(value: unknown): value is VFile {
  if (typeof value !== 'object' || value === null) return false
  const file = value as Partial<VFile>
  return Array.isArray(file.messages) && typeof file.message === 'function' && typeof file.toString === 'function' && 'data' in file
}

/**
 * The text of a document given as a string or a `VFile` (its `value`, a `Uint8Array` decoded as UTF-8).
 * @param input The string or file.
 * @param name The argument's name, for the error.
 * @returns The text and the file, when there is one.
 * @throws {UsageError} `INVALID_OPTION` when `input` is neither.
 */
export function documentInput(input: unknown, name: string): { text: string; file: VFile | undefined } {
  if (typeof input === 'string') return { text: input, file: undefined }
  if (isVFile(input)) return { text: input.toString(), file: input }
  return usage(name, 'a string or a VFile', input)
}

/**
 * Items to align, given as a list or as a `VFile` holding one item per line (as `paracorpus bitext` reads a
 * file: CRLF read as LF, a final newline ends the last line, blank lines are items).
 * @param input The list or the file.
 * @param name The argument's name, for the error.
 * @throws {UsageError} `INVALID_OPTION` when `input` is neither an array nor a `VFile`.
 */
export function itemLines(input: unknown, name: string): readonly string[] {
  if (Array.isArray(input)) return input as readonly string[]
  if (!isVFile(input)) return usage(name, 'an array of strings or a VFile (one item per line)', input)
  const text = input.toString().replace(/\r\n?/gu, '\n')
  if (text === '') return []
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n')
}
