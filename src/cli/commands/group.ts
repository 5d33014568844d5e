import { parseArgs } from 'node:util'
import type { CliCommand } from '../command.js'
import { EXIT_OK } from '../exitCodes.js'
import { readRecords, SHARD_IO_HELP, writeRecords } from '../shardFiles.js'

const HELP = `Usage: paracorpus group <records.jsonl…|-> [--out FILE]

Step 4 of the sharded job: from the fingerprints of every document (prepare's records, in file order) and the
verdicts of every judged pair, decide the translation families as \`align\` does and write one record per family
— {"type":"family", "key": <16 hex digits from the member ids>, "index", "family": {id, documents, alone,
confidence}} — then {"type":"decision", "diagnostics": […]}. The next step groups documents by family key.

Options:
${SHARD_IO_HELP}`

/** `paracorpus group`: the family decision of the sharded job. */
export const groupCommand: CliCommand = {
  name: 'group',
  summary: 'sharded job, step 4: decide the families from the verdicts',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } })
    const [{ planDataset }, { groupShard }] = await Promise.all([import('../../pipeline/buildDataset.js'), import('../../pipeline/shard/groupShard.js')])
    writeRecords(groupShard(await readRecords(positionals, 'group', io), planDataset([], {}).settings.threshold), values.out, io)
    return EXIT_OK
  },
}
