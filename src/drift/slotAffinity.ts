/**
 * How well any text of a member (one of its segments, one paragraph of it) says what the other members say in a
 * slot, from the corpus's word links: the content evidence used to re-fit a member's segments to slots
 * (`refitCells.ts`). Counted as in `contentAgreement.ts` — linked words that find a partner, against each language
 * pair's usual rate — in both directions, pooled over the other members' own cells of the slot.
 */
import { countMatched } from '../align/lexical/trainLexicon.js'
import { linkedIn, MIN_LINKED_WORDS, pairLinks, pairRates } from './contentAgreement.js'
import type { PairLexicons } from './pairLexicons.js'
import type { FamilyWords } from './slotWords.js'

/** A text against the other members' cells of one slot. */
export interface Affinity {
  /** Both directions pooled, relative to the usual rate (1 = usual); `undefined` with too few linked words. */
  ratio: number | undefined
  /** Standard deviations of the pooled matches from the usual rates' prediction (negative: fewer). */
  z: number | undefined
  /** The others' words found in the text, relative to the usual rate; `undefined` with too few linked words. */
  recall: number | undefined
  /** Standard deviations of that direction from its prediction. */
  recallZ: number | undefined
  /** The text's words found in the others' cells, relative to the usual rate; `undefined` with too few linked words. */
  precision: number | undefined
  /** Standard deviations of that direction from its prediction. */
  precisionZ: number | undefined
  /** Both directions pooled, counted (however few words are linked), to pool several texts' evidence. */
  counts?: AffinityCounts | undefined
}

/** Linked words, those matched, and the matches the usual rates predict (with their variance). */
export interface AffinityCounts {
  /** Linked words. */
  linked: number
  /** Linked words that find a partner. */
  matched: number
  /** Matches the usual rates predict. */
  expected: number
  /** Variance of that prediction. */
  variance: number
}

type Tally = AffinityCounts

/**
 * Several texts' counts pooled: their matches against the usual rates' prediction, in standard deviations (`z`)
 * and as a share of it (`ratio`).
 * @param counts Each text's counts (`undefined` ones are left out).
 * @returns The pooled verdict, or `undefined` when no word is linked.
 */
export function pooledCounts(counts: ReadonlyArray<AffinityCounts | undefined>): { z: number; ratio: number } | undefined {
  let linked = 0
  let matched = 0
  let expected = 0
  let variance = 0
  for (const c of counts) {
    if (c === undefined) continue
    linked += c.linked
    matched += c.matched
    expected += c.expected
    variance += c.variance
  }
  if (linked === 0 || expected <= 0 || variance <= 0) return undefined
  return { z: (matched - expected) / Math.sqrt(variance), ratio: matched / expected }
}

function judge(t: Tally, minLinked: number): { ratio: number | undefined; z: number | undefined } {
  if (t.linked < minLinked || t.expected <= 0 || t.variance <= 0) return { ratio: undefined, z: undefined }
  return { ratio: t.matched / t.expected, z: (t.matched - t.expected) / Math.sqrt(t.variance) }
}

function add(t: Tally, linked: number, matched: number, rate: number): void {
  t.linked += linked
  t.matched += matched
  t.expected += linked * rate
  t.variance += linked * rate * (1 - rate)
}

/** A member's texts against a slot, counted: pooled, the others' words (`theirs`) and its own (`mine`). */
function memberTally(family: FamilyWords, d: number, lexicons: PairLexicons): ((words: Int32Array, slot: number) => { pooled: Tally; theirs: Tally; mine: Tally }) | undefined {
  const others: Array<{ e: number; ownLinks: Map<number, Int32Array>; otherLinks: Map<number, Int32Array>; own: number; their: number }> = []
  family.documents.forEach((_, e) => {
    if (e === d) return
    const links = pairLinks(family, d, e, lexicons)
    const rates = pairRates(family, d, e, lexicons)
    if (links !== undefined && rates !== undefined && rates.own > 0 && rates.their > 0) others.push({ e, ...links, ...rates })
  })
  if (others.length === 0) return undefined
  return (words, slot) => {
    const pooled: Tally = { linked: 0, matched: 0, expected: 0, variance: 0 }
    const theirs: Tally = { linked: 0, matched: 0, expected: 0, variance: 0 }
    const mine: Tally = { linked: 0, matched: 0, expected: 0, variance: 0 }
    for (const o of others) {
      const cell = family.words[o.e]?.[slot]
      if (cell === undefined) continue
      const ownLinked = linkedIn(words, o.ownLinks)
      const ownMatched = countMatched(words, o.ownLinks, cell)
      add(pooled, ownLinked, ownMatched, o.own)
      add(mine, ownLinked, ownMatched, o.own)
      const linked = linkedIn(cell, o.otherLinks)
      const matched = countMatched(cell, o.otherLinks, words)
      add(pooled, linked, matched, o.their)
      add(theirs, linked, matched, o.their)
    }
    return { pooled, theirs, mine }
  }
}

/**
 * The affinity function of one member: any of its word sets against any slot.
 * @param family The family's cell words.
 * @param d The member.
 * @param lexicons The corpus's lexicons.
 * @returns `(words, slot) => Affinity`, or `undefined` when no other member shares a lexicon with it.
 */
export function memberAffinity(family: FamilyWords, d: number, lexicons: PairLexicons): ((words: Int32Array, slot: number) => Affinity) | undefined {
  const tally = memberTally(family, d, lexicons)
  if (tally === undefined) return undefined
  return (words, slot) => {
    const { pooled, theirs, mine } = tally(words, slot)
    const both = judge(pooled, 2 * MIN_LINKED_WORDS)
    const recall = judge(theirs, MIN_LINKED_WORDS)
    const precision = judge(mine, MIN_LINKED_WORDS)
    return { ratio: both.ratio, z: both.z, recall: recall.ratio, recallZ: recall.z, precision: precision.ratio, precisionZ: precision.z, counts: pooled }
  }
}
