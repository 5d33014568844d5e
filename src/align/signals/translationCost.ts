/**
 * Translation cost of a bead under IBM Model 1 (see `lexical/model1.ts`), as Moore (2002) scores beads with his
 * word model: the log-likelihood ratio of each side's words given the other side against their unigram
 * frequencies, averaged over the two directions. A word `f` of one side, given the bead's items `S` on the other:
 *
 *   P(f | S) = λ·p(f) + (1 − λ)·(ν·t(f | ∅) + (1 − ν)·Σ_{e ∈ S} t(f | e) / |S|)
 *
 * against `p(f)` (λ mixes in the unigram so that one missing link is not fatal; ν is the empty word's share). Only
 * words the model knows count. A 1-0 or 0-1 bead scores 0: it explains nothing, so a 1-1 bead of two unrelated
 * sentences (whose known words find no translation) scores below it and a true one far above. This is the
 * emission the empty beads lacked: "this sentence was left out" wins over "it pairs with its neighbour" exactly
 * when the neighbour's words do not translate. Sums of `t` are precomputed for the item pairs a band can visit.
 */
import type { Band } from '../dp/Band.js'
import type { Model1, Model1Direction } from '../lexical/model1.js'

/** Mixing weights of the translation cost. */
export interface TranslationParameters {
  /** Share λ of the unigram in the "translation" hypothesis (default: `DEFAULT_UNIGRAM_SHARE`). */
  unigram: number
  /** Share ν of the empty word in a word's translation probability (default: `DEFAULT_EMPTY_SHARE`). */
  empty: number
}

/** Default λ: share of the unigram frequency in a word's probability under "these items translate each other". */
export const DEFAULT_UNIGRAM_SHARE = 0.8

/** Default ν: share of the empty word in a word's translation probability. */
export const DEFAULT_EMPTY_SHARE = 0.2

/** Items and cells of one side pair: which item pairs a bead of the band may contain. */
interface CellIndex {
  lo: Int32Array
  hi: Int32Array
  offset: Float64Array
}

function cellIndex(band: Band, maxSource: number, maxTarget: number): CellIndex {
  const { n, m } = band
  const lo = new Int32Array(n)
  const hi = new Int32Array(n)
  const offset = new Float64Array(n + 1)
  for (let k = 0; k < n; k++) {
    const first = band.lo[k + 1] ?? 0
    const last = band.hi[Math.min(n, k + maxSource)] ?? m
    lo[k] = Math.max(0, first - maxTarget)
    hi[k] = Math.min(m - 1, last - 1)
    offset[k + 1] = (offset[k] ?? 0) + Math.max(0, (hi[k] ?? 0) - (lo[k] ?? 0) + 1)
  }
  return { lo, hi, offset }
}

/** One direction: the words of the `emitted` side given items of the `given` side. */
class DirectionTable {
  /** Per emitted item: offset of its words in the flat per-word arrays. */
  readonly wordAt: Int32Array
  /** Per emitted word (flat): unigram frequency (0: unknown word). */
  readonly frequency: Float64Array
  /** Per emitted word (flat): `λ·p + (1 − λ)·ν·t(f | ∅)`, the probability without any partner. */
  readonly floor: Float64Array
  /** Per emitted word (flat): its no-partner log-ratio. */
  readonly base: Float64Array
  /** Per emitted item: sum of `base` over its words. */
  readonly baseSum: Float64Array
  /** Per given item: number of words. */
  readonly givenWords: Int32Array
  /** Per cell: offset of its entries. */
  readonly entryAt: Float64Array
  /** Per entry: position of the emitted word in its item. */
  readonly position: Uint8Array
  /** Per entry: `Σ t(f | e)` over the given item's words. */
  readonly mass: Float64Array

  constructor(
    cells: CellIndex,
    givenIsSource: boolean,
    given: readonly Int32Array[],
    emitted: readonly Int32Array[],
    model: Model1Direction,
    parameters: TranslationParameters,
  ) {
    const { unigram: lambda, empty: nu } = parameters
    this.wordAt = new Int32Array(emitted.length + 1)
    emitted.forEach((w, l) => (this.wordAt[l + 1] = (this.wordAt[l] ?? 0) + w.length))
    const words = this.wordAt[emitted.length] ?? 0
    this.frequency = new Float64Array(words)
    this.floor = new Float64Array(words)
    this.base = new Float64Array(words)
    this.baseSum = new Float64Array(emitted.length)
    emitted.forEach((w, l) => {
      const at = this.wordAt[l] ?? 0
      let sum = 0
      w.forEach((f, q) => {
        const p = model.frequency.get(f) ?? 0
        if (!(p > 0)) return
        const floor = lambda * p + (1 - lambda) * nu * (model.empty.get(f) ?? 0)
        const base = Math.log(floor / p)
        this.frequency[at + q] = p
        this.floor[at + q] = floor
        this.base[at + q] = base
        sum += base
      })
      this.baseSum[l] = sum
    })
    this.givenWords = Int32Array.from(given, (w) => w.length)

    // Entries: for each cell (source k, target l), the emitted words of the emitted item found among the
    // translations of the given item's words, with their summed probabilities.
    const n = givenIsSource ? given.length : emitted.length
    const cellCount = cells.offset[n] ?? 0
    this.entryAt = new Float64Array(cellCount + 1)
    const positions: number[] = []
    const masses: number[] = []
    let vocabulary = 0
    for (const w of emitted) for (const f of w) vocabulary = Math.max(vocabulary, f + 1)
    const mark = new Int32Array(vocabulary)
    const sums = new Float64Array(256)
    const touched: number[] = []
    let cell = 0
    for (let k = 0; k < n; k++) {
      for (let l = cells.lo[k] ?? 0; l <= (cells.hi[k] ?? -1); l++) {
        const g = (givenIsSource ? given[k] : given[l]) ?? new Int32Array(0)
        const e = (givenIsSource ? emitted[l] : emitted[k]) ?? new Int32Array(0)
        e.forEach((f, q) => (mark[f] = q + 1))
        for (const w of g) {
          const out = model.table.get(w)
          if (out === undefined) continue
          for (let r = 0; r < out.ids.length; r++) {
            const q = mark[out.ids[r] ?? 0] ?? 0
            if (q === 0) continue
            if ((sums[q - 1] ?? 0) === 0) touched.push(q - 1)
            sums[q - 1] = (sums[q - 1] ?? 0) + (out.probs[r] ?? 0)
          }
        }
        for (const f of e) mark[f] = 0
        touched.sort((x, y) => x - y)
        for (const q of touched) {
          positions.push(q)
          masses.push(sums[q] ?? 0)
          sums[q] = 0
        }
        touched.length = 0
        this.entryAt[++cell] = positions.length
      }
    }
    this.position = Uint8Array.from(positions)
    this.mass = Float64Array.from(masses)
  }
}

