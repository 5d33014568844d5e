import type { Band, PathNode } from './Band.js'
import type { BeadShape } from '../beadShapes.js'
import type { BeadCost } from '../costModel.js'

/** Bead costs a posterior decode computed: `costs[cell × shapes + shape]` over the band's cells (NaN where not computed). */
export interface CostTable {
  /** The band the costs are over. */
  band: Band
  /** Number of shapes (the stride of a cell). */
  shapes: number
  /** The costs. */
  costs: Float64Array
}

/** A bead found by the DP: its end cut, its shape index and its cost. */
export interface DecodedBead {
  /** Source position after the bead. */
  i: number
  /** Target position after the bead. */
  j: number
  /** Index into the shapes array. */
  shape: number
  /** Cost of the bead in nats. */
  cost: number
  /** Posterior probability of the bead (only when posteriors were requested; otherwise NaN). */
  posterior: number
}

/** Options of {@link decode}. */
export interface DecodeOptions {
  /** Also compute posterior bead probabilities by forward–backward (default: `false`). */
  posterior?: boolean | undefined
  /** Temperature of the Gibbs distribution `exp(-cost / T)` (default: `1`). */
  temperature?: number | undefined
  /**
   * Keep the bead costs between the forward and backward passes when the band allows it (default: `true`; see
   * {@link keepsCostTable}). `false` for a cost function that reads them from a table already (`lexicalOnTop`):
   * calling it again costs little, and a second table would double the memory.
   */
  keepCosts?: boolean | undefined
}

const UNREACHED = 255

/**
 * Entries of the table of bead costs (cells × shapes, 8 bytes each: 64 MB) kept between the forward and backward
 * passes at any input size; above it a band keeps its table while it holds at most
 * {@link COST_TABLE_CELLS_PER_ITEM} cells per item of the two sides (see {@link keepsCostTable}). The backward pass
 * and the backtrack read each cost from it instead of calling the cost function again; bigger bands recompute (same
 * values, so the output does not depend on the limit).
 */
export const COST_TABLE_LIMIT = 8_000_000

/**
 * Band cells per item of the two sides whose costs are kept on top of {@link COST_TABLE_LIMIT}: a band around a path
 * (a row of `bandAroundPath` of half-width 4 holds about 17 cells, 8.5 per item of the two sides) keeps its table
 * at any length, so the cost of a cell does not double past a fixed size (a 100k-sentence pair recomputed every cost
 * of its two posterior passes: 1.5 times a 10k pair's time per sentence); a band that is not linear in the input
 * (wide windows between sparse anchors) still recomputes. At most 1 KB per item with the 8 shapes of `maxBead` 3.
 */
export const COST_TABLE_CELLS_PER_ITEM = 16

/**
 * Whether {@link decode} keeps a band's bead costs between its passes (see {@link COST_TABLE_LIMIT} and
 * {@link COST_TABLE_CELLS_PER_ITEM}): memory linear in the input, time linear in the cells.
 * @param band The band.
 * @param shapes Number of shapes.
 * @returns `true` when the table is kept.
 */
export function keepsCostTable(band: Band, shapes: number): boolean {
  const entries = (band.offset[band.n + 1] ?? 0) * shapes
  return entries <= Math.max(COST_TABLE_LIMIT, COST_TABLE_CELLS_PER_ITEM * shapes * (band.n + band.m + 2))
}

/** `ln Σ exp(terms[k])` over the first `count` terms, `top` being their maximum: one logarithm per cell. */
function logSum(terms: Float64Array, count: number, top: number): number {
  if (top === -Infinity) return -Infinity
  let sum = 0
  for (let k = 0; k < count; k++) sum += Math.exp((terms[k] ?? -Infinity) - top)
  return top + Math.log(sum)
}

