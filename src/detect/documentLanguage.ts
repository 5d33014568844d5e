import { VFile } from 'vfile'
import type { Diagnostic, LanguageGuess, LanguageHint, Segment } from '../types.js'
import { round4 } from '../util/stats.js'
import { detectLanguage, type DetectLanguageOptions } from './detectLanguage.js'
import { DETECT_SOURCE } from './lowConfidenceDiagnostic.js'
import { profiledLanguages } from './languageProfiles.js'
import { majorLanguages } from './data/majorLanguages.js'
import { toFrancCode } from './languageCodes.js'
import { scriptLanguages } from './data/scriptLanguages.js'
import { withoutUrls } from './scriptText.js'
import { segmentRanges, withoutRanges } from '../parse/inlineRanges.js'
import { letterCount } from './letterCount.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'
import { codePointTest } from '../util/codePointCounter.js'
import type { LanguageShare } from './languageShare.js'


/** Options of {@link documentLanguage}. */
export interface DocumentLanguageOptions extends DetectLanguageOptions {
  /** Fewest letters a segment needs to vote (default: `25`). */
  minSegmentLength?: number | undefined
  /** Confidence a segment's own guess needs to vote (default: `0.5`). */
  voteConfidence?: number | undefined
  /** Confidence from which a detected language that differs from a path hint is kept, with a warning (default: `0.8`). */
  hintConfidence?: number | undefined
  /**
   * Letters of prose from which the whole-prose guess reads an evenly spread sample of the segments instead of all
   * of them (default: `WHOLE_SAMPLE_LETTERS`); `Infinity` reads all of it (see `proseSample`).
   */
  wholeSampleLetters?: number | undefined
  /**
   * Share of the prose, weighed by script density, in a path's language from which that language is the document's
   * although the whole reads confidently as another (default: {@link HINT_SHARE}; see `withHint`).
   */
  hintShare?: number | undefined
}

/**
 * Share of a document's prose in its path's language from which the path's language is the document's: a third. A
 * translation left half in its source language is a translation; a page whose path names a language it holds a few
 * lines of (a translated title over an untranslated page) is not. Chosen on the dev documents whose path's language
 * the prose overrules on main (tests/fixtures/real, data/docs-dev, data/docs-new, data/docs-fresh): the two that are
 * translations hold 0.64 and 0.70 of their prose in the path's language, the one whose path names a country holds none.
 */
export const HINT_SHARE = 1 / 3

/**
 * The prose of a segment: its text without inline code and URLs, which are in no human language. The code is where
 * the parse met it (`Sentence.inline`), not wherever the code's string stands: `spinner` as code leaves
 * `cli-spinners` and the word `spinner` elsewhere in the sentence, `react` leaves `preact`.
 * @param segment A segment.
 */
export function proseText(segment: Pick<Segment, 'text' | 'sentences'>): string {
  return withoutUrls(withoutRanges(segment.text, segmentRanges(segment, 'code')))
}

/**
 * Letters of prose from which the whole-prose guess of a document reads a sample (see `proseSample`): a guess on
 * this much text is as sure as it gets (confidence stops growing with length at 40 letters), the profiles' posterior
 * costs as much per letter as franc does per sentence, and every segment still votes on its own evidence.
 */
export const WHOLE_SAMPLE_LETTERS = 500

/**
 * The prose the whole-prose guess reads: all of it below twice `letters` letters; else k windows of `letters / k`
 * letters each (k the whole number of times the prose holds `letters`), one at the start of each of k parts of equal
 * letters, each widened to whole words. The sample holds at least `letters` letters, is spread evenly through the
 * document by letters, not by texts (a short heading between long paragraphs is no more likely to be read than its
 * share of the letters says, and a long paragraph is read only as far as its window reaches; in text without spaces
 * between words a window is widened by at most 64 code units), and a long passage in
 * another language at the start or end weighs in it as in the whole. A `letters` that is not a positive number reads
 * all of the prose.
 * @param prose The prose of the content segments, in document order.
 * @param counts The letters of each (`letterCount`).
 * @param letters Letters the sample holds at least.
 * @returns The pieces sampled, in document order, joined by blank lines.
 */
