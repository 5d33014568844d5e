import { checkOptionalBoolean, checkOptionalNumber, checkOptionalString, checkOptions, checkStringArray } from '../errors/checkArgument.js'

/**
 * Check the reading options shared by `readDocument`, `readDocuments` and the corpus loaders.
 * @param value The options as given (may be `undefined`).
 * @returns The options object.
 * @throws {UsageError} `INVALID_OPTION` naming the option and what it must be.
 */
export function checkLoadOptions(value: unknown): Record<string, unknown> {
  const options = checkOptions(value)
  checkOptionalNumber(options.maxBytes, 'maxBytes', { min: 1, integer: true })
  checkOptionalString(options.cwd, 'cwd')
  if (options.extensions !== undefined) checkStringArray(options.extensions, 'extensions')
  checkOptionalBoolean(options.strict, 'strict')
  return options
}
