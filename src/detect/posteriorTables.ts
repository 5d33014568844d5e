import { buildNgramTrie, type NgramTrie } from './ngramTrie.js'
import { sharedFloat64Array, sharedUint8Array } from './sharedArrays.js'
import { buildStringTable, pairRow, stringRow, type StringTable } from './stringTable.js'

/** One language's counts as the tables are built from them (a profile of `profiles.json`). */
export interface ProfileCounts {
  /** Sum of all n-gram counts seen in training. */
  total: number
  /** N-gram → count. */
  ngrams: Record<string, number>
  /** Sum of all word counts seen in training (absent: no word model). */
  wordTotal?: number | undefined
  /** Word feature → count. */
  words?: Record<string, number> | undefined
}

/** The smoothing the tables are built with (see `ProfileModelOptions`). */
export interface TableSmoothing {
  /** Additive smoothing of character n-gram counts. */
  charAlpha: number
  /** Additive smoothing of word feature counts. */
  wordAlpha: number
  /** Share of a language's own counts in its character model (the rest: the mean of all languages). */
  charLambda: number
  /** The same share for the word model. */
  wordLambda: number
}

/**
 * Every language's n-gram and word log-probabilities side by side: one row per n-gram (a trie node) or word feature,
 * a column per language, so a text's features are read once for all the languages compared, each row from one place
 * in memory. Only strings, numbers and typed arrays in shared memory: one set of tables is built once and read by
 * every worker thread (see `shareProfileModels`).
 */
export interface PosteriorTables {
  /** Language codes (the columns), in the profiles' order. */
  codes: string[]
  /** The n-grams of every model, as a trie. */
  trie: NgramTrie
  /** `node × columns + column` → the language's log-probability of the node's n-gram. */
  ngrams: Float64Array
  /** Per column: log-probability of an n-gram that is no node. */
  unseen: Float64Array
  /** The word features of every model. */
  words: StringTable
  /**
   * `row × columns + column` → the language's log-probability of the row's word feature; one row more at the end:
   * that of a feature no model has.
   */
  wordRows: Float64Array
  /** Per column: whether the language has a word model at all (one without scores no words). */
  hasWords: Uint8Array
  /** `row × columns + column` → 1 when the language knows the row's word (see `knownWords`). */
  known: Uint8Array
}

/**
 * Lidstone-smoothed distributions of each language, their mean as a background, and each language's
 * Jelinek–Mercer mixture `λ·P(g|L) + (1 − λ)·background(g)` in log space, written into a table of one row per
 * feature (its row in `rowOf`) and one column per language: the language's own value, else the background's (the
 * feature is one another language showed), else the value of an unseen feature.
 * @returns Per column, the log-probability of a feature no language showed (every column the same).
 */
function interpolate(
  tables: ReadonlyArray<{ total: number; counts: Record<string, number> }>,
  vocabulary: ReadonlySet<string>,
  alpha: number,
  lambda: number,
  rowOf: (key: string) => number,
  cells: Float64Array,
): Float64Array {
  const v = vocabulary.size + 1
  const k = Math.max(1, tables.length)
  const width = tables.length
  const smoothed = (count: number, total: number): number => (count + alpha) / (total + alpha * v)
  let unseenMean = 0
  for (const { total } of tables) unseenMean += smoothed(0, total) / k
  const unseen = Math.log(unseenMean)
  // At λ = 1 the background weighs nothing: a feature a language never showed costs `unseen` either way, so the
  // mean over every language of every feature (the slow part of loading) is not computed.
  const background = new Map<string, number>()
  if (lambda !== 1) for (const key of vocabulary) {
    let p = 0
    for (const { total, counts } of tables) p += smoothed(counts[key] ?? 0, total) / k
    background.set(key, p)
  }
  cells.fill(unseen)
  for (const [key, p] of background) {
    const base = rowOf(key) * width
    const value = Math.log(lambda * unseenMean + (1 - lambda) * p)
    for (let c = 0; c < width; c++) cells[base + c] = value
  }
  tables.forEach(({ total, counts }, c) => {
    for (const key in counts) {
      cells[rowOf(key) * width + c] = Math.log(lambda * smoothed(counts[key]!, total) + (1 - lambda) * (background.get(key) ?? 0))
    }
  })
  return sharedFloat64Array(width).fill(unseen)
}

