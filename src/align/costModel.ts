import type { SideFeatures } from './features.js'
import type { BeadShape } from './beadShapes.js'
import type { LengthModel } from './signals/lengthCost.js'
import type { SimilarityScorer } from './types.js'
import { lengthCost } from './signals/lengthCost.js'
import { SHAPE_FEATURES, shapeCost } from './signals/shape.js'
import { structureCost } from './signals/structureCost.js'
import { anchorCost } from './signals/anchorCost.js'
import type { LexicalTable } from './signals/lexicalCost.js'

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
  /** Optional lexical match table (the lexical pass). */
  lexical?: LexicalTable | undefined
}

/**
 * Cost of the bead ending at source item `i` and target item `j` (exclusive) of the given shape, in nats:
 * prior + weighted signal costs. Lower is better.
 */
export type BeadCost = (i: number, j: number, shape: BeadShape) => number

function gather(ids: Int32Array[], from: number, to: number, scratch: { buf: Int32Array }): number {
  let n = 0
  for (let k = from; k < to; k++) n += ids[k]?.length ?? 0
  if (n > scratch.buf.length) scratch.buf = new Int32Array(n * 2)
  const buf = scratch.buf
  let len = 0
  for (let k = from; k < to; k++) {
    for (const id of ids[k] ?? []) {
      // Insertion into the sorted prefix: groups hold a handful of ids.
      let p = len++
      while (p > 0 && (buf[p - 1] ?? 0) > id) {
        buf[p] = buf[p - 1] ?? 0
        p--
      }
      buf[p] = id
    }
  }
  return len
}

/**
 * Build the bead cost function for one pair of sides.
 * @param input Sides, calibrated length model, anchor weights, signal weights and plug-in.
 * @returns The cost function.
 */
export function makeBeadCost(input: CostModelInput): BeadCost {
  const { source: S, target: T, length, anchorWeight, weights, scorer, lexical } = input
  const useLexical = lexical !== undefined && weights.lexical !== 0
  const sa = { buf: new Int32Array(64) }
  const ta = { buf: new Int32Array(64) }
  const sShape = new Float64Array(SHAPE_FEATURES)
  const tShape = new Float64Array(SHAPE_FEATURES)
  const useAnchors = weights.anchors !== 0 && anchorWeight.length > 0
  const hasStructure = (side: SideFeatures): boolean => side.roles.some((r) => r !== 0) || side.starts.some((x) => x >= 0)
  const useStructure = weights.structure !== 0 && (hasStructure(S) || hasStructure(T))
  return (i, j, shape) => {
    const a = shape.source
    const b = shape.target
    let cost = shape.cost
    if (useAnchors) {
      const ns = a > 0 ? gather(S.anchors, i - a, i, sa) : 0
      const nt = b > 0 ? gather(T.anchors, j - b, j, ta) : 0
      if (ns + nt > 0) cost += weights.anchors * anchorCost(sa.buf, ns, ta.buf, nt, anchorWeight)
    }
    if (a === 0 || b === 0) return cost
    if (weights.length !== 0) {
      const ls = (S.letters[i] ?? 0) - (S.letters[i - a] ?? 0)
      const lt = (T.letters[j] ?? 0) - (T.letters[j - b] ?? 0)
      cost += weights.length * lengthCost(ls, lt, length)
    }
    if (weights.shape !== 0) {
      for (let f = 0; f < SHAPE_FEATURES; f++) {
        sShape[f] = (S.shape[i * SHAPE_FEATURES + f] ?? 0) - (S.shape[(i - a) * SHAPE_FEATURES + f] ?? 0)
        tShape[f] = (T.shape[j * SHAPE_FEATURES + f] ?? 0) - (T.shape[(j - b) * SHAPE_FEATURES + f] ?? 0)
      }
      cost += weights.shape * shapeCost(sShape, tShape)
    }
    if (useStructure) {
      let sr = 0
      let tr = 0
      for (let k = i - a; k < i; k++) sr |= S.roles[k] ?? 0
      for (let k = j - b; k < j; k++) tr |= T.roles[k] ?? 0
      cost += weights.structure * structureCost(sr, tr, S.starts[i - a] ?? -1, T.starts[j - b] ?? -1)
    }
    if (useLexical) cost += weights.lexical * lexical.cost(i - a, i, j - b, j)
    if (scorer !== undefined && weights.similarity !== 0 && S.texts !== undefined && T.texts !== undefined) {
      const sim = scorer.similarity(S.texts.slice(i - a, i), T.texts.slice(j - b, j))
      cost += weights.similarity * (0.5 - Math.min(1, Math.max(0, sim)))
    }
    return cost
  }
}
