/** Machine-readable error codes thrown by paracorpus. */
export type ParacorpusErrorCode =
  | 'ENOENT'
  | 'EACCES'
  | 'EISDIR'
  | 'NOT_A_FILE'
  | 'NO_MATCH'
  | 'INVALID_UTF8'
  | 'BINARY'
  | 'UTF16'
  | 'TOO_LARGE'
  | 'EMPTY'
  | 'PARSE_FAILED'
  | 'INVALID_INPUT'
  | 'INVALID_OPTION'
  | 'INVALID_PIVOT'
  | 'WRITE_FAILED'
  | 'USAGE'

/** Options shared by every paracorpus error. */
export interface ParacorpusErrorOptions {
  /** File the error is about, when there is one. */
  file?: string | undefined
  /** Byte offset in the file where the problem starts, when it applies. */
  byteOffset?: number | undefined
  /** Underlying error. */
  cause?: unknown
}

/**
 * Base class of every error paracorpus throws on purpose.
 * Catch this to tell the library's own failures from bugs.
 */
export class ParacorpusError extends Error {
  override name: string = 'ParacorpusError'
  /** Machine-readable code. */
  readonly code: ParacorpusErrorCode
  /** File the error is about. */
  readonly file: string | undefined
  /** Byte offset in the file where the problem starts. */
  readonly byteOffset: number | undefined

  /**
   * @param code Machine-readable code.
   * @param message Message naming the culprit and the fix.
   * @param options File, byte offset and cause.
   */
  constructor(code: ParacorpusErrorCode, message: string, options: ParacorpusErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.file = options.file
    this.byteOffset = options.byteOffset
  }
}
