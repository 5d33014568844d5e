import { parseArgs } from 'node:util'
import { UsageError } from '../../errors/UsageError.js'
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../../export/formats.js'
import type { ExportOptions, PairSelection } from '../../export/exportOptions.js'
import type { AlignCorpusOptions } from '../../pipeline/alignCorpus.js'
import type { AlignmentLevel, Dataset } from '../../types.js'
import type { CliCommand } from '../command.js'
import { inputExitCode } from '../exitCodes.js'
import { formatDiagnostic } from '../formatDiagnostic.js'
import { MAX_BYTES_HELP, parseMaxBytes } from '../maxBytes.js'
import { refuseStdin } from '../readStdin.js'
import { progressBar } from '../progressBar.js'
import { alignSummary } from './alignSummary.js'
import { LANGUAGE_ARGS, LANGUAGE_HELP, languageOptions } from '../languageArgs.js'
import { LEXICON_ARGS, LEXICON_HELP, lexiconOptions } from '../lexiconArgs.js'

const HELP = `Usage: paracorpus align [paths…] [--out DIR] [--format json,jsonl,jsonl-nway,tmx,moses,html]
                        [--pairs source|all] [--min-confidence X]
                        [--pivot consensus|DOC|LANG|FILE.json] [--source DOC|LANG] [--level turn|sentence] [--workers N] [--quiet] [--strict]
                        [--lang PATH=LANG]… [--only LANGS] [--lexicon L1:L2=FILE]…

Read the articles (files, directories or globs; default: corpus/), group them into translation families,
align every family to its pivot, score drift, and write the dataset into DIR (default: out/):

  dataset.json                  the whole dataset (schema: paracorpus/schema/dataset.schema.json)
  <family>.<l1>-<l2>.jsonl      Hugging Face translation records of a language pair, one unit per line
  <family>.jsonl                N-way records: every language of the family on each line (jsonl-nway)
  <family>.<l1>-<l2>.tmx        TMX 1.4b translation memory of a language pair
  <family>.<l1>-<l2>.<l1>/.<l2> Moses line-aligned text of a language pair (OPUS layout)
  report.html                   a self-contained report to open in a browser

Pairs are the family's source against every other language (--pairs all: every two languages); a unit is
kept for a pair when both have text there. A short summary table (with units kept and left out per pair)
goes to stdout; warnings and errors to stderr.

Options:
  --out DIR       output directory (default: out)
  --format LIST   comma-separated formats to write (default: all: ${EXPORT_FORMATS.join(',')})
  --pairs P       source (default): the source against every other language; all: every two languages
  --min-confidence X
                  keep only units whose pair confidence is at least X, from 0 to 1 (default: 0)
  --pivot P       consensus (default), a document id, a language (km, kaz…), or a pivot JSON file
  --source S      the original of each family: a document id or a language (en…); the consensus pivot is
                  built around it and exports put it first (default: the document the others disagree with least)
  --level L       unit granularity: sentence (default) or turn
  --workers N     threads to run on (default: every core when there are more than a few files; capped to
                  the cores); on a machine of two cores one thread is often faster (see README, Limits)
  --quiet         no progress bar (it is only drawn when stderr is a terminal anyway)
  --strict        stop at the first unreadable file (default: report it and go on)
${MAX_BYTES_HELP}
${LANGUAGE_HELP}
${LEXICON_HELP}
  -h, --help      show this help

Exit codes: 0 success, 1 usage error, 2 input or output error (a file left out, or one whose Markdown
had to be flattened to be parsed).
`

/** Parse `--format LIST` (default: every format). */
export function parseFormats(value: string | undefined): ExportFormat[] {
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

/** Parse `--min-confidence X` (a number from 0 to 1). */
export function parseMinConfidence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const x = Number(value)
  if (value.trim() === '' || !(x >= 0 && x <= 1)) throw new UsageError('USAGE', `--min-confidence needs a number from 0 to 1, not \`${value}\``)
  return x
}

/** Parse `--pairs source|all`. */
export function parsePairs(value: string | undefined): PairSelection | undefined {
  if (value === undefined || value === 'source' || value === 'all') return value
  throw new UsageError('USAGE', `unknown --pairs \`${value}\`; use source or all`)
}

/** Parse `--level turn|sentence`. */
export function parseLevel(value: string | undefined): AlignmentLevel | undefined {
  if (value === undefined || value === 'turn' || value === 'sentence') return value
  throw new UsageError('USAGE', `unknown --level \`${value}\`; use turn or sentence`)
}

/** Parse `--workers N` (a positive whole number; the library caps it to the cores), or `undefined` when absent. */
export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!/^\d+$/u.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError('USAGE', `--workers needs a positive whole number of threads, not \`${value}\``)
  return n
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
        source: { type: 'string' },
        level: { type: 'string' },
        pairs: { type: 'string' },
        'min-confidence': { type: 'string' },
        workers: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        strict: { type: 'boolean' },
        'max-bytes': { type: 'string' },
        ...LANGUAGE_ARGS,
        ...LEXICON_ARGS,
      },
    })
    refuseStdin(positionals, 'align')
    const formats = parseFormats(values.format)
    const level = parseLevel(values.level)
    const exportOptions: ExportOptions = { pairs: parsePairs(values.pairs), minConfidence: parseMinConfidence(values['min-confidence']) }
    const out = values.out ?? 'out'
    if (out === '') throw new UsageError('USAGE', '--out needs a directory')
    const bar = io.stderr.isTTY === true && values.quiet !== true ? progressBar(io.stderr) : undefined
    const options: AlignCorpusOptions = { strict: values.strict === true, maxBytes: parseMaxBytes(values['max-bytes']), ...languageOptions(values) }
    if (level !== undefined) options.level = level
    const workers = parseWorkers(values.workers)
    if (workers !== undefined) options.workers = workers
    if (values.pivot !== undefined) options.pivot = values.pivot
    if (values.source !== undefined) options.source = values.source
    const lexicons = await lexiconOptions(values, io)
    if (lexicons !== undefined) options.lexicons = lexicons
    if (bar !== undefined) options.onProgress = (event) => bar.update(event)
    const { alignCorpus } = await import('../../pipeline/alignCorpus.js')
    let dataset: Dataset
    try {
      dataset = await alignCorpus(positionals.length === 0 ? ['corpus'] : positionals, options)
    } finally {
      bar?.stop()
    }
    for (const d of dataset.diagnostics) io.stderr.write(`paracorpus: ${formatDiagnostic(d)}\n`)
    const [{ writeDataset }, { familyPairs }] = await Promise.all([import('../../export/writeDataset.js'), import('../../export/familyPairs.js')])
    const written = await writeDataset(dataset, out, formats, exportOptions)
    const pairs = formats.some((f) => f === 'jsonl' || f === 'tmx' || f === 'moses') ? familyPairs(dataset, exportOptions) : []
    io.stdout.write(alignSummary(dataset, { out, written, pairs, minConfidence: exportOptions.minConfidence ?? 0 }))
    return inputExitCode(dataset.diagnostics.some((d) => d.severity === 'error'), dataset.documents, io)
  },
}
