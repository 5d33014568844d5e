import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'

/** franc reads at most this many code units of a text. */
const MAX_LENGTH = 2048

/** Bits of a posting that hold the rank (franc's models, and ours, have at most 300 trigrams; a longer one is read as
 * if its trigrams past 4095 were all at that rank). */
const RANK_BITS = 12
const RANK_MASK = (1 << RANK_BITS) - 1

/** franc's distance for a trigram a language's model lacks. */
const MAX_DIFFERENCE = 300

/** Characters franc's `clean` turns into spaces (ASCII punctuation and digits). */
const ASCII_PUNCTUATION = /[\u0021-\u0040]+/g
const WHITE_SPACE = /\s+/g

/**
 * One franc script's languages and, per trigram, the languages whose model has it with its rank. A trigram is found
 * by its key (its three numbered code units in base `radix`) in an open-addressing table of every trigram of the
 * script's models; its postings are one slice of a flat array.
 */
interface ScriptIndex {
  /** Language codes in franc's order (the order its ties keep). */
  codes: string[]
  /** UTF-16 code unit → its number among those of the script's trigrams (from 1; 0: in none). */
  units: Uint16Array
  /** Numbered code units plus one: the radix of a trigram's key. */
  radix: number
  /** Per slot, side by side (one memory read finds both): the trigram key (0: an empty slot) and its number; `mask + 1` slots. */
  slots: Int32Array
  /** Slots minus one (a power of two minus one). */
  mask: number
  /** 32 minus the bits of a slot number: a key's slot is the top bits of its multiplicative hash. */
  shift: number
  /** Trigram number → where its postings start in {@link ScriptIndex.postings} (one more entry: the end). */
  starts: Int32Array
  /** Per trigram, its postings `language index << RANK_BITS | rank` (none for a trigram no indexed language has). */
  postings: Int32Array
  /** Scratch: per trigram number, its count in the text being ranked (zero between calls). */
  counts: Int32Array
}

/** The slot of a trigram key in an index's table, or of the empty slot where it would go. */
function slotOf(slots: Int32Array, mask: number, shift: number, key: number): number {
  let slot = Math.imul(key, 0x9e3779b1) >>> shift
  while (slots[2 * slot] !== 0 && slots[2 * slot] !== key) slot = (slot + 1) & mask
  return slot
}

/**
 * Trigram models that replace franc's own for some languages: franc code → trigrams in franc's format (`|`-joined,
 * most frequent first, at most 300).
 */
export type TrigramModels = Readonly<Record<string, string>>

const indexes = new Map<string, ScriptIndex>()
/** Indexes of scripts whose models some {@link TrigramModels} replace, per replacement set. */
const replacedIndexes = new WeakMap<TrigramModels, Map<string, ScriptIndex>>()

function scriptIndex(script: string, models?: TrigramModels): ScriptIndex | undefined {
  let cache = models === undefined ? indexes : replacedIndexes.get(models)
  if (cache === undefined) replacedIndexes.set(models!, (cache = new Map<string, ScriptIndex>()))
  let index = cache.get(script)
  if (index !== undefined) return index
  const languages = data[script]
  if (languages === undefined) return undefined
  const codes = Object.keys(languages)
  const lists = new Map<string, number[]>()
  codes.forEach((code, language) => {
    const model = (models?.[code] ?? languages[code] ?? '').split('|')
    // franc keeps the first rank of a trigram listed twice (it fills its table from the end).
    const rank = new Map<string, number>()
    model.forEach((trigram, r) => {
      if (!rank.has(trigram)) rank.set(trigram, r)
    })
    for (const [trigram, r] of rank) {
      let list = lists.get(trigram)
      if (list === undefined) lists.set(trigram, (list = []))
      list.push((language << RANK_BITS) | Math.min(r, RANK_MASK))
    }
  })
  const units = new Uint16Array(65_536)
  let radix = 1
  for (const trigram of lists.keys()) for (let i = 0; i < trigram.length; i++) if (units[trigram.charCodeAt(i)] === 0) units[trigram.charCodeAt(i)] = radix++
  // A model entry of another length is one franc can never meet in a text.
  const trigrams = [...lists].filter(([trigram]) => trigram.length === 3)
  // Keys are 32-bit integers: franc's scripts have at most 134 code units in their trigrams (a radix³ of 2.5 million).
  if (radix ** 3 > 0x7fff_ffff) throw new RangeError(`franc's ${script} models use ${radix - 1} code units, too many for 32-bit trigram keys`)
  const table = keyTable(trigrams.map(([trigram]) => trigramKey(units, radix, trigram, 0)))
  const { starts, postings } = flatPostings(trigrams.map(([, list]) => list))
  cache.set(script, (index = { codes, units, radix, ...table, starts, postings, counts: new Int32Array(trigrams.length) }))
  return index
}

