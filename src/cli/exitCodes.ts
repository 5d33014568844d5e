import { ParacorpusError } from '../errors/ParacorpusError.js'
import { UsageError } from '../errors/UsageError.js'
import type { CliIO } from './command.js'

/** Exit code for success. */
export const EXIT_OK = 0
/** Exit code for a usage error (bad flag, missing argument). */
export const EXIT_USAGE = 1
/** Exit code for an input error (missing, unreadable or invalid file). */
export const EXIT_INPUT = 2

/** Print an error to stderr and return the exit code it deserves. */
export function reportError(error: unknown, io: CliIO): number {
  if (error instanceof UsageError) {
    io.stderr.write(`paracorpus: ${error.message}\n`)
    return EXIT_USAGE
  }
  if (error instanceof ParacorpusError) {
    io.stderr.write(`paracorpus: ${error.name} [${error.code}]: ${error.message}\n`)
    return EXIT_INPUT
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    io.stderr.write(`paracorpus: ${error.message}\n`)
    return EXIT_USAGE
  }
  throw error
}
