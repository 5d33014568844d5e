import type { Diagnostic, LanguageGuess, LanguageHint, ParsedDocument, Segment, Sentence } from '../types.js'
import { round4 } from '../util/stats.js'
import { detectLanguage, type DetectLanguageOptions } from './detectLanguage.js'
import { detectScript, weightedLetters, type ScriptGuess } from './detectScript.js'
import { languageShare, type LanguageShare } from './languageShare.js'
import { AGREE_SCORE, contextReading, type ContextReading } from './agreesWithContext.js'
import { proseLanguage, proseText, withHint } from './documentLanguage.js'
import { lowConfidenceDiagnostic } from './lowConfidenceDiagnostic.js'
import { withoutUrls } from './scriptText.js'
import { letterCount } from './letterCount.js'
import { variantScript, withScript } from './languageVariant.js'
import { checkOptions } from '../errors/checkArgument.js'
import { DOCUMENT_SHAPE, checkShape } from '../errors/checkShape.js'

/** Options of {@link detectDocument}. */
export interface DetectDocumentOptions extends DetectLanguageOptions {
  /** Document confidence below which a `low-confidence-language` warning is added (default: `0.5`). */
  minConfidence?: number | undefined
  /**
   * Fewest letters a segment or sentence needs to be judged on its own; shorter ones inherit the
   * language of their context (default: `25`).
   */
  minSegmentLength?: number | undefined
  /**
   * Confidence a segment or sentence in another language than its context needs to be reported as
   * such; below it, it inherits the context's language (default: `0.5`).
   */
  switchConfidence?: number | undefined
  /** Factor applied to the context's confidence for an inherited guess (default: `0.5`). */
  inheritedWeight?: number | undefined
  /**
   * Prior probability that a segment or sentence is in its context's language, applied when the
   * context's language is among the piece's own candidates (close languages such as Malay and
   * Indonesian): the piece switches only when its posterior for the other language, under this prior,
   * stays above one half (default: `0.95`).
   */
  contextPrior?: number | undefined
  /**
   * Letters from which a segment in the document's language passes that language on to its sentences instead of
   * judging each: to those written mostly in its script (its letters the most of any script) that franc, ranking only the
   * segment's language and the major languages of the script, scores close to it (see `agreesWithContext`); they
   * are marked `inherited`. Other sentences (another script, a quotation in another language) are judged in full.
   * `Infinity` judges every sentence of at least `minSegmentLength` letters (default: `40`, the length from which a
   * text's length no longer lowers its confidence).
   */
  sentenceCheckLetters?: number | undefined
  /** Confidence a segment needs to pass its language on to its sentences (default: `0`; see `sentenceCheckLetters`). */
  sentenceCheckConfidence?: number | undefined
  /** Confidence a segment's own guess needs to vote for the document's language (default: `0.5`). */
  voteConfidence?: number | undefined
  /**
   * Letters of prose from which the whole-prose guess reads a sample of the content segments spread evenly by letters
   * (at least this many letters) instead of all of them (default: `500`, see `proseSample`); `Infinity`, or a value
   * that is not a positive number, reads all of it. Every segment still votes with its own evidence.
   */
  wholeSampleLetters?: number | undefined
  /**
   * Language stated for the document (by option or by its path; see `languageHint`). One stated by option is the
   * document's language; one from the path is a prior (see `hintConfidence`). Either is kept on the document.
   */
  hint?: LanguageHint | undefined
  /** Confidence from which a detected language that differs from a path hint is kept, with a warning (default: `0.8`). */
  hintConfidence?: number | undefined
  /** Share of the prose in a path's language from which that language is the document's all the same (default: `1/3`; see `withHint`). */
  hintShare?: number | undefined
}