/**
 * Build the tables of a set of profiles: each language's naive-Bayes models over character n-grams and word
 * features, smoothed and interpolated as `options` says.
 * @param languages ISO 639-3 code → counts (the order of the columns).
 * @param options Smoothing.
 * @param isKnown Whether a word (with its count) belongs to a language's known vocabulary.
 * @returns The tables.
 */
export function buildPosteriorTables(
  languages: Readonly<Record<string, ProfileCounts>>,
  options: Readonly<TableSmoothing>,
  isKnown: (word: string, count: number) => boolean,
): PosteriorTables {
  const entries = Object.entries(languages)
  const codes = entries.map(([code]) => code)
  const width = codes.length
  const charCounts = entries.map(([, p]) => ({ total: p.total, counts: p.ngrams }))
  const wordCounts = entries.map(([, p]) => ({ total: p.wordTotal ?? 0, counts: p.words ?? {} }))
  const gramVocabulary = new Set<string>()
  for (const { counts } of charCounts) for (const key in counts) gramVocabulary.add(key)
  const wordVocabulary = new Set<string>()
  for (const { counts } of wordCounts) for (const key in counts) wordVocabulary.add(key)

  const { trie, grams } = buildNgramTrie(gramVocabulary)
  const nodeOf = new Map<string, number>()
  grams.forEach((gram, node) => nodeOf.set(gram, node))
  const ngrams = sharedFloat64Array(trie.size * width)
  const unseen = interpolate(charCounts, gramVocabulary, options.charAlpha, options.charLambda, (key) => nodeOf.get(key)!, ngrams)

  const words = buildStringTable([...wordVocabulary])
  const wordRows = sharedFloat64Array((words.size + 1) * width)
  const wordUnseen = interpolate(wordCounts, wordVocabulary, options.wordAlpha, options.wordLambda, (key) => stringRow(words, key), wordRows)
  const known = sharedUint8Array(words.size * width)
  wordCounts.forEach(({ counts }, c) => {
    for (const word in counts) if (isKnown(word, counts[word]!)) known[stringRow(words, word) * width + c] = 1
  })
  // The last row: a feature no language showed.
  wordRows.set(wordUnseen, words.size * width)
  const hasWords = sharedUint8Array(width)
  wordCounts.forEach(({ counts }, c) => (hasWords[c] = Object.keys(counts).length > 0 ? 1 : 0))
  return { codes, trie, ngrams, unseen, words, wordRows, hasWords, known }
}

/**
 * The row of a word feature in `tables.wordRows` (that of an unseen feature when no language showed it).
 * @param tables The tables.
 * @param feature A word or a pair of words.
 */
export function wordFeatureRow(tables: PosteriorTables, feature: string): number {
  const row = stringRow(tables.words, feature)
  return row < 0 ? tables.words.size : row
}

/** Scratch: an open-addressing set of the rows met by {@link distinctFeatureRows} (row plus one; 0: an empty slot). */
let rowSlots = new Int32Array(1024)

/**
 * The rows in `tables.wordRows` of the distinct word features of a text (see `wordFeatures`: its words, then each pair
 * of adjacent words), in order of first sight: a feature met again adds nothing, and each distinct feature no language
 * showed is the unseen row once. The same rows, in the same order, as looking up each feature of
 * `new Set(wordFeatures(text))`, without building the pairs' strings or the set (a pair no language showed is built
 * to be told from others).
 * @param tables The tables.
 * @param words The text's words, in order (see `textWords`).
 * @returns The rows.
 */
