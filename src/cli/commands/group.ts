import { parseArgs } from 'node:util'
import type { CliCommand } from '../command.js'
import { EXIT_OK } from '../exitCodes.js'
import { readRecords, SHARD_IO_HELP, writeRecords } from '../shardFiles.js'
import { LEXICON_ARGS, LEXICON_HELP, lexiconOptions } from '../lexiconArgs.js'

const HELP = `Usage: paracorpus group <records.jsonl…|-> [--out FILE] [--lexicon L1:L2=FILE]…

Step 4 of the sharded job: from the fingerprints of every document (prepare's records, in file order) and the
verdicts of every judged pair, decide the translation families as \`align\` does and write one record per family
— {"type":"family", "key": <16 hex digits from the member ids>, "index", "family": {id, documents, alone,
confidence}} — then {"type":"decision", "diagnostics": […]}, then the word lexicon of each language pair,
learned from judge's "pair-training" records as \`align\` learns it: {"type":"lexicon", "lexicon": {languages,
pairs, p1, p0}}. The next step groups documents by family key; give every align-shard the lexicon records.

When a document left alone by the verdicts has candidate families, the decision's second round needs pairs
scored with the documents' text: without "rescore" records in its input, group then writes only
{"type":"rejudge", "batch", "pairs"} records (one batch per lone document, then unrelated pairs) and the
lexicons to score them with, {"type":"rejudge-lexicon", "lexicon"}. Score them with \`paracorpus rejudge\` and
run group again on the same input plus every rescore record: it then writes the families as above.

Options:
${LEXICON_HELP}
${SHARD_IO_HELP}`

/** `paracorpus group`: the family decision of the sharded job. */
export const groupCommand: CliCommand = {
  name: 'group',
  summary: 'sharded job, step 4: decide the families from the verdicts',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, ...LEXICON_ARGS } })
    const [{ planDataset }, { groupShard }] = await Promise.all([import('../../pipeline/buildDataset.js'), import('../../pipeline/shard/groupShard.js')])
    const lexicons = await lexiconOptions(values, io)
    writeRecords(groupShard(await readRecords(positionals, 'group', io), planDataset([], {}).settings.threshold, lexicons === undefined ? {} : { lexicons }), values.out, io)
    return EXIT_OK
  },
}
