/**
 * How well a member's cell says what the other members say in the same slot, from learned word links: of the
 * cell's linked words, the share that finds a partner in the other's cell (`precision`: low when the cell holds
 * text the others lack), and of the other's linked words, the share found in this cell (`recall`: low when part
 * of the slot was left out). Each is divided by the same pair's rate over all their shared slots, so that a
 * language pair with a weak lexicon is judged against itself; the counts are pooled over the half of the other
 * members the cell agrees with best, so that one or two faulty members do not make their neighbours look faulty.
 */
import { countMatched } from '../align/lexical/trainLexicon.js'
import { languagePairKey, type PairLexicons } from './pairLexicons.js'
import type { FamilyWords } from './slotWords.js'

/** A cell with fewer linked words than this, over all the others, is not judged in that direction (titles, short questions). */
export const MIN_LINKED_WORDS = 10

/** A member's cell against the other members' cells of the same slot. */
export interface CellAgreement {
  /** Share of the cell's linked words found in the others' cells, relative to the usual rate (1 = usual). */
  precision: number | undefined
  /** Share of the others' linked words found in this cell, relative to the usual rate. */
  recall: number | undefined
  /** How many standard deviations the cell's matches fall from what the usual rates predict (`precision` side). */
  precisionZ: number | undefined
  /** The same for the `recall` side. */
  recallZ: number | undefined
  /** How many other members it was compared with. */
  others: number
  /** Linked words counted in each direction, over all the others. */
  linked: [number, number]
  /** Both directions pooled (matches over what the usual rates predict), judged when they hold enough linked words together. */
  pooled: number | undefined
  /** How many standard deviations the pooled matches fall from what the usual rates predict. */
  pooledZ: number | undefined
}

interface Counts {
  linked: number
  matched: number
}

/** How many of the words have a link. */
export function linkedIn(words: Int32Array, links: Map<number, Int32Array>): number {
  let k = 0
  for (const w of words) if (links.has(w)) k++
  return k
}

/** The word links between two members' languages, each side's links keyed by its own words. */
export function pairLinks(family: FamilyWords, d: number, e: number, lexicons: PairLexicons): { ownLinks: Map<number, Int32Array>; otherLinks: Map<number, Int32Array> } | undefined {
  const ld = family.languages[d]
  const le = family.languages[e]
  if (ld === undefined || le === undefined || ld === le) return undefined
  const lexicon = lexicons.get(languagePairKey(ld, le))
  if (lexicon === undefined) return undefined
  const [ownLinks, otherLinks] = ld < le ? [lexicon.sourceLinks, lexicon.targetLinks] : [lexicon.targetLinks, lexicon.sourceLinks]
  return { ownLinks, otherLinks }
}

/**
 * The usual match rates of member `d` against member `e` over every slot both fill: of `d`'s linked words, the
 * share found in `e`'s cell (`own`), and the other way (`their`).
 */
export function pairRates(family: FamilyWords, d: number, e: number, lexicons: PairLexicons): { own: number; their: number } | undefined {
  const counts = pairCounts(family, d, e, lexicons)
  if (counts === undefined) return undefined
  const present = counts.filter((c): c is [Counts, Counts] => c !== undefined)
  return { own: rate(present.map((c) => c[0])), their: rate(present.map((c) => c[1])) }
}

/** Match counts of member `d`'s cells against member `e`'s, per slot, in both directions. */
function pairCounts(family: FamilyWords, d: number, e: number, lexicons: PairLexicons): Array<[Counts, Counts] | undefined> | undefined {
  const links = pairLinks(family, d, e, lexicons)
  if (links === undefined) return undefined
  const { ownLinks, otherLinks } = links
  return family.slots.map((_, s) => {
    const a = family.words[d]?.[s]
    const b = family.words[e]?.[s]
    if (a === undefined || b === undefined) return undefined
    return [
      { linked: linkedIn(a, ownLinks), matched: countMatched(a, ownLinks, b) },
      { linked: linkedIn(b, otherLinks), matched: countMatched(b, otherLinks, a) },
    ]
  })
}

