import { UsageError } from '../errors/UsageError.js'

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
 * @throws {UsageError} `USAGE` when `minConfidence` is not a number in [0, 1] or `pairs` is neither `source` nor `all`.
 */
export function resolveExportOptions(options: ExportOptions = {}): ResolvedExportOptions {
  const minConfidence = options.minConfidence ?? 0
  if (typeof minConfidence !== 'number' || !(minConfidence >= 0 && minConfidence <= 1)) {
    throw new UsageError('USAGE', `minConfidence must be a number from 0 to 1, not \`${String(minConfidence)}\``)
  }
  const pairs = options.pairs ?? 'source'
  if (pairs !== 'source' && pairs !== 'all') throw new UsageError('USAGE', `pairs must be \`source\` or \`all\`, not \`${String(pairs)}\``)
  return { pairs, minConfidence }
}
