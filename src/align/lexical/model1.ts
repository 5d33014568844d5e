/**
 * IBM Model 1 (Brown et al. 1993) trained by EM on sentence pairs, in both directions, as Moore (2002) trains his
 * aligner's word model on the confident beads of the bitext: `t(f | e)`, the probability that a word `e` of one
 * side is rendered by `f` on the other (an empty word absorbs what no word explains), with the unigram
 * frequencies of both sides. Sentences are bags of distinct word ids.
 */

import { sampleEvenly } from './sampleEvenly.js'

/** Translation probabilities out of one word: partner ids (sorted) and their probabilities. */
export interface WordTranslations {
  /** Partner word ids of the other side, sorted. */
  ids: Int32Array
  /** `t(partner | word)` per partner. */
  probs: Float64Array
}

/** One direction of the model: how the words of a `given` side render words of the `emitted` side. */
export interface Model1Direction {
  /** Per given-side word id: its translations. */
  table: Map<number, WordTranslations>
  /** Per emitted-side word id: `t(word | empty word)`. */
  empty: Map<number, number>
  /** Per emitted-side word id: unigram frequency in the training sentences (absent: unknown word). */
  frequency: Map<number, number>
}

/** IBM Model 1 in both directions. */
export interface Model1 {
  /** `t(target word | source word)`, target frequencies. */
  forward: Model1Direction
  /** `t(source word | target word)`, source frequencies. */
  backward: Model1Direction
}

/** Options of {@link trainModel1}. */
export interface TrainModel1Options {
  /** EM iterations (default: `5`). */
  iterations?: number | undefined
  /** Use at most this many training pairs, sampled evenly (default: `4000`), to bound time and memory. */
  maxPairs?: number | undefined
  /** Translation probabilities below this are dropped after training (default: `0.02`). */
  minProbability?: number | undefined
}

/** Every co-occurring (given, emitted) word pair of the training bags, densely numbered. */
interface PairIndex {
  /** Given-side word per pair id (the empty word is −1). */
  pairGiven: number[]
  /** Emitted-side word per pair id. */
  pairEmitted: number[]
  /** Per training pair: for each emitted word, the pair ids of (empty word, each given word) in turn. */
  slots: Int32Array[]
  /** Per emitted-side word id: its count in the training bags. */
  frequency: Map<number, number>
  /** Emitted words in all. */
  tokens: number
}

function indexPairs(given: readonly Int32Array[], emitted: readonly Int32Array[]): PairIndex {
  // Dense index of every co-occurring (given, emitted) pair, the empty word being given id −1.
  let vocabulary = 1
  for (const e of emitted) for (const f of e) vocabulary = Math.max(vocabulary, f + 1)
  const index = new Map<number, number>()
  const out: PairIndex = { pairGiven: [], pairEmitted: [], slots: [], frequency: new Map(), tokens: 0 }
  for (let k = 0; k < given.length; k++) {
    const g = given[k] ?? new Int32Array(0)
    const e = emitted[k] ?? new Int32Array(0)
    const slot = new Int32Array(e.length * (g.length + 1))
    let q = 0
    for (const f of e) {
      out.frequency.set(f, (out.frequency.get(f) ?? 0) + 1)
      out.tokens++
      for (let a = -1; a < g.length; a++) {
        const w = a < 0 ? -1 : (g[a] ?? 0)
        const key = (w + 1) * vocabulary + f
        let id = index.get(key)
        if (id === undefined) {
          id = out.pairGiven.length
          index.set(key, id)
          out.pairGiven.push(w)
          out.pairEmitted.push(f)
        }
        slot[q++] = id
      }
    }
    out.slots.push(slot)
  }
  return out
}

/** `t(emitted | given)` per pair id after `iterations` rounds of EM, from uniform. */
function expectationMaximisation(given: readonly Int32Array[], pairs: PairIndex, iterations: number): Float64Array {
  const { pairGiven, slots } = pairs
  const size = pairGiven.length
  let maxGiven = 0
  for (const w of pairGiven) maxGiven = Math.max(maxGiven, w + 2)
  const t = new Float64Array(size).fill(1)
  const counts = new Float64Array(size)
  const totals = new Float64Array(maxGiven)
  for (let it = 0; it < iterations; it++) {
    counts.fill(0)
    totals.fill(0)
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k] ?? new Int32Array(0)
      const width = (given[k]?.length ?? 0) + 1
      for (let q = 0; q < slot.length; q += width) {
        let z = 0
        for (let a = 0; a < width; a++) z += t[slot[q + a] ?? 0] ?? 0
        if (!(z > 0)) continue
        for (let a = 0; a < width; a++) {
          const id = slot[q + a] ?? 0
          const c = (t[id] ?? 0) / z
          counts[id] = (counts[id] ?? 0) + c
          const g = (pairGiven[id] ?? 0) + 1
          totals[g] = (totals[g] ?? 0) + c
        }
      }
    }
    for (let id = 0; id < size; id++) {
      const total = totals[(pairGiven[id] ?? 0) + 1] ?? 0
      t[id] = total > 0 ? (counts[id] ?? 0) / total : 0
    }
  }
  return t
}

