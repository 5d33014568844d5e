import { resolveLanguageTag } from '../detect/resolveLanguageTag.js'
import { UsageError } from '../errors/UsageError.js'
import type { LanguagePairLexicon } from '../align/lexical/languagePairLexicons.js'
import { readInputText } from './shardFiles.js'
import type { CliIO } from './command.js'

/** `parseArgs` option of the commands that take word lexicons: `--lexicon L1:L2=FILE` (repeatable). */
export const LEXICON_ARGS = {
  lexicon: { type: 'string', multiple: true },
} as const

/** Help lines for {@link LEXICON_ARGS}. */
export const LEXICON_HELP = `  --lexicon L1:L2=FILE
                  a word lexicon of a language pair to align the sentences of the units with, instead of
                  the one learned on the corpus: one "L1 word<TAB>L2 word" pair per line (e.g. written by the
                  library's lexicon.toText()); repeatable, one per language pair (--lexicon de:fr=de-fr.tsv)`

/**
 * Read the `--lexicon` files into language-pair lexicons.
 * @param values Parsed values of {@link LEXICON_ARGS}.
 * @param io The command's streams.
 * @throws {UsageError} `USAGE` for a value not shaped `L1:L2=FILE`, `INVALID_OPTION` for an unknown language.
 * @throws {InputError} when a file cannot be read or holds no word pair.
 */
export async function lexiconOptions(values: { lexicon?: string[] | undefined }, io: CliIO): Promise<LanguagePairLexicon[] | undefined> {
  if (values.lexicon === undefined || values.lexicon.length === 0) return undefined
  const { Lexicon } = await import('../align/lexical/Lexicon.js')
  const out: LanguagePairLexicon[] = []
  for (const item of values.lexicon) {
    const match = /^([^:=]+):([^:=]+)=(.+)$/u.exec(item)
    if (match === null) throw new UsageError('USAGE', `--lexicon needs L1:L2=FILE (e.g. --lexicon de:fr=de-fr.tsv), got \`${item}\``)
    const codes = [match[1]!, match[2]!].map((code) => {
      const resolved = resolveLanguageTag(code.trim())
      if (resolved === undefined) throw new UsageError('INVALID_OPTION', `unknown language \`${code}\` in --lexicon ${item}; give ISO 639 or BCP 47 codes (de:fr or deu:fra)`)
      return resolved.iso6393
    })
    const file = match[3]!
    const lexicon = Lexicon.parse(await readInputText(file, io), file)
    out.push({ languages: [codes[0]!, codes[1]!], pairs: lexicon.pairs(), p1: lexicon.p1, p0: lexicon.p0 })
  }
  return out
}
