import { checkNumber, checkOptionalBoolean, checkOptionalNumber, checkOptionalString, checkOptions, usage } from '../errors/checkArgument.js'
import { DRIFT_CODES } from './weights.js'

/** The options of `scoreDrift` that hold one entry per pivot slot, in pivot order. */
const PER_SLOT = ['content', 'sentencePrefixes', 'sentenceCounts', 'sentenceCuts', 'laterAnchors', 'anchorPlaces', 'closingMarks', 'untranslated'] as const

/**
 * Check drift weights: a plain object whose keys are drift codes and whose values are finite numbers ≥ 0.
 * @param value What the caller passed as `weights` (`undefined` is fine).
 * @throws {UsageError} `INVALID_OPTION` naming the weight and what it must be.
 */
export function checkWeights(value: unknown): void {
  if (value === undefined) return
  const weights = checkOptions(value, 'weights')
  for (const [code, weight] of Object.entries(weights)) {
    if (!(DRIFT_CODES as readonly string[]).includes(code)) usage(`weights.${code}`, `one of the drift codes (${DRIFT_CODES.join(', ')})`, code, 'remove it or fix its name')
    if (weight !== undefined) checkNumber(weight, `weights.${code}`, { min: 0 })
  }
}

/**
 * Check the options of `scoreDrift`: weights, family id, length tolerance, how many reasons to list, whether the
 * family is a dialogue, the scores of added segments, and the per-slot findings (arrays of one entry per pivot slot).
 * @param value What the caller passed as options.
 * @param slotCount How many slots the pivot has: a per-slot array of another length is refused, since its entries
 *   would be read against the wrong slots.
 * @returns The options as a plain object.
 * @throws {UsageError} `INVALID_OPTION` naming the option and what it must be.
 */
export function checkScoreDriftOptions(value: unknown, slotCount: number): Record<string, unknown> {
  const options = checkOptions(value)
  checkWeights(options.weights)
  checkOptionalString(options.family, 'family')
  checkOptionalNumber(options.lengthTolerance, 'lengthTolerance', { min: 0 })
  checkOptionalNumber(options.topReasons, 'topReasons', { min: 0, integer: true })
  checkOptionalBoolean(options.dialogue, 'dialogue')
  if (options.addedSegments !== undefined && !(options.addedSegments instanceof Map)) usage('addedSegments', 'a Map from segment ids to scores (or omitted)', options.addedSegments)
  for (const name of PER_SLOT) {
    const entries = options[name]
    if (entries === undefined) continue
    const expected = `an array with one entry per pivot slot (${slotCount}), in pivot order (or omitted)`
    if (!Array.isArray(entries)) usage(name, expected, entries)
    if (entries.length !== slotCount) usage(name, expected, entries)
  }
  return options
}