/** Rolling storage for the last few rows of a banded DP. */
class RowRing {
  private readonly rows: Float64Array[]
  private readonly los: Int32Array
  private readonly his: Int32Array
  private readonly ids: Int32Array
  constructor(depth: number, width: number) {
    this.rows = Array.from({ length: depth }, () => new Float64Array(width))
    this.los = new Int32Array(depth)
    this.his = new Int32Array(depth).fill(-1)
    this.ids = new Int32Array(depth).fill(-1)
  }
  open(i: number, lo: number, hi: number, fill: number): Float64Array {
    const k = i % this.rows.length
    const row = this.rows[k] ?? new Float64Array(0)
    row.fill(fill, 0, hi - lo + 1)
    this.los[k] = lo
    this.his[k] = hi
    this.ids[k] = i
    return row
  }
  get(i: number, j: number, missing: number): number {
    const k = i % this.rows.length
    if (this.ids[k] !== i || j < (this.los[k] ?? 0) || j > (this.his[k] ?? -1)) return missing
    return this.rows[k]?.[j - (this.los[k] ?? 0)] ?? missing
  }
}

function maxRowWidth(band: Band): number {
  let w = 1
  for (let i = 0; i <= band.n; i++) w = Math.max(w, (band.hi[i] ?? 0) - (band.lo[i] ?? 0) + 1)
  return w
}

/** The cheapest path from (n, m) back to (0, 0) through the back pointers: beads and the nodes they pass through, in order. */
function backtrack(band: Band, back: Uint8Array, shapes: readonly BeadShape[], costAt: (i: number, j: number, s: number) => number): { beads: DecodedBead[]; path: PathNode[] } {
  const { n, m, lo, offset } = band
  const beads: DecodedBead[] = []
  const path: PathNode[] = [{ i: n, j: m }]
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const s = back[(offset[i] ?? 0) + j - (lo[i] ?? 0)] ?? UNREACHED
    const shape = shapes[s]
    if (shape === undefined) throw new Error(`alignment band does not connect (0,0) to (${n},${m})`)
    beads.push({ i, j, shape: s, cost: costAt(i, j, s), posterior: Number.NaN })
    i -= shape.source
    j -= shape.target
    path.push({ i, j })
  }
  beads.reverse()
  path.reverse()
  return { beads, path }
}

/** Each bead's posterior from the forward scores at its start and the backward scores at its end. */
function setPosteriors(
  beads: DecodedBead[],
  path: readonly PathNode[],
  alpha: Float64Array,
  band: Band,
  shapes: readonly BeadShape[],
  costAt: (i: number, j: number, s: number) => number,
  temperature: number,
  depth: number,
  width: number,
): void {
  const { lo, offset } = band
  const alphaAt = path.map((node) => alpha[(offset[node.i] ?? 0) + node.j - (lo[node.i] ?? 0)] ?? -Infinity)
  const betaAt = backwardAt(band, shapes, costAt, temperature, path, depth, width)
  const logZ = alphaAt[path.length - 1] ?? 0
  for (let k = 0; k < beads.length; k++) {
    const bead = beads[k]
    if (bead === undefined) continue
    const p = Math.exp((alphaAt[k] ?? 0) - bead.cost / temperature + (betaAt[k + 1] ?? 0) - logZ)
    bead.posterior = Math.min(1, Math.max(0, p))
  }
}

/**
 * Banded dynamic programming: the minimum-cost monotone bead sequence from (0,0) to (n,m) (Viterbi), and
 * optionally each chosen bead's posterior probability under `P(path) ∝ exp(-cost(path) / T)` by the
 * forward–backward algorithm. Memory: one byte per band cell plus a few rows; time: cells × shapes.
 * @param band Cells to search.
 * @param shapes Allowed bead shapes.
 * @param cost Bead cost function.
 * @param options See {@link DecodeOptions}.
 * @returns Beads in order, the path nodes they pass through, and (with posteriors, when the band is small enough
 *   to keep them; see {@link keepsCostTable}) the bead costs of every cell.
 */