/** The direction's tables from the trained probabilities: translations at or above `minProbability`, empty word, frequencies. */
function directionTables(pairs: PairIndex, t: Float64Array, minProbability: number): Model1Direction {
  const lists = new Map<number, Array<[number, number]>>()
  const empty = new Map<number, number>()
  for (let id = 0; id < pairs.pairGiven.length; id++) {
    const p = t[id] ?? 0
    const w = pairs.pairGiven[id] ?? 0
    const f = pairs.pairEmitted[id] ?? 0
    if (w < 0) {
      empty.set(f, p)
      continue
    }
    if (p < minProbability) continue
    const list = lists.get(w)
    if (list === undefined) lists.set(w, [[f, p]])
    else list.push([f, p])
  }
  const table = new Map<number, WordTranslations>()
  for (const [w, list] of lists) {
    list.sort((x, y) => x[0] - y[0])
    table.set(w, { ids: Int32Array.from(list, (x) => x[0]), probs: Float64Array.from(list, (x) => x[1]) })
  }
  const frequency = new Map<number, number>()
  for (const [f, c] of pairs.frequency) frequency.set(f, c / Math.max(1, pairs.tokens))
  return { table, empty, frequency }
}

/** EM for one direction over pairs of (given, emitted) id bags. */
function trainDirection(given: readonly Int32Array[], emitted: readonly Int32Array[], iterations: number, minProbability: number): Model1Direction {
  const pairs = indexPairs(given, emitted)
  return directionTables(pairs, expectationMaximisation(given, pairs, iterations), minProbability)
}

/**
 * Train IBM Model 1 in both directions on sentence pairs.
 * @param source Sorted distinct word ids per source item.
 * @param target Sorted distinct word ids per target item.
 * @param pairs Training pairs `[source item, target item]` (e.g. confident 1-1 beads).
 * @param options See {@link TrainModel1Options}.
 * @returns The model, or `undefined` when there is no training pair.
 */
export function trainModel1(
  source: readonly Int32Array[],
  target: readonly Int32Array[],
  pairs: ReadonlyArray<readonly [number, number]>,
  options: TrainModel1Options = {},
): Model1 | undefined {
  const sample = sampleEvenly(pairs, options.maxPairs ?? 4000)
  const s = sample.map((p) => source[p[0]] ?? new Int32Array(0))
  const t = sample.map((p) => target[p[1]] ?? new Int32Array(0))
  if (s.length === 0) return undefined
  const iterations = options.iterations ?? 5
  const minProbability = options.minProbability ?? 0.02
  return { forward: trainDirection(s, t, iterations, minProbability), backward: trainDirection(t, s, iterations, minProbability) }
}

/** One direction of {@link WordModel1}: the same tables keyed by words instead of ids. */
export interface WordModel1Direction {
  /** Per given-side word: `[partner word, t(partner | word)]`. */
  table: Map<string, Array<[string, number]>>
  /** Per emitted-side word: `t(word | empty word)`. */
  empty: Map<string, number>
  /** Per emitted-side word: unigram frequency. */
  frequency: Map<string, number>
}

/** IBM Model 1 keyed by words (what a lexicon carries from one document pair to another). */
export interface WordModel1 {
  /** `t(target word | source word)`, target frequencies. */
  forward: WordModel1Direction
  /** `t(source word | target word)`, source frequencies. */
  backward: WordModel1Direction
}

function directionToWords(d: Model1Direction, given: readonly string[], emitted: readonly string[]): WordModel1Direction {
  const table = new Map<string, Array<[string, number]>>()
  for (const [w, out] of d.table) table.set(given[w] ?? '', Array.from(out.ids, (f, r): [string, number] => [emitted[f] ?? '', out.probs[r] ?? 0]))
  const byWord = (m: Map<number, number>): Map<string, number> => new Map([...m].map(([f, p]) => [emitted[f] ?? '', p]))
  return { table, empty: byWord(d.empty), frequency: byWord(d.frequency) }
}