export function proseSample(prose: readonly string[], counts: readonly number[], letters: number): string {
  let total = 0
  for (const n of counts) total += n
  const parts = letters > 0 ? Math.floor(total / letters) : 0
  if (!(parts >= 2)) return prose.join('\n\n')
  const windows = prose.map((): Array<[number, number]> => [])
  const width = Math.ceil(letters / parts)
  let i = 0
  let before = 0
  for (let part = 0; part < parts; part++) {
    const from = Math.floor((part * total) / parts)
    while (i < prose.length && before + counts[i]! <= from) before += counts[i++]!
    // The window's letters, text by text from the one holding its first letter.
    for (let j = i, start = before; j < prose.length && start < from + width; start += counts[j++]!) {
      if (counts[j]! > 0) windows[j]!.push([Math.max(0, from - start), Math.min(counts[j]!, from + width - start)])
    }
  }
  const pieces: string[] = []
  prose.forEach((text, j) => {
    const whole = windows[j]!.some(([first, end]) => first === 0 && end === counts[j])
    const spans = whole ? [[0, text.length] as [number, number]] : wordsAround(text, windows[j]!)
    for (const [from, to] of mergeSpans(spans)) pieces.push(from === 0 && to === text.length ? text : text.slice(from, to).trim())
  })
  return pieces.join('\n\n')
}

/** Spans of one text, sorted and with overlapping or touching ones merged. */
function mergeSpans(spans: Array<[number, number]>): Array<[number, number]> {
  spans.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const [from, to] of spans) {
    const last = merged[merged.length - 1]
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}

const LETTER = /^[\p{L}\p{M}]$/u
const WHITE = /^\s$/u

/**
 * Most code units a window is widened by on each side to reach white space: a word is rarely longer, and text written
 * without spaces between words (Chinese, Japanese, Thai, Khmer) is cut there instead of read to its end.
 */
const MAX_WIDEN = 64

/**
 * The spans of a text from letter `first` to before letter `end` of each window (letters counted as `letterCount`
 * does), each widened to whole words: back and forward to white space, the text's ends, or {@link MAX_WIDEN} code
 * units. The text is walked once for windows in order; a window that starts before the previous one's end walks it
 * again from the start.
 * @returns Each window's start and end in code units.
 */
function wordsAround(text: string, windows: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let k = 0
  let seen = 0
  for (const [first, end] of windows) {
    if (first < seen) [k, seen] = [0, 0]
    let from = 0
    let to = text.length
    for (; k < text.length; ) {
      const point = text.codePointAt(k)!
      const size = point > 0xffff ? 2 : 1
      if (isLetter(point)) {
        if (seen === first) from = k
        seen++
        if (seen === end) {
          to = k + size
          k += size
          break
        }
      }
      k += size
    }
    const least = Math.max(0, from - MAX_WIDEN)
    const most = Math.min(text.length, to + MAX_WIDEN)
    while (from > least && !WHITE.test(text[from - 1]!)) from--
    while (to < most && !WHITE.test(text[to]!)) to++
    out.push([from, to])
  }
  return out
}

/** Whether a code point is a letter or mark. */
const isLetter = codePointTest(LETTER)

/** Cheap checks of a text against a language (see `contextReading`), for {@link proseLanguage}. */
export interface ProseChecks {
  /** Whether a segment's text reads as the language: in its script, ranked first or close behind. */
  reads: (text: string, context: LanguageGuess) => boolean
}

