import { parseArgs } from 'node:util'
import { UsageError } from '../../errors/UsageError.js'
import type { CliCommand } from '../command.js'
import { EXIT_OK } from '../exitCodes.js'
import { readRecords, SHARD_IO_HELP, writeRecords } from '../shardFiles.js'

const HELP = `Usage: paracorpus pairs <prepared.jsonl…|-> [--batch N] [--out FILE]

Step 2 of the sharded job: from the fingerprints of every document (prepare's records, in file order; the
fingerprint records alone suffice), the pairs \`align\` judges — every pair up to 50 documents, else documents
sharing a rare bucket key (an anchor) within a factor 3 in length — cut into batches, one JSONL record each:
{"type":"batch", "batch": 0, "pairs": [[id, id], …]}.

Options:
  --batch N       pairs per batch aimed at (default 64); a connected component of the pair
                  graph stays in one batch up to that size
${SHARD_IO_HELP}`

/** `paracorpus pairs`: the candidate pairs of the sharded job, in batches. */
export const pairsCommand: CliCommand = {
  name: 'pairs',
  summary: 'sharded job, step 2: candidate pairs from the fingerprints, in batches',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { batch: { type: 'string' }, out: { type: 'string' } } })
    const size = values.batch === undefined ? undefined : Number(values.batch)
    if (size !== undefined && (!Number.isSafeInteger(size) || size < 1)) throw new UsageError('INVALID_OPTION', `--batch needs a positive whole number, got \`${values.batch}\``)
    const { planPairs } = await import('../../pipeline/shard/planPairs.js')
    writeRecords(planPairs(await readRecords(positionals, 'pairs', io), size), values.out, io)
    return EXIT_OK
  },
}
