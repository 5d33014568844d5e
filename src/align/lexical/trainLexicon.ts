/**
 * A word-translation lexicon learned from the pair itself (Moore 2002 in spirit, with an association score
 * instead of IBM Model 1): co-occurrence of words within confident 1-1 beads, scored with Dice, each word
 * keeping its best links. Also estimates how often a linked word finds a partner in a true bead (`p1`) and in
 * an unrelated pair of sentences (`p0`), which turn matches and misses into log-likelihood ratios.
 */

import { sampleEvenly } from './sampleEvenly.js'

/** Options of {@link trainLexicon}. */
export interface TrainLexiconOptions {
  /** Use at most this many training beads, sampled evenly (default: `8000`), to bound time and memory. */
  maxBeads?: number | undefined
  /** A word must occur in at least this many training beads to be linked (default: `2`). */
  minCount?: number | undefined
  /** Words found in more than this share of the training beads are not linked (default: `0.1`). */
  maxShare?: number | undefined
  /** Minimum Dice score of a link (default: `0.3`). */
  minDice?: number | undefined
  /** Links kept per word, best first, when `linking` is `'best'` (default: `2`). */
  linksPerWord?: number | undefined
  /**
   * `'competitive'`: one partner per word, linked greedily best Dice first (Melamed's competitive linking);
   * `'best'`: each word's `linksPerWord` best partners in each direction (default: `'competitive'`).
   */
  linking?: 'competitive' | 'best' | undefined
}

/** A lexicon and the match statistics of its links. */
export interface WordLinks {
  /** Sorted linked target word ids per source word id (missing: no link). */
  sourceLinks: Map<number, Int32Array>
  /** Sorted linked source word ids per target word id. */
  targetLinks: Map<number, Int32Array>
  /** Share of linked words that find a partner inside a training bead. */
  p1: number
  /** Share of linked words that find a partner in an unrelated sentence pair. */
  p0: number
  /** Number of training beads used. */
  beads: number
}

/**
 * Does the sorted array `a` share an element with the sorted array `b`?
 * @param a Sorted ids.
 * @param b Sorted ids.
 * @returns `true` when they intersect.
 */
export function intersects(a: Int32Array, b: Int32Array): boolean {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0
    const y = b[j] ?? 0
    if (x === y) return true
    if (x < y) i++
    else j++
  }
  return false
}

/**
 * Number of words of `words` (sorted ids of one side) with at least one link into `other` (sorted ids of the
 * other side).
 * @param words Ids of one item.
 * @param links Links of that side's words.
 * @param other Ids of an item of the other side.
 * @returns Matched words.
 */
export function countMatched(words: Int32Array, links: Map<number, Int32Array>, other: Int32Array): number {
  let matched = 0
  for (const w of words) {
    const partners = links.get(w)
    if (partners !== undefined && intersects(partners, other)) matched++
  }
  return matched
}

function bestLinks(
  pairCounts: Map<number, number>,
  count: (id: number) => number,
  split: (key: number) => [number, number],
  otherCount: (id: number) => number,
  minCount: number,
  minDice: number,
  perWord: number,
): Map<number, Array<[number, number]>> {
  const best = new Map<number, Array<[number, number]>>()
  for (const [key, c] of pairCounts) {
    if (c < minCount) continue
    const [w, v] = split(key)
    const dice = (2 * c) / (count(w) + otherCount(v))
    if (dice < minDice) continue
    const list = best.get(w) ?? []
    list.push([v, dice])
    list.sort((x, y) => y[1] - x[1])
    if (list.length > perWord) list.length = perWord
    best.set(w, list)
  }
  return best
}

/**
 * Competitive linking (Melamed 2000): candidate pairs sorted by Dice (then co-occurrences, then ids, for a
 * deterministic order), each linked only when neither word is linked yet: every word keeps at most one partner,
 * which removes the indirect associations of frequent neighbours.
 * @param candidates `[key, dice, co-occurrences]` of the pairs that may link (any order: the sort is total).
 */
function competitiveLinks(candidates: Array<[number, number, number]>, split: (key: number) => [number, number]): Array<[number, number]> {
  candidates.sort((x, y) => y[1] - x[1] || y[2] - x[2] || x[0] - y[0])
  const usedS = new Set<number>()
  const usedT = new Set<number>()
  const out: Array<[number, number]> = []
  for (const [key] of candidates) {
    const [w, v] = split(key)
    if (usedS.has(w) || usedT.has(v)) continue
    usedS.add(w)
    usedT.add(v)
    out.push([w, v])
  }
  return out
}