export function decode(
  band: Band,
  shapes: readonly BeadShape[],
  cost: BeadCost,
  options: DecodeOptions = {},
): { beads: DecodedBead[]; path: PathNode[]; costs?: CostTable | undefined } {
  const { n, m, lo, hi, offset } = band
  const posterior = options.posterior ?? false
  const temperature = options.temperature ?? 1
  const depth = shapes.reduce((d, s) => Math.max(d, s.source), 0) + 1
  const width = maxRowWidth(band)
  const back = new Uint8Array(offset[n + 1] ?? 0).fill(UNREACHED)
  const best = new RowRing(depth, width)
  // Forward log-scores of every band cell (only when posteriors are wanted): 8 bytes per cell.
  const alpha = posterior ? new Float64Array(offset[n + 1] ?? 0).fill(-Infinity) : undefined
  const stride = shapes.length
  const cells = offset[n + 1] ?? 0
  const table = posterior && options.keepCosts !== false && keepsCostTable(band, stride) ? new Float64Array(cells * stride).fill(Number.NaN) : undefined
  const terms = new Float64Array(stride)

  for (let i = 0; i <= n; i++) {
    const l = lo[i] ?? 0
    const h = hi[i] ?? 0
    const row = best.open(i, l, h, Infinity)
    const base = offset[i] ?? 0
    for (let j = l; j <= h; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0
        if (alpha !== undefined) alpha[0] = 0
        continue
      }
      let bestCost = Infinity
      let bestShape = UNREACHED
      let count = 0
      let top = -Infinity
      for (let s = 0; s < shapes.length; s++) {
        const shape = shapes[s]
        if (shape === undefined) continue
        const pi = i - shape.source
        const pj = j - shape.target
        if (pi < 0 || pj < 0) continue
        const prev = pi === i ? (pj >= l ? (row[pj - l] ?? Infinity) : Infinity) : best.get(pi, pj, Infinity)
        if (prev === Infinity) continue
        const c = cost(i, j, shape)
        if (table !== undefined) table[(base + j - l) * stride + s] = c
        if (prev + c < bestCost) {
          bestCost = prev + c
          bestShape = s
        }
        if (alpha !== undefined) {
          const x = (alpha[(offset[pi] ?? 0) + pj - (lo[pi] ?? 0)] ?? -Infinity) - c / temperature
          terms[count++] = x
          if (x > top) top = x
        }
      }
      row[j - l] = bestCost
      back[base + j - l] = bestShape
      if (alpha !== undefined) alpha[base + j - l] = logSum(terms, count, top)
    }
  }

  const costAt =
    table === undefined
      ? (ci: number, cj: number, s: number): number => cost(ci, cj, shapes[s]!)
      : (ci: number, cj: number, s: number): number => {
          const c = table[((offset[ci] ?? 0) + cj - (lo[ci] ?? 0)) * stride + s] ?? Number.NaN
          return Number.isNaN(c) ? cost(ci, cj, shapes[s]!) : c
        }

  const { beads, path } = backtrack(band, back, shapes, costAt)
  if (!posterior || alpha === undefined) return { beads, path }
  const costs = table === undefined ? undefined : { band, shapes: stride, costs: table }

  setPosteriors(beads, path, alpha, band, shapes, costAt, temperature, depth, width)
  return { beads, path, costs }
}

function nodesByRow(path: readonly PathNode[]): Map<number, number[]> {
  const byRow = new Map<number, number[]>()
  path.forEach((node, k) => {
    const list = byRow.get(node.i)
    if (list === undefined) byRow.set(node.i, [k])
    else list.push(k)
  })
  return byRow
}

function backwardAt(
  band: Band,
  shapes: readonly BeadShape[],
  costAt: (i: number, j: number, shape: number) => number,
  temperature: number,
  path: readonly PathNode[],
  depth: number,
  width: number,
): Float64Array {
  const { n, m, lo, hi } = band
  const out = new Float64Array(path.length).fill(-Infinity)
  const byRow = nodesByRow(path)
  const ring = new RowRing(depth, width)
  const terms = new Float64Array(shapes.length)
  for (let i = n; i >= 0; i--) {
    const l = lo[i] ?? 0
    const h = hi[i] ?? 0
    const row = ring.open(i, l, h, -Infinity)
    for (let j = h; j >= l; j--) {
      if (i === n && j === m) {
        row[j - l] = 0
        continue
      }
      let count = 0
      let top = -Infinity
      for (let s = 0; s < shapes.length; s++) {
        const shape = shapes[s]!
        const ni = i + shape.source
        const nj = j + shape.target
        if (ni > n || nj > m) continue
        const next = ni === i ? (nj <= h ? (row[nj - l] ?? -Infinity) : -Infinity) : ring.get(ni, nj, -Infinity)
        if (next === -Infinity) continue
        const x = next - costAt(ni, nj, s) / temperature
        terms[count++] = x
        if (x > top) top = x
      }
      row[j - l] = logSum(terms, count, top)
    }
    for (const k of byRow.get(i) ?? []) out[k] = ring.get(i, path[k]?.j ?? 0, -Infinity)
  }
  return out
}
