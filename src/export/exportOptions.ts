import { checkOptionalChoice, checkOptionalNumber, checkOptions } from '../errors/checkArgument.js'

/** Which pairs of a family's documents get pairwise files. */
export type PairSelection = 'source' | 'all'

/** Options of the dataset writers (`toJsonl`, `toTmx`, `toMoses`, `toNwayJsonl`, `writeDataset`). */
export interface ExportOptions {
  /**
   * Pairs written: `source` pairs every document with the family's source (see `familySource`), `all` pairs
   * every two documents (default: `source`; a family whose source is unknown gets all pairs).
   */
  pairs?: PairSelection | undefined
  /**
   * Keep only the units whose confidence is at least this, in [0, 1]: the pair's confidence in pairwise files,
   * the lowest cell confidence in N-way JSONL (default: `0`, keep every unit).
   */
  minConfidence?: number | undefined
}

/** Export options with their defaults filled in. */
export interface ResolvedExportOptions {
  /** Pairs written. */
  pairs: PairSelection
  /** Lowest confidence kept. */
  minConfidence: number
}

/**
 * Check export options and fill in their defaults.
 * @throws {UsageError} `INVALID_OPTION` when `minConfidence` is not a number from 0 to 1 or `pairs` is neither
 *   `source` nor `all`.
 */
export function resolveExportOptions(options: ExportOptions = {}): ResolvedExportOptions {
  const checked = checkOptions(options)
  checkOptionalNumber(checked.minConfidence, 'minConfidence', { min: 0, max: 1 })
  checkOptionalChoice(checked.pairs, 'pairs', ['source', 'all'])
  return { pairs: options.pairs ?? 'source', minConfidence: options.minConfidence ?? 0 }
}
