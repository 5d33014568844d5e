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