/**
 * Detect the language of a parsed document, of each segment and of each sentence.
 *
 * The document's language comes from its prose (see `proseLanguage`: no furniture, code, inline code or URLs; a
 * length-weighted vote of its confident segments), combined with a stated language (`hint`, see `withHint`); its tag
 * names the variant its text is written in when the script tells one (`zh-Hant`, `sr-Latn`; see `variantScript`). Code
 * segments get no language. A segment is judged against the document's language, and a sentence against its
 * segment's, doing no more work than the answer needs:
 * - a piece mostly in its context's script too short to switch (under `minSegmentLength` letters) inherits the
 *   context's language (`inherited: true`, lower confidence) without a detection of its own;
 * - a piece mostly in the context's script that reads as the document's language (franc ranking only that language
 *   and the script's major languages, see `agreesWithContext`; for a sentence, inside a segment of
 *   `sentenceCheckLetters` letters or more) inherits it too, and so does a sentence franc ranks as it ranks its
 *   segment when the segment, judged on its own, was its language all the same;
 * - a segment that reads as the whole prose's language votes for it without a detection of its own, when the
 *   segments that read as it (the same check) hold most of the voting letters (see `proseLanguage`);
 * - any other piece is judged on its own, with its context as prior: text in another script, or in another language
 *   with a clear margin (a quoted English sentence in a Malay article), is reported as it is, otherwise it inherits;
 *   a piece with no letters outside URLs is `und`.
 * Each distinct text is judged at most once. A document whose confidence is below `minConfidence` gets a
 * `low-confidence-language` diagnostic.
 *
 * @param doc A parsed document (left unchanged).
 * @param options Language options and thresholds.
 * @returns A copy with `language` set on the document, every segment and every sentence, and the diagnostic added.
 */