/** Pooled match counts of one cell in one direction, and what the usual rates predict. */
interface Tally {
  linked: number
  matched: number
  expected: number
  variance: number
}

function ratio(x: Tally): number | undefined {
  return x.linked < MIN_LINKED_WORDS || x.expected <= 0 ? undefined : x.matched / x.expected
}

function zScore(x: Tally): number | undefined {
  return x.linked < MIN_LINKED_WORDS || x.variance <= 0 ? undefined : (x.matched - x.expected) / Math.sqrt(x.variance)
}

function rate(counts: readonly Counts[]): number {
  const linked = counts.reduce((x, c) => x + c.linked, 0)
  const matched = counts.reduce((x, c) => x + c.matched, 0)
  return linked === 0 ? 0 : matched / linked
}

function tally(c: Counts, usual: number): Tally {
  return { linked: c.linked, matched: c.matched, expected: c.linked * usual, variance: c.linked * usual * (1 - usual) }
}

function sum(tallies: readonly Tally[]): Tally {
  const out: Tally = { linked: 0, matched: 0, expected: 0, variance: 0 }
  for (const x of tallies) {
    out.linked += x.linked
    out.matched += x.matched
    out.expected += x.expected
    out.variance += x.variance
  }
  return out
}

/**
 * The counts of a cell pooled over the half of the other members (rounded up; all of them when there are at most
 * two) whose cells it agrees with best, both directions pooled: one or two faulty members, whose cells hold other
 * text, do not make a faithful cell look as if it said something else; a cell that does disagrees with them all.
 */
function upperHalf(perOther: ReadonlyArray<readonly [Tally, Tally]>): [Tally, Tally] {
  const score = ([o, t]: readonly [Tally, Tally]): number => {
    const expected = o.expected + t.expected
    return expected <= 0 ? 0 : (o.matched + t.matched) / expected
  }
  const kept = perOther.length <= 2 ? [...perOther] : [...perOther].sort((a, b) => score(b) - score(a)).slice(0, Math.ceil(perOther.length / 2))
  return [sum(kept.map((x) => x[0])), sum(kept.map((x) => x[1]))]
}

/**
 * Every member's agreement with the others, per slot: match counts pooled over the other members (each weighed
 * against its own pair's usual rate), so that a cell is judged on all the words the family gives it.
 * @param family The family's cell words.
 * @param lexicons The corpus's lexicons.
 * @returns `[member][slot]`, `undefined` where the cell could not be judged.
 */
export function contentAgreement(family: FamilyWords, lexicons: PairLexicons): Array<Array<CellAgreement | undefined>> {
  return family.documents.map((_, d) => {
    // Per slot and other member: observed matches and the matches expected at the pair's usual rate, per direction.
    const perOther = family.slots.map((): Array<[Tally, Tally]> => [])
    family.documents.forEach((_, e) => {
      if (e === d) return
      const counts = pairCounts(family, d, e, lexicons)
      if (counts === undefined) return
      const present = counts.filter((c): c is [Counts, Counts] => c !== undefined)
      const ownRate = rate(present.map((c) => c[0]))
      const theirRate = rate(present.map((c) => c[1]))
      counts.forEach((c, s) => {
        if (c === undefined) return
        perOther[s]!.push([tally(c[0], ownRate), tally(c[1], theirRate)])
      })
    })
    return family.slots.map((_, s) => {
      const others = perOther[s]!.length
      if (others === 0) return undefined
      const [o, t] = upperHalf(perOther[s]!)
      const both = sum([o, t])
      return { precision: ratio(o), recall: ratio(t), precisionZ: zScore(o), recallZ: zScore(t), others, linked: [o.linked, t.linked], pooled: both.linked < 2 * MIN_LINKED_WORDS ? undefined : ratio(both), pooledZ: both.linked < 2 * MIN_LINKED_WORDS ? undefined : zScore(both) }
    })
  })
}
