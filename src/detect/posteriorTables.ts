import { buildNgramTrie, type NgramTrie } from './ngramTrie.js'

/** What the profile posterior reads of one language's model. */
export interface ScoredModel {
  /** Log-probability of each n-gram the language showed. */
  logProb: ReadonlyMap<string, number>
  /** Log-probability of n-grams it never showed but another did. */
  backgroundLogProb: ReadonlyMap<string, number>
  /** Log-probability of any other n-gram. */
  unseen: number
  /** Log-probability of each word feature the language showed. */
  wordLogProb: ReadonlyMap<string, number>
  /** Log-probability of word features it never showed but another did. */
  wordBackgroundLogProb: ReadonlyMap<string, number>
  /** Log-probability of any other word feature. */
  wordUnseen: number
}

/**
 * Every language's n-gram log-probabilities side by side: one row per n-gram (a trie node), a column per language,
 * so a text's n-grams are read once for all the languages compared, each row from one place in memory, instead of
 * once per language.
 */
export interface PosteriorTables {
  /** Language codes, in the order of the models (the columns). */
  codes: string[]
  /** Code → column. */
  column: Map<string, number>
  /** The n-grams of every model, as a trie. */
  trie: NgramTrie
  /** `node × columns + column` → the language's log-probability of the node's n-gram. */
  ngrams: Float64Array
  /** Per column: log-probability of an n-gram that is no node. */
  unseen: Float64Array
  /** The models, in column order. */
  models: ScoredModel[]
  /** Per column: whether the language has a word model at all (one without scores no words). */
  hasWords: Uint8Array
  /** Rows of word-feature log-probabilities, filled as features are met (see `wordRow`). */
  wordCache: WordCache
}

/** Word features met so far and their rows (see `wordRow`). */
export interface WordCache {
  /** Feature → offset of its row in {@link WordCache.rows}. */
  offsets: Map<string, number>
  /** Rows of one value per column, back to back. */
  rows: Float64Array
  /** The row of a feature not kept (once the cache is full). */
  scratch?: Float64Array | undefined
}

const built = new WeakMap<ReadonlyMap<string, ScoredModel>, PosteriorTables>()

/**
 * The tables of a set of models, built once per set (the set is the key: replacing the models builds new ones).
 * @param models Language code → model.
 * @returns The tables.
 */
export function posteriorTables(models: ReadonlyMap<string, ScoredModel>): PosteriorTables {
  let tables = built.get(models)
  if (tables !== undefined) return tables
  const codes = [...models.keys()]
  const list = [...models.values()]
  const width = codes.length
  const vocabulary = new Set<string>()
  for (const model of list) {
    for (const gram of model.logProb.keys()) vocabulary.add(gram)
    for (const gram of model.backgroundLogProb.keys()) vocabulary.add(gram)
  }
  const trie = buildNgramTrie(vocabulary)
  // Each cell is the language's own log-probability, else the background's, else unseen: filled in that order from
  // each model's entries, not by looking every node up in every model.
  const nodeOf = new Map<string, number>()
  trie.grams.forEach((gram, node) => nodeOf.set(gram, node))
  const ngrams = new Float64Array(trie.size * width)
  list.forEach((model, c) => {
    for (let node = 0; node < trie.size; node++) ngrams[node * width + c] = model.unseen
    for (const [gram, p] of model.backgroundLogProb) ngrams[nodeOf.get(gram)! * width + c] = p
    for (const [gram, p] of model.logProb) ngrams[nodeOf.get(gram)! * width + c] = p
  })
  tables = {
    codes,
    column: new Map(codes.map((code, c) => [code, c])),
    trie,
    ngrams,
    unseen: Float64Array.from(list, (m) => m.unseen),
    models: list,
    hasWords: Uint8Array.from(list, (m) => (m.wordLogProb.size > 0 ? 1 : 0)),
    wordCache: { offsets: new Map(), rows: new Float64Array(0) },
  }
  built.set(models, tables)
  return tables
}

/** Most word features whose row a set of tables keeps (about 12 MB with twelve languages). */
const MAX_WORD_ROWS = 1 << 17

/**
 * The row of every language's log-probability of a word feature (its own, else the background's, else unseen), at
 * its offset in `tables.wordRows`: looked up in every model the first time the feature is met, then kept (up to
 * {@link MAX_WORD_ROWS} features), so a word met again costs one lookup for all languages.
 */
function wordRow(tables: PosteriorTables, feature: string): number {
  const cache = tables.wordCache
  const found = cache.offsets.get(feature)
  if (found !== undefined) return found
  const width = tables.codes.length
  const full = cache.offsets.size >= MAX_WORD_ROWS
  let at = full ? 0 : cache.offsets.size * width
  if (full) cache.scratch ??= new Float64Array(width)
  else if (at + width > cache.rows.length) {
    const grown = new Float64Array(Math.max(2 * cache.rows.length, 1024 * width))
    grown.set(cache.rows)
    cache.rows = grown
  }
  const row = full ? cache.scratch! : cache.rows
  tables.models.forEach((model, c) => {
    row[at + c] = model.wordLogProb.get(feature) ?? model.wordBackgroundLogProb.get(feature) ?? model.wordUnseen
  })
  if (full) return -1
  cache.offsets.set(feature, at)
  return at
}

/**
 * The character and word log-likelihood sums of a text for some languages, each summed in text order (n-grams) and
 * in the order of the distinct word features (the same floating-point result as summing language by language).
 * @param tables The models' tables.
 * @param nodes The text's n-grams as trie nodes (−1: no node), see `textNgramNodes`.
 * @param features The text's distinct word features, in order.
 * @param chosen Codes to score (each must have a column).
 * @returns Per chosen language, in its order: the n-gram sum and the word sum (`0` for a language without words).
 */
export function likelihoodSums(tables: PosteriorTables, nodes: Int32Array, features: Iterable<string>, chosen: readonly string[]): { ngrams: Float64Array; words: Float64Array } {
  const width = tables.codes.length
  const n = chosen.length
  const columns = Int32Array.from(chosen, (code) => tables.column.get(code)!)
  const sums = new Float64Array(n)
  const unseen = Float64Array.from(columns, (c) => tables.unseen[c]!)
  const table = tables.ngrams
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!
    if (node < 0) {
      for (let j = 0; j < n; j++) sums[j]! += unseen[j]!
    } else {
      const base = node * width
      for (let j = 0; j < n; j++) sums[j]! += table[base + columns[j]!]!
    }
  }
  const wordSums = new Float64Array(n)
  const scored = Uint8Array.from(columns, (c) => tables.hasWords[c]!)
  for (const feature of features) {
    const at = wordRow(tables, feature)
    const row = at < 0 ? tables.wordCache.scratch! : tables.wordCache.rows
    const base = at < 0 ? 0 : at
    for (let j = 0; j < n; j++) if (scored[j] === 1) wordSums[j]! += row[base + columns[j]!]!
  }
  return { ngrams: sums, words: wordSums }
}