/** Translation costs of the beads a band can hold. */
export class TranslationTable {
  private readonly cells: CellIndex
  private readonly forward: DirectionTable
  private readonly backward: DirectionTable
  private readonly lambda: number
  private readonly nu: number
  private readonly sums = new Float64Array(256)
  private readonly touched: number[] = []

  /**
   * Precompute the translation probability sums of every item pair a bead of the band can contain.
   * @param band The band the DP will search.
   * @param maxSource Largest number of source items in a bead.
   * @param maxTarget Largest number of target items in a bead.
   * @param source Sorted word ids per source item.
   * @param target Sorted word ids per target item.
   * @param model IBM Model 1 of the pair's word ids.
   * @param parameters Mixing weights.
   */
  constructor(
    band: Band,
    maxSource: number,
    maxTarget: number,
    source: readonly Int32Array[],
    target: readonly Int32Array[],
    model: Model1,
    parameters: TranslationParameters = { unigram: DEFAULT_UNIGRAM_SHARE, empty: DEFAULT_EMPTY_SHARE },
  ) {
    this.cells = cellIndex(band, maxSource, maxTarget)
    this.lambda = parameters.unigram
    this.nu = parameters.empty
    this.forward = new DirectionTable(this.cells, true, source, target, model.forward, parameters)
    this.backward = new DirectionTable(this.cells, false, target, source, model.backward, parameters)
  }

  private cellOf(k: number, l: number): number {
    const lo = this.cells.lo[k] ?? 0
    if (l < lo || l > (this.cells.hi[k] ?? -1)) return -1
    return (this.cells.offset[k] ?? 0) + l - lo
  }

  /** Log-ratio of the emitted items' words given the given items (`sourceGiven`: the given items are source items). */
  private side(table: DirectionTable, e0: number, e1: number, g0: number, g1: number, sourceGiven: boolean): number {
    let given = 0
    for (let g = g0; g < g1; g++) given += table.givenWords[g] ?? 0
    if (given === 0) return 0
    const share = (1 - this.lambda) * (1 - this.nu) / given
    const { sums, touched } = this
    let ratio = 0
    for (let e = e0; e < e1; e++) {
      ratio += table.baseSum[e] ?? 0
      for (let g = g0; g < g1; g++) {
        const cell = sourceGiven ? this.cellOf(g, e) : this.cellOf(e, g)
        if (cell < 0) continue
        for (let x = table.entryAt[cell] ?? 0, end = table.entryAt[cell + 1] ?? 0; x < end; x++) {
          const q = table.position[x] ?? 0
          if ((sums[q] ?? 0) === 0) touched.push(q)
          sums[q] = (sums[q] ?? 0) + (table.mass[x] ?? 0)
        }
      }
      const at = table.wordAt[e] ?? 0
      for (const q of touched) {
        const p = table.frequency[at + q] ?? 0
        if (p > 0) ratio += Math.log(((table.floor[at + q] ?? 0) + share * (sums[q] ?? 0)) / p) - (table.base[at + q] ?? 0)
        sums[q] = 0
      }
      touched.length = 0
    }
    return ratio
  }

  /**
   * Translation cost of the bead made of source items `i0 … i1-1` and target items `j0 … j1-1` (both non-empty):
   * minus the mean of the two directions' log-likelihood ratios.
   * @param i0 First source item.
   * @param i1 Source end (exclusive).
   * @param j0 First target item.
   * @param j1 Target end (exclusive).
   * @returns Cost in nats (negative when the words translate each other).
   */
  cost(i0: number, i1: number, j0: number, j1: number): number {
    const toTarget = this.side(this.forward, j0, j1, i0, i1, true)
    const toSource = this.side(this.backward, i0, i1, j0, j1, false)
    return -(toTarget + toSource) / 2
  }
}
