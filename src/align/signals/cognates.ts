/**
 * Cognates and transliterated words as a signal of their own: words whose `any-ascii` transliteration, folded to
 * a phonetic skeleton, starts with the same letters on both sides (`Expedition` ~ `expédition`, `Казахстан` ~
 * `Kazakhstan`, `pemerintah` ~ `pemerintahan`). Every word counts, not only names, so uncased scripts and
 * lower-case loans contribute too. Rare on both sides ⇒ strong; words found in many items say little and are
 * dropped. The links share the anchors' id space and cost (`anchorCost`), their weights scaled by the signal's
 * weight.
 */
import type { LinkedAnchors } from '../anchors/linkAnchors.js'
import { nameSkeleton } from '../anchors/nameSkeleton.js'
import { memoWords } from '../lexical/tokenizeWords.js'
import { TextMemo } from '../../util/TextMemo.js'

/** Shortest skeleton of a word compared, in letters. */
export const COGNATE_MIN_LETTERS = 4

/** Letters of the skeleton compared (a shared prefix this long makes two words cognates). */
export const COGNATE_PREFIX = 5

/** Words found in more than this share of a side's items are not linked. */
const MAX_ITEM_SHARE = 0.05

/** Largest weight of one cognate match, in nats. */
const MAX_WEIGHT = 3

const memo = new TextMemo<readonly string[]>()

function computeKeys(text: string): readonly string[] {
  const keys = new Set<string>()
  for (const word of memoWords(text, 256)) {
    const skeleton = nameSkeleton(word)
    if (skeleton.length < COGNATE_MIN_LETTERS) continue
    keys.add(skeleton.slice(0, COGNATE_PREFIX))
  }
  return [...keys]
}

/**
 * Cognate keys of a text: the first `COGNATE_PREFIX` letters of the skeleton of each word with at least
 * `COGNATE_MIN_LETTERS` skeleton letters, distinct.
 * @param text Any text, any script.
 * @returns Distinct keys.
 */
export function cognateKeys(text: string): readonly string[] {
  return memo.get(text, computeKeys)
}

/**
 * Link the cognate keys of two sides: a key found on both sides (in at most 5 % of the items of each) becomes an
 * id with weight `min(3, ½ ln(1 + n·m / (count_s · count_t)))`.
 * @param source Source items.
 * @param target Target items.
 * @returns Linked ids per item and a weight per id.
 */
export function linkCognates(source: readonly string[], target: readonly string[]): LinkedAnchors {
  const sKeys = source.map(cognateKeys)
  const tKeys = target.map(cognateKeys)
  const count = (items: ReadonlyArray<readonly string[]>): Map<string, number> => {
    const out = new Map<string, number>()
    for (const item of items) for (const k of item) out.set(k, (out.get(k) ?? 0) + 1)
    return out
  }
  const sc = count(sKeys)
  const tc = count(tKeys)
  const n = Math.max(1, source.length)
  const m = Math.max(1, target.length)
  const maxS = Math.max(1, MAX_ITEM_SHARE * n)
  const maxT = Math.max(1, MAX_ITEM_SHARE * m)
  const ids = new Map<string, number>()
  const weights: number[] = []
  for (const [k, cs] of sc) {
    const ct = tc.get(k)
    if (ct === undefined || cs > maxS || ct > maxT) continue
    ids.set(k, ids.size)
    weights.push(Math.min(MAX_WEIGHT, 0.5 * Math.log(1 + (n * m) / (cs * ct))))
  }
  const mapSide = (items: ReadonlyArray<readonly string[]>): Int32Array[] =>
    items.map((item) => {
      const list: number[] = []
      for (const k of item) {
        const id = ids.get(k)
        if (id !== undefined) list.push(id)
      }
      return Int32Array.from(list).sort()
    })
  return { source: mapSide(sKeys), target: mapSide(tKeys), weight: Float64Array.from(weights) }
}

/**
 * Merge two sets of links into one id space: the ids of `b` come after those of `a`, their weights scaled.
 * @param a First links (e.g. anchors).
 * @param b Second links (e.g. cognates).
 * @param scale Factor applied to the weights of `b`.
 * @returns The merged links.
 */
export function mergeLinks(a: LinkedAnchors, b: LinkedAnchors, scale: number): LinkedAnchors {
  const offset = a.weight.length
  const weight = new Float64Array(offset + b.weight.length)
  weight.set(a.weight)
  for (let k = 0; k < b.weight.length; k++) weight[offset + k] = (b.weight[k] ?? 0) * scale
  const join = (x: readonly Int32Array[], y: readonly Int32Array[]): Int32Array[] =>
    x.map((ids, k) => {
      const other = y[k]
      if (other === undefined || other.length === 0) return ids
      const out = new Int32Array(ids.length + other.length)
      out.set(ids)
      for (let j = 0; j < other.length; j++) out[ids.length + j] = (other[j] ?? 0) + offset
      return out
    })
  return { source: join(a.source, b.source), target: join(a.target, b.target), weight }
}
