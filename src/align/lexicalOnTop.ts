import type { BeadShape } from './beadShapes.js'
import type { BeadCost, WordEvidence } from './costModel.js'
import type { CostTable } from './dp/decode.js'

/**
 * The lexical pass's bead cost from the costs the previous pass computed over the same band and shapes: the cost
 * model adds the lexical term after every other signal (and there is no plug-in to add after it), so
 * `previous + weight · lexical` is the very sum the full cost function would compute, read instead of recomputed.
 * A cell or shape the previous pass did not reach (outside its band) falls back to `full`.
 * @param previous Costs of the previous pass (same band, same shapes, same length model, no plug-in).
 * @param shapes The shapes, in the order the table was filled.
 * @param lexical The word evidence (weighted).
 * @param full The complete cost function of the lexical pass.
 * @returns The cost function.
 */
export function lexicalOnTop(previous: CostTable, shapes: readonly BeadShape[], lexical: WordEvidence, full: BeadCost): BeadCost {
  const index = new Map(shapes.map((shape, k) => [shape, k]))
  const { band, costs, shapes: stride } = previous
  return (i, j, shape) => {
    const k = index.get(shape)
    const inside = k !== undefined && i <= band.n && j >= (band.lo[i] ?? 0) && j <= (band.hi[i] ?? -1)
    const base = inside ? (costs[((band.offset[i] ?? 0) + j - (band.lo[i] ?? 0)) * stride + k] ?? Number.NaN) : Number.NaN
    if (Number.isNaN(base)) return full(i, j, shape)
    const a = shape.source
    const b = shape.target
    if (a === 0 || b === 0) return base
    return base + lexical.cost(i - a, i, j - b, j)
  }
}
