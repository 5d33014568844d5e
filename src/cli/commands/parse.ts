import { parseArgs } from 'node:util'
import type { ParsedDocument, SegmentRole } from '../../types.js'
import type { CliCommand } from '../command.js'
import { inputExitCode } from '../exitCodes.js'
import { formatDiagnostic } from '../formatDiagnostic.js'
import { UsageError } from '../../errors/UsageError.js'
import { MAX_BYTES_HELP, parseMaxBytes } from '../maxBytes.js'

const ROLES: SegmentRole[] = ['title', 'heading', 'intro', 'body', 'question', 'answer', 'boilerplate', 'code']

function summary(doc: ParsedDocument): string {
  const counts = ROLES.map((role) => [role, doc.segments.filter((s) => s.role === role).length] as const).filter(([, n]) => n > 0)
  const sentences = doc.segments.reduce((n, s) => n + s.sentences.length, 0)
  const turns = new Set(doc.segments.map((s) => s.turn).filter((t) => t !== undefined)).size
  const head = `${doc.id}: ${doc.segments.length} segments (${counts.map(([r, n]) => `${r} ${n}`).join(', ')}), ${sentences} sentences, ${turns} turns`
  return [head, ...doc.diagnostics.map((d) => `  ${formatDiagnostic(d)}`)].join('\n')
}

/** `paracorpus parse`: parse articles into typed segments. */
export const parseCommand: CliCommand = {
  name: 'parse',
  summary: 'parse articles into typed segments and sentences',
  help: `Usage: paracorpus parse <paths…|-> [--json] [--strict] [--max-bytes N]

Parse each article (files, directories or globs; \`-\` reads one from stdin) into typed segments (title,
heading, intro, body, question, answer, boilerplate) and sentences, and report anomalies with their positions.

Options:
  --json      print the parsed documents as JSON (stdout)
  --strict    stop at the first unreadable file (default: report it and go on)
${MAX_BYTES_HELP}
  -h, --help  show this help`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, 'max-bytes': { type: 'string' } } })
    if (positionals.length === 0) throw new UsageError('USAGE', 'parse needs at least one path; try `paracorpus parse corpus/`')
    const { loadCorpusWithStdin } = await import('../stdinCorpus.js')
    const corpus = await loadCorpusWithStdin(positionals, io, { strict: values.strict === true, maxBytes: parseMaxBytes(values['max-bytes']) })
    for (const error of corpus.errors) io.stderr.write(`paracorpus: ${error.name} [${error.code}]: ${error.message}\n`)
    for (const d of corpus.diagnostics) io.stderr.write(`paracorpus: ${formatDiagnostic(d)}\n`)
    if (values.json === true) io.stdout.write(`${JSON.stringify(corpus.documents, null, 2)}\n`)
    else io.stdout.write(`${corpus.documents.map(summary).join('\n')}\n`)
    return inputExitCode(corpus.errors.length > 0, corpus.documents, io)
  },
}
