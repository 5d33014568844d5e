import { ParacorpusError } from '../errors/ParacorpusError.js'
import { UsageError } from '../errors/UsageError.js'
import type { Diagnostic } from '../types.js'
import type { CliIO } from './command.js'
import { formatDiagnostic } from './formatDiagnostic.js'

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

/** Rules that mean a file was not read as written (its Markdown was cut to be parsed at all). */
const REPAIRED_INPUT_RULES: ReadonlySet<string> = new Set(['markdown-too-deep', 'markdown-too-dense'])

/**
 * Exit code of a command that read files and went on past the bad ones: {@link EXIT_INPUT} when a file was left
 * out (an `error` diagnostic or input error) or read only in part (its Markdown nested too deep or too dense to
 * parse as written: the file is in the output, flattened, and the run still says its input was not clean), else
 * {@link EXIT_OK}. The partial reads are printed on stderr, one line per file and rule, so the exit code has a
 * reason beside it.
 * @param failed Whether an input was left out.
 * @param documents The documents read, with their diagnostics.
 * @param io The command's streams.
 */
export function inputExitCode(failed: boolean, documents: ReadonlyArray<{ diagnostics: readonly Diagnostic[] }>, io: CliIO): number {
  let repaired = false
  for (const doc of documents) {
    const seen = new Set<string>()
    for (const d of doc.diagnostics) {
      if (!REPAIRED_INPUT_RULES.has(d.ruleId) || seen.has(d.ruleId)) continue
      seen.add(d.ruleId)
      repaired = true
      io.stderr.write(`paracorpus: ${formatDiagnostic(d)}\n`)
    }
  }
  return failed || repaired ? EXIT_INPUT : EXIT_OK
}
