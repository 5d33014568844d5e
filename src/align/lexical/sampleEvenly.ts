/**
 * At most `max` items of `items`, taken at even steps from the first (all of them when there are no more than
 * `max`), in order: training data bounded in time and memory without favouring the start of the corpus.
 * @param items Items in corpus order.
 * @param max Largest number of items kept.
 * @returns The sample.
 */
export function sampleEvenly<T>(items: readonly T[], max: number): T[] {
  const step = Math.max(1, items.length / max)
  const out: T[] = []
  for (let k = 0; k < items.length && out.length < max; k += step) {
    const item = items[Math.floor(k)]
    if (item !== undefined) out.push(item)
  }
  return out
}
