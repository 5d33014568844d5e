import { diceCoefficient } from 'dice-coefficient'
import type { Anchor } from './Anchor.js'

/** Options of {@link linkAnchors}. */
export interface LinkAnchorsOptions {
  /** Smallest Dice bigram similarity for two name skeletons to match (default: `0.7`). */
  minDice?: number | undefined
  /** Largest weight of one anchor match, in nats (default: `4`). */
  maxWeight?: number | undefined
}

/** Anchors of both sides reduced to shared integer ids. */
export interface LinkedAnchors {
  /** Per source item: sorted ids of its anchors that have a counterpart on the target side. */
  source: Int32Array[]
  /** Per target item: sorted ids of its anchors that have a counterpart on the source side. */
  target: Int32Array[]
  /** Weight of each id in nats: how surprising a match on it is (rare on both sides ⇒ high). */
  weight: Float64Array
}

function bigrams(value: string): string[] {
  const padded = ` ${value} `
  const out: string[] = []
  for (let i = 0; i < padded.length - 1; i++) out.push(padded.slice(i, i + 2))
  return out
}

function keyOf(a: Anchor): string {
  return `${a.kind === 'name' ? 'n' : a.kind === 'number' ? '#' : 'u'}:${a.normalized}`
}

/**
 * Union-find over the keys of both sides (`s|key`, `t|key`): equal keys joined, then names whose skeletons are
 * close. Returns the root of a side's key.
 */
function joinKeys(sourceKeys: ReadonlySet<string>, targetKeys: ReadonlySet<string>, minDice: number): (key: string) => string {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let root = x
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root
    parent.set(x, root)
    return root
  }
  const union = (x: string, y: string): void => {
    const rx = find(x)
    const ry = find(y)
    if (rx !== ry) parent.set(rx, ry)
  }
  for (const k of sourceKeys) parent.set(`s|${k}`, `s|${k}`)
  for (const k of targetKeys) parent.set(`t|${k}`, `t|${k}`)
  for (const k of sourceKeys) if (targetKeys.has(k)) union(`s|${k}`, `t|${k}`)
  for (const [k, t] of closeNames(sourceKeys, targetKeys, minDice)) union(`s|${k}`, `t|${t}`)
  return find
}

/**
 * Pairs of (source, target) name keys that differ but are close: Dice ≥ `minDice`, or one a prefix (≥ 4 letters) of
 * the other. Candidates share a bigram (an index of the target names by bigram, shared bigrams counted per target
 * name in a typed array); Dice's upper bound from that count is checked before the exact computation.
 */
function closeNames(sourceKeys: ReadonlySet<string>, targetKeys: ReadonlySet<string>, minDice: number): Array<[string, string]> {
  const names: string[] = []
  const keys: string[] = []
  const index = new Map<string, number[]>()
  for (const k of targetKeys) {
    if (!k.startsWith('n:')) continue
    const id = names.length
    names.push(k.slice(2))
    keys.push(k)
    for (const g of new Set(bigrams(k.slice(2)))) {
      const list = index.get(g)
      if (list === undefined) index.set(g, [id])
      else list.push(id)
    }
  }
  const shared = new Int32Array(names.length)
  const touched: number[] = []
  const out: Array<[string, string]> = []
  for (const k of sourceKeys) {
    if (!k.startsWith('n:')) continue
    const name = k.slice(2)
    const grams = bigrams(name)
    for (const g of new Set(grams)) {
      const list = index.get(g)
      if (list === undefined) continue
      for (let i = 0; i < list.length; i++) {
        const id = list[i]!
        const count = shared[id]!
        if (count === 0) touched.push(id)
        shared[id] = count + 1
      }
    }
    for (let i = 0; i < touched.length; i++) {
      const id = touched[i]!
      const count = shared[id]!
      shared[id] = 0
      const other = names[id]!
      if (other === name) continue
      const prefix = Math.min(name.length, other.length) >= 4 && (name.startsWith(other) || other.startsWith(name))
      // Cheap upper bound on Dice before the exact computation.
      if (!prefix && (2 * count) / (grams.length + other.length + 1) < minDice) continue
      if (prefix || diceCoefficient(name, other) >= minDice) out.push([k, keys[id]!])
    }
    touched.length = 0
  }
  return out
}

