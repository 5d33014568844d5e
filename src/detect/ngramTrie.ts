import { NGRAM_ORDERS, letterRuns } from './ngrams.js'
import { sharedFloat64Array, sharedInt32Array } from './sharedArrays.js'

/** Largest radix for which the second level is one dense table (radix² entries). */
const DENSE_RADIX = 1024

/** Most entries of a dense third level (radix³ entries; a larger alphabet keeps its third level in `edges`). */
const DENSE_THIRD_ENTRIES = 1 << 21

/**
 * A vocabulary of character n-grams as a trie over code points: each n-gram (and each prefix of one) is a node
 * numbered from 0, so a text's n-grams are found by walking from each position, without cutting the text into
 * strings and hashing them. Only typed arrays and numbers, in shared memory where the platform has it, so one trie
 * serves every worker thread (see `shareProfileModels`).
 */
export interface NgramTrie {
  /** Number of nodes. */
  size: number
  /** Code points below 0x10000 → their number in the trie (from 1; 0: in no n-gram). */
  bmp: Int32Array
  /** Code points from 0x10000 with their numbers, as sorted pairs `[code point, number, …]`. */
  astral: Int32Array
  /** Numbered letters plus one: the radix of an edge key. */
  radix: number
  /** `(parent node + 1) × radix + letter` → child node (the root is node −1), below the levels held densely. */
  edges: EdgeTable
  /** Letter → node of the first level, −1 for none. */
  first: Int32Array
  /** `letter × radix + letter` → node of the second level, −1 for none (empty past {@link DENSE_RADIX}: in `edges`). */
  second: Int32Array
  /** `(letter × radix + letter) × radix + letter` → node of the third level, −1 for none (empty when too large: in `edges`). */
  third: Int32Array
}

/** An open-addressing hash table from integer keys (below 2⁵³) to nodes, in typed arrays. */
export interface EdgeTable {
  /** Keys by slot (−1: empty). */
  keys: Float64Array
  /** Node by slot. */
  nodes: Int32Array
}

/** A trie with the n-gram each node spells (for building tables over it; not needed to read texts). */
export interface BuiltNgramTrie {
  /** The trie. */
  trie: NgramTrie
  /** Node → the n-gram it spells. */
  grams: string[]
}

/**
 * Build the trie of a vocabulary of n-grams.
 * @param vocabulary N-grams (lower-cased, as {@link textNgramNodes} cuts them).
 * @returns The trie and the n-gram of each node.
 */
export function buildNgramTrie(vocabulary: Iterable<string>): BuiltNgramTrie {
  const grams = [...new Set(vocabulary)].sort()
  const letters = new Map<number, number>()
  for (const gram of grams) for (const char of gram) if (!letters.has(char.codePointAt(0)!)) letters.set(char.codePointAt(0)!, letters.size + 1)
  const radix = letters.size + 1
  const dense = radix <= DENSE_RADIX
  const denseThird = dense && radix * radix * radix <= DENSE_THIRD_ENTRIES
  const bmp = sharedInt32Array(0x10000)
  const astral: number[][] = []
  for (const [point, letter] of letters) {
    if (point < 0x10000) bmp[point] = letter
    else astral.push([point, letter])
  }
  astral.sort((a, b) => a[0]! - b[0]!)
  const trie: NgramTrie = {
    size: 0,
    bmp,
    astral: sharedInt32Array(2 * astral.length),
    radix,
    edges: { keys: sharedFloat64Array(0), nodes: sharedInt32Array(0) },
    first: sharedInt32Array(radix).fill(-1),
    second: sharedInt32Array(dense ? radix * radix : 0).fill(-1),
    third: sharedInt32Array(denseThird ? radix * radix * radix : 0).fill(-1),
  }
  trie.astral.set(astral.flat())
  const built: string[] = []
  const edges = new Map<number, number>()
  for (const gram of grams) {
    let node = -1
    let prefix = ''
    let depth = 0
    let slot = 0
    for (const char of gram) {
      prefix += char
      const letter = letters.get(char.codePointAt(0)!)!
      slot = depth === 0 ? letter : slot * radix + letter
      const level = depth === 0 ? trie.first : depth === 1 && dense ? trie.second : depth === 2 && denseThird ? trie.third : undefined
      const key = (node + 1) * radix + letter
      let child = level === undefined ? (edges.get(key) ?? -1) : level[slot]!
      if (child < 0) {
        child = trie.size++
        built.push(prefix)
        if (level === undefined) edges.set(key, child)
        else level[slot] = child
      }
      node = child
      depth++
    }
  }
  trie.edges = edgeTable(edges)
  return { trie, grams: built }
}

