import { sharedInt32Array, sharedUint16Array } from './sharedArrays.js'

/**
 * A set of strings numbered from 0 (their rows), as an open-addressing hash table in typed arrays: a model's words
 * looked up without a `Map` per thread, and sent to worker threads as shared memory (see `sharedArrays`).
 */
export interface StringTable {
  /** Number of strings. */
  size: number
  /** The UTF-16 code units of every string, back to back, in row order. */
  units: Uint16Array
  /** Row → where its string starts in `units` (one more entry: the end of the last). */
  starts: Int32Array
  /** Hash slot → row (−1: empty); the number of slots is a power of two. */
  slots: Int32Array
}

/** FNV-1a over the UTF-16 code units of a string. */
function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h ^ (h >>> 15)
}

/**
 * Build the table of some strings, numbered in the order given.
 * @param strings Distinct strings.
 * @returns The table.
 */
export function buildStringTable(strings: readonly string[]): StringTable {
  let characters = 0
  for (const s of strings) characters += s.length
  const units = sharedUint16Array(characters)
  const starts = sharedInt32Array(strings.length + 1)
  let capacity = 2
  while (capacity < 2 * strings.length) capacity *= 2
  const slots = sharedInt32Array(capacity).fill(-1)
  const mask = capacity - 1
  let at = 0
  strings.forEach((s, row) => {
    starts[row] = at
    for (let i = 0; i < s.length; i++) units[at++] = s.charCodeAt(i)
    let slot = hashString(s) & mask
    while (slots[slot] !== -1) slot = (slot + 1) & mask
    slots[slot] = row
  })
  starts[strings.length] = at
  return { size: strings.length, units, starts, slots }
}

/**
 * The row of a string in a table.
 * @param table The table.
 * @param text The string.
 * @returns Its row, −1 when it is not in the table.
 */
export function stringRow(table: StringTable, text: string): number {
  const mask = table.slots.length - 1
  const { units, starts } = table
  for (let slot = hashString(text) & mask; ; slot = (slot + 1) & mask) {
    const row = table.slots[slot]!
    if (row < 0) return -1
    const start = starts[row]!
    if (starts[row + 1]! - start !== text.length) continue
    let i = 0
    while (i < text.length && units[start + i] === text.charCodeAt(i)) i++
    if (i === text.length) return row
  }
}

/**
 * The row of the string `${first} ${second}` (a pair of words), or −1 when it is not in the table, found without
 * building the string: the same hash and comparison as {@link stringRow} on it.
 * @param table The table.
 * @param first The first word.
 * @param second The second word.
 */
export function pairRow(table: StringTable, first: string, second: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < first.length; i++) h = Math.imul(h ^ first.charCodeAt(i), 0x01000193)
  h = Math.imul(h ^ 32, 0x01000193)
  for (let i = 0; i < second.length; i++) h = Math.imul(h ^ second.charCodeAt(i), 0x01000193)
  h ^= h >>> 15
  const mask = table.slots.length - 1
  const { units, starts } = table
  const length = first.length + 1 + second.length
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const row = table.slots[slot]!
    if (row < 0) return -1
    const start = starts[row]!
    if (starts[row + 1]! - start !== length) continue
    let i = 0
    while (i < first.length && units[start + i] === first.charCodeAt(i)) i++
    if (i < first.length || units[start + i] !== 32) continue
    const from = start + first.length + 1
    let j = 0
    while (j < second.length && units[from + j] === second.charCodeAt(j)) j++
    if (j === second.length) return row
  }
}
