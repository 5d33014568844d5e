/**
 * Corpus lexicons learned when first needed: the pairwise stage pools the training data of each language pair
 * (as `lexiconsOfCorpus` does), and a language pair's lexicon is learned only when a hub-to-member alignment of
 * those two languages asks for it. A family aligns its hub to each other member, so a folder of n languages
 * uses n − 1 of its n(n − 1)/2 language pairs per hub: learning all of them up front, in the calling thread,
 * was most of the time between the pairwise and the family stages. Learning is a pure function of the pooled
 * data, so a lexicon is the same in whichever thread learns it, and the same as `lexiconsOfCorpus` gives.
 */
import { lexiconFor, trainLanguagePairLexicons, type LanguagePairBitext, type LanguagePairLexicon } from '../align/lexical/languagePairLexicons.js'
import type { Lexicon } from '../align/lexical/Lexicon.js'
import type { PairTraining } from './corpusLexicons.js'

/** The pooled training data of one language pair's corpus lexicon, learned on first use (see {@link lexiconOf}). */
export interface PendingLexicon {
  /** ISO 639-3 codes of the two sides, in code order. */
  languages: [string, string]
  /** Every confident sentence pair of the language pair, pooled in document-id order, confidences included. */
  training: LanguagePairBitext
}

/** A corpus lexicon: learned or given already, or still to learn from its training data. */
export type CorpusLexicon = LanguagePairLexicon | PendingLexicon

/** Whether an entry still has to be learned. */
export function isPending(entry: CorpusLexicon): entry is PendingLexicon {
  return 'training' in entry
}

const unorderedKey = (l: readonly [string, string]): string => [...l].sort().join('\u0000')

/**
 * `lexiconsOfCorpus` with each learned lexicon left as its pooled training data: the same language pairs in the
 * same order, a given lexicon where one is given. Learning every pending entry gives `lexiconsOfCorpus`'s list
 * (less the language pairs with too little to learn from).
 * @param training Training data of the judged pairs.
 * @param given Lexicons given by the caller.
 * @param learn Whether to learn lexicons at all.
 */
export function pendingLexiconsOfCorpus(training: readonly PairTraining[], given: readonly LanguagePairLexicon[] | undefined, learn: boolean): CorpusLexicon[] {
  const givenKeys = new Set((given ?? []).map((l) => unorderedKey(l.languages)))
  const sorted = learn ? [...training].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0)) : []
  const pooled = new Map<string, PendingLexicon>()
  for (const { bitext } of sorted) {
    if (givenKeys.has(unorderedKey(bitext.languages))) continue
    const key = `${bitext.languages[0]}\u0000${bitext.languages[1]}`
    let pending = pooled.get(key)
    if (pending === undefined) pooled.set(key, (pending = { languages: bitext.languages, training: { languages: bitext.languages, pairs: [], confidences: [] } }))
    bitext.pairs.forEach((pair, k) => {
      pending.training.pairs.push(pair)
      pending.training.confidences!.push(bitext.confidences?.[k] ?? 1)
    })
  }
  const learned = [...pooled.keys()].sort().map((key) => pooled.get(key)!)
  const byKey = (x: CorpusLexicon, y: CorpusLexicon): number => (unorderedKey(x.languages) < unorderedKey(y.languages) ? -1 : unorderedKey(x.languages) > unorderedKey(y.languages) ? 1 : 0)
  return [...learned, ...(given ?? [])].sort(byKey)
}

/**
 * The entries that concern some languages: those whose two languages are both among them.
 * @param entries The corpus lexicons (or references to them).
 * @param languages ISO 639-3 codes (e.g. of a family's members).
 */
export function lexiconsAmongLanguages<T extends { languages: readonly [string, string] }>(entries: readonly T[] | undefined, languages: Iterable<string | undefined>): T[] | undefined {
  if (entries === undefined) return undefined
  const set = new Set(languages)
  const out = entries.filter((l) => set.has(l.languages[0]) && set.has(l.languages[1]))
  return out.length === 0 ? undefined : out
}

/** What each pending entry learned (`null`: too little to learn from), per entry object. */
const learnedOf = new WeakMap<PendingLexicon, LanguagePairLexicon | null>()

/**
 * The lexicon learned from a pending entry, learned the first time it is asked for and kept with the entry.
 * @param entry The entry.
 * @returns The lexicon, `undefined` when its language pair had too little to learn from.
 */
export function learnPending(entry: PendingLexicon): LanguagePairLexicon | undefined {
  let learned = learnedOf.get(entry)
  if (learned === undefined) learnedOf.set(entry, (learned = trainLanguagePairLexicons([entry.training])[0] ?? null))
  return learned ?? undefined
}

/**
 * The lexicon to align a source in one language with a target in another (`lexiconFor` over a list whose entries
 * may still be pending): the first entry of the two languages, in either orientation, that has a lexicon.
 * @param entries The corpus lexicons.
 * @param source ISO 639-3 code of the source side.
 * @param target ISO 639-3 code of the target side.
 */
export function lexiconOf(entries: readonly CorpusLexicon[] | undefined, source: string | undefined, target: string | undefined): Lexicon | undefined {
  if (entries === undefined || source === undefined || target === undefined || source === target) return undefined
  for (const entry of entries) {
    const [x, y] = entry.languages
    if (!((x === source && y === target) || (x === target && y === source))) continue
    const lexicon = isPending(entry) ? learnPending(entry) : entry
    if (lexicon !== undefined) return lexiconFor([lexicon], source, target)
  }
  return undefined
}