/** Weight of each id in nats: rare on both sides ⇒ high, capped at `maxWeight`; a one-digit number counts half. */
function idWeights(sourceCount: readonly number[], targetCount: readonly number[], isSmallNumber: readonly boolean[], n: number, m: number, maxWeight: number): Float64Array {
  const weight = new Float64Array(sourceCount.length)
  for (let id = 0; id < sourceCount.length; id++) {
    const cs = Math.max(1, sourceCount[id] ?? 1)
    const ct = Math.max(1, targetCount[id] ?? 1)
    const w = Math.min(maxWeight, 0.5 * Math.log(1 + (n * m) / (cs * ct)))
    weight[id] = isSmallNumber[id] === true ? w / 2 : w
  }
  return weight
}

/**
 * Link the anchors of two sides: numbers, URLs and e-mails match when their normalised forms are equal;
 * names when their skeletons have a Dice bigram similarity of at least `minDice` (via `dice-coefficient`) or
 * one is a prefix (≥ 4 letters) of the other (suffixing languages add case endings to names). Anchors without a
 * counterpart on the other side are dropped: they cannot tell alignments apart.
 * @param source Anchors of each source item.
 * @param target Anchors of each target item.
 * @param options See {@link LinkAnchorsOptions}.
 * @returns Shared ids per item and a weight per id.
 */
export function linkAnchors(
  source: ReadonlyArray<readonly Anchor[]>,
  target: ReadonlyArray<readonly Anchor[]>,
  options: LinkAnchorsOptions = {},
): LinkedAnchors {
  const minDice = options.minDice ?? 0.7
  const maxWeight = options.maxWeight ?? 4
  const sourceKeys = new Set<string>()
  const targetKeys = new Set<string>()
  for (const item of source) for (const a of item) sourceKeys.add(keyOf(a))
  for (const item of target) for (const a of item) targetKeys.add(keyOf(a))
  const find = joinKeys(sourceKeys, targetKeys, minDice)

  const rootHasSource = new Set<string>()
  const rootHasTarget = new Set<string>()
  for (const k of sourceKeys) rootHasSource.add(find(`s|${k}`))
  for (const k of targetKeys) rootHasTarget.add(find(`t|${k}`))
  const ids = new Map<string, number>()
  const sourceCount: number[] = []
  const targetCount: number[] = []
  const isSmallNumber: boolean[] = []
  const idOf = (side: 's' | 't', a: Anchor): number => {
    const root = find(`${side}|${keyOf(a)}`)
    if (!rootHasSource.has(root) || !rootHasTarget.has(root)) return -1
    let id = ids.get(root)
    if (id === undefined) {
      id = ids.size
      ids.set(root, id)
      sourceCount.push(0)
      targetCount.push(0)
      isSmallNumber.push(a.kind === 'number' && a.normalized.length < 2)
    }
    return id
  }
  const mapSide = (side: 's' | 't', items: ReadonlyArray<readonly Anchor[]>, counts: number[]): Int32Array[] =>
    items.map((item) => {
      const list: number[] = []
      for (const a of item) {
        const id = idOf(side, a)
        if (id >= 0) list.push(id)
      }
      list.sort((x, y) => x - y)
      for (const id of new Set(list)) counts[id] = (counts[id] ?? 0) + 1
      return Int32Array.from(list)
    })
  const s = mapSide('s', source, sourceCount)
  const t = mapSide('t', target, targetCount)
  const weight = idWeights(sourceCount, targetCount, isSmallNumber, Math.max(1, source.length), Math.max(1, target.length), maxWeight)
  return { source: s, target: t, weight }
}