/**
 * A model of word ids as a model of words.
 * @param model The model.
 * @param sourceWords Source words by id.
 * @param targetWords Target words by id.
 * @returns The same model keyed by words.
 */
export function model1ToWords(model: Model1, sourceWords: readonly string[], targetWords: readonly string[]): WordModel1 {
  return { forward: directionToWords(model.forward, sourceWords, targetWords), backward: directionToWords(model.backward, targetWords, sourceWords) }
}

/** Word-to-id look-up of one side (a `WordIds`). */
export interface WordIdLookup {
  /** Every word seen, by id. */
  words(): string[]
  /** The id of a word, if seen. */
  idOf(word: string): number | undefined
  /**
   * The key a word is looked up by (`idOf(word)` is `idOfKey(keyOf(word))`); with {@link WordIdLookup.idOfKey},
   * lets a model's partners be matched to the side's words from whichever of the two lists is shorter. Must be the
   * same function for every look-up of one kind (a prototype method): models remember the keys it gave.
   */
  keyOf?(word: string): string
  /** The id of a key as {@link WordIdLookup.keyOf} gives it, if seen. */
  idOfKey?(key: string): number | undefined
}

/** A given-side word's partners grouped by their look-up key: key → their probabilities, in the table's order. */
type PartnerGroups = Map<string, number[]>

/** Per `keyOf` function and model direction, each given word's partners grouped by key (filled as words are met). */
const partnerGroups = new WeakMap<(word: string) => string, WeakMap<WordModel1Direction, Map<string, PartnerGroups>>>()

/** The groups {@link groupsOf} fills for one direction and one `keyOf`. */
function groupsByWord(d: WordModel1Direction, keyOf: (word: string) => string): Map<string, PartnerGroups> {
  let byDirection = partnerGroups.get(keyOf)
  if (byDirection === undefined) partnerGroups.set(keyOf, (byDirection = new WeakMap()))
  let byWord = byDirection.get(d)
  if (byWord === undefined) byDirection.set(d, (byWord = new Map()))
  return byWord
}

function groupsOf(byWord: Map<string, PartnerGroups>, word: string, partners: ReadonlyArray<[string, number]>, keyOf: (word: string) => string): PartnerGroups {
  let groups = byWord.get(word)
  if (groups === undefined) {
    groups = new Map()
    for (const [f, p] of partners) {
      const key = keyOf.call(undefined, f)
      const list = groups.get(key)
      if (list === undefined) groups.set(key, [p])
      else list.push(p)
    }
    byWord.set(word, groups)
  }
  return groups
}

/** How a direction's partners are matched to the emitted side's ids: by key when the side can look keys up. */
interface PartnerLookup {
  /** The emitted side. */
  emitted: WordIdLookup
  /** Its words, by id. */
  words: readonly string[]
  /** The partner groups of the direction under the side's `keyOf`, if it has one. */
  groups: Map<string, PartnerGroups> | undefined
}

/**
 * `[emitted id, t(partner | word)]` of every partner of a word the emitted side has seen, in the table's order:
 * the partners' keys looked up, or, when the side has fewer words than the word has partner keys, the side's words
 * looked up among the partners (the same pairs; sorted by id afterwards, either order gives one list).
 */
function partnerIds(word: string, partners: ReadonlyArray<[string, number]>, lookup: PartnerLookup): Array<[number, number]> {
  const list: Array<[number, number]> = []
  const { emitted, words } = lookup
  const keyOf = emitted.keyOf
  const idOfKey = emitted.idOfKey
  if (lookup.groups === undefined || keyOf === undefined || idOfKey === undefined) {
    for (const [f, p] of partners) {
      const fid = emitted.idOf(f)
      if (fid !== undefined) list.push([fid, p])
    }
    return list
  }
  const groups = groupsOf(lookup.groups, word, partners, keyOf)
  if (groups.size <= words.length) {
    for (const [key, probs] of groups) {
      const fid = idOfKey.call(emitted, key)
      if (fid !== undefined) for (const p of probs) list.push([fid, p])
    }
    return list
  }
  for (let fid = 0; fid < words.length; fid++) {
    const probs = groups.get(words[fid]!)
    if (probs !== undefined) for (const p of probs) list.push([fid, p])
  }
  return list
}

/** A word's translations from its `[id, probability]` pairs sorted by id. */
function translations(list: ReadonlyArray<[number, number]>): WordTranslations {
  const ids = new Int32Array(list.length)
  const probs = new Float64Array(list.length)
  for (let r = 0; r < list.length; r++) {
    ids[r] = list[r]![0]
    probs[r] = list[r]![1]
  }
  return { ids, probs }
}

