import { parseArgs } from 'node:util'
import type { DetectLanguageOptions } from '../../detect/detectLanguage.js'
import { InputError } from '../../errors/InputError.js'
import { UsageError } from '../../errors/UsageError.js'
import { DEFAULT_MAX_BYTES, readFileBytes } from '../../load/readFileBytes.js'
import { MAX_BYTES_HELP, parseMaxBytes } from '../maxBytes.js'
import { readStdin, STDIN_PATH } from '../readStdin.js'
import type { LanguageGuess, ParsedDocument } from '../../types.js'
import type { CliCommand, CliIO } from '../command.js'
import { EXIT_OK, inputExitCode } from '../exitCodes.js'
import { formatDiagnostic } from '../formatDiagnostic.js'
import { languageOptions } from '../languageArgs.js'

function columns(guess: LanguageGuess): string {
  return `${guess.iso6393}  ${guess.bcp47}  ${guess.script}  ${guess.confidence.toFixed(2)}${guess.inherited === true ? '  inherited' : ''}`
}

function report(doc: ParsedDocument, segments: boolean): string {
  const lines = [`${doc.path ?? doc.id}  ${doc.language === undefined ? 'und' : columns(doc.language)}`]
  if (segments) {
    for (const s of doc.segments) {
      const excerpt = s.text.replace(/\s+/g, ' ').slice(0, 50)
      lines.push(`  ${s.id}  ${s.role}  ${s.language === undefined ? 'und' : columns(s.language)}  ${excerpt}`)
    }
  }
  return lines.join('\n')
}

async function readLinesInput(file: string, io: CliIO, maxBytes: number | undefined): Promise<string> {
  const bytes = file === STDIN_PATH ? await readStdin(io.stdin, maxBytes ?? DEFAULT_MAX_BYTES) : readFileBytes(file, maxBytes)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch (error) {
    throw new InputError('INVALID_UTF8', `\`${file}\` is not valid UTF-8; convert it (e.g. \`iconv -t UTF-8\`) before --lines`, { file, cause: error })
  }
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter((s) => s !== '')
}

/** `paracorpus detect`: identify the language of articles, segments or lines. */
export const detectCommand: CliCommand = {
  name: 'detect',
  summary: 'identify the language and script of articles, segments or lines',
  help: `Usage: paracorpus detect <paths…> [--segments] [--json]
       paracorpus detect --lines <file|->

Identify the language of each article (files, directories or globs; \`-\` reads one from stdin): one line
per file,
  path  iso639-3  bcp47  script  confidence
Languages come from franc, restricted to the text's script and re-ranked by character n-gram
profiles for close pairs (Malay/Indonesian, Kazakh/Kyrgyz/Tatar/Russian).

Options:
  --segments       add a line per segment (id, role, language, excerpt); \`inherited\` marks
                   segments too short or unclear to judge, which take the document's language
  --json           print the detected documents as JSON
  --lines FILE     treat each line of FILE (\`-\` for stdin) as its own text and print exactly one
                   line per input line: iso639-3<TAB>confidence (blank line: und<TAB>0)
  --only CODES     comma-separated ISO 639-3 codes to choose from
  --ignore CODES   comma-separated ISO 639-3 codes never to return
  --lang PATH=LANG the language of a file, or of every file under a folder (repeatable); codes in
                   file and folder names (README.ja.md, docs/zh-CN/) are used as hints without it
  --strict         stop at the first unreadable file (default: report it and go on)
${MAX_BYTES_HELP}
  -h, --help       show this help`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        segments: { type: 'boolean' },
        json: { type: 'boolean' },
        lines: { type: 'string' },
        only: { type: 'string' },
        ignore: { type: 'string' },
        strict: { type: 'boolean' },
        'max-bytes': { type: 'string' },
        lang: { type: 'string', multiple: true },
      },
    })
    const options: DetectLanguageOptions = { only: list(values.only), ignore: list(values.ignore) }
    const maxBytes = parseMaxBytes(values['max-bytes'])
    if (values.lines !== undefined) {
      if (positionals.length > 0) throw new UsageError('USAGE', '--lines reads one file; drop the other paths or run `paracorpus detect` on them separately')
      const text = await readLinesInput(values.lines, io, maxBytes)
      const { detectLines } = await import('../detectLines.js')
      io.stdout.write(detectLines(text, options))
      return EXIT_OK
    }
    if (positionals.length === 0) throw new UsageError('USAGE', 'detect needs at least one path, or --lines FILE; try `paracorpus detect corpus/`')
    const { languages } = languageOptions({ lang: values.lang })
    const { loadCorpusWithStdin } = await import('../stdinCorpus.js')
    const corpus = await loadCorpusWithStdin(positionals, io, { strict: values.strict === true, maxBytes, detection: options, languages })
    for (const error of corpus.errors) io.stderr.write(`paracorpus: ${error.name} [${error.code}]: ${error.message}\n`)
    for (const d of corpus.diagnostics) io.stderr.write(`paracorpus: ${formatDiagnostic(d)}\n`)
    const documents = corpus.documents
    for (const doc of documents) {
      for (const d of doc.diagnostics) if (d.source === 'paracorpus:detect') io.stderr.write(`paracorpus: ${formatDiagnostic(d)}\n`)
    }
    if (values.json === true) io.stdout.write(`${JSON.stringify(documents, null, 2)}\n`)
    else io.stdout.write(`${documents.map((d) => report(d, values.segments === true)).join('\n')}\n`)
    return inputExitCode(corpus.errors.length > 0, corpus.documents, io)
  },
}
