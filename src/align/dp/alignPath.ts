import type { SideFeatures } from '../features.js'
import type { BeadShape } from '../beadShapes.js'
import type { BeadCost } from '../costModel.js'
import type { PathNode } from './Band.js'
import { bandAroundPath, fullBand } from './Band.js'
import { decode } from './decode.js'
import { coarsenSide } from '../features.js'

/** Options of {@link alignPath}. */
export interface AlignPathOptions {
  /** Largest n × m solved exactly. */
  exactLimit: number
  /** Half-width of the band around a projected coarse path. */
  bandWidth: number
  /** Items per block at each coarser level (default: `8`). */
  factor?: number | undefined
}

/**
 * Best path for two sides: exact DP when `n × m ≤ exactLimit`, otherwise coarse-to-fine (Vecalign-style):
 * merge items into blocks of `factor`, align the blocks recursively, project the block path back and search a
 * band of half-width `bandWidth` around it. Memory stays O((n + m) · bandWidth).
 * @param source Source features.
 * @param target Target features.
 * @param shapes Allowed bead shapes.
 * @param makeCost Cost function factory for a pair of sides (called once per level).
 * @param options Limits.
 * @returns Path nodes from (0,0) to (n,m).
 */
export function alignPath(
  source: SideFeatures,
  target: SideFeatures,
  shapes: readonly BeadShape[],
  makeCost: (source: SideFeatures, target: SideFeatures) => BeadCost,
  options: AlignPathOptions,
): PathNode[] {
  const n = source.count
  const m = target.count
  const factor = options.factor ?? 8
  if ((n + 1) * (m + 1) <= options.exactLimit || n <= factor || m <= factor) {
    return decode(fullBand(n, m), shapes, makeCost(source, target)).path
  }
  const coarse = alignPath(coarsenSide(source, factor), coarsenSide(target, factor), shapes, makeCost, options)
  const projected = coarse.map((p) => ({ i: Math.min(n, p.i * factor), j: Math.min(m, p.j * factor) }))
  const band = bandAroundPath(n, m, projected, options.bandWidth)
  return decode(band, shapes, makeCost(source, target)).path
}
