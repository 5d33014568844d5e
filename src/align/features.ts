import type { ItemStructure } from './types.js'
import { SHAPE_FEATURES } from './signals/shape.js'
import { roleBit } from './signals/structureCost.js'
import { openBoundaries } from './signals/boundaries.js'

/** Per-item features of one side, in the summable form the cost model needs. */
export interface SideFeatures {
  /** Number of items. */
  count: number
  /** Prefix sums of letters: `letters[i]` = letters of items `0 … i-1`. */
  letters: Float64Array
  /** Prefix sums of shape features, `SHAPE_FEATURES` per row, `count + 1` rows. */
  shape: Float64Array
  /** Sorted linked anchor ids per item. */
  anchors: Int32Array[]
  /** Role bit mask per item (0 unknown). */
  roles: Int32Array
  /** Paragraph-start flag per item: -1 unknown, 0, 1. */
  starts: Int8Array
  /** Item texts, for a similarity plug-in (finest level only). */
  texts: readonly string[] | undefined
  /** Per boundary (`count + 1`): 1 when the cut before item `p` falls inside a sentence (see `signals/boundaries.ts`). */
  open: Uint8Array
}

/**
 * Build side features from per-item measurements.
 * @param letters Letters per item.
 * @param shapes Shape features per item.
 * @param anchors Linked anchor ids per item.
 * @param structure Optional structure per item.
 * @param texts Item texts (for a similarity plug-in and the sentence-internal boundaries; none: every boundary closed).
 * @returns The features.
 */
export function buildSideFeatures(
  letters: readonly number[],
  shapes: ReadonlyArray<readonly number[]>,
  anchors: Int32Array[],
  structure: ReadonlyArray<ItemStructure | undefined> | undefined,
  texts: readonly string[] | undefined,
): SideFeatures {
  const count = letters.length
  const prefix = new Float64Array(count + 1)
  const shape = new Float64Array((count + 1) * SHAPE_FEATURES)
  const roles = new Int32Array(count)
  const starts = new Int8Array(count).fill(-1)
  for (let i = 0; i < count; i++) {
    prefix[i + 1] = (prefix[i] ?? 0) + (letters[i] ?? 0)
    const row = shapes[i]
    for (let f = 0; f < SHAPE_FEATURES; f++) {
      shape[(i + 1) * SHAPE_FEATURES + f] = (shape[i * SHAPE_FEATURES + f] ?? 0) + (row?.[f] ?? 0)
    }
    const s = structure?.[i]
    if (s !== undefined) {
      roles[i] = roleBit(s.role)
      if (s.paragraphStart !== undefined) starts[i] = s.paragraphStart ? 1 : 0
    }
  }
  const open = texts === undefined ? new Uint8Array(count + 1) : openBoundaries(texts)
  return { count, letters: prefix, shape, anchors, roles, starts, texts, open }
}

/**
 * Merge consecutive items into blocks of `k` (the last block may be shorter) for a coarse alignment pass.
 * Letters and shapes add up, anchor ids are concatenated, roles are OR-ed, structure flags come from each
 * block's first item, a block boundary is open when the item boundary it falls on is.
 * @param side Fine features.
 * @param k Block size ≥ 1.
 * @returns Coarse features with `ceil(count / k)` items.
 */
export function coarsenSide(side: SideFeatures, k: number): SideFeatures {
  const count = Math.ceil(side.count / k)
  const letters = new Float64Array(count + 1)
  const shape = new Float64Array((count + 1) * SHAPE_FEATURES)
  const anchors: Int32Array[] = []
  const roles = new Int32Array(count)
  const starts = new Int8Array(count)
  const open = new Uint8Array(count + 1)
  for (let b = 0; b <= count; b++) open[b] = side.open[Math.min(side.count, b * k)] ?? 0
  for (let b = 0; b < count; b++) {
    const from = b * k
    const to = Math.min(side.count, from + k)
    letters[b + 1] = side.letters[to] ?? 0
    for (let f = 0; f < SHAPE_FEATURES; f++) shape[(b + 1) * SHAPE_FEATURES + f] = side.shape[to * SHAPE_FEATURES + f] ?? 0
    const ids: number[] = []
    let mask = 0
    for (let i = from; i < to; i++) {
      for (const id of side.anchors[i] ?? []) ids.push(id)
      mask |= side.roles[i] ?? 0
    }
    ids.sort((x, y) => x - y)
    anchors.push(Int32Array.from(ids))
    roles[b] = mask
    starts[b] = side.starts[from] ?? -1
  }
  return { count, letters, shape, anchors, roles, starts, texts: undefined, open }
}