export function detectDocument(doc: ParsedDocument, options: DetectDocumentOptions = {}): ParsedDocument {
  checkShape(doc, 'doc', 'a parsed document', DOCUMENT_SHAPE)
  checkOptions(options)
  // A one-sentence segment is its sentence: each distinct text is judged once.
  const guesses = new Map<string, LanguageGuess>()
  const own = (text: string): LanguageGuess => {
    let guess = guesses.get(text)
    if (guess === undefined) guesses.set(text, (guess = detectLanguage(text, { ...options, minLength: 1 })))
    return guess
  }
  // The document's language comes from its prose: no furniture, no code, no inline code or URLs.
  const content = doc.segments.filter((s) => s.role !== 'boilerplate' && s.role !== 'code')
  const prose = content.length > 0 ? content : doc.segments.filter((s) => s.role !== 'code')
  // A piece in its context's script that reads as the document's language (franc ranking only that language and the
  // script's major ones, see `contextReading`) takes it without a detection of its own; the reading is memoised.
  const facts = textFacts()
  const readings = new Map<string, Map<string, ContextReading>>()
  const reading = (text: string, context: LanguageGuess): ContextReading => {
    const key = `${context.iso6393}\u0000${context.script}`
    let ofContext = readings.get(key)
    if (ofContext === undefined) readings.set(key, (ofContext = new Map()))
    let found = ofContext.get(text)
    if (found === undefined) ofContext.set(text, (found = isInScript(facts(text).script, context.script) ? contextReading(text, context) : NO_READING))
    return found
  }
  const reads = (text: string, context: LanguageGuess): boolean => context.iso6393 !== 'und' && reading(text, context).score >= AGREE_SCORE
  const checkLetters = options.sentenceCheckLetters ?? 40
  const checkConfidence = options.sentenceCheckConfidence ?? 0
  const minLetters = options.minSegmentLength ?? 25
  // A piece in its context's script and too short to switch can only take the context's language: it inherits
  // it without a detection of its own (its own guess would only have said the same with another confidence).
  const short = (text: string, context: LanguageGuess): boolean => context.iso6393 !== 'und' && facts(text).letters < minLetters && isInScript(facts(text).script, context.script)
  // A segment whose sentences are checked one by one once it is settled reads as a language when they do (their
  // checks stand for its own, see `sentencesRead`); else it is checked whole.
  const sentencesOf = segmentSentences(doc.segments)
  const segmentReads = (text: string, context: LanguageGuess): boolean => {
    if (context.iso6393 === 'und') return false
    const of = sentencesOf.get(text)
    if (of !== undefined && facts(text).letters >= checkLetters && sentencesRead(of.sentences, facts(of.text).letters, (sentence) => short(sentence, context), (sentence) => reads(sentence, context), (sentence) => facts(sentence).letters)) return true
    return reads(text, context)
  }
  const detected = prose.length > 0 ? proseLanguage(prose, own, options, { reads: segmentReads }) : detectLanguage(doc.text, options)
  // A path's language that the whole overrules is still the document's when a share of the segments is in it.
  const shareOf = (iso6393: string): LanguageShare => languageShare(prose.map(proseText), iso6393, own, (text) => weightedLetters(facts(text).script))
  const hinted = withHint(doc.id, detected, options.hint, options, shareOf)
  // The variant its text is written in (Traditional Chinese, Serbian in Latin letters) goes into the tag.
  const script = variantScript(hinted.language, prose.map(proseText).join('\n\n'))
  const language = script === undefined ? hinted.language : { ...hinted.language, bcp47: withScript(hinted.language.bcp47, script) }
  const segments: Segment[] = doc.segments.map((segment) => {
    // Code is not in any human language.
    if (segment.role === 'code') return segment
    const text = proseText(segment)
    const segmentLanguage = short(text, language) || segmentReads(text, language) ? inherit(language, options) : inContext(text, language, options, own(text))
    // A segment in the document's language settles the language of its sentences that read as it (a full
    // detection of every sentence was most of the detection time, and a sentence alone errs more than its segment).
    const settled = segmentLanguage.iso6393 === language.iso6393 && segmentLanguage.confidence >= checkConfidence && facts(text).letters >= checkLetters
    // A segment judged on its own as its language although franc, over the script's major languages, ranks another
    // first: a sentence franc ranks the same way reads like its segment, and that reading was already outweighed.
    const judged = guesses.get(text)
    const likeSegment = (sentence: string): boolean => {
      if (judged?.iso6393 !== segmentLanguage.iso6393) return false
      const top = reading(text, segmentLanguage).top
      return top !== '' && top !== 'und' && reading(sentence, segmentLanguage).top === top
    }
    const sentences: Sentence[] = segment.sentences.map((sentence) => ({
      ...sentence,
      language:
        short(sentence.text, segmentLanguage) || (settled && (reads(sentence.text, segmentLanguage) || likeSegment(sentence.text)))
          ? inherit(segmentLanguage, options)
          : inContext(sentence.text, segmentLanguage, options, own(sentence.text)),
    }))
    return { ...segment, sentences, language: segmentLanguage }
  })

  const diagnostics: Diagnostic[] = [...doc.diagnostics]
  const minConfidence = options.minConfidence ?? 0.5
  if (language.confidence < minConfidence) diagnostics.push(lowConfidenceDiagnostic(doc.id, language, minConfidence))
  if (hinted.diagnostic !== undefined) diagnostics.push(hinted.diagnostic)
  return { ...doc, segments, diagnostics, language, ...(options.hint === undefined ? {} : { languageHint: options.hint }) }
}

/**
 * The sentences of each segment of several, by the segment's prose text (see `proseText`), with the segment's whole
 * text: sentences keep their inline code and URLs, so their letters are weighed against the whole text's.
 */
function segmentSentences(segments: readonly Segment[]): Map<string, { sentences: readonly Sentence[]; text: string }> {
  const found = new Map<string, { sentences: readonly Sentence[]; text: string }>()
  for (const segment of segments) if (segment.role !== 'code' && segment.sentences.length > 1) found.set(proseText(segment), { sentences: segment.sentences, text: segment.text })
  return found
}

/**
 * Whether a segment's sentences, checked one by one against a language, read as it: each that is not too short to
 * switch (those inherit unchecked) reads as it, and those hold at least half of the segment's letters. The same checks
 * settle the sentences of a segment in that language, so a segment that passes them needs no check of its own; one
 * with a sentence in another language (a quotation) is checked whole, as before.
 * @param sentences The segment's sentences.
 * @param letters The segment's letters, counted as its sentences' are (inline code and URLs included).
 * @param short Whether a sentence is too short to switch.
 * @param reads Whether a sentence reads as the language (see `contextReading`).
 * @param lettersOf A sentence's letters.
 */
