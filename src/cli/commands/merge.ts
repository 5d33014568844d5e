import { parseArgs } from 'node:util'
import { UsageError } from '../../errors/UsageError.js'
import type { ExportOptions } from '../../export/exportOptions.js'
import type { CliCommand } from '../command.js'
import { EXIT_INPUT, EXIT_OK } from '../exitCodes.js'
import { formatDiagnostic } from '../formatDiagnostic.js'
import { readRecords } from '../shardFiles.js'
import { SETTINGS_ARGS, SETTINGS_HELP, shardSettings } from '../shardSettings.js'
import { parseFormats, parseMinConfidence, parsePairs } from './align.js'
import { alignSummary } from './alignSummary.js'

const HELP = `Usage: paracorpus merge <records.jsonl…> [--out DIR] [--format LIST] [--pairs source|all]
                        [--min-confidence X] [--level L] [--pivot P] [--source S]

Last step of the sharded job: from the records of every step — prepare's documents (in file order), the
verdicts, the family decision and the family results, in any grouping into files — write the dataset files
\`align\` writes (dataset.json, JSONL, N-way JSONL, TMX, Moses, report.html) and print its summary.

Options:
  --out DIR       output directory (default: out)
  --format LIST   formats to write, as for align
  --pairs P       source (default) or all, as for align
  --min-confidence X
                  as for align
${SETTINGS_HELP}
  -h, --help      show this help`

/** `paracorpus merge`: the dataset files from the records of every shard. */
export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'sharded job, step 6: merge every shard into the dataset files align writes',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, format: { type: 'string' }, pairs: { type: 'string' }, 'min-confidence': { type: 'string' }, ...SETTINGS_ARGS },
    })
    const formats = parseFormats(values.format)
    const exportOptions: ExportOptions = { pairs: parsePairs(values.pairs), minConfidence: parseMinConfidence(values['min-confidence']) }
    const out = values.out ?? 'out'
    if (out === '') throw new UsageError('USAGE', '--out needs a directory')
    const [{ resolvePivot }, { mergeShards }, { writeDataset }, { familyPairs }] = await Promise.all([import('../../pipeline/resolvePivot.js'), import('../../pipeline/shard/mergeShards.js'), import('../../export/writeDataset.js'), import('../../export/familyPairs.js')])
    const records = await readRecords(positionals, 'merge', io)
    const settings = shardSettings(values)
    settings.pivot = resolvePivot(settings.pivot, (id) => records.some((r) => r.type === 'document' && r.document.id === id))
    const dataset = mergeShards(records, settings)
    for (const d of dataset.diagnostics) io.stderr.write(`paracorpus: ${formatDiagnostic(d)}\n`)
    const written = await writeDataset(dataset, out, formats, exportOptions)
    const pairs = formats.some((f) => f === 'jsonl' || f === 'tmx' || f === 'moses') ? familyPairs(dataset, exportOptions) : []
    io.stdout.write(alignSummary(dataset, { out, written, pairs, minConfidence: exportOptions.minConfidence ?? 0 }))
    return dataset.diagnostics.some((d) => d.severity === 'error') ? EXIT_INPUT : EXIT_OK
  },
}
