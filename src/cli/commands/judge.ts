import { parseArgs } from 'node:util'
import type { CliCommand } from '../command.js'
import { EXIT_OK } from '../exitCodes.js'
import { readRecords, SHARD_IO_HELP, writeRecords } from '../shardFiles.js'

const HELP = `Usage: paracorpus judge <shard.jsonl…|-> [--out FILE]

Step 3 of the sharded job, one shard at a time: align every pair of the shard's batch records (from
\`paracorpus pairs\`) with the documents of its document records (from \`paracorpus prepare\`) and write the
verdict of each: {"type":"verdict", "verdict": {a, b, score, parallel, reasons}}; then, for each pair judged
parallel, its confident 1-1 sentence pairs, which \`group\` learns the word lexicon of each language pair from:
{"type":"pair-training", "training": {a, b, bitext: {languages, pairs}}}; then its 1-1 paragraph pairs, which
\`group\` learns the second round of the family decision from: {"type":"paragraph-training", "training": {…}}.

Options:
${SHARD_IO_HELP}`

/** `paracorpus judge`: the pairwise step of the sharded job on one shard. */
export const judgeCommand: CliCommand = {
  name: 'judge',
  summary: 'sharded job, step 3: judge the pairs of a shard',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' } } })
    const [{ planDataset }, { judgeShard }] = await Promise.all([import('../../pipeline/buildDataset.js'), import('../../pipeline/shard/judgeShard.js')])
    writeRecords(judgeShard(await readRecords(positionals, 'judge', io), planDataset([], {}).settings.align), values.out, io)
    return EXIT_OK
  },
}
