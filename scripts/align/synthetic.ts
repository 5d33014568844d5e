/**
 * Synthetic parallel data with gold beads known by construction: real sentences, a "translation" made by a
 * seeded letter cipher into another script with per-sentence length noise (anchors kept), then perturbed by
 * deletions, insertions, merges, splits and neighbour swaps.
 */
import type { Bead } from '../../src/types.js'

/** Seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Rates of the perturbations, per gold unit. */
export interface PerturbRates {
  /** A source unit has no counterpart. */
  deletion: number
  /** A target unit has no counterpart. */
  insertion: number
  /** Two target units are merged into one (gold 2-1). */
  merge: number
  /** A target unit is split in two (gold 1-2). */
  split: number
  /** Two neighbouring target units swap places (gold 2-2). */
  swap: number
}

/** Default perturbation rates. */
export const DEFAULT_RATES: PerturbRates = { deletion: 0.03, insertion: 0.03, merge: 0.06, split: 0.06, swap: 0.02 }

const CYRILLIC = 'абвгдежзийклмнопрстуфхцчшщыэюяәғқңөұүһі'

/** A letter cipher into Cyrillic with per-sentence length noise; digits, URLs and Latin names survive. */
export function cipher(text: string, random: () => number, stretch: number): string {
  const factor = Math.max(0.4, stretch * (1 + 0.18 * gaussian(random)))
  let out = ''
  let carry = 0
  for (const word of text.split(/(\s+)/u)) {
    if (/^\s+$/u.test(word) || /\p{Nd}|www\.|@/u.test(word) || (out.trim() !== '' && /^[A-Z][a-z]/u.test(word))) {
      out += word
      continue
    }
    let w = ''
    for (const ch of word) {
      if (!/\p{L}/u.test(ch)) {
        w += ch
        continue
      }
      carry += factor
      while (carry >= 1) {
        w += CYRILLIC[(ch.codePointAt(0) ?? 0) * 7 % CYRILLIC.length + Math.floor(random() * 3)] ?? 'а'
        carry -= 1
      }
    }
    out += w
  }
  return out
}

function gaussian(random: () => number): number {
  const u = Math.max(1e-9, random())
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
}

/** A synthetic pair and its gold. */
export interface SyntheticPair {
  /** Source sentences. */
  source: string[]
  /** Target sentences. */
  target: string[]
  /** Gold beads (confidence 1). */
  gold: Bead[]
}

/** How target units are joined and split (defaults: a space; the space nearest the middle). */
export interface TextJoints {
  /** Separator of two merged target units (default: `' '`). */
  join?: string | undefined
  /** Where to split a target unit (≤ 0: do not split; default: the space nearest the middle). */
  cut?: ((text: string) => number) | undefined
}

/**
 * Build a perturbed pair from aligned units: `units[k] = [sourceText, targetText]` are translations of each other.
 * @param units Aligned units (already translated pairs).
 * @param seed PRNG seed.
 * @param rates Perturbation rates.
 * @param joints How the target language joins and splits sentences.
 * @returns Source and target sentence lists with gold beads.
 */
export function perturb(
  units: ReadonlyArray<readonly [string, string]>,
  seed: number,
  rates: PerturbRates = DEFAULT_RATES,
  joints: TextJoints = {},
): SyntheticPair {
  const join = joints.join ?? ' '
  const cutAt = joints.cut ?? splitPoint
  const random = rng(seed)
  const groups: Array<{ s: string[]; t: string[] }> = []
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]
    if (unit === undefined) continue
    const [s, t] = unit
    const r = random()
    let acc = rates.deletion
    if (r < acc) {
      groups.push({ s: [s], t: [] })
      continue
    }
    acc += rates.insertion
    if (r < acc) {
      groups.push({ s: [s], t: [t] })
      const other = units[Math.floor(random() * units.length)]
      groups.push({ s: [], t: [other?.[1] ?? t] })
      continue
    }
    acc += rates.merge
    const next = units[k + 1]
    if (r < acc && next !== undefined) {
      groups.push({ s: [s, next[0]], t: [`${t}${join}${next[1]}`] })
      k++
      continue
    }
    acc += rates.split
    if (r < acc) {
      // A unit drawn for a split that has no cut point stays 1-1: falling through to the swap test would make it
      // a neighbour swap (gold 2-2) at the split rate, even with a swap rate of 0.
      const cut = cutAt(t)
      groups.push(cut > 0 ? { s: [s], t: [t.slice(0, cut).trim(), t.slice(cut).trim()] } : { s: [s], t: [t] })
      continue
    }
    acc += rates.swap
    if (r < acc && next !== undefined) {
      groups.push({ s: [s, next[0]], t: [next[1], t] })
      k++
      continue
    }
    groups.push({ s: [s], t: [t] })
  }
  const source: string[] = []
  const target: string[] = []
  const gold: Bead[] = []
  for (const g of groups) {
    const bead: Bead = { source: [], target: [], score: 0, confidence: 1 }
    for (const s of g.s) bead.source.push(source.push(s) - 1)
    for (const t of g.t) bead.target.push(target.push(t) - 1)
    gold.push(bead)
  }
  return { source, target, gold }
}

/**
 * The space nearest the middle of a text.
 * @param text Any text.
 * @returns Its index, or -1 when there is none.
 */
export function splitPoint(text: string): number {
  const mid = Math.floor(text.length / 2)
  for (let d = 0; d < mid; d++) {
    for (const p of [mid + d, mid - d]) if (text[p] === ' ' && p > 0) return p
  }
  return -1
}

/**
 * Turn source sentences into cipher-translated units.
 * @param sentences Real sentences.
 * @param seed PRNG seed.
 * @param stretch Mean target/source length ratio.
 * @returns Units `[source, target]`.
 */
export function cipherUnits(sentences: readonly string[], seed: number, stretch = 1.3): Array<[string, string]> {
  const random = rng(seed)
  return sentences.map((s) => [s, cipher(s, random, stretch)])
}