/** The hash slot of an edge key (its low and high 32 bits mixed as murmur3's finaliser does). */
function edgeSlot(key: number, mask: number): number {
  let h = (key >>> 0) ^ Math.imul((key / 0x100000000) >>> 0, 0x9e3779b1)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) & mask
}

function edgeTable(edges: Map<number, number>): EdgeTable {
  let capacity = 2
  while (capacity < 2 * edges.size) capacity *= 2
  const keys = sharedFloat64Array(capacity).fill(-1)
  const nodes = sharedInt32Array(capacity)
  const mask = capacity - 1
  for (const [key, node] of edges) {
    let slot = edgeSlot(key, mask)
    while (keys[slot] !== -1) slot = (slot + 1) & mask
    keys[slot] = key
    nodes[slot] = node
  }
  return { keys, nodes }
}

/** The child node under an edge key, −1 for none. */
function edgeChild(table: EdgeTable, key: number): number {
  const mask = table.keys.length - 1
  for (let slot = edgeSlot(key, mask); ; slot = (slot + 1) & mask) {
    const found = table.keys[slot]!
    if (found === key) return table.nodes[slot]!
    if (found === -1) return -1
  }
}

/** The number of an astral code point in the trie (0: in no n-gram), by binary search. */
function astralLetter(trie: NgramTrie, point: number): number {
  let low = 0
  let high = trie.astral.length / 2 - 1
  while (low <= high) {
    const mid = (low + high) >>> 1
    const at = trie.astral[2 * mid]!
    if (at === point) return trie.astral[2 * mid + 1]!
    if (at < point) low = mid + 1
    else high = mid - 1
  }
  return 0
}

/**
 * The n-grams of a text as `textNgrams` cuts them (lower-cased, NFC, runs of non-letters as one space, padded;
 * every order of `NGRAM_ORDERS`, the lone space left out), each as its trie node, in the same order.
 * @param trie The vocabulary.
 * @param text Text in one script.
 * @returns Node per n-gram (a node of the trie may be only a prefix of n-grams in the vocabulary), −1 for one that is no node.
 */
export function textNgramNodes(trie: NgramTrie, text: string): Int32Array {
  const words = letterRuns(text)
  if (words === '') return new Int32Array(0)
  const padded = ` ${words} `
  // Each code point as its number in the trie (0: in no n-gram of it), spaces marked.
  const letters = new Int32Array(padded.length)
  const spaces = new Uint8Array(padded.length)
  let length = 0
  let blanks = 0
  for (let i = 0; i < padded.length; i++) {
    let point = padded.charCodeAt(i)
    if (point >= 0xd800 && point <= 0xdbff && i + 1 < padded.length) {
      const low = padded.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        point = (point - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
        i++
      }
    }
    if (point === 32) {
      spaces[length] = 1
      blanks++
    }
    letters[length++] = point < 0x10000 ? trie.bmp[point]! : astralLetter(trie, point)
  }
  const orders = NGRAM_ORDERS
  let total = -blanks // the lone space is no unigram
  for (const order of orders) total += Math.max(0, length - order + 1)
  const nodes = new Int32Array(total)
  // Nodes of every order starting at each position, then laid out order by order as `textNgrams` lists them.
  let maxOrder = 0
  for (const order of orders) maxOrder = Math.max(maxOrder, order)
  const at = new Int32Array(length * maxOrder).fill(-1)
  const radix = trie.radix
  for (let i = 0; i < length; i++) {
    const a = letters[i]!
    if (a === 0) continue
    let node = trie.first[a]!
    if (node < 0) continue
    at[i * maxOrder] = node
    let n = 1
    if (trie.second.length > 0) {
      if (maxOrder < 2 || i + 1 >= length || letters[i + 1] === 0) continue
      const ab = a * radix + letters[i + 1]!
      node = trie.second[ab]!
      if (node < 0) continue
      at[i * maxOrder + 1] = node
      n = 2
      if (trie.third.length > 0) {
        if (maxOrder < 3 || i + 2 >= length || letters[i + 2] === 0) continue
        node = trie.third[ab * radix + letters[i + 2]!]!
        if (node < 0) continue
        at[i * maxOrder + 2] = node
        n = 3
      }
    }
    for (; n < maxOrder && i + n < length; n++) {
      const letter = letters[i + n]!
      const child = letter === 0 ? -1 : edgeChild(trie.edges, (node + 1) * radix + letter)
      if (child < 0) break
      at[i * maxOrder + n] = node = child
    }
  }
  let k = 0
  for (const order of orders) {
    for (let i = 0; i + order <= length; i++) {
      if (order === 1 && spaces[i] === 1) continue
      nodes[k++] = at[i * maxOrder + order - 1]!
    }
  }
  return nodes
}
