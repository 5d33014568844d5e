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
 * Every language's log-probabilities side by side: one row per n-gram (a trie node) and one per known word
 * feature, a column per language, so a text's n-grams are read once for all the languages compared, each row
 * from one place in memory, instead of once per language.
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
  /** Word feature → its row. */
  wordRow: Map<string, number>
  /** `row × columns + column` → the language's log-probability of the word feature. */
  words: Float64Array
  /** Per column: log-probability of a word feature in no row. */
  wordUnseen: Float64Array
  /** Per column: whether the language has a word model at all (one without scores no words). */
  hasWords: Uint8Array
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
  const wordVocabulary = new Set<string>()
  for (const model of list) {
    for (const gram of model.logProb.keys()) vocabulary.add(gram)
    for (const gram of model.backgroundLogProb.keys()) vocabulary.add(gram)
    for (const word of model.wordLogProb.keys()) wordVocabulary.add(word)
    for (const word of model.wordBackgroundLogProb.keys()) wordVocabulary.add(word)
  }
  // Most probable n-grams first: the rows a text reads most are numbered first and lie together in memory.
  const weight = new Map<string, number>()
  for (const gram of vocabulary) {
    let best = -Infinity
    for (const model of list) best = Math.max(best, model.logProb.get(gram) ?? -Infinity)
    weight.set(gram, best)
  }
  const trie = buildNgramTrie([...vocabulary].sort((a, b) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : a > b ? 1 : 0)), true)
  const ngrams = new Float64Array(trie.size * width)
  for (let node = 0; node < trie.size; node++) {
    const gram = trie.grams[node]!
    list.forEach((model, c) => {
      ngrams[node * width + c] = model.logProb.get(gram) ?? model.backgroundLogProb.get(gram) ?? model.unseen
    })
  }
  const wordRow = new Map<string, number>()
  const words = new Float64Array(wordVocabulary.size * width)
  for (const word of wordVocabulary) {
    const row = wordRow.size
    wordRow.set(word, row)
    list.forEach((model, c) => {
      words[row * width + c] = model.wordLogProb.get(word) ?? model.wordBackgroundLogProb.get(word) ?? model.wordUnseen
    })
  }
  tables = {
    codes,
    column: new Map(codes.map((code, c) => [code, c])),
    trie,
    ngrams,
    unseen: Float64Array.from(list, (m) => m.unseen),
    wordRow,
    words,
    wordUnseen: Float64Array.from(list, (m) => m.wordUnseen),
    hasWords: Uint8Array.from(list, (m) => (m.wordLogProb.size > 0 ? 1 : 0)),
  }
  built.set(models, tables)
  return tables
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
  const wordUnseen = Float64Array.from(columns, (c) => tables.wordUnseen[c]!)
  const scored = Uint8Array.from(columns, (c) => tables.hasWords[c]!)
  for (const feature of features) {
    const row = tables.wordRow.get(feature)
    if (row === undefined) {
      for (let j = 0; j < n; j++) if (scored[j] === 1) wordSums[j]! += wordUnseen[j]!
    } else {
      const base = row * width
      for (let j = 0; j < n; j++) if (scored[j] === 1) wordSums[j]! += tables.words[base + columns[j]!]!
    }
  }
  return { ngrams: sums, words: wordSums }
}
