import { parseArgs } from 'node:util'
import { UsageError } from '../../errors/UsageError.js'
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../export/formats.js'
import { toJsonl } from '../../export/toJsonl.js'
import { toMoses } from '../../export/toMoses.js'
import { writeDataset } from '../../export/writeDataset.js'
import { alignCorpus, type AlignCorpusOptions } from '../../pipeline/alignCorpus.js'
import type { AlignmentLevel, Dataset } from '../../types.js'
import type { CliCommand } from '../command.js'
import { EXIT_INPUT, EXIT_OK } from '../exitCodes.js'
import { formatDiagnostic } from '../formatDiagnostic.js'
import { MAX_BYTES_HELP, parseMaxBytes } from '../maxBytes.js'
import { progressBar } from '../progressBar.js'
import { alignSummary } from './alignSummary.js'
import { LANGUAGE_ARGS, LANGUAGE_HELP, languageOptions } from '../languageArgs.js'

const HELP = `Usage: paracorpus align [paths…] [--out DIR] [--format json,jsonl,tmx,moses,html]
                        [--pivot consensus|DOC|LANG|FILE.json] [--level turn|sentence] [--quiet] [--strict]
                        [--lang PATH=LANG]… [--only LANGS]

Read the articles (files, directories or globs; default: corpus/), group them into translation families,
align every family to its pivot, score drift, and write the dataset into DIR (default: out/):

  dataset.json                  the whole dataset (schema: paracorpus/schema/dataset.schema.json)
  <family>.jsonl                Hugging Face translation records, one aligned unit per line
  <family>.tmx                  TMX 1.4b translation memory
  <family>.<l1>-<l2>.<lang>     Moses line-aligned text, one file per language
  report.html                   a self-contained report to open in a browser

A short summary table goes to stdout; warnings and errors to stderr.

Options:
  --out DIR       output directory (default: out)
  --format LIST   comma-separated formats to write (default: all: ${EXPORT_FORMATS.join(',')})
  --pivot P       consensus (default), a document id, a language (km, kaz…), or a pivot JSON file
  --level L       unit granularity: sentence (default) or turn
  --quiet         no progress bar (it is only drawn when stderr is a terminal anyway)
  --strict        stop at the first unreadable file (default: report it and go on)
${MAX_BYTES_HELP}
${LANGUAGE_HELP}
  -h, --help      show this help

Exit codes: 0 success, 1 usage error, 2 input or output error.
`

function parseFormats(value: string | undefined): ExportFormat[] {
  if (value === undefined) return [...EXPORT_FORMATS]
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '')
  if (names.length === 0) throw new UsageError('USAGE', `--format needs at least one of ${EXPORT_FORMATS.join(', ')}`)
  const formats: ExportFormat[] = []
  for (const name of names) {
    if (!isExportFormat(name)) throw new UsageError('USAGE', `unknown format \`${name}\` in --format; use a comma-separated list of ${EXPORT_FORMATS.join(', ')}`)
    if (!formats.includes(name)) formats.push(name)
  }
  return formats
}

function parseLevel(value: string | undefined): AlignmentLevel | undefined {
  if (value === undefined || value === 'turn' || value === 'sentence') return value
  throw new UsageError('USAGE', `unknown --level \`${value}\`; use turn or sentence`)
}

/** `paracorpus align`: the whole job, from articles to dataset files and a report. */
export const alignCommand: CliCommand = {
  name: 'align',
  summary: 'align a corpus and write JSON, JSONL, TMX, Moses and an HTML report',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string' },
        pivot: { type: 'string' },
        level: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        strict: { type: 'boolean' },
        'max-bytes': { type: 'string' },
        ...LANGUAGE_ARGS,
      },
    })
    const formats = parseFormats(values.format)
    const level = parseLevel(values.level)
    const out = values.out ?? 'out'
    if (out === '') throw new UsageError('USAGE', '--out needs a directory')
    const bar = io.stderr.isTTY === true && values.quiet !== true ? progressBar(io.stderr) : undefined
    const options: AlignCorpusOptions = { strict: values.strict === true, maxBytes: parseMaxBytes(values['max-bytes']), ...languageOptions(values) }
    if (level !== undefined) options.level = level
    if (values.pivot !== undefined) options.pivot = values.pivot
    if (bar !== undefined) options.onProgress = (event) => bar.update(event)
    let dataset: Dataset
    try {
      dataset = await alignCorpus(positionals.length === 0 ? ['corpus'] : positionals, options)
    } finally {
      bar?.stop()
    }
    for (const d of dataset.diagnostics) io.stderr.write(`paracorpus: ${formatDiagnostic(d)}\n`)
    const written = await writeDataset(dataset, out, formats)
    const skippedJsonl = formats.includes('jsonl') ? toJsonl(dataset).reduce((n, f) => n + f.skipped.length, 0) : 0
    const skippedMoses = formats.includes('moses') ? toMoses(dataset).reduce((n, f) => n + f.skipped.length, 0) : 0
    io.stdout.write(alignSummary(dataset, { out, written, skippedJsonl, skippedMoses }))
    return dataset.diagnostics.some((d) => d.severity === 'error') ? EXIT_INPUT : EXIT_OK
  },
}
