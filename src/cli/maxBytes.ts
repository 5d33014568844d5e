import { UsageError } from '../errors/UsageError.js'

/** Help line of the `--max-bytes` flag. */
export const MAX_BYTES_HELP = '  --max-bytes N   largest input read (a file or stdin), in bytes (default 268435456, 256 MiB)'

/** Parse `--max-bytes N` (a positive integer), or `undefined` when the flag is absent. */
export function parseMaxBytes(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  const value = Number(raw)
  if (!/^\d+$/u.test(raw) || !Number.isSafeInteger(value) || value < 1) throw new UsageError('INVALID_OPTION', `\`--max-bytes\` must be a positive whole number of bytes, got \`${raw}\``)
  return value
}
