import type { ParsedDocument } from '../../types.js'
import type { LanguagePairBitext } from '../lexical/languagePairLexicons.js'
import type { DocumentAlignment } from '../types.js'
import { sentencesOf } from './sentenceBeads.js'

/** Confidence a sentence bead (and its segment bead) needs to be learned from. */
export const CORPUS_LEXICON_MIN_CONFIDENCE = 0.9

/**
 * The confident 1-1 sentence beads of a parallel document pair of two languages, as training data of the
 * language pair's lexicon (sides put in language-code order).
 * @param source The alignment's source document.
 * @param target Its target document.
 * @param alignment The alignment of the two.
 * @returns The sentence pairs, or `undefined` when the pair is not parallel, a language is unknown or both
 *   documents are in the same language.
 */
export function confidentSentencePairs(source: ParsedDocument, target: ParsedDocument, alignment: DocumentAlignment): LanguagePairBitext | undefined {
  const a = source.language?.iso6393
  const b = target.language?.iso6393
  if (!alignment.parallelism.parallel || a === undefined || b === undefined || a === b || a === 'und' || b === 'und') return undefined
  const textOf = (doc: ParsedDocument): Map<string, string> => new Map(sentencesOf(doc, doc.segments).map((x) => [x.id, x.text] as const))
  const sourceText = textOf(source)
  const targetText = textOf(target)
  const pairs: Array<[string, string]> = []
  const confidences: number[] = []
  for (const segment of alignment.segments) {
    if (segment.confidence < CORPUS_LEXICON_MIN_CONFIDENCE) continue
    for (const bead of segment.sentences) {
      if (bead.source.length !== 1 || bead.target.length !== 1 || bead.confidence < CORPUS_LEXICON_MIN_CONFIDENCE) continue
      const s = sourceText.get(bead.source[0]!)
      const t = targetText.get(bead.target[0]!)
      if (s === undefined || t === undefined) continue
      pairs.push(a < b ? [s, t] : [t, s])
      confidences.push(Math.min(segment.confidence, bead.confidence))
    }
  }
  return pairs.length === 0 ? undefined : { languages: a < b ? [a, b] : [b, a], pairs, confidences }
}
