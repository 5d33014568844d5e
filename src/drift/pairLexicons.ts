/**
 * Word links learned from a whole corpus, one lexicon per language pair: the cells that two members of a family
 * fill for the same slot are a training pair, pooled over every family of the corpus (Moore 2002 trains its word
 * model on the confident beads of the whole bitext; a single article is far too short to learn from).
 */
import { trainLexicon, type WordLinks } from '../align/lexical/trainLexicon.js'
import type { FamilyWords } from './slotWords.js'

/**
 * Fewer training pairs than this for a language pair: no lexicon, so no content check for that pair. Learned from
 * fewer paragraphs, links are too sparse and too specific to their articles: on ten articles in six languages a
 * faithful paragraph was as often called replaced as a replaced one.
 */
export const MIN_TRAINING_CELLS = 150

/**
 * Minimum Dice score of a word link. Stricter than the bitext aligner's: a word seen twice beside a common word
 * of the other language would otherwise be linked to it, and paragraphs hold many such words.
 */
const MIN_DICE = 0.5

/** Lexicons keyed by {@link languagePairKey}; the lexicon's source side is the first language of the key. */
export type PairLexicons = Map<string, WordLinks>

/**
 * Key of an unordered language pair: the two tags sorted, joined by a space.
 * @param a A language tag.
 * @param b Another.
 */
export function languagePairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`
}

interface TrainingSet {
  source: Int32Array[]
  target: Int32Array[]
  beads: Array<[number, number]>
  /** Per cell's words (either side), the distinct cells of the other side it stands beside. */
  partners: Map<string, Set<string>>
  /** Each bead's two cell keys. */
  keys: Array<[string, string]>
  /** Bead keys already taken: the same two cells side by side again train once. */
  pairs: Set<string>
}

/**
 * The beads whose cells stand beside one partner only: a repeated paragraph (boilerplate, a copy pasted over another
 * paragraph) would link its words to whatever stood beside each copy, and which copy is the right one cannot be
 * told — so none trains. The same two cells met again side by side (a second version of a translation, which keeps
 * most of its paragraphs, against the same member) are one training pair, taken once: nothing in them is ambiguous.
 */
function uniqueBeads(set: TrainingSet): Array<[number, number]> {
  return set.beads.filter((_, k) => {
    const [a, b] = set.keys[k]!
    return set.partners.get(a)?.size === 1 && set.partners.get(b)?.size === 1
  })
}

/** Records that two cells stand side by side; false when that pair was already recorded. */
function addPair(set: TrainingSet, a: string, b: string): boolean {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    let partners = set.partners.get(x)
    if (partners === undefined) set.partners.set(x, (partners = new Set()))
    partners.add(y)
  }
  const key = `${a}\u0000${b}`
  if (set.pairs.has(key)) return false
  set.pairs.add(key)
  return true
}

/**
 * Train a lexicon for every language pair that fills enough slots together across the corpus.
 * @param families Every family's cell words, in family order (the order makes training deterministic).
 * @param minCells Fewest training cells of a language pair (default: {@link MIN_TRAINING_CELLS}).
 * @returns Lexicons per language pair.
 */
export function trainPairLexicons(families: readonly FamilyWords[], minCells = MIN_TRAINING_CELLS): PairLexicons {
  const sets = new Map<string, TrainingSet>()
  for (const family of families) {
    family.documents.forEach((_, a) => {
      family.documents.forEach((_, b) => {
        const la = family.languages[a]
        const lb = family.languages[b]
        if (la === undefined || lb === undefined || !(la < lb)) return
        const key = languagePairKey(la, lb)
        let set = sets.get(key)
        if (set === undefined) sets.set(key, (set = { source: [], target: [], beads: [], partners: new Map(), keys: [], pairs: new Set() }))
        family.slots.forEach((_, s) => {
          const wa = family.words[a]?.[s]
          const wb = family.words[b]?.[s]
          if (wa === undefined || wb === undefined || wa.length === 0 || wb.length === 0) return
          const ka = `a${wa.join(',')}`
          const kb = `b${wb.join(',')}`
          if (!addPair(set, ka, kb)) return
          set.keys.push([ka, kb])
          set.beads.push([set.source.length, set.target.length])
          set.source.push(wa)
          set.target.push(wb)
        })
      })
    })
  }
  const lexicons: PairLexicons = new Map()
  for (const key of [...sets.keys()].sort()) {
    const set = sets.get(key)!
    const beads = uniqueBeads(set)
    if (beads.length < minCells) continue
    const lexicon = trainLexicon(set.source, set.target, beads, { maxBeads: 20000, linksPerWord: 1, minDice: MIN_DICE, linking: 'best' })
    if (lexicon !== undefined && lexicon.p1 >= 3 * lexicon.p0) lexicons.set(key, lexicon)
  }
  return lexicons
}
