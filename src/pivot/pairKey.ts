/**
 * Key of an ordered document pair in an alignment cache.
 * @param source The first document's id.
 * @param target The second document's id.
 * @returns The key.
 */
export function pairKey(source: string, target: string): string {
  return `${source}\u0000${target}`
}

/**
 * Key of an ordered document pair's forced alignment (aligned even when judged not parallel) in an alignment cache.
 * @param source The first document's id.
 * @param target The second document's id.
 * @returns The key, distinct from the pair's plain key.
 */
export function forcedPairKey(source: string, target: string): string {
  return `${pairKey(source, target)}\u0000force`
}

/**
 * Order-free key of two ids (documents or languages): the smaller first, as pair scores are keyed (`a < b`).
 * @param a One id.
 * @param b The other.
 * @returns The key.
 */
export function unorderedPairKey(a: string, b: string): string {
  return a < b ? pairKey(a, b) : pairKey(b, a)
}
