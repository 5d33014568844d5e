/**
 * The items of one translation pair measured once for several alignments of them: a document pair is aligned at
 * segment level with its structure, then again in order, reversed and rotated for the order test. Letters, shapes
 * and the anchor and cognate links of the items do not depend on which alignment reads them, so each is computed
 * once here instead of once per alignment.
 *
 * A reordered target keeps the links of the target in its own order, moved with its items: `linkAnchors` and
 * `linkCognates` number their ids in the order of the source side's anchors and count each id per item, so the ids
 * of a target item, the ids' weights and the source side are the same whatever the target's order (the sets of
 * joined keys do not depend on the order in which they are joined). Only the script of a side is measured on a
 * sample of its items in order; a reordered target whose sample reads another script is measured from scratch.
 */
import type { LinkedAnchors } from './anchors/linkAnchors.js'
import { linkAnchors } from './anchors/linkAnchors.js'
import { extractAnchors, latinShareOf } from './anchors/extractAnchors.js'
import { linkCognates, mergeLinks } from './signals/cognates.js'
import { shapeFeatures } from './signals/shape.js'
import { countLetters } from './text/countLetters.js'

/** The weights the links depend on (see `ResolvedWeights`). */
export interface LinkWeights {
  /** Weight of the anchors (0: no anchor links). */
  anchors: number
  /** Weight of the cognates (0: no cognate links). */
  cognates: number
}

/** Letters and shape features of each item of one side. */
export interface ItemMeasures {
  /** Letters per item. */
  letters: number[]
  /** Shape features per item. */
  shapes: number[][]
}

/**
 * Whether a side's dominant script is Latin, measured on a sample of its items (about 200 of them, 20,000
 * characters at most).
 * @param texts The side's items, in order.
 */
export function sideIsLatin(texts: readonly string[]): boolean {
  const sample: string[] = []
  let characters = 0
  for (let i = 0; i < texts.length && characters < 20_000; i += Math.max(1, Math.floor(texts.length / 200))) {
    sample.push(texts[i] ?? '')
    characters += 1 + (texts[i] ?? '').length
  }
  return latinShareOf(sample) >= 0.5
}

/**
 * Anchor and cognate links of two sides, in one id space (cognate weights scaled relative to the anchors').
 * @param source Source items.
 * @param target Target items.
 * @param weights Signal weights.
 * @param latin Whether each side is Latin-script (see {@link sideIsLatin}).
 */
export function linkItems(source: readonly string[], target: readonly string[], weights: LinkWeights, latin: { source: boolean; target: boolean }): LinkedAnchors {
  const anchorLinks =
    weights.anchors === 0
      ? { source: source.map(() => new Int32Array(0)), target: target.map(() => new Int32Array(0)), weight: new Float64Array(0) }
      : linkAnchors(
          source.map((t) => extractAnchors(t, { latin: latin.source })),
          target.map((t) => extractAnchors(t, { latin: latin.target })),
        )
  // Cognates share the anchors' ids and cost, their weights scaled relative to the anchors' weight.
  return weights.cognates === 0 ? anchorLinks : mergeLinks(anchorLinks, linkCognates(source, target), weights.cognates / (weights.anchors || 1))
}

/** Letters and shapes of each item. */
function measureItems(texts: readonly string[]): ItemMeasures {
  return { letters: texts.map(countLetters), shapes: texts.map(shapeFeatures) }
}

function reorder<T>(list: readonly T[], order: readonly number[]): T[] {
  return order.map((k) => list[k]!)
}

/** The items of a pair, measured once and read by every alignment of them (see the module's comment). */
export class PairItems {
  /** Source items. */
  readonly source: readonly string[]
  /** Target items, in their own order. */
  readonly target: readonly string[]
  #latin: { source: boolean; target: boolean } | undefined
  #measures: { source: ItemMeasures; target: ItemMeasures } | undefined
  readonly #links = new Map<string, LinkedAnchors>()

  /**
   * @param source Source items.
   * @param target Target items.
   */
  constructor(source: readonly string[], target: readonly string[]) {
    this.source = source
    this.target = target
  }

  /**
   * The target's items in a given order.
   * @param order Target indices, a permutation (`undefined`: the target's own order).
   */
  targetIn(order: readonly number[] | undefined): readonly string[] {
    return order === undefined ? this.target : reorder(this.target, order)
  }

  /**
   * Letters and shapes of both sides, the target's in the given order.
   * @param order Target indices (`undefined`: own order).
   */
  measures(order: readonly number[] | undefined): { source: ItemMeasures; target: ItemMeasures } {
    this.#measures ??= { source: measureItems(this.source), target: measureItems(this.target) }
    const { source, target } = this.#measures
    return order === undefined ? this.#measures : { source, target: { letters: reorder(target.letters, order), shapes: reorder(target.shapes, order) } }
  }

  /**
   * The links of the two sides, the target's in the given order: the links of the target's own order, moved with
   * its items, unless the reordered target's sample reads as another script.
   * @param order Target indices (`undefined`: own order).
   * @param weights Signal weights.
   */
  links(order: readonly number[] | undefined, weights: LinkWeights): LinkedAnchors {
    this.#latin ??= { source: sideIsLatin(this.source), target: sideIsLatin(this.target) }
    const latin = this.#latin
    const key = `${weights.anchors}|${weights.cognates}`
    let own = this.#links.get(key)
    if (own === undefined) this.#links.set(key, (own = linkItems(this.source, this.target, weights, latin)))
    if (order === undefined) return own
    const target = this.targetIn(order)
    const latinTarget = sideIsLatin(target)
    if (latinTarget !== latin.target) return linkItems(this.source, target, weights, { source: latin.source, target: latinTarget })
    return { source: own.source, target: reorder(own.target, order), weight: own.weight }
  }
}
