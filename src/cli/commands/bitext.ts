import { parseArgs } from 'node:util'
import type { CliCommand } from '../command.js'
import { InputError } from '../../errors/InputError.js'
import { UsageError } from '../../errors/UsageError.js'
import { DEFAULT_MAX_BYTES, readFileBytes } from '../../load/readFileBytes.js'
import { MAX_BYTES_HELP, parseMaxBytes } from '../maxBytes.js'
import { readStdin, STDIN_PATH, wantsStdin } from '../readStdin.js'
import { EXIT_OK } from '../exitCodes.js'

const HELP = `Usage: paracorpus bitext [options] SRC TGT

Align two files holding one sentence per line (UTF-8; \`-\` for one of them reads stdin) and print one bead
per line:

  [i,j,…]:[k,…]:confidence      e.g. [0]:[0,1]:0.93   [3]:[]:0.81   []:[5]:0.40

Indices are 0-based line numbers; an empty side is a deletion or insertion. Blank lines are sentences too.
The third field is paracorpus's confidence in [0, 1] (the bead's posterior probability; higher is better),
NOT Vecalign's cost (lower is better) although the layout is Vecalign's.

Options:
  --max-bead N   largest number of sentences on one side of a bead, 1–4 (default 3: 1-1, 1-2, 2-1,
                 2-2, 1-3, 3-1; 1-0 and 0-1 are always allowed)
  --lexicon FILE a word lexicon of the pair: one "source<TAB>target" word pair per line (e.g. written by
                 the library's lexicon.toText()); used instead of the one learned on the two files
  --json         print a JSON array of {source, target, score, confidence} instead
${MAX_BYTES_HELP}
  -h, --help     show this help

Exit codes: 0 success, 1 usage error, 2 input error.
`

async function readLines(path: string, stdin: NodeJS.ReadableStream, maxBytes: number | undefined): Promise<string[]> {
  const bytes = path === STDIN_PATH ? await readStdin(stdin, maxBytes ?? DEFAULT_MAX_BYTES) : readFileBytes(path, maxBytes)
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const nul = buffer.indexOf(0)
  if (nul >= 0) throw new InputError('BINARY', `\`${path}\` looks binary (NUL byte); give a UTF-8 text file`, { file: path, byteOffset: nul })
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch (error) {
    throw new InputError('INVALID_UTF8', `\`${path}\` is not valid UTF-8; convert it first`, { file: path, cause: error })
  }
  text = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n')
  if (text.endsWith('\n')) text = text.slice(0, -1)
  return text === '' ? [] : text.split('\n')
}

/** `paracorpus bitext SRC TGT`: align two sentence-per-line files and print Vecalign-style beads. */
export const bitextCommand: CliCommand = {
  name: 'bitext',
  summary: 'align two sentence-per-line files; print [i]:[j,k]:confidence beads',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { 'max-bead': { type: 'string' }, lexicon: { type: 'string' }, json: { type: 'boolean', default: false }, 'max-bytes': { type: 'string' } },
    })
    if (positionals.length !== 2) {
      throw new UsageError('USAGE', `\`bitext\` needs exactly two files (SRC TGT), got ${positionals.length}; see \`paracorpus bitext --help\``)
    }
    let maxBead = 3
    const raw = values['max-bead']
    if (raw !== undefined) {
      maxBead = Number(raw)
      if (!/^\d+$/u.test(raw) || maxBead < 1 || maxBead > 4) {
        throw new UsageError('INVALID_OPTION', `\`--max-bead\` must be an integer from 1 to 4, got \`${raw}\``)
      }
    }
    const maxBytes = parseMaxBytes(values['max-bytes'])
    wantsStdin(positionals)
    const [srcPath = '', tgtPath = ''] = positionals
    const source = await readLines(srcPath, io.stdin, maxBytes)
    const target = await readLines(tgtPath, io.stdin, maxBytes)
    const [{ alignBitext }, { formatBead }, { Lexicon }] = await Promise.all([
      import('../../align/alignBitext.js'),
      import('../../align/format/beadLines.js'),
      import('../../align/lexical/Lexicon.js'),
    ])
    const lexiconPath = values.lexicon
    const lexicon = lexiconPath === undefined ? undefined : Lexicon.parse((await readLines(lexiconPath, io.stdin, maxBytes)).join('\n'), lexiconPath)
    const beads = alignBitext(source, target, { maxBead, lexicon })
    if (values.json === true) io.stdout.write(`${JSON.stringify(beads)}\n`)
    else io.stdout.write(beads.map((b) => `${formatBead(b)}\n`).join(''))
    return EXIT_OK
  },
}
