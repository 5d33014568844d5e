/** A batch of pairs for one worker task: indices into the corpus's pair list. */
export type PairBatch = number[]

/**
 * Group pairs into batches: pairs of one connected component of the pair graph go together (their documents are
 * sent once), small components are packed together and large ones split, so that batches stay near `size` pairs.
 * Deterministic: batches and the pairs in them follow the pair order.
 * @param pairs Pairs `[i, j]` of document indices.
 * @param documents Number of documents.
 * @param size Pairs per batch aimed at.
 * @returns Batches of indices into `pairs`.
 */
export function batchPairs(pairs: ReadonlyArray<readonly [number, number]>, documents: number, size: number): PairBatch[] {
  const parent = Array.from({ length: documents }, (_, i) => i)
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!
    return x
  }
  for (const [i, j] of pairs) {
    const a = find(i)
    const b = find(j)
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b)
  }
  const components = new Map<number, number[]>()
  pairs.forEach(([i], p) => {
    const root = find(i)
    const list = components.get(root)
    if (list === undefined) components.set(root, [p])
    else list.push(p)
  })
  const batches: PairBatch[] = []
  let open: PairBatch = []
  for (const component of components.values()) {
    for (let start = 0; start < component.length; start += size) {
      const part = component.slice(start, start + size)
      if (open.length + part.length > size && open.length > 0) {
        batches.push(open)
        open = []
      }
      open.push(...part)
    }
  }
  if (open.length > 0) batches.push(open)
  return batches
}