/**
 * The pairs competitive linking may link, `[s · vt + t, Dice, co-occurrences]`: those co-occurring in at least
 * `minCount` training beads with a Dice score of at least `minDice` (words too rare or too common left out, as in
 * {@link cooccurrences}). Counted one source word at a time in a dense array over target ids (the beads of each
 * source word listed first), not in a map keyed by pair: the same counts, and a pair seen once costs no map entry.
 */
function linkCandidates(training: TrainingCounts, minCount: number, minDice: number): Array<[number, number, number]> {
  const { source, train, counts, vt } = training
  // Usable target words of each training bead, and each usable source word's beads (once per occurrence).
  const targets: Int32Array[] = train.map(([, j]) => usableTargets(training, j))
  const beadsOf = new Map<number, number[]>()
  train.forEach(([i], k) => {
    if ((targets[k]?.length ?? 0) === 0) return
    for (const s of source[i] ?? []) {
      if (!usableSource(training, s)) continue
      const list = beadsOf.get(s)
      if (list === undefined) beadsOf.set(s, [k])
      else list.push(k)
    }
  })
  const together = new Int32Array(vt)
  const touched: number[] = []
  const out: Array<[number, number, number]> = []
  for (const [s, beads] of beadsOf) {
    for (const k of beads) {
      for (const t of targets[k] ?? []) {
        const c = together[t] ?? 0
        if (c === 0) touched.push(t)
        together[t] = c + 1
      }
    }
    const sc = counts.source.get(s) ?? 0
    for (const t of touched) {
      const c = together[t] ?? 0
      together[t] = 0
      if (c < minCount) continue
      const dice = (2 * c) / (sc + (counts.target.get(t) ?? 0))
      if (dice >= minDice) out.push([s * vt + t, dice, c])
    }
    touched.length = 0
  }
  return out
}

/** How many training beads each word occurs in, per side. */
interface WordCounts {
  source: Map<number, number>
  target: Map<number, number>
}

/** What both linking modes read of the training beads: the items, the beads, their word counts and which words may link. */
interface TrainingCounts {
  /** Sorted word ids per source item. */
  source: readonly Int32Array[]
  /** Sorted word ids per target item. */
  target: readonly Int32Array[]
  /** The training beads, `[source item, target item]`. */
  train: ReadonlyArray<readonly [number, number]>
  /** Training beads per word, per side. */
  counts: WordCounts
  /** Fewest and most training beads of a word that may be linked (rarer ones are noise, commoner ones function words). */
  minCount: number
  maxCount: number
  /** One more than the largest target word id: pair keys are `s · vt + t`. */
  vt: number
}

function trainingCounts(
  source: readonly Int32Array[],
  target: readonly Int32Array[],
  train: ReadonlyArray<readonly [number, number]>,
  minCount: number,
  maxCount: number,
): TrainingCounts {
  const counts = wordCounts(source, target, train)
  let vt = 0
  for (const w of counts.target.keys()) vt = Math.max(vt, w + 1)
  return { source, target, train, counts, minCount, maxCount, vt }
}

function usableCount(training: TrainingCounts, count: number | undefined): boolean {
  return count !== undefined && count >= training.minCount && count <= training.maxCount
}

function usableSource(training: TrainingCounts, word: number): boolean {
  return usableCount(training, training.counts.source.get(word))
}

/** The words of a target item that may be linked. */
function usableTargets(training: TrainingCounts, item: number): Int32Array {
  return (training.target[item] ?? new Int32Array(0)).filter((w) => usableCount(training, training.counts.target.get(w)))
}

function wordCounts(source: readonly Int32Array[], target: readonly Int32Array[], train: ReadonlyArray<readonly [number, number]>): WordCounts {
  const counts: WordCounts = { source: new Map(), target: new Map() }
  for (const [i, j] of train) {
    for (const w of source[i] ?? []) counts.source.set(w, (counts.source.get(w) ?? 0) + 1)
    for (const w of target[j] ?? []) counts.target.set(w, (counts.target.get(w) ?? 0) + 1)
  }
  return counts
}

