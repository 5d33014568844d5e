/**
 * paracorpus: turn a folder of translated articles into an aligned, drift-scored parallel corpus.
 * @packageDocumentation
 */
export { ParacorpusError } from './errors/ParacorpusError.js'
export { InputError } from './errors/InputError.js'
export { UsageError } from './errors/UsageError.js'
export { OutputError } from './errors/OutputError.js'

export type { ParacorpusErrorCode, ParacorpusErrorOptions } from './errors/ParacorpusError.js'
export type {
  Bead,
  Diagnostic,
  DiagnosticSeverity,
  LanguageGuess,
  LoadedDocument,
  ParsedDocument,
  Segment,
  SegmentRole,
  Sentence,
  SourcePoint,
  SourceRange,
} from './types.js'
