/** Share of an id's weight charged when it is present on one side of a bead and absent from the other. */
const MISS_SHARE = 0.3

/**
 * Anchor cost of a bead: every linked anchor found on both sides earns its weight, every linked anchor on only
 * one side costs {@link MISS_SHARE} of its weight (translations drop or spell out numbers and names, so a miss is
 * weaker evidence than a match).
 * @param source Sorted anchor ids of the source group.
 * @param sourceLength Number of ids used from `source`.
 * @param target Sorted anchor ids of the target group.
 * @param targetLength Number of ids used from `target`.
 * @param weight Weight per id, in nats.
 * @param sourceAt Index of the first source id used (default `0`).
 * @param targetAt Index of the first target id used (default `0`).
 * @returns Cost in nats (negative when anchors match).
 */
export function anchorCost(
  source: Int32Array,
  sourceLength: number,
  target: Int32Array,
  targetLength: number,
  weight: Float64Array,
  sourceAt = 0,
  targetAt = 0,
): number {
  let i = sourceAt
  let j = targetAt
  const sourceEnd = sourceAt + sourceLength
  const targetEnd = targetAt + targetLength
  let cost = 0
  while (i < sourceEnd && j < targetEnd) {
    const a = source[i] ?? 0
    const b = target[j] ?? 0
    if (a === b) {
      cost -= weight[a] ?? 0
      i++
      j++
    } else if (a < b) {
      cost += MISS_SHARE * (weight[a] ?? 0)
      i++
    } else {
      cost += MISS_SHARE * (weight[b] ?? 0)
      j++
    }
  }
  for (; i < sourceEnd; i++) cost += MISS_SHARE * (weight[source[i] ?? 0] ?? 0)
  for (; j < targetEnd; j++) cost += MISS_SHARE * (weight[target[j] ?? 0] ?? 0)
  return cost
}
