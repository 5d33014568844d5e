import type { ParsedDocument } from '../types.js'

/** The documents one worker task carries, and each key's index among them. */
export interface TaskDocuments<K> {
  /** The task's documents, in the order first asked for (filled as {@link TaskDocuments.at} is called). */
  documents: ParsedDocument[]
  /** A key's index in `documents`, adding its document on first use. */
  at: (key: K) => number
}

/**
 * The documents of one worker task, numbered in the order first asked for, so that a task sends each document once
 * however many of its pairs hold it.
 * @param lookup The document of a key.
 */
export function taskDocuments<K>(lookup: (key: K) => ParsedDocument): TaskDocuments<K> {
  const documents: ParsedDocument[] = []
  const local = new Map<K, number>()
  const at = (key: K): number => {
    let k = local.get(key)
    if (k === undefined) {
      local.set(key, (k = documents.length))
      documents.push(lookup(key))
    }
    return k
  }
  return { documents, at }
}