/** The open-addressing table of some trigram keys, each numbered by its place in `keys`. */
function keyTable(keys: readonly number[]): Pick<ScriptIndex, 'slots' | 'mask' | 'shift'> {
  let size = 2
  while (size < 2 * keys.length) size *= 2
  const slots = new Int32Array(2 * size)
  const mask = size - 1
  const shift = 32 - Math.log2(size)
  keys.forEach((key, t) => {
    const slot = slotOf(slots, mask, shift, key)
    slots[2 * slot] = key
    slots[2 * slot + 1] = t
  })
  return { slots, mask, shift }
}

/** Lists of postings laid out back to back, with where each starts. */
function flatPostings(lists: ReadonlyArray<readonly number[]>): { starts: Int32Array; postings: Int32Array } {
  const starts = new Int32Array(lists.length + 1)
  lists.forEach((list, t) => (starts[t + 1] = starts[t]! + list.length))
  const postings = new Int32Array(starts[lists.length]!)
  lists.forEach((list, t) => postings.set(list, starts[t]!))
  return { starts, postings }
}

/** The set of each list of languages asked for (a detection asks with the same list, text after text). */
const wantedSets = new WeakMap<readonly string[], ReadonlySet<string>>()

function wantedSet(only: readonly string[]): ReadonlySet<string> {
  let set = wantedSets.get(only)
  if (set === undefined) wantedSets.set(only, (set = new Set(only)))
  return set
}

/** Scratch: the distinct trigrams of the text being ranked, by number. */
let seen = new Int32Array(4096)

/** A number per full index (franc's models, or franc's with some replaced), for the keys of {@link restricted}. */
const indexNumbers = new WeakMap<ScriptIndex, number>()
let indexCount = 0

function indexNumber(index: ScriptIndex): number {
  let n = indexNumbers.get(index)
  if (n === undefined) indexNumbers.set(index, (n = indexCount++))
  return n
}

/** Indexes of a few languages of a script (franc ranking a context's language against its rivals), by script, full index and codes. */
const restricted = new Map<string, ScriptIndex>()

/**
 * Most restricted indexes kept by key (one per script and context language is what a run meets). An index also found
 * through its list (see `restrictedByList`) lives as long as that list: callers that keep their lists, as the
 * context check does (one per script and context language), keep their indexes, so the cap bounds only the others.
 */
const RESTRICTED_CACHE_SIZE = 64

/**
 * The index of only some of a script's languages, when they are fewer than half of them: the same units, and per
 * trigram only their postings, so a ranking of a few languages does not walk every language's. Distances are sums
 * of integers, so they come out the same in any order.
 */
function restrictedIndex(script: string, index: ScriptIndex, only: readonly string[]): ScriptIndex {
  if (only.length === 0 || only.length * 2 >= index.codes.length) return index
  // A caller that asks with the same list, text after text, finds its index without building the key.
  let byIndex = restrictedByList.get(only)
  if (byIndex === undefined) restrictedByList.set(only, (byIndex = new WeakMap()))
  let found = byIndex.get(index)
  if (found === undefined) byIndex.set(index, (found = restrictedByKey(script, index, only)))
  return found
}

