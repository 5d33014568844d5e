/**
 * Every order of `0 … n − 1` (n! arrays; meant for the few slots of one region).
 * @param n How many items.
 * @returns The permutations, each a list of item indices.
 */
export function permutations(n: number): number[][] {
  if (n === 0) return [[]]
  const out: number[][] = []
  for (const rest of permutations(n - 1)) for (let k = 0; k <= rest.length; k++) out.push([...rest.slice(0, k), n - 1, ...rest.slice(k)])
  return out
}
