/**
 * The corpus-level word model of the sentence units: after the pairwise stage, the confident 1-1 sentence beads
 * of every pair judged parallel are pooled per language pair and one lexicon is learned per language pair
 * (Moore 2002); the family stage aligns the sentences of each hub pair again with it. A reduce over all pairs:
 * the sharded job does it in its `group` step.
 */
import { confidentSentencePairs } from '../align/document/confidentSentencePairs.js'
import { trainLanguagePairLexicons, type LanguagePairBitext, type LanguagePairLexicon } from '../align/lexical/languagePairLexicons.js'
import type { DocumentAlignment } from '../align/types.js'
import type { PairVerdict, ParsedDocument } from '../types.js'
import { usage } from '../errors/checkArgument.js'
import { isPlainModel1 } from '../align/lexical/model1.js'

/** Confident sentence pairs of one judged document pair, with the pair's ids (the order key of the pooling). */
export interface PairTraining {
  /** First document id (`a < b`). */
  a: string
  /** Second document id. */
  b: string
  /** Its confident sentence pairs. */
  bitext: LanguagePairBitext
}

/**
 * The training data of the judged pairs, for `lexiconsOfCorpus`.
 * @param verdicts Verdicts of the judged pairs.
 * @param documents Documents by id.
 * @param alignmentOf The alignment behind a verdict (from the pairwise stage's cache).
 */
export function trainingOfPairs(verdicts: readonly PairVerdict[], documents: ReadonlyMap<string, ParsedDocument>, alignmentOf: (a: string, b: string) => DocumentAlignment | undefined): PairTraining[] {
  const out: PairTraining[] = []
  for (const v of verdicts) {
    if (!v.parallel) continue
    const a = documents.get(v.a)
    const b = documents.get(v.b)
    const alignment = alignmentOf(v.a, v.b)
    if (a === undefined || b === undefined || alignment === undefined) continue
    const bitext = confidentSentencePairs(a, b, alignment)
    if (bitext !== undefined) out.push({ a: v.a, b: v.b, bitext })
  }
  return out
}

/**
 * One lexicon per language pair: learned from the pooled training data (pairs taken in document-id order, so
 * the result does not depend on the order they arrive in), replaced by a given lexicon where one is given for
 * the same two languages.
 * @param training Training data of the judged pairs.
 * @param given Lexicons given by the caller.
 * @param learn Whether to learn lexicons at all.
 * @returns The lexicons, sorted by languages.
 */
export function lexiconsOfCorpus(training: readonly PairTraining[], given: readonly LanguagePairLexicon[] | undefined, learn: boolean): LanguagePairLexicon[] {
  const key = (l: readonly [string, string]): string => [...l].sort().join('\u0000')
  const givenKeys = new Set((given ?? []).map((l) => key(l.languages)))
  const sorted = learn ? [...training].sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0)) : []
  const learned = trainLanguagePairLexicons(sorted.filter((t) => !givenKeys.has(key(t.bitext.languages))).map((t) => t.bitext))
  return [...learned, ...(given ?? [])].sort((x, y) => (key(x.languages) < key(y.languages) ? -1 : key(x.languages) > key(y.languages) ? 1 : 0))
}

/**
 * Check a `lexicons` option: an array of `{ languages: [string, string], pairs: [string, string][], p1, p0 }`.
 * @throws {UsageError} `INVALID_OPTION` naming the first bad entry.
 */
export function checkLexicons(value: unknown, name = 'lexicons'): void {
  if (value === undefined) return
  if (!Array.isArray(value)) usage(name, 'an array of language-pair lexicons ({ languages, pairs, p1, p0 })', value)
  value.forEach((entry: unknown, i) => {
    const e = entry as Partial<LanguagePairLexicon> | null
    const ok =
      typeof e === 'object' && e !== null &&
      Array.isArray(e.languages) && e.languages.length === 2 && e.languages.every((l) => typeof l === 'string') &&
      Array.isArray(e.pairs) && e.pairs.every((p) => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'string') &&
      typeof e.p1 === 'number' && typeof e.p0 === 'number' && e.p1 > e.p0 && e.p0 > 0 && e.p1 < 1 &&
      (e.model === undefined || isPlainModel1(e.model))
    if (!ok) usage(`${name}[${i}]`, 'a language-pair lexicon ({ languages: [ISO 639-3, ISO 639-3], pairs: [source word, target word][], p1, p0 with 0 < p0 < p1 < 1, optional model })', entry)
  })
}
