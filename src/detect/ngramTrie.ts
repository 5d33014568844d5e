import { NGRAM_ORDERS } from './ngrams.js'

const NON_LETTERS = /[^\p{L}\p{M}]+/gu

/**
 * A vocabulary of character n-grams as a trie over code points: each n-gram (and each prefix of one) is a node
 * numbered from 0, so a text's n-grams are found by walking from each position, without cutting the text into
 * strings and hashing them.
 */
export interface NgramTrie {
  /** Number of nodes. */
  size: number
  /** Code point → its number in the trie (from 1). */
  letters: Map<number, number>
  /** Numbered letters plus one: the radix of an edge key. */
  radix: number
  /** `(parent node + 1) × radix + letter` → child node (the root is node −1). */
  edges: Map<number, number>
  /** Node → the n-gram it spells. */
  grams: string[]
}

/**
 * Build the trie of a vocabulary of n-grams.
 * @param vocabulary N-grams (lower-cased, as {@link textNgramNodes} cuts them).
 */
export function buildNgramTrie(vocabulary: Iterable<string>): NgramTrie {
  const grams = [...new Set(vocabulary)].sort()
  const letters = new Map<number, number>()
  for (const gram of grams) for (const char of gram) if (!letters.has(char.codePointAt(0)!)) letters.set(char.codePointAt(0)!, letters.size + 1)
  const radix = letters.size + 1
  const trie: NgramTrie = { size: 0, letters, radix, edges: new Map(), grams: [] }
  for (const gram of grams) {
    let node = -1
    let prefix = ''
    for (const char of gram) {
      prefix += char
      const key = (node + 1) * radix + letters.get(char.codePointAt(0)!)!
      let child = trie.edges.get(key)
      if (child === undefined) {
        child = trie.size++
        trie.edges.set(key, child)
        trie.grams.push(prefix)
      }
      node = child
    }
  }
  return trie
}

/**
 * The n-grams of a text as `textNgrams` cuts them (lower-cased, NFC, runs of non-letters as one space, padded;
 * every order of `NGRAM_ORDERS`, the lone space left out), each as its trie node, in the same order.
 * @param trie The vocabulary.
 * @param text Text in one script.
 * @returns Node per n-gram (a node of the trie may be only a prefix of n-grams in the vocabulary), −1 for one that is no node.
 */
export function textNgramNodes(trie: NgramTrie, text: string): Int32Array {
  const words = text.normalize('NFC').toLowerCase().replace(NON_LETTERS, ' ').trim()
  if (words === '') return new Int32Array(0)
  const padded = ` ${words} `
  const letters: number[] = []
  const spaces: boolean[] = []
  for (const char of padded) {
    letters.push(trie.letters.get(char.codePointAt(0)!) ?? 0)
    spaces.push(char === ' ')
  }
  const length = letters.length
  const orders = NGRAM_ORDERS
  let total = 0
  for (const order of orders) total += Math.max(0, length - order + 1)
  for (let i = 0; i < length; i++) if (spaces[i]) total-- // the lone space is no unigram
  const nodes = new Int32Array(total)
  // Nodes of every order starting at each position, then laid out order by order as `textNgrams` lists them.
  const maxOrder = Math.max(...orders)
  const at = new Int32Array(length * maxOrder).fill(-1)
  for (let i = 0; i < length; i++) {
    let node = -1
    for (let n = 0; n < maxOrder && i + n < length; n++) {
      const letter = letters[i + n]!
      const child = letter === 0 ? undefined : trie.edges.get((node + 1) * trie.radix + letter)
      if (child === undefined) break
      at[i * maxOrder + n] = node = child
    }
  }
  let k = 0
  for (const order of orders) {
    for (let i = 0; i + order <= length; i++) {
      if (order === 1 && spaces[i]) continue
      nodes[k++] = at[i * maxOrder + order - 1]!
    }
  }
  return nodes
}