function sentencesRead(sentences: readonly Sentence[], letters: number, short: (text: string) => boolean, reads: (text: string) => boolean, lettersOf: (text: string) => number): boolean {
  let read = 0
  for (const sentence of sentences) {
    if (short(sentence.text)) continue
    if (!reads(sentence.text)) return false
    read += lettersOf(sentence.text)
  }
  return read * 2 >= letters
}

/**
 * Guess the language of a piece of text inside a context whose language is known.
 * @param text Segment or sentence text.
 * @param context Language of the enclosing document or segment.
 * @param options Thresholds.
 * @param own The piece's own guess (`detectLanguage` with `minLength: 1`), when already known.
 * @returns The piece's own guess, or the context's guess marked `inherited`.
 */
export function inContext(text: string, context: LanguageGuess, options: DetectDocumentOptions = {}, own?: LanguageGuess): LanguageGuess {
  const minLetters = options.minSegmentLength ?? 25
  const switchConfidence = options.switchConfidence ?? 0.5
  const guess = own ?? detectLanguage(text, { ...options, minLength: 1 })
  const letters = guess.iso6393 === 'und' ? 0 : countLetters(text)
  if (guess.iso6393 === 'und') {
    // No letters outside URLs and digits: nothing to inherit, the piece has no language.
    return guess.script === 'Zyyy' || context.iso6393 === 'und' ? guess : inherit(context, options)
  }
  if (context.iso6393 === 'und' || guess.iso6393 === context.iso6393) return guess
  if (guess.script !== context.script && letters >= Math.min(minLetters, 10)) return guess
  if (letters >= minLetters && guess.confidence >= switchConfidence && !heldByContext(guess, context, options)) return guess
  return inherit(context, options)
}

/**
 * Whether the context's language, given prior `contextPrior`, still outweighs the piece's own best
 * guess: both must be among the piece's candidates; their scores act as likelihoods.
 */
function heldByContext(guess: LanguageGuess, context: LanguageGuess, options: DetectDocumentOptions): boolean {
  const prior = options.contextPrior ?? 0.95
  const own = guess.candidates.find((c) => c.iso6393 === guess.iso6393)?.score ?? 0
  const inContextLanguage = guess.candidates.find((c) => c.iso6393 === context.iso6393)?.score ?? 0
  if (inContextLanguage <= 0) return false
  const switchWeight = own * (1 - prior)
  return switchWeight < inContextLanguage * prior
}

function inherit(context: LanguageGuess, options: DetectDocumentOptions): LanguageGuess {
  return { ...context, confidence: round4(context.confidence * (options.inheritedWeight ?? 0.5)), inherited: true }
}

/** The reading of a piece not in its context's script: it reads as no language. */
const NO_READING: ContextReading = { score: 0, top: '' }

/**
 * Whether `script` has the most letters of a text (outside URLs; `found` its `detectScript`): its own detection would judge the words in that
 * script only (see `scriptText`), the same words a check against its context reads, so a Latin name in a Cyrillic
 * sentence does not make it a piece of another script.
 */
function isInScript(found: ScriptGuess, script: string): boolean {
  return found.letters > 0 && found.script === script
}

function countLetters(text: string): number {
  return letterCount(withoutUrls(text))
}

/** A text's letters outside URLs and its script (see `detectScript`). */
interface TextFacts {
  letters: number
  script: ScriptGuess
}

/** {@link TextFacts} of the texts of a document, each computed once. */
function textFacts(): (text: string) => TextFacts {
  const known = new Map<string, TextFacts>()
  return (text) => {
    let facts = known.get(text)
    if (facts === undefined) {
      const cleaned = withoutUrls(text)
      known.set(text, (facts = { letters: letterCount(cleaned), script: detectScript(cleaned) }))
    }
    return facts
  }
}