/** The restricted indexes already asked for with one list of languages (the same array), per full index; held while the list is. */
const restrictedByList = new WeakMap<readonly string[], WeakMap<ScriptIndex, ScriptIndex>>()

/** {@link restrictedIndex} found by its key: the script, the full index and the sorted codes. */
function restrictedByKey(script: string, index: ScriptIndex, only: readonly string[]): ScriptIndex {
  const key = `${script}\u0000${indexNumber(index)}\u0000${[...new Set(only)].sort().join(',')}`
  let found = restricted.get(key)
  if (found !== undefined) return found
  const wanted = new Set(only)
  const codes = index.codes.filter((code) => wanted.has(code))
  const renumber = new Int32Array(index.codes.length).fill(-1)
  index.codes.forEach((code, language) => {
    if (wanted.has(code)) renumber[language] = codes.indexOf(code)
  })
  // The same code units and keys; a table of only the trigrams some wanted language has, each with only their
  // postings (a trigram of none of them counts as one no model has: 300 for every language, as before), so a ranking
  // of a few languages reads a table a fraction of the size.
  const lists: number[][] = []
  const keys: number[] = []
  for (let slot = 0; slot <= index.mask; slot++) {
    const key = index.slots[2 * slot]!
    if (key === 0) continue
    const t = index.slots[2 * slot + 1]!
    const kept: number[] = []
    for (let k = index.starts[t]!; k < index.starts[t + 1]!; k++) {
      const posting = index.postings[k]!
      const language = renumber[posting >> RANK_BITS]!
      if (language >= 0) kept.push((language << RANK_BITS) | (posting & RANK_MASK))
    }
    if (kept.length === 0) continue
    keys.push(key)
    lists.push(kept)
  }
  found = { ...index, codes, ...keyTable(keys), ...flatPostings(lists), counts: new Int32Array(lists.length) }
  if (restricted.size >= RESTRICTED_CACHE_SIZE) restricted.delete(restricted.keys().next().value!)
  restricted.set(key, found)
  return found
}

/** The key of the trigram at `i` (0 when one of its code units is in no trigram of the script). */
function trigramKey(units: Uint16Array, radix: number, text: string, i: number): number {
  const a = units[text.charCodeAt(i)]!
  const b = units[text.charCodeAt(i + 1)]!
  const c = units[text.charCodeAt(i + 2)]!
  return a === 0 || b === 0 || c === 0 ? 0 : (a * radix + b) * radix + c
}

const scriptNames = Object.keys(expressions)
/** Per code point: flat pairs `[script number, matches, …]` of the franc script expressions matching it. */
const scriptHits = new Map<number, Int32Array>()
/** The same for code points below 0x10000, by code point (filled as they are met). */
const bmpHits: Array<Int32Array | undefined> = new Array<Int32Array | undefined>(0x10000)

/**
 * Per UTF-16 code unit: its only franc script expression plus one when it matches that one once, {@link NO_HIT} when it
 * matches none, {@link OTHER_HITS} otherwise (several expressions, or a surrogate), 0 when not yet known.
 */
const singleHit = new Int8Array(0x10000)
const NO_HIT = -1
const OTHER_HITS = -2
/** Scratch: matches per franc script expression of the text being read. */
const scriptCounts = new Float64Array(scriptNames.length)

function hitsOf(point: number): Int32Array {
  let hits = point < 0x10000 ? bmpHits[point] : scriptHits.get(point)
  if (hits === undefined) {
    const char = String.fromCodePoint(point)
    const pairs: number[] = []
    scriptNames.forEach((name, s) => {
      const n = char.match(expressions[name]!)?.length ?? 0
      if (n > 0) pairs.push(s, n)
    })
    hits = Int32Array.from(pairs)
    if (point < 0x10000) bmpHits[point] = hits
    else scriptHits.set(point, hits)
  }
  return hits
}

/**
 * franc's script of a text: the expression with most matches, the first in franc's order on a tie. Every
 * alternative of franc's expressions matches one code point, so the matches are counted per code point (each
 * distinct one tested once per process, and only the expressions it matches counted) instead of by one global match
 * per script over the text.
 */
