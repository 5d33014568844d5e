import { ParacorpusError } from './ParacorpusError.js'

/** Bad input: a missing, unreadable, binary or wrongly encoded file, or an unusable text. */
export class InputError extends ParacorpusError {
  override name = 'InputError' as const
}
