/** Key of an ordered document pair in an alignment cache. */
export function pairKey(source: string, target: string): string {
  return `${source}\u0000${target}`
}