export function distinctFeatureRows(tables: PosteriorTables, words: readonly string[]): Int32Array {
  const table = tables.words
  const features = Math.max(0, 2 * words.length - 1)
  let size = 16
  while (size < 2 * features) size *= 2
  if (rowSlots.length < size) rowSlots = new Int32Array(size)
  const slots = rowSlots
  slots.fill(0, 0, size)
  const mask = size - 1
  const rows = new Int32Array(features)
  let n = 0
  let unseen: Set<string> | undefined
  for (let i = 0; i < features; i++) {
    // The words, then each pair of adjacent words.
    const pair = i >= words.length
    const k = pair ? i - words.length : i
    const row = pair ? pairRow(table, words[k]!, words[k + 1]!) : stringRow(table, words[k]!)
    if (row >= 0) {
      let slot = Math.imul(row, 0x9e3779b1) & mask
      while (slots[slot] !== 0 && slots[slot] !== row + 1) slot = (slot + 1) & mask
      if (slots[slot] !== 0) continue
      slots[slot] = row + 1
      rows[n++] = row
      continue
    }
    const feature = pair ? `${words[k]!} ${words[k + 1]!}` : words[k]!
    if ((unseen ??= new Set()).has(feature)) continue
    unseen.add(feature)
    rows[n++] = table.size
  }
  return rows.subarray(0, n)
}

/**
 * Whether some of the given languages know a word (see `knownWords`).
 * @param tables The tables.
 * @param word A lower-cased word.
 * @param chosen Columns of the languages.
 */
export function wordKnownBy(tables: PosteriorTables, word: string, chosen: readonly number[]): boolean {
  const row = stringRow(tables.words, word)
  if (row < 0) return false
  const base = row * tables.codes.length
  for (const c of chosen) if (tables.known[base + c] === 1) return true
  return false
}

const columns = new WeakMap<PosteriorTables, Map<string, number>>()

/**
 * The column of each language of a set of tables (kept per thread: a `Map` is not shared).
 * @param tables The tables.
 * @returns Code → column.
 */
export function tableColumns(tables: PosteriorTables): Map<string, number> {
  let found = columns.get(tables)
  if (found === undefined) {
    found = new Map(tables.codes.map((code, c) => [code, c]))
    columns.set(tables, found)
  }
  return found
}

/**
 * The character and word log-likelihood sums of a text for some languages, each summed in text order (n-grams) and
 * in the order of the distinct word features (the same floating-point result as summing language by language).
 * @param tables The models' tables.
 * @param nodes The text's n-grams as trie nodes (−1: no node), see `textNgramNodes`.
 * @param features The rows of the text's distinct word features, in order (see {@link distinctFeatureRows}).
 * @param chosen Codes to score (each must have a column).
 * @returns Per chosen language, in its order: the n-gram sum and the word sum (`0` for a language without words).
 */
export function likelihoodSums(tables: PosteriorTables, nodes: Int32Array, features: Int32Array, chosen: readonly string[]): { ngrams: Float64Array; words: Float64Array } {
  const width = tables.codes.length
  const n = chosen.length
  const column = tableColumns(tables)
  const columnsOf = Int32Array.from(chosen, (code) => column.get(code)!)
  const sums = new Float64Array(n)
  const unseen = Float64Array.from(columnsOf, (c) => tables.unseen[c]!)
  const table = tables.ngrams
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!
    if (node < 0) {
      for (let j = 0; j < n; j++) sums[j]! += unseen[j]!
    } else {
      const base = node * width
      for (let j = 0; j < n; j++) sums[j]! += table[base + columnsOf[j]!]!
    }
  }
  const wordSums = new Float64Array(n)
  const scored = Uint8Array.from(columnsOf, (c) => tables.hasWords[c]!)
  const rows = tables.wordRows
  for (let k = 0; k < features.length; k++) {
    const base = features[k]! * width
    for (let j = 0; j < n; j++) if (scored[j] === 1) wordSums[j]! += rows[base + columnsOf[j]!]!
  }
  return { ngrams: sums, words: wordSums }
}
