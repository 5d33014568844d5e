import type { SideFeatures } from './features.js'
import type { BeadShape } from './beadShapes.js'
import type { LengthModel } from './signals/lengthCost.js'
import type { SimilarityScorer } from './types.js'
import { lengthCost } from './signals/lengthCost.js'
import { SHAPE_FEATURES, shapeCost } from './signals/shape.js'
import { structureCost } from './signals/structureCost.js'
import { anchorCost } from './signals/anchorCost.js'
import { boundaryCost } from './signals/boundaries.js'

/** Resolved weights of the signals (0 turns a signal off). */
export interface ResolvedWeights {
  /** Length. */
  length: number
  /** Anchors. */
  anchors: number
  /** Shape. */
  shape: number
  /** Structure. */
  structure: number
  /** Plug-in similarity. */
  similarity: number
  /** Lexical pass (words linked by a lexicon learned on the pair). */
  lexical: number
  /** Cognates (merged into the anchors' ids; kept here for the record). */
  cognates: number
  /** Translation model (IBM Model 1 learned with the lexicon). */
  translation: number
  /** Sentence-internal boundaries (a bead cut inside a sentence on one side only). */
  boundaries: number
}

/** Word evidence of a bead (the lexical pass): its cost in nats, already weighted. */
export interface WordEvidence {
  /**
   * Cost of the bead made of source items `i0 … i1-1` and target items `j0 … j1-1` (both non-empty).
   * @param i0 First source item.
   * @param i1 Source end (exclusive).
   * @param j0 First target item.
   * @param j1 Target end (exclusive).
   * @returns Cost in nats.
   */
  cost(i0: number, i1: number, j0: number, j1: number): number
}

/** Everything the cost of a bead depends on. */
export interface CostModelInput {
  /** Source side. */
  source: SideFeatures
  /** Target side. */
  target: SideFeatures
  /** Length model. */
  length: LengthModel
  /** Weight per linked anchor id. */
  anchorWeight: Float64Array
  /** Signal weights. */
  weights: ResolvedWeights
  /** Optional similarity plug-in. */
  scorer: SimilarityScorer | undefined
  /** Optional word evidence (the lexical pass), weighted already. */
  lexical?: WordEvidence | undefined
}

/**
 * Cost of the bead ending at source item `i` and target item `j` (exclusive) of the given shape, in nats:
 * prior + weighted signal costs. Lower is better.
 */
export type BeadCost = (i: number, j: number, shape: BeadShape) => number

/**
 * Sorted anchor ids of every group of `size` consecutive items, by the group's end: the ids of items
 * `end − size … end − 1` in one flat array, `offsets[end] … offsets[end + 1]`. Built once per side and group size,
 * so the DP reads a group's ids instead of merging them for every cell it visits.
 */
export interface AnchorGroups {
  /** Where each group's ids start in `ids`, by the group's end (`count + 2` entries). */
  offsets: Int32Array
  /** Every group's ids, sorted within the group. */
  ids: Int32Array
}

/** Largest group sorted by insertion (above, a typed-array sort: insertion is quadratic in the group's ids). */
const INSERTION_SORT_MAX = 64

/**
 * The sorted anchor ids of every group of `size` consecutive items (see {@link AnchorGroups}).
 * @param ids Sorted anchor ids of each item.
 * @param size Items per group.
 */
export function anchorGroups(ids: readonly Int32Array[], size: number): AnchorGroups {
  const count = ids.length
  const offsets = new Int32Array(count + 2)
  for (let end = size; end <= count; end++) {
    let n = 0
    for (let k = end - size; k < end; k++) n += ids[k]?.length ?? 0
    offsets[end + 1] = n
  }
  for (let end = 0; end <= count; end++) offsets[end + 1] = (offsets[end + 1] ?? 0) + (offsets[end] ?? 0)
  const flat = new Int32Array(offsets[count + 1] ?? 0)
  for (let end = size; end <= count; end++) {
    const from = offsets[end] ?? 0
    const to = offsets[end + 1] ?? 0
    if (to - from > INSERTION_SORT_MAX) {
      // A block of a coarse level holds the ids of thousands of items: copied, then sorted as numbers.
      let at = from
      for (let k = end - size; k < end; k++) {
        const item = ids[k]
        if (item !== undefined) flat.set(item, at)
        at += item?.length ?? 0
      }
      flat.subarray(from, to).sort()
      continue
    }
    let len = 0
    for (let k = end - size; k < end; k++) {
      const item = ids[k]
      if (item === undefined) continue
      for (let q = 0; q < item.length; q++) {
        const id = item[q] ?? 0
        // Insertion into the sorted prefix: groups of sentences hold a handful of ids.
        let p = len++
        while (p > 0 && (flat[from + p - 1] ?? 0) > id) {
          flat[from + p] = flat[from + p - 1] ?? 0
          p--
        }
        flat[from + p] = id
      }
    }
  }
  return { offsets, ids: flat }
}

