import { InputError } from '../errors/InputError.js'
import { DEFAULT_MAX_BYTES } from '../load/readFileBytes.js'
import { documentFromBytes, isLoadedDocument } from '../load/readDocument.js'
import { loadCorpus, type Corpus, type LoadCorpusOptions } from '../pipeline/loadCorpus.js'
import { inputErrorFromData, parseLoaded } from '../pipeline/parseFile.js'
import type { CliIO } from './command.js'
import { readStdin, STDIN_PATH, wantsStdin } from './readStdin.js'

async function stdinPart(io: CliIO, options: LoadCorpusOptions): Promise<Corpus> {
  const bytes = await readStdin(io.stdin, options.maxBytes ?? DEFAULT_MAX_BYTES)
  const read = documentFromBytes(bytes, STDIN_PATH, options)
  const empty = new InputError('EMPTY', 'stdin (`-`) is empty or holds only whitespace; nothing to process', { file: STDIN_PATH })
  if (!isLoadedDocument(read)) throw empty
  const parsed = parseLoaded(read, options)
  if (parsed.kind === 'document') return { documents: [parsed.document], diagnostics: [], errors: [] }
  throw parsed.kind === 'error' ? inputErrorFromData(parsed.error) : empty
}

/**
 * `loadCorpus` for a command's path arguments, where `-` stands for one document read from standard input
 * (bounded by `maxBytes`, decoded and parsed like a file; its id is `-`). Files are read first, then stdin.
 * @param paths Path arguments (files, directories, globs, `-`).
 * @param io The command's streams.
 * @param options Corpus options.
 * @throws {InputError} As `loadCorpus`; for stdin `TOO_LARGE`, `BINARY`, `INVALID_UTF8`, `EMPTY`.
 * @throws {UsageError} `USAGE` when `-` is given twice.
 */
export async function loadCorpusWithStdin(paths: readonly string[], io: CliIO, options: LoadCorpusOptions): Promise<Corpus> {
  if (!wantsStdin(paths)) return loadCorpus([...paths], options)
  const files = paths.filter((p) => p !== STDIN_PATH)
  let corpus: Corpus = { documents: [], diagnostics: [], errors: [] }
  if (files.length > 0) {
    try {
      corpus = loadCorpus(files, options)
    } catch (error) {
      // Nothing readable among the files: with stdin still to read, that is one error among the inputs.
      if (!(error instanceof InputError) || options.strict === true) throw error
      corpus.errors.push(error)
    }
  }
  let piped: Corpus
  try {
    piped = await stdinPart(io, options)
  } catch (error) {
    if (!(error instanceof InputError) || options.strict === true || files.length === 0) throw error
    piped = { documents: [], diagnostics: [], errors: [error] }
  }
  const documents = [...corpus.documents, ...piped.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { documents, diagnostics: [...corpus.diagnostics, ...piped.diagnostics], errors: [...corpus.errors, ...piped.errors] }
}