/**
 * Beads in which each (source word, target word) pair co-occurs, keyed `s * vt + t`, for the pairs seen in at least
 * `minCount` beads (rarer ones cannot link); words too rare or too common left out. The map holds the pairs in the
 * order a walk of the beads first meets them (bead, then the source word's place in it, then the target word's),
 * which is what breaks ties of Dice in `bestLinks`. Counted one source word at a time in a dense array over target
 * ids (as {@link linkCandidates} does), each pair's first meeting noted beside its count, then the pairs that may
 * link sorted by it: the same map, without a map entry for every pair seen once.
 */
function cooccurrences(training: TrainingCounts, minCount: number): Map<number, number> {
  const { source, train, vt } = training
  const targets: Int32Array[] = train.map(([, j]) => usableTargets(training, j))
  // Place of a word in its bead: the longest item bounds it, so (bead, source place, target place) is one number.
  let width = 1
  train.forEach(([i], k) => (width = Math.max(width, (source[i]?.length ?? 0) + 1, (targets[k]?.length ?? 0) + 1)))
  // Each usable source word's occurrences, in walk order: bead index and place, two numbers each.
  const occurrences = new Map<number, number[]>()
  train.forEach(([i], k) => {
    if ((targets[k]?.length ?? 0) === 0) return
    const words = source[i] ?? new Int32Array(0)
    for (let p = 0; p < words.length; p++) {
      const s = words[p] ?? 0
      if (!usableSource(training, s)) continue
      const list = occurrences.get(s)
      if (list === undefined) occurrences.set(s, [k, p])
      else list.push(k, p)
    }
  })
  const together = new Int32Array(vt)
  const first = new Float64Array(vt)
  const touched: number[] = []
  const found: Array<[number, number, number]> = []
  for (const [s, list] of occurrences) {
    for (let o = 0; o < list.length; o += 2) {
      const k = list[o] ?? 0
      const at = (k * width + (list[o + 1] ?? 0)) * width
      const ts = targets[k] ?? new Int32Array(0)
      for (let q = 0; q < ts.length; q++) {
        const t = ts[q] ?? 0
        const c = together[t] ?? 0
        if (c === 0) {
          touched.push(t)
          first[t] = at + q
        }
        together[t] = c + 1
      }
    }
    for (const t of touched) {
      const c = together[t] ?? 0
      together[t] = 0
      if (c >= minCount) found.push([s * vt + t, c, first[t] ?? 0])
    }
    touched.length = 0
  }
  found.sort((x, y) => x[2] - y[2])
  return new Map(found.map(([key, c]) => [key, c] as const))
}

/** Links of both sides, each list sorted, from the chosen links of each direction. */
function linkTables(
  forward: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>,
  backward: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>,
): { sourceLinks: Map<number, Int32Array>; targetLinks: Map<number, Int32Array> } {
  const sLinks = new Map<number, Set<number>>()
  const tLinks = new Map<number, Set<number>>()
  const add = (s: number, t: number): void => {
    const a = sLinks.get(s) ?? new Set<number>()
    a.add(t)
    sLinks.set(s, a)
    const b = tLinks.get(t) ?? new Set<number>()
    b.add(s)
    tLinks.set(t, b)
  }
  for (const [s, list] of forward) for (const [t] of list) add(s, t)
  for (const [t, list] of backward) for (const [s] of list) add(s, t)
  const freeze = (m: Map<number, Set<number>>): Map<number, Int32Array> =>
    new Map([...m].map(([k, v]) => [k, Int32Array.from(v).sort()]))
  return { sourceLinks: freeze(sLinks), targetLinks: freeze(tLinks) }
}

/** Links of one side by word id, in an array (the match rates look up every word of every training bead). */
function denseLinks(links: Map<number, Int32Array>): Array<Int32Array | undefined> {
  let size = 0
  for (const w of links.keys()) size = Math.max(size, w + 1)
  const out = new Array<Int32Array | undefined>(size).fill(undefined)
  for (const [w, partners] of links) out[w] = partners
  return out
}

/** {@link countMatched} and the number of linked words of `words` at once, over links by word id. */
function matchedIn(words: Int32Array, links: ReadonlyArray<Int32Array | undefined>, other: Int32Array | undefined): { linked: number; matched: number } {
  let linked = 0
  let matched = 0
  for (let k = 0; k < words.length; k++) {
    const partners = links[words[k] ?? 0]
    if (partners === undefined) continue
    linked++
    if (other !== undefined && intersects(partners, other)) matched++
  }
  return { linked, matched }
}

