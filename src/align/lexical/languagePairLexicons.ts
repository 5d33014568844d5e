/**
 * Lexicons of language pairs as plain data: what a corpus job learns once per language pair from the confident
 * sentence beads of all its document pairs (Moore 2002) and hands to every family, across worker threads and
 * shard files.
 */
import { Lexicon } from './Lexicon.js'
import { trainCorpusLexicon } from './trainCorpusLexicon.js'
import { model1FromPlain, model1ToPlain } from './model1.js'
import type { PlainModel1 } from './model1.js'
import { usage } from '../../errors/checkArgument.js'

/** A lexicon of one language pair as plain (JSON- and structured-clone-safe) data. */
export interface LanguagePairLexicon {
  /** ISO 639-3 codes of the two sides: `[source, target]` of the word pairs. */
  languages: [string, string]
  /** Word pairs `[source word, target word]`, sorted. */
  pairs: Array<[string, string]>
  /** Share of linked words that find their partner in a true translation. */
  p1: number
  /** Share of linked words that find a partner in an unrelated sentence. */
  p0: number
  /** The translation model learned with the links (IBM Model 1), if any. */
  model?: PlainModel1 | undefined
}

/** Confident 1-1 sentence beads of one document pair, as training data of its language pair. */
export interface LanguagePairBitext {
  /** ISO 639-3 codes `[source, target]`, in code order (`source < target`). */
  languages: [string, string]
  /** Sentence pairs `[source sentence, target sentence]`, in document order. */
  pairs: Array<[string, string]>
  /**
   * Confidence of each pair (the lower of its sentence bead's and its segment bead's; default: 1): the
   * translation model learns only from the surest (`modelConfidence` of `trainCorpusLexicon`).
   */
  confidences?: number[] | undefined
}

/**
 * A lexicon as plain data for a language pair.
 * @param languages ISO 639-3 codes `[source, target]`.
 * @param lexicon The lexicon (its source words in the first language).
 * @returns The plain form.
 * @throws {UsageError} `INVALID_OPTION` for arguments of the wrong type.
 */
export function languagePairLexicon(languages: readonly [string, string], lexicon: Lexicon): LanguagePairLexicon {
  if (!Array.isArray(languages) || languages.length !== 2 || !languages.every((l) => typeof l === 'string' && l !== '')) usage('languages', 'two language codes [source, target]', languages)
  if (!(lexicon instanceof Lexicon)) usage('lexicon', 'a Lexicon (from `Lexicon.parse`, `trainCorpusLexicon` or `new Lexicon`)', lexicon)
  const plain: LanguagePairLexicon = { languages: [languages[0], languages[1]], pairs: lexicon.pairs(), p1: lexicon.p1, p0: lexicon.p0 }
  if (lexicon.model !== undefined) plain.model = model1ToPlain(lexicon.model)
  return plain
}

const built = new WeakMap<LanguagePairLexicon, { forward: Lexicon; backward?: Lexicon }>()

/**
 * The lexicon to align a source in one language with a target in another, from a list of language-pair
 * lexicons (either orientation; read the other way round when needed).
 * @param lexicons The lexicons.
 * @param source ISO 639-3 code of the source side.
 * @param target ISO 639-3 code of the target side.
 * @returns The lexicon, or `undefined` when the list has none for the two languages.
 */
export function lexiconFor(lexicons: readonly LanguagePairLexicon[] | undefined, source: string | undefined, target: string | undefined): Lexicon | undefined {
  if (lexicons === undefined || source === undefined || target === undefined || source === target) return undefined
  for (const entry of lexicons) {
    const forward = entry.languages[0] === source && entry.languages[1] === target
    if (!forward && !(entry.languages[0] === target && entry.languages[1] === source)) continue
    let cached = built.get(entry)
    if (cached === undefined) built.set(entry, (cached = { forward: new Lexicon(entry.pairs, { p1: entry.p1, p0: entry.p0, model: entry.model === undefined ? undefined : model1FromPlain(entry.model) }) }))
    if (forward) return cached.forward
    return (cached.backward ??= cached.forward.reversed())
  }
  return undefined
}

/**
 * The lexicons of a list that concern some languages: those whose two languages are both among them.
 * @param lexicons The lexicons.
 * @param languages ISO 639-3 codes (e.g. of a family's members).
 */
export function lexiconsAmong(lexicons: readonly LanguagePairLexicon[] | undefined, languages: Iterable<string | undefined>): LanguagePairLexicon[] | undefined {
  if (lexicons === undefined) return undefined
  const set = new Set(languages)
  const out = lexicons.filter((l) => set.has(l.languages[0]) && set.has(l.languages[1]))
  return out.length === 0 ? undefined : out
}

/**
 * Learn one lexicon per language pair from the confident sentence pairs of many document pairs: the pairs of
 * every document pair of the same two languages are pooled, in the order given, and `trainCorpusLexicon` learns
 * from them once.
 * @param bitexts Confident sentence pairs per document pair, in a fixed order (e.g. by document ids).
 * @returns One lexicon per language pair that had enough to learn from, sorted by languages.
 */
export function trainLanguagePairLexicons(bitexts: readonly LanguagePairBitext[]): LanguagePairLexicon[] {
  const pooled = new Map<string, { languages: [string, string]; source: string[]; target: string[]; confidence: number[] }>()
  for (const bitext of bitexts) {
    const key = `${bitext.languages[0]}\u0000${bitext.languages[1]}`
    let pool = pooled.get(key)
    if (pool === undefined) pooled.set(key, (pool = { languages: bitext.languages, source: [], target: [], confidence: [] }))
    bitext.pairs.forEach(([s, t], k) => {
      pool.source.push(s)
      pool.target.push(t)
      pool.confidence.push(bitext.confidences?.[k] ?? 1)
    })
  }
  const out: LanguagePairLexicon[] = []
  for (const key of [...pooled.keys()].sort()) {
    const pool = pooled.get(key)!
    const beads = pool.source.map((_, k) => ({ source: [k], target: [k], score: 0, confidence: pool.confidence[k] ?? 1 }))
    const lexicon = trainCorpusLexicon([{ source: pool.source, target: pool.target, beads }])
    if (lexicon !== undefined) out.push(languagePairLexicon(pool.languages, lexicon))
  }
  return out
}