/** Group sums of shape features, `SHAPE_FEATURES` per group end (same subtraction of prefix sums as a cell would do). */
function shapeGroups(side: SideFeatures, size: number): Float64Array {
  const out = new Float64Array((side.count + 1) * SHAPE_FEATURES)
  for (let end = size; end <= side.count; end++) {
    for (let f = 0; f < SHAPE_FEATURES; f++) {
      out[end * SHAPE_FEATURES + f] = (side.shape[end * SHAPE_FEATURES + f] ?? 0) - (side.shape[(end - size) * SHAPE_FEATURES + f] ?? 0)
    }
  }
  return out
}

// Read once: the hot cost function indexes by it for every cell and shape.
const FEATURES = SHAPE_FEATURES

/** Per-side tables by group size, built on first use. */
function lazyBySize<T>(build: (size: number) => T): (size: number) => T {
  const made: Array<T | undefined> = []
  return (size) => (made[size] ??= build(size))
}

/**
 * Build the bead cost function for one pair of sides.
 * @param input Sides, calibrated length model, anchor weights, signal weights and plug-in.
 * @returns The cost function.
 */
export function makeBeadCost(input: CostModelInput): BeadCost {
  const { source: S, target: T, length, anchorWeight, weights, scorer, lexical } = input
  const useLexical = lexical !== undefined
  const useAnchors = weights.anchors !== 0 && anchorWeight.length > 0
  const sAnchors = lazyBySize((size) => anchorGroups(S.anchors, size))
  const tAnchors = lazyBySize((size) => anchorGroups(T.anchors, size))
  const sShapes = lazyBySize((size) => shapeGroups(S, size))
  const tShapes = lazyBySize((size) => shapeGroups(T, size))
  const noIds = new Int32Array(0)
  const hasStructure = (side: SideFeatures): boolean => side.roles.some((r) => r !== 0) || side.starts.some((x) => x >= 0)
  const useStructure = weights.structure !== 0 && (hasStructure(S) || hasStructure(T))
  const useBoundaries = weights.boundaries !== 0 && (S.open.includes(1) || T.open.includes(1))
  return (i, j, shape) => {
    const a = shape.source
    const b = shape.target
    let cost = shape.cost
    if (useBoundaries) cost += weights.boundaries * boundaryCost(S.open, T.open, i, j)
    if (useAnchors) {
      const sg = a > 0 ? sAnchors(a) : undefined
      const tg = b > 0 ? tAnchors(b) : undefined
      const sFrom = sg === undefined ? 0 : (sg.offsets[i] ?? 0)
      const tFrom = tg === undefined ? 0 : (tg.offsets[j] ?? 0)
      const ns = sg === undefined ? 0 : (sg.offsets[i + 1] ?? 0) - sFrom
      const nt = tg === undefined ? 0 : (tg.offsets[j + 1] ?? 0) - tFrom
      if (ns + nt > 0) cost += weights.anchors * anchorCost(sg?.ids ?? noIds, ns, tg?.ids ?? noIds, nt, anchorWeight, sFrom, tFrom)
    }
    if (a === 0 || b === 0) return cost
    if (weights.length !== 0) {
      const ls = (S.letters[i] ?? 0) - (S.letters[i - a] ?? 0)
      const lt = (T.letters[j] ?? 0) - (T.letters[j - b] ?? 0)
      cost += weights.length * lengthCost(ls, lt, length)
    }
    if (weights.shape !== 0) cost += weights.shape * shapeCost(sShapes(a), tShapes(b), i * FEATURES, j * FEATURES)
    if (useStructure) {
      let sr = 0
      let tr = 0
      for (let k = i - a; k < i; k++) sr |= S.roles[k] ?? 0
      for (let k = j - b; k < j; k++) tr |= T.roles[k] ?? 0
      cost += weights.structure * structureCost(sr, tr, S.starts[i - a] ?? -1, T.starts[j - b] ?? -1)
    }
    if (useLexical) cost += lexical.cost(i - a, i, j - b, j)
    if (scorer !== undefined && weights.similarity !== 0 && S.texts !== undefined && T.texts !== undefined) {
      const sim = scorer.similarity(S.texts.slice(i - a, i), T.texts.slice(j - b, j))
      cost += weights.similarity * (0.5 - Math.min(1, Math.max(0, sim)))
    }
    return cost
  }
}
