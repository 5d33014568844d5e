import { parseArgs } from 'node:util'
import type { CliCommand } from '../command.js'
import { EXIT_OK } from '../exitCodes.js'
import { readRecords, SHARD_IO_HELP, writeRecords } from '../shardFiles.js'

const HELP = `Usage: paracorpus rejudge <shard.jsonl…|-> [--out FILE]

Step 4b of the sharded job, one shard at a time, run only when \`group\` wrote "rejudge" records instead of
families (a document left alone by the verdicts has candidate families): align again every pair of the shard's
rejudge records with the documents of its document records and the "rejudge-lexicon" records (give every shard
all of them), and write the second-round score of each: {"type":"rescore", "a", "b", "score"}. Then run \`group\`
again on its first input and every rescore record.

Options:
${SHARD_IO_HELP}`

/** `paracorpus rejudge`: the second round of the family decision of the sharded job, on one shard. */
export const rejudgeCommand: CliCommand = {
  name: 'rejudge',
  summary: 'sharded job, step 4b: score the second round of the family decision',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } })
    const [{ planDataset }, { rejudgeShard }] = await Promise.all([import('../../pipeline/buildDataset.js'), import('../../pipeline/shard/rejudgeShard.js')])
    writeRecords(rejudgeShard(await readRecords(positionals, 'rejudge', io), planDataset([], {}).settings.align), values.out, io)
    return EXIT_OK
  },
}