function topScript(value: string): { script: string; count: number } {
  const counts = scriptCounts.fill(0)
  for (let i = 0; i < value.length; ) {
    const unit = value.charCodeAt(i)
    // Most code units match one expression once, or none: counted without their list of hits.
    const single = singleHit[unit]!
    if (single > 0) {
      counts[single - 1]!++
      i++
      continue
    }
    if (single === NO_HIT) {
      i++
      continue
    }
    const point = value.codePointAt(i)!
    i += point > 0xffff ? 2 : 1
    const hits = hitsOf(point)
    if (single === 0) singleHit[unit] = unit >= 0xd800 && unit <= 0xdfff ? OTHER_HITS : hits.length === 0 ? NO_HIT : hits.length === 2 && hits[1] === 1 ? hits[0]! + 1 : OTHER_HITS
    for (let k = 0; k < hits.length; k += 2) counts[hits[k]!]! += hits[k + 1]!
  }
  let best = 0
  for (let s = 1; s < counts.length; s++) if (counts[s]! > counts[best]!) best = s
  return { script: scriptNames[best]!, count: counts[best]! }
}

/** franc's `clean`: ASCII punctuation and digits to spaces, white space collapsed, trimmed, lower-cased. */
function clean(value: string): string {
  return value.replace(ASCII_PUNCTUATION, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase()
}

/**
 * What the last {@link francDistances} found: the codes of the index, each language's distance, the languages ranked
 * (those of `only`, by number in franc's order) and the text's length as franc reads it; or franc's answer when it
 * ranks no model (empty text, a script without models, no language left).
 */
const last = {
  codes: [] as readonly string[],
  distances: new Int32Array(0),
  ranked: new Int32Array(256),
  length: 0,
  answer: 'und',
}

/**
 * franc's distance of a text to each language of `only`, left in {@link last}.
 * @returns How many languages are ranked (`0`: franc's answer is `last.answer`).
 */
function francDistances(text: string, only: readonly string[], models?: TrigramModels): number {
  last.answer = 'und'
  if (text.length === 0) return 0
  const value = text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text
  const { script, count } = topScript(value)
  const full = scriptIndex(script, models)
  if (full === undefined) {
    last.answer = count === 0 || (only.length > 0 && !only.includes(script)) ? 'und' : script
    return 0
  }
  const index = restrictedIndex(script, full, only)
  const length = cleanUnits(value)
  // Trigrams are counted by number, each distinct one listed once in order of first sight; those with a code unit
  // no model has, or in no model, only counted as distinct (by their code units).
  const { units, radix, slots, mask, shift, starts, postings, counts } = index
  const cleaned = cleanedUnits
  if (seen.length < length) seen = new Int32Array(2 * length)
  let distinct = 0
  if (otherKeys.length < length) otherKeys = new Float64Array(2 * length)
  const otherList = otherKeys
  let others = 0
  let a = 0
  let b = units[cleaned[0]!]!
  let c = units[cleaned[1]!]!
  for (let i = 0; i + 3 <= length; i++) {
    a = b
    b = c
    c = units[cleaned[i + 2]!]!
    const key = a === 0 || b === 0 || c === 0 ? 0 : (a * radix + b) * radix + c
    const slot = key === 0 ? -1 : slotOf(slots, mask, shift, key)
    if (slot < 0 || slots[2 * slot] === 0) {
      otherList[others++] = (cleaned[i]! * 0x10000 + cleaned[i + 1]!) * 0x10000 + cleaned[i + 2]!
      continue
    }
    const t = slots[2 * slot + 1]!
    if (counts[t] === 0) seen[distinct++] = t
    counts[t]!++
  }
  // franc's distance: for each distinct trigram of the text, |count − rank − 1| when the model has it, else 300.
  const languages = index.codes.length
  if (scratchDistances.length < languages) scratchDistances = new Int32Array(2 * languages)
  const distances = scratchDistances
  distances.fill((distinct + distinctCount(otherList, others)) * MAX_DIFFERENCE, 0, languages)
  for (let d = 0; d < distinct; d++) {
    const t = seen[d]!
    const n = counts[t]! - 1
    counts[t] = 0
    for (let k = starts[t]!; k < starts[t + 1]!; k++) {
      const posting = postings[k]!
      distances[posting >> RANK_BITS]! += Math.abs(n - (posting & RANK_MASK)) - MAX_DIFFERENCE
    }
  }
  // An index of only some languages holds no others; the full one is filtered by `only`.
  const codes = index.codes
  const wanted = only.length === 0 || index !== full ? undefined : wantedSet(only)
  if (last.ranked.length < codes.length) last.ranked = new Int32Array(2 * codes.length)
  const ranked = last.ranked
  let m = 0
  for (let language = 0; language < codes.length; language++) if (wanted === undefined || wanted.has(codes[language]!)) ranked[m++] = language
  last.codes = codes
  last.distances = distances
  last.length = value.length
  return m
}

/** Scratch: the keys of the trigrams of the text being ranked that no model of the index has (its code units, 16 bits each). */
let otherKeys = new Float64Array(4096)

/** Scratch: an open-addressing set of trigram keys (see {@link distinctCount}), with the call that filled each slot. */
let keySlots = new Float64Array(1024)
let keyStamps = new Uint32Array(1024)
let keyRound = 0

/** How many distinct values the first `n` of `keys` hold (non-negative integers below 2⁴⁸). */
function distinctCount(keys: Float64Array, n: number): number {
  if (n < 2) return n
  let size = 16
  while (size < 2 * n) size *= 2
  if (keySlots.length < size) [keySlots, keyStamps] = [new Float64Array(size), new Uint32Array(size)]
  keyRound = (keyRound + 1) >>> 0
  if (keyRound === 0) {
    keyStamps.fill(0)
    keyRound = 1
  }
  const mask = size - 1
  let count = 0
  for (let k = 0; k < n; k++) {
    const key = keys[k]!
    let slot = Math.imul((key % 0x1_0000_0000) ^ Math.imul(Math.floor(key / 0x1_0000_0000), 0x85ebca6b), 0x9e3779b1) >>> 0
    slot = (slot ^ (slot >>> 16)) & mask
    while (keyStamps[slot] === keyRound && keySlots[slot] !== key) slot = (slot + 1) & mask
    if (keyStamps[slot] === keyRound) continue
    keyStamps[slot] = keyRound
    keySlots[slot] = key
    count++
  }
  return count
}

/** Scratch: each language's distance in the last ranking (read before the next one). */
let scratchDistances = new Int32Array(256)

/** Scratch: the code units of the last text as franc's `clean` leaves them, padded with a space on each side. */
let cleanedUnits = new Uint16Array(MAX_LENGTH + 2)

/** Per UTF-16 code unit: 0 not yet known, 1 a space to franc's `clean`, 2 a unit lower-cased alone, 3 one that is not. */
const unitKind = new Uint8Array(0x10000)
/** Per code unit of kind 2: its lower case. */
const unitLower = new Uint16Array(0x10000)

function kindOf(unit: number): number {
  let kind = unitKind[unit]!
  if (kind === 0) {
    const char = String.fromCharCode(unit)
    const lower = char.toLowerCase()
    // Surrogates, `İ` (two code units in lower case) and `Σ` (`ς` at the end of a word) are lower-cased by context.
    kind = (unit >= 0x21 && unit <= 0x40) || /\s/u.test(char) ? 1 : unit >= 0xd800 && unit <= 0xdfff ? 3 : lower.length === 1 && unit !== 0x3a3 ? 2 : 3
    unitLower[unit] = lower.length === 1 ? lower.charCodeAt(0) : unit
    unitKind[unit] = kind
  }
  return kind
}

/**
 * The code units of ` ${clean(value)} ` (franc's `clean`: ASCII punctuation and digits to spaces, white space
 * collapsed, trimmed, lower-cased) in {@link cleanedUnits}, unit by unit without building the strings, unless a unit
 * lower-cases by context (then through `clean` itself).
 * @returns How many units.
 */
function cleanUnits(value: string): number {
  if (cleanedUnits.length < value.length + 2) cleanedUnits = new Uint16Array(value.length + 2)
  const out = cleanedUnits
  out[0] = 32
  let n = 1
  let space = false
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i)
    const kind = kindOf(unit)
    if (kind === 1) {
      space = n > 1
      continue
    }
    if (kind === 3) return cleanString(value)
    if (space) {
      out[n++] = 32
      space = false
    }
    out[n++] = unitLower[unit]!
  }
  out[n++] = 32
  return n
}

