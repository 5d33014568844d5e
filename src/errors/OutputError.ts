import { ParacorpusError } from './ParacorpusError.js'

/** An output file could not be written; nothing partial was left behind. */
export class OutputError extends ParacorpusError {
  override name = 'OutputError' as const
}