function directionToIds(d: WordModel1Direction, given: WordIdLookup, emitted: WordIdLookup): Model1Direction {
  const table = new Map<number, WordTranslations>()
  const words = emitted.words()
  const lookup: PartnerLookup = { emitted, words, groups: emitted.keyOf === undefined || emitted.idOfKey === undefined ? undefined : groupsByWord(d, emitted.keyOf) }
  given.words().forEach((w, id) => {
    const out = d.table.get(w)
    if (out === undefined) return
    const list = partnerIds(w, out, lookup)
    if (list.length === 0) return
    list.sort((x, y) => x[0] - y[0])
    table.set(id, translations(list))
  })
  const empty = new Map<number, number>()
  const frequency = new Map<number, number>()
  words.forEach((f, id) => {
    const p = d.frequency.get(f)
    if (p !== undefined) frequency.set(id, p)
    const e = d.empty.get(f)
    if (e !== undefined) empty.set(id, e)
  })
  return { table, empty, frequency }
}

/**
 * A model of words as a model of the word ids of one document pair (words the pair lacks are left out).
 * @param model The model keyed by words.
 * @param sourceIds Source-side ids.
 * @param targetIds Target-side ids.
 * @returns The model keyed by ids.
 */
export function model1ToIds(model: WordModel1, sourceIds: WordIdLookup, targetIds: WordIdLookup): Model1 {
  return { forward: directionToIds(model.forward, sourceIds, targetIds), backward: directionToIds(model.backward, targetIds, sourceIds) }
}

/** One direction of {@link PlainModel1}. */
export interface PlainModel1Direction {
  /** `[word, partner words, t(partner | word) per partner]` per given-side word, sorted by word. */
  table: Array<[string, string[], number[]]>
  /** `[word, unigram frequency, t(word | empty word)]` per emitted-side word, sorted by word. */
  words: Array<[string, number, number]>
}

/** IBM Model 1 as plain (JSON- and structured-clone-safe) data, as language-pair lexicons carry it. */
export interface PlainModel1 {
  /** `t(target | source)`, target frequencies. */
  forward: PlainModel1Direction
  /** `t(source | target)`, source frequencies. */
  backward: PlainModel1Direction
}

const byWord = <T extends [string, ...unknown[]]>(rows: T[]): T[] => rows.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))

function directionToPlain(d: WordModel1Direction): PlainModel1Direction {
  const table = byWord([...d.table].map(([w, out]): [string, string[], number[]] => [w, out.map((x) => x[0]), out.map((x) => x[1])]))
  const words = byWord([...d.frequency].map(([w, p]): [string, number, number] => [w, p, d.empty.get(w) ?? 0]))
  return { table, words }
}

function directionFromPlain(d: PlainModel1Direction): WordModel1Direction {
  const table = new Map<string, Array<[string, number]>>(d.table.map(([w, partners, probs]) => [w, partners.map((p, r): [string, number] => [p, probs[r] ?? 0])]))
  return { table, empty: new Map(d.words.map(([w, , e]) => [w, e])), frequency: new Map(d.words.map(([w, p]) => [w, p])) }
}

/**
 * A model as plain data (sorted, so the same model gives the same data).
 * @param model The model.
 * @returns Its plain form.
 */
export function model1ToPlain(model: WordModel1): PlainModel1 {
  return { forward: directionToPlain(model.forward), backward: directionToPlain(model.backward) }
}

/**
 * A model from its plain form.
 * @param plain What {@link model1ToPlain} gave.
 * @returns The model.
 */
export function model1FromPlain(plain: PlainModel1): WordModel1 {
  return { forward: directionFromPlain(plain.forward), backward: directionFromPlain(plain.backward) }
}

/**
 * Is a value a plain model (the shape {@link model1ToPlain} gives)?
 * @param value Anything.
 * @returns `true` when it has both directions with their tables and word rows.
 */
export function isPlainModel1(value: unknown): value is PlainModel1 {
  const direction = (d: unknown): boolean => {
    const x = d as Partial<PlainModel1Direction> | null
    return typeof x === 'object' && x !== null && Array.isArray(x.table) && Array.isArray(x.words) &&
      x.table.every((r) => Array.isArray(r) && typeof r[0] === 'string' && Array.isArray(r[1]) && Array.isArray(r[2])) &&
      x.words.every((r) => Array.isArray(r) && typeof r[0] === 'string' && typeof r[1] === 'number' && typeof r[2] === 'number')
  }
  const m = value as Partial<PlainModel1> | null
  return typeof m === 'object' && m !== null && direction(m.forward) && direction(m.backward)
}