/** {@link cleanUnits} through franc's `clean` on strings. */
function cleanString(value: string): number {
  const padded = ` ${clean(value)} `
  if (cleanedUnits.length < padded.length) cleanedUnits = new Uint16Array(padded.length)
  for (let i = 0; i < padded.length; i++) cleanedUnits[i] = padded.charCodeAt(i)
  return padded.length
}

/**
 * Rank the languages of a text as `francAll(text, { only, minLength: 1 })` does, with the same scores in the same
 * order, at a fraction of its cost: franc looks each trigram of the text up in the model of every language of
 * the script, while here each trigram is looked up once in an index of the script's models (built once per
 * process) that lists the languages having it and its rank there.
 * @param text Any text (franc reads its first 2048 code units).
 * @param only franc codes to rank (all of the script's when empty).
 * @param models Trigram models to score some languages with instead of franc's (see `profileTrigramModels`); franc's
 *   own when absent, with franc's answers.
 * @returns `[code, score]` pairs, best first (score 1 for the best); `[['und', 1]]` for text franc cannot rank.
 */
export function francRanking(text: string, only: readonly string[], models?: TrigramModels): Array<[string, number]> {
  const m = francDistances(text, only, models)
  if (m === 0) return [[last.answer, 1]]
  const { codes, distances, ranked: languages, length } = last
  // Sorted by distance, ties in franc's order of languages (as its stable sort keeps them): distances are
  // non-negative integers, so `distance × languages + language` orders both at once, as one number.
  const width = codes.length
  const keys = new Float64Array(m)
  for (let k = 0; k < m; k++) keys[k] = distances[languages[k]!]! * width + languages[k]!
  const order = keys.sort()
  const min = distances[order[0]! % width]!
  const max = length * MAX_DIFFERENCE - min
  const ranked = new Array<[string, number]>(m)
  for (let k = 0; k < m; k++) {
    const language = order[k]! % width
    ranked[k] = [codes[language]!, 1 - (distances[language]! - min) / max || 0]
  }
  return ranked
}

/** franc's reading of a text for one language (see {@link francReading}). */
export interface FrancReading {
  /** The language's score in {@link francRanking}'s ranking (`0` when it is not ranked). */
  score: number
  /** The code ranked first. */
  top: string
}

/**
 * What {@link francRanking} says of one language — its score and the language ranked first — without sorting the
 * ranking or building it: the first is the least distance (on a tie the first in franc's order, as the ranking's
 * stable order keeps it), the score the same expression of the same numbers.
 * @param text Any text.
 * @param only franc codes to rank (all of the script's when empty).
 * @param code The franc code whose score is read.
 */
export function francReading(text: string, only: readonly string[], code: string): FrancReading {
  const count = francDistances(text, only)
  if (count === 0) return { score: last.answer === code ? 1 : 0, top: last.answer }
  const { codes, distances, ranked, length } = last
  let first = ranked[0]!
  let own = -1
  for (let k = 0; k < count; k++) {
    const language = ranked[k]!
    if (distances[language]! < distances[first]!) first = language
    if (own < 0 && codes[language] === code) own = language
  }
  const min = distances[first]!
  const max = length * MAX_DIFFERENCE - min
  return { score: own < 0 ? 0 : 1 - (distances[own]! - min) / max || 0, top: codes[first]! }
}
