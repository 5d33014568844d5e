/**
 * Lexical cost of a bead from a lexicon learned on the pair (see `lexical/trainLexicon.ts`): every linked word
 * of the bead that finds a partner on the other side earns `ln(p0/p1)` nats, every linked word that finds none
 * costs `ln((1−p0)/(1−p1))`: the log-likelihood ratio of "these items translate each other" against "they are
 * unrelated", per word. Match counts are precomputed for the item pairs a band can visit, so a bead's cost is a
 * handful of table look-ups.
 */
import type { Band } from '../dp/Band.js'
import type { WordLinks } from '../lexical/trainLexicon.js'
import { countMatched } from '../lexical/trainLexicon.js'

/** Per-word costs of a lexicon: a match (negative) and a miss (positive), in nats. */
export interface LexicalRates {
  /** Cost of a linked word that finds a partner in the bead: `ln(p0 / p1)` (< 0). */
  match: number
  /** Cost of a linked word that finds no partner: `ln((1 − p0) / (1 − p1))` (> 0). */
  miss: number
}

/**
 * Per-word match and miss costs of a lexicon.
 * @param p1 Share of linked words matched in true beads.
 * @param p0 Share of linked words matched in unrelated pairs (< p1).
 * @returns The two costs.
 */
export function lexicalRates(p1: number, p0: number): LexicalRates {
  return { match: Math.log(p0 / p1), miss: Math.log((1 - p0) / (1 - p1)) }
}

/**
 * Lexical cost of one side of a bead given, for each of its items, the linked words and how many of them found a
 * partner in the other side's items.
 * @param linked Linked words of the item.
 * @param matched Words of the item matched in the bead (clamped to `linked`).
 * @param rates Per-word costs.
 * @returns Cost in nats.
 */
export function lexicalItemCost(linked: number, matched: number, rates: LexicalRates): number {
  const m = Math.min(linked, matched)
  return m * rates.match + (linked - m) * rates.miss
}

/**
 * Per-word costs when a word may find its partner in any of `k` items of the other side: under "related" it
 * matches its own translation (p1) or, failing that, one of the `k − 1` other items by chance (p0 each); under
 * "unrelated" any of the `k` items by chance. Without this, merging neighbours would look better than keeping
 * them apart, since every extra item is another chance to match.
 * @param p1 Share of linked words matched in true beads.
 * @param p0 Share of linked words matched in an unrelated (neighbouring) item.
 * @param k Items on the other side (≥ 1).
 * @returns The two costs.
 */
export function lexicalRatesFor(p1: number, p0: number, k: number): LexicalRates {
  const miss0 = (1 - p0) ** Math.max(1, k)
  const miss1 = (1 - p1) * (1 - p0) ** Math.max(0, k - 1)
  return lexicalRates(1 - miss1, 1 - miss0)
}

/** Match counts between the items of the two sides that a band's beads can pair. */
export class LexicalTable {
  /** Linked words per source item. */
  readonly sourceLinked: Uint8Array
  /** Linked words per target item. */
  readonly targetLinked: Uint8Array
  /** Per-word costs. */
  readonly rates: LexicalRates
  /** Per-word costs by number of items on the other side (index k, 1…4). */
  private readonly ratesBy: LexicalRates[]
  private readonly lo: Int32Array
  private readonly hi: Int32Array
  private readonly offset: Float64Array
  private readonly sourceMatched: Uint8Array
  private readonly targetMatched: Uint8Array

  /**
   * Precompute match counts for every item pair a bead of the band can contain.
   * @param band The band the DP will search.
   * @param maxSource Largest number of source items in a bead.
   * @param maxTarget Largest number of target items in a bead.
   * @param source Sorted word ids per source item.
   * @param target Sorted word ids per target item.
   * @param lexicon Learned links and match rates.
   */
  constructor(
    band: Band,
    maxSource: number,
    maxTarget: number,
    source: readonly Int32Array[],
    target: readonly Int32Array[],
    lexicon: WordLinks,
  ) {
    const { n, m } = band
    this.rates = lexicalRates(lexicon.p1, lexicon.p0)
    this.ratesBy = [0, 1, 2, 3, 4, 5].map((k) => lexicalRatesFor(lexicon.p1, lexicon.p0, k))
    const keep = (words: Int32Array, links: Map<number, Int32Array>): Int32Array => words.filter((w) => links.has(w))
    const S = source.map((w) => keep(w, lexicon.sourceLinks))
    const T = target.map((w) => keep(w, lexicon.targetLinks))
    this.sourceLinked = Uint8Array.from(S, (w) => Math.min(255, w.length))
    this.targetLinked = Uint8Array.from(T, (w) => Math.min(255, w.length))
    this.lo = new Int32Array(n)
    this.hi = new Int32Array(n)
    this.offset = new Float64Array(n + 1)
    for (let k = 0; k < n; k++) {
      const first = band.lo[k + 1] ?? 0
      const last = band.hi[Math.min(n, k + maxSource)] ?? m
      this.lo[k] = Math.max(0, first - maxTarget)
      this.hi[k] = Math.min(m - 1, last - 1)
      this.offset[k + 1] = (this.offset[k] ?? 0) + Math.max(0, (this.hi[k] ?? 0) - (this.lo[k] ?? 0) + 1)
    }
    const cells = this.offset[n] ?? 0
    this.sourceMatched = new Uint8Array(cells)
    this.targetMatched = new Uint8Array(cells)
    for (let k = 0; k < n; k++) {
      const s = S[k] ?? new Int32Array(0)
      const l0 = this.lo[k] ?? 0
      const base = this.offset[k] ?? 0
      for (let l = l0; l <= (this.hi[k] ?? -1); l++) {
        const t = T[l] ?? new Int32Array(0)
        if (s.length === 0 || t.length === 0) continue
        this.sourceMatched[base + l - l0] = Math.min(255, countMatched(s, lexicon.sourceLinks, t))
        this.targetMatched[base + l - l0] = Math.min(255, countMatched(t, lexicon.targetLinks, s))
      }
    }
  }

  private at(table: Uint8Array, k: number, l: number): number {
    const lo = this.lo[k] ?? 0
    if (l < lo || l > (this.hi[k] ?? -1)) return 0
    return table[(this.offset[k] ?? 0) + l - lo] ?? 0
  }

  /**
   * Lexical cost of the bead made of source items `i0 … i1-1` and target items `j0 … j1-1` (both non-empty).
   * @param i0 First source item.
   * @param i1 Source end (exclusive).
   * @param j0 First target item.
   * @param j1 Target end (exclusive).
   * @returns Cost in nats (negative when the words agree).
   */
  cost(i0: number, i1: number, j0: number, j1: number): number {
    let cost = 0
    const toTarget = this.ratesBy[Math.min(5, j1 - j0)] ?? this.rates
    const toSource = this.ratesBy[Math.min(5, i1 - i0)] ?? this.rates
    for (let k = i0; k < i1; k++) {
      const linked = this.sourceLinked[k] ?? 0
      if (linked === 0) continue
      let matched = 0
      for (let l = j0; l < j1; l++) matched += this.at(this.sourceMatched, k, l)
      cost += lexicalItemCost(linked, matched, toTarget)
    }
    for (let l = j0; l < j1; l++) {
      const linked = this.targetLinked[l] ?? 0
      if (linked === 0) continue
      let matched = 0
      for (let k = i0; k < i1; k++) matched += this.at(this.targetMatched, k, l)
      cost += lexicalItemCost(linked, matched, toSource)
    }
    return cost
  }
}