/** Match rates: inside the training beads (`p1`), and between a bead's source and the next bead's target (`p0`). */
function matchRates(
  source: readonly Int32Array[],
  target: readonly Int32Array[],
  train: ReadonlyArray<readonly [number, number]>,
  sourceLinks: Map<number, Int32Array>,
  targetLinks: Map<number, Int32Array>,
): { p1: number; p0: number } {
  let linked1 = 0
  let matched1 = 0
  let linked0 = 0
  let matched0 = 0
  const sLinks = denseLinks(sourceLinks)
  const tLinks = denseLinks(targetLinks)
  const none = new Int32Array(0)
  // Neighbours, not random pairs: the DP weighs a bead against its neighbours, which share their topic words.
  const shift = 1
  train.forEach(([i, j], k) => {
    const s = source[i] ?? none
    const t = target[j] ?? none
    const other = train[(k + shift) % train.length]
    const t0 = target[other?.[1] ?? j] ?? none
    const st = matchedIn(s, sLinks, t)
    const ts = matchedIn(t, tLinks, s)
    const st0 = matchedIn(s, sLinks, t0)
    const t0s = matchedIn(t0, tLinks, s)
    linked1 += st.linked + ts.linked
    matched1 += st.matched + ts.matched
    linked0 += st.linked + t0s.linked
    matched0 += st0.matched + t0s.matched
  })
  const p1 = Math.min(0.98, Math.max(0.05, linked1 === 0 ? 0 : matched1 / linked1))
  const p0 = Math.min(0.9 * p1, Math.max(0.002, linked0 === 0 ? 0 : (matched0 + 1) / (linked0 + 2)))
  return { p1, p0 }
}

/**
 * Learn word links from training beads.
 * @param source Sorted word ids per source item.
 * @param target Sorted word ids per target item.
 * @param beads Training beads as `[source item, target item]` pairs (confident 1-1 beads).
 * @param options See {@link TrainLexiconOptions}.
 * @returns The lexicon, or `undefined` when no word could be linked.
 */
export function trainLexicon(
  source: readonly Int32Array[],
  target: readonly Int32Array[],
  beads: ReadonlyArray<readonly [number, number]>,
  options: TrainLexiconOptions = {},
): WordLinks | undefined {
  const minCount = options.minCount ?? 2
  const maxShare = options.maxShare ?? 0.1
  const minDice = options.minDice ?? 0.3
  const perWord = options.linksPerWord ?? 2
  const train = sampleEvenly(beads, options.maxBeads ?? 8000)
  if (train.length === 0) return undefined

  const training = trainingCounts(source, target, train, minCount, Math.max(minCount, maxShare * train.length))
  const { counts, vt } = training
  const split = (key: number): [number, number] => [Math.floor(key / vt), key % vt]
  const sc = (w: number): number => counts.source.get(w) ?? 0
  const tc = (w: number): number => counts.target.get(w) ?? 0
  const forward = new Map<number, Array<[number, number]>>()
  const backward = new Map<number, Array<[number, number]>>()
  if ((options.linking ?? 'competitive') === 'competitive') {
    const candidates = linkCandidates(training, minCount, minDice)
    for (const [s, t] of competitiveLinks(candidates, split)) forward.set(s, [[t, 1]])
  } else {
    // Ties of Dice keep the pairs' first-seen order here, so the counts stay in a map in that order.
    const pairCounts = cooccurrences(training, minCount)
    for (const [w, list] of bestLinks(pairCounts, sc, split, tc, minCount, minDice, perWord)) forward.set(w, list)
    const flip = (key: number): [number, number] => {
      const [s, t] = split(key)
      return [t, s]
    }
    for (const [w, list] of bestLinks(pairCounts, tc, flip, sc, minCount, minDice, perWord)) backward.set(w, list)
  }

  const { sourceLinks, targetLinks } = linkTables(forward, backward)
  if (sourceLinks.size === 0) return undefined
  const { p1, p0 } = matchRates(source, target, train, sourceLinks, targetLinks)
  return { sourceLinks, targetLinks, p1, p0, beads: train.length }
}
