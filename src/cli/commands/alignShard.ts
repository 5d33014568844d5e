import { parseArgs } from 'node:util'
import type { CliCommand } from '../command.js'
import { EXIT_OK } from '../exitCodes.js'
import { readRecords, SHARD_IO_HELP, writeRecords } from '../shardFiles.js'
import { SETTINGS_ARGS, SETTINGS_HELP, shardSettings } from '../shardSettings.js'

const HELP = `Usage: paracorpus align-shard <shard.jsonl…|-> [--out FILE] [--level L] [--pivot P] [--source S]

Step 5 of the sharded job, one group of families at a time: from the shard's family records (from
\`paracorpus group\`) and its members' document records, build each family — pivot, N-way alignment, drift
reports, units (their sentences aligned with the lexicon records of \`group\`, given to every shard) — and
write {"type":"family-result", "key", "index", "result": {pivot, table, drift, units,
diagnostics, source}} per family.

Options:
${SETTINGS_HELP}
${SHARD_IO_HELP}`

/** `paracorpus align-shard`: the per-family step of the sharded job on one shard. */
export const alignShardCommand: CliCommand = {
  name: 'align-shard',
  summary: 'sharded job, step 5: build the families of a shard',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, ...SETTINGS_ARGS } })
    const [{ resolvePivot }, { alignShard }] = await Promise.all([import('../../pipeline/resolvePivot.js'), import('../../pipeline/shard/alignShard.js')])
    const records = await readRecords(positionals, 'align-shard', io)
    const settings = shardSettings(values)
    settings.pivot = resolvePivot(settings.pivot, (id) => records.some((r) => r.type === 'document' && r.document.id === id))
    writeRecords(alignShard(records, settings), values.out, io)
    return EXIT_OK
  },
}
