import { parseArgs } from 'node:util'
import { InputError } from '../../errors/InputError.js'
import type { PreparedRecord } from '../../pipeline/shard/records.js'
import type { LoadCorpusOptions } from '../../pipeline/loadCorpus.js'
import type { CliCommand } from '../command.js'
import { EXIT_OK } from '../exitCodes.js'
import { LANGUAGE_ARGS, LANGUAGE_HELP, languageOptions } from '../languageArgs.js'
import { MAX_BYTES_HELP, parseMaxBytes } from '../maxBytes.js'
import { readInputText, SHARD_IO_HELP, writeRecords } from '../shardFiles.js'

const HELP = `Usage: paracorpus prepare [paths…] [--input FILE|-] [--out FILE] [--lang PATH=LANG]… [--only LANGS]

The per-document step of the sharded job: read, parse and detect each article (files, directories or globs,
and/or the lines of a JSONL file: {"path": …} or {"id": …, "text": …}) and write one JSONL record per input:
{"type":"document", "document": <parsed document>, "fingerprint": {id, path, sha256, language, characters,
anchors}} — the anchors are the document's bucket keys — or {"type":"error", …} / {"type":"skipped", …} for a
file that cannot be read or is empty. Bad inputs are records, not failures: the exit code is 0 unless the
command itself is misused.

Options:
  --input FILE    a JSONL list of inputs (- for stdin)
${MAX_BYTES_HELP}
${LANGUAGE_HELP}
${SHARD_IO_HELP}`

type Steps = typeof import('../../pipeline/shard/prepare.js') & typeof import('../../pipeline/parseFile.js')

function inputLine(steps: Steps, value: unknown, options: LoadCorpusOptions, where: string): PreparedRecord {
  const { prepareFile, prepareText, inputErrorData } = steps
  const line = (typeof value === 'object' && value !== null ? value : {}) as { id?: unknown; path?: unknown; text?: unknown }
  if (typeof line.text === 'string' && typeof line.id === 'string') return prepareText(line.id, line.text, options)
  if (typeof line.path === 'string') {
    const record = prepareFile(line.path, options)
    if (record.type === 'document' && typeof line.id === 'string') {
      record.document.id = line.id
      record.fingerprint.id = line.id
    }
    return record
  }
  return { type: 'error', error: inputErrorData(new InputError('INVALID_INPUT', `${where} is neither {"path": …} nor {"id": …, "text": …}`, { file: where })) }
}

/** `paracorpus prepare`: the per-document step of the sharded job. */
export const prepareCommand: CliCommand = {
  name: 'prepare',
  summary: 'sharded job, step 1: parse, detect and fingerprint documents into JSONL',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { input: { type: 'string' }, out: { type: 'string' }, 'max-bytes': { type: 'string' }, ...LANGUAGE_ARGS } })
    const options: LoadCorpusOptions = { maxBytes: parseMaxBytes(values['max-bytes']), ...languageOptions(values) }
    const steps: Steps = { ...(await import('../../pipeline/shard/prepare.js')), ...(await import('../../pipeline/parseFile.js')) }
    const records: PreparedRecord[] = positionals.length > 0 ? steps.prepareInputs(positionals, options) : []
    if (values.input !== undefined) {
      const name = values.input === '-' ? 'stdin' : values.input
      ;(await readInputText(values.input, io)).split('\n').forEach((text, n) => {
        if (text.trim() === '') return
        let value: unknown
        try {
          value = JSON.parse(text)
        } catch {
          value = undefined
        }
        records.push(inputLine(steps, value, options, `${name} line ${n + 1}`))
      })
    }
    writeRecords(records, values.out, io)
    return EXIT_OK
  },
}
