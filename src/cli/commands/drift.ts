import { parseArgs } from 'node:util'
import type { Dataset } from '../../types.js'
import type { CliCommand } from '../command.js'
import { inputExitCode } from '../exitCodes.js'
import { formatDiagnostic } from '../formatDiagnostic.js'
import { formatTable } from '../formatTable.js'
import { LANGUAGE_ARGS, LANGUAGE_HELP, languageOptions } from '../languageArgs.js'
import { MAX_BYTES_HELP, parseMaxBytes } from '../maxBytes.js'
import { refuseStdin } from '../readStdin.js'


function render(dataset: Dataset, slots: boolean): string {
  const language = (id: string): string => dataset.documents.find((d) => d.id === id)?.language?.bcp47 ?? 'und'
  const family = (id: string): string => dataset.families.find((f) => f.documents.includes(id))?.id ?? '-'
  const rows: string[][] = [['document', 'language', 'family', 'drift', 'top reasons']]
  for (const doc of dataset.documents) {
    const report = dataset.drift.find((r) => r.document === doc.id)
    const fam = dataset.families.find((f) => f.documents.includes(doc.id))
    if (report === undefined) {
      const offPivot = dataset.diagnostics.some((d) => d.ruleId === 'not-a-translation-of-pivot' && d.file === doc.id)
      rows.push([doc.id, language(doc.id), family(doc.id), '-', fam?.alone === true ? 'not a translation of any other document' : offPivot ? 'does not follow the given pivot' : 'no pivot'])
      continue
    }
    const reasons = report.reasons.slice(0, 3).map((r) => `${r.code}${r.slot === undefined ? '' : `@${r.slot}`} ${r.score.toFixed(2)}`).join(', ')
    rows.push([doc.id, language(doc.id), report.family, report.score.toFixed(4), reasons === '' ? '-' : reasons])
  }
  const out = [formatTable(rows)]
  if (slots) {
    for (const report of dataset.drift) {
      out.push('', `${report.document} (${report.family}):`)
      const slotRows = [['slot', 'drift', 'reasons']]
      for (const s of report.slots) slotRows.push([s.slot, s.score.toFixed(2), s.reasons.map((r) => r.message).join('; ') || '-'])
      out.push(formatTable(slotRows))
    }
  }
  return `${out.join('\n')}\n`
}

/** `paracorpus drift`: how far each translation drifted from its family's pivot, and why. */
export const driftCommand: CliCommand = {
  name: 'drift',
  summary: 'score how far each translation drifted from its pivot, with reasons',
  help: `Usage: paracorpus drift [paths…] [--pivot consensus|DOC|LANG|FILE.json] [--source DOC|LANG] [--slots] [--json] [--strict]
                        [--lang PATH=LANG]… [--only LANGS]

Group the documents (default: corpus/) into translation families, build each family's pivot structure,
align every translation to it and print: document, language, family, drift score (0 = none, 1 = all),
and the strongest reasons (missing, extra, split, merged, length, partial, replaced, anchor-lost, anchor-changed, role, order).

Options:
  --pivot P   consensus (default), a document id, a language (km, kaz…), or a pivot JSON file
  --source S  the original of each family: a document id or a language (en…); the pivot is built around it
  --slots     add per-slot drift with every reason
  --json      print the drift reports, families and verdicts as JSON
  --strict    stop at the first unreadable file
${MAX_BYTES_HELP}
${LANGUAGE_HELP}
  -h, --help  show this help`,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { pivot: { type: 'string' }, source: { type: 'string' }, slots: { type: 'boolean' }, json: { type: 'boolean' }, strict: { type: 'boolean' }, 'max-bytes': { type: 'string' }, ...LANGUAGE_ARGS } })
    refuseStdin(positionals, 'drift')
    const { alignCorpus } = await import('../../pipeline/alignCorpus.js')
    const dataset = await alignCorpus(positionals.length === 0 ? ['corpus'] : positionals, { pivot: values.pivot, source: values.source, strict: values.strict === true, level: 'turn', maxBytes: parseMaxBytes(values['max-bytes']), ...languageOptions(values) })
    for (const d of dataset.diagnostics) io.stderr.write(`paracorpus: ${formatDiagnostic(d)}\n`)
    if (values.json === true) {
      const { families, verdicts, pivots, drift } = dataset
      io.stdout.write(`${JSON.stringify({ families, verdicts, pivots, drift }, null, 2)}\n`)
    } else io.stdout.write(render(dataset, values.slots === true))
    return inputExitCode(dataset.diagnostics.some((d) => d.severity === 'error'), dataset.documents, io)
  },
}