/**
 * The language of a document from its prose only: the segments that are neither furniture nor code, without their
 * inline code and URLs. Each segment long enough and confidently guessed votes with its length in letters times its
 * confidence; when the winner of that vote differs from the guess on the whole prose, holds most of the vote and
 * outweighs the whole prose's language twice over, the winner's own segments are judged together and that guess
 * is the document's (a few long quoted or log-like passages cannot decide the language of the rest).
 * A segment that reads as the whole prose's language (a cheap check, `checks.reads`: franc, ranking only that
 * language and the script's major languages, ranks it first or close behind, the check that later lets the segment
 * inherit the document's language; see `contextReading`) votes for it with its length times the whole prose's
 * confidence, without a detection of its own — when the whole is guessed with the confidence a vote needs and the
 * segments that read as it hold most of the voting segments' letters: where franc and the full guess (profiles,
 * letters, known words) disagree on most of the prose, every segment is judged on its own, and the vote is what
 * corrects a whole taken for a close language. (The segments' checks are those the document's segments take next,
 * so deciding by them costs no reading of its own.)
 * @param content The document's content segments.
 * @param own A segment text's own guess (memoised by the caller).
 * @param options Detection options and thresholds.
 * @param checks The cheap checks (default: none, every segment is judged).
 */
export function proseLanguage(content: readonly Segment[], own: (text: string) => LanguageGuess, options: DocumentLanguageOptions = {}, checks?: ProseChecks): LanguageGuess {
  const prose = content.map(proseText)
  const counts = prose.map(letterCount)
  const wholeText = proseSample(prose, counts, options.wholeSampleLetters ?? WHOLE_SAMPLE_LETTERS)
  const whole = detectLanguage(wholeText, options)
  const minLetters = options.minSegmentLength ?? 25
  const minConfidence = options.voteConfidence ?? 0.5
  const read = checks !== undefined && whole.confidence >= minConfidence ? readsAsWhole(prose, counts, minLetters, (text) => checks.reads(text, whole)) : undefined
  const votes = new Map<string, { weight: number; texts: string[] }>()
  let total = 0
  for (const [i, text] of prose.entries()) {
    const n = counts[i]!
    if (n < minLetters) continue
    const guess = read?.[i] === true ? whole : own(text)
    if (guess.iso6393 === 'und' || guess.confidence < minConfidence) continue
    const vote = votes.get(guess.iso6393) ?? { weight: 0, texts: [] }
    vote.weight += n * guess.confidence
    vote.texts.push(text)
    votes.set(guess.iso6393, vote)
    total += n * guess.confidence
  }
  let winner: [string, { weight: number; texts: string[] }] | undefined
  for (const entry of [...votes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (winner === undefined || entry[1].weight > winner[1].weight) winner = entry
  // Short segments of close languages (English and Scots) scatter their votes: the whole prose's guess stands
  // unless the winner outweighs its language twice over and holds most of the vote.
  const wholeWeight = votes.get(whole.iso6393)?.weight ?? 0
  if (winner === undefined || winner[0] === whole.iso6393 || winner[1].weight * 2 <= total || winner[1].weight < 2 * wholeWeight) return whole
  const judged = detectLanguage(winner[1].texts.join('\n\n'), options)
  return judged.iso6393 === winner[0] ? judged : whole
}

/**
 * Which voting segments (at least `minLetters` letters) read as the whole prose's language, when those that do hold
 * most of the voting segments' letters; `undefined` when they do not (then every segment is judged on its own).
 * @param prose The content segments' prose.
 * @param counts Their letters.
 * @param minLetters Letters a segment needs to vote.
 * @param reads Whether a segment reads as the whole's language.
 */
function readsAsWhole(prose: readonly string[], counts: readonly number[], minLetters: number, reads: (text: string) => boolean): boolean[] | undefined {
  let voting = 0
  let read = 0
  const found = prose.map((text, i) => {
    const n = counts[i]!
    if (n < minLetters) return false
    voting += n
    if (!reads(text)) return false
    read += n
    return true
  })
  return read * 2 > voting ? found : undefined
}

function hintDiagnostic(file: string, hint: LanguageHint, detected: LanguageGuess, kept: 'hint' | 'detected', share?: number): Diagnostic {
  const vfile = new VFile({ path: file })
  const said = hint.source === 'option' ? 'stated by option' : 'named by its path'
  const translated = share === undefined ? '' : `: ${Math.round(share * 100)} % of the prose reads as it (a translation with passages in another language)`
  const outcome = kept === 'hint' ? `kept \`${hint.bcp47}\` as stated${translated}` : `kept the detected language`
  const reason = `Language of \`${file}\` ${said} is \`${hint.bcp47}\`, but its prose reads as \`${detected.bcp47}\` (confidence ${detected.confidence}); ${outcome}`
  const message = vfile.message(reason, { ruleId: 'language-hint-mismatch', source: DETECT_SOURCE })
  message.fatal = false
  return { ruleId: 'language-hint-mismatch', source: DETECT_SOURCE, reason: message.reason, severity: 'warning', file, url: ruleUrl('language-hint-mismatch') }
}

/** Whether a language is written in a script, as far as the detector knows its scripts (unknown scripts: yes). */
function writtenIn(iso6393: string, script: string): boolean {
  const languages = scriptLanguages[script]
  return languages === undefined || languages.includes(toFrancCode(iso6393))
}

/**
 * Combine the detected language of a document with a language stated for it. A language stated by option wins;
 * one named by the path is a prior: it wins when detection is unsure (below `hintConfidence`) or names it among
 * its candidates, else the detected language is kept. Either way a confident disagreement is reported. A path's code
 * that names a language not written in the document's script is a country's code, not the language's
 * (`README.kr.md` in Hangul: `kr` is Kanuri, written in Latin letters; `README.am.md` in Armenian: `am` is Amharic): the
 * detected language is kept, with the warning, however unsure. Not for prose mostly in Latin letters, which a page in
 * any language may be (its commands, names, and passages left untranslated).
 * A translation that left passages in the language it was translated from is still a translation: when the path's
 * language holds at least `hintShare` of the prose, weighed by script density (`shareOf`, see `languageShare`), it is
 * the document's language whatever the rest reads as, with the warning (the other passages keep their own languages).
 * @param file Document id (for the warning).
 * @param detected The language detected from the prose.
 * @param hint The stated language, if any.
 * @param options Thresholds.
 * @param shareOf How much of the prose is in a language, and in which script (asked only when a path's language
 *   would be overruled; default: none).
 * @returns The document's language and the warning, if any.
 */
export function withHint(file: string, detected: LanguageGuess, hint: LanguageHint | undefined, options: DocumentLanguageOptions = {}, shareOf?: (iso6393: string) => LanguageShare): { language: LanguageGuess; diagnostic?: Diagnostic | undefined } {
  if (hint === undefined) return { language: detected }
  if (detected.iso6393 === hint.iso6393) return { language: hint.bcp47.includes('-') ? { ...detected, bcp47: hint.bcp47 } : detected }
  const confident = options.hintConfidence ?? 0.8
  const candidate = detected.candidates.find((c) => c.iso6393 === hint.iso6393)?.score ?? 0
  const top = detected.candidates[0]?.score ?? 0
  const stated: LanguageGuess = { ...detected, iso6393: hint.iso6393, bcp47: hint.bcp47, confidence: round4(Math.max(candidate, 0.5)) }
  // Latin letters prove nothing: commands, names and untranslated passages write them in every language's docs.
  const otherScript = hint.source === 'path' && detected.iso6393 !== 'und' && detected.script !== 'Latn' && !writtenIn(hint.iso6393, detected.script)
  const warn = otherScript || (detected.iso6393 !== 'und' && detected.confidence >= confident && candidate < 0.5 * top)
  if (hint.source === 'option' || !warn) return { language: stated, diagnostic: warn ? hintDiagnostic(file, hint, detected, 'hint') : undefined }
  const translated = shareOf?.(hint.iso6393)
  if (translated !== undefined && translated.script !== '' && translated.share >= (options.hintShare ?? HINT_SHARE)) {
    const language = { ...stated, script: translated.script, confidence: round4(Math.max(candidate, translated.share, 0.5)) }
    return { language, diagnostic: hintDiagnostic(file, hint, detected, 'hint', translated.share) }
  }
  return { language: detected, diagnostic: hintDiagnostic(file, hint, detected, 'detected') }
}
