import { ParacorpusError } from './ParacorpusError.js'

/** Wrong use of the API or CLI: an unknown option, a bad value, a missing argument. */
export class UsageError extends ParacorpusError {
  override name = 'UsageError' as const
}
