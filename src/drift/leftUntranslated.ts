import { countLetters } from '../align/text/countLetters.js'
import { tokenizeWords } from '../align/lexical/tokenizeWords.js'
import { detectLanguage } from '../detect/detectLanguage.js'
import { detectScript } from '../detect/detectScript.js'
import type { PivotAlignment } from '../pivot/types.js'
import { withoutUrls } from '../detect/scriptText.js'
import type { InlineRange, ParsedDocument, Segment, Sentence } from '../types.js'

/**
 * A slot of a translation left in another member's language: sentences detected in that language whose words are
 * that member's words in the slot (its text, not translated).
 */
export interface LeftUntranslated {
  /** The language the text was left in (BCP 47, the member's). */
  language: string
  /** Share of the cell's letters in sentences left in it, in (0, 1]. */
  share: number
  /** How many sentences of the cell are left in it. */
  sentences: number
}

/** Share of a sentence's distinct words found in the other member's cell, at least, for it to be that cell's text. */
export const LEFT_WORD_SHARE = 0.6
/**
 * Distinct words of prose (inline code, URLs and link texts aside; see `judgedProse`) a sentence needs to be judged: a name, a command, a short label
 * or a table row of names and commands kept as written is no passage.
 */
export const LEFT_MIN_WORDS = 4
/**
 * Share of a sentence's tokens (runs between white space) that must be plain words — letters, with punctuation at
 * their ends only — for it to be prose: a command written as text (`vcpkg install libvpx:x64-windows-static …`) is
 * mostly tokens of another kind.
 */
export const LEFT_PLAIN_TOKENS = 0.7

/** Whether most of a text's tokens are plain words (see {@link LEFT_PLAIN_TOKENS}). */
function readsAsProse(text: string): boolean {
  const tokens = text.split(/\s+/u).filter((t) => t !== '')
  const plain = tokens.filter((t) => /^[\p{P}\p{S}]*\p{L}[\p{L}\p{M}'’-]*[\p{P}\p{S}]*$/u.test(t) && !/\p{L}[:/_.=]\p{L}/u.test(t))
  return plain.length >= LEFT_PLAIN_TOKENS * tokens.length
}

/** Letters the sentences left in a language need together, at least. */
export const LEFT_MIN_LETTERS = 20

/** A sentence of a cell, with its segment. */
interface CellSentence {
  sentence: Sentence
  segment: Segment
}

/** The sentences of a member's cell that hold letters, in order (code segments aside). */
function cellSentences(doc: ParsedDocument, alignment: PivotAlignment, slot: number): CellSentence[] {
  const cell = alignment.cells[slot]
  if (cell === null || cell === undefined) return []
  const ids = new Set(cell.sentences)
  return doc.segments.filter((s) => s.role !== 'code' && cell.segments.includes(s.id)).flatMap((segment) => segment.sentences.filter((x) => ids.has(x.id) && countLetters(x.text) > 0).map((sentence) => ({ sentence, segment })))
}

/**
 * A line that opens with a dash and a space: the attribution under a quote (`— @nathanmarz, ["History of Apache
 * Storm…"](…)`), which names a person and a work.
 */
const ATTRIBUTION = /^[—―–]\s/u

/**
 * The inline ranges of a sentence the reason leaves out: its code, and its links' texts when it has prose of its own
 * beside them. A sentence that is only links' texts (an item of a list of links: `* [Creating a pull request](…)`)
 * names nothing within a passage: it is the passage, whose words a translation translates as any other (where the
 * family keeps such a slot as written, `keptByOthers` says so).
 */
function linksAmidProse(sentence: Sentence): InlineRange[] {
  const ranges = sentence.inline ?? []
  const inLink = new Set<number>()
  for (const r of ranges) if (r.kind === 'link') for (let k = r.start; k < r.end; k++) inLink.add(k)
  for (let k = 0; k < sentence.text.length; k++) if (!inLink.has(k) && /\p{L}/u.test(sentence.text[k]!)) return ranges
  return ranges.filter((r) => r.kind !== 'link')
}

/** What a link's text is replaced by before the marks beside it go. */
const LINK_GAP = '\0'

/**
 * The prose of a sentence the reason judges: its text without inline code, URLs and the texts of its links (the
 * ranges the parse recorded, `Sentence.inline`), or nothing for a line that is only an attribution. A link's text
 * names what it points to (a page's title, a cited talk, a notebook), which a translation may keep as the cited work
 * is called; an attribution is a name and a title; neither is a passage left to translate.
 */
function judgedProse({ sentence, segment }: CellSentence): string {
  if (ATTRIBUTION.test(segment.text) && !segment.text.includes('\n')) return ''
  const ranges = linksAmidProse(sentence)
  const gaps = Array.from<string | undefined>({ length: sentence.text.length })
  // A link's text goes with the marks beside it, whatever it holds; code outside links leaves a space.
  for (const r of ranges) for (let k = r.start; k < r.end; k++) if (gaps[k] !== LINK_GAP) gaps[k] = r.kind === 'link' ? LINK_GAP : ' '
  let text = ''
  for (let k = 0; k < sentence.text.length; k++) {
    const gap = gaps[k]
    if (gap === undefined) text += sentence.text[k]
    else if (gap !== gaps[k - 1]) text += gap
  }
  // The marks that stood beside a removed text (`see [examples](…).`) are no tokens of their own.
  return withoutUrls(text).replace(/[\s\p{P}]*\0[\s\p{P}]*/gu, ' ')
}

/**
 * Share of a sentence's distinct words found in the other member's cell, at least, for a sentence whose language no
 * reading settled to be asked as a choice of two languages ({@link inPairLanguage}): nearly every word the other
 * member's. A translated sentence that keeps a few names shares most of its words with the source where it is short
 * (`Next.js est un framework React.`: four of six), and its names then weigh in the choice as much as its words.
 */
export const PAIR_WORD_SHARE = 0.9

/** Confidence a sentence's own detection needs to be read as in a language it did not take from its context. */
const OWN_CONFIDENCE = 0.5

/**
 * The language a sentence is written in: its own guess, or, when it inherited its segment's, its segment's own, or,
 * when that is inherited too, a detection of its own. The detect step lets a piece in its context's script take the
 * document's language when a quick reading agrees (`agreesWithContext`), which an English sentence in a German page
 * may pass; a sentence whose words are another member's text is read again here, on its own.
 */
function sentenceLanguage({ sentence, segment }: CellSentence): string | undefined {
  const own = sentence.language
  if (own !== undefined && own.inherited !== true) return own.iso6393
  if (segment.language !== undefined && segment.language.inherited !== true) return segment.language.iso6393
  const guess = detectLanguage(sentence.text, { minLength: 1 })
  return guess.confidence >= OWN_CONFIDENCE ? guess.iso6393 : undefined
}

/**
 * Whether a sentence no language reading settled ({@link sentenceLanguage} found none it trusts) is in `other` rather
 * than in its document's language `own`, asked as that choice of two: open-set identification is weak on a short
 * sentence (`GetDataValidations returns data validations list by given worksheet name.` reads as French at 0.09),
 * where telling two known languages apart is not (English at 0.94 against German).
 */
function inPairLanguage(s: ReadSentence, own: string, other: string): boolean {
  s.paired ??= new Map()
  let held = s.paired.get(other)
  if (held === undefined) {
    const guess = detectLanguage(s.prose, { minLength: 1, only: [own, other] })
    held = guess.iso6393 === other && guess.confidence >= OWN_CONFIDENCE
    s.paired.set(other, held)
  }
  return held
}

/** A sentence of a cell as the reason reads it: its letters, its judged prose and that prose's words. */
interface ReadSentence extends CellSentence {
  letters: number
  prose: string
  words: string[]
  /** Whether the prose reads as prose ({@link readsAsProse}). */
  plain: boolean
  /** The scripts of the prose, once asked. */
  scripts?: string[] | undefined
  /** The sentence's language ({@link sentenceLanguage}; `null`: none), once asked. */
  language?: string | null | undefined
  /** Per other language, whether {@link inPairLanguage} read the sentence in it, once asked. */
  paired?: Map<string, boolean> | undefined
}

/** A member's cell of a slot as the reason reads it: its sentences, and the words and scripts of their text. */
export interface CellReading {
  sentences: ReadSentence[]
  /** The words of the cell's sentences (their whole text). */
  words: Set<string>
  /** The scripts the cell's sentences write, once asked. */
  scripts?: Set<string> | undefined
}

/**
 * A family's cells, each read once: every member is judged against every other, and each judgement reads the cells
 * of the rest of the family again (see {@link readFamilyCells}).
 */
export type FamilyCells = (member: number, slot: number) => CellReading

/**
 * The reader of a family's cells for {@link leftUntranslated}: reads a member's cell of a slot the first time it is
 * asked for, and keeps it. For one family's members and alignments, as they are when it is read (the alignments must
 * not change while it is in use).
 * @param members The family's documents.
 * @param alignments Each member aligned to the pivot, in the same order.
 */
export function readFamilyCells(members: readonly ParsedDocument[], alignments: readonly PivotAlignment[]): FamilyCells {
  const read = new Map<number, CellReading>()
  const slots = Math.max(0, ...alignments.map((a) => a.cells.length)) + 1
  return (member, slot) => {
    const key = member * slots + slot
    let cell = read.get(key)
    if (cell === undefined) {
      const doc = members[member]!
      const sentences = cellSentences(doc, alignments[member]!, slot).map((s): ReadSentence => {
        const prose = judgedProse(s)
        return { ...s, letters: countLetters(s.sentence.text), prose, words: tokenizeWords(prose, 256), plain: readsAsProse(prose) }
      })
      cell = { sentences, words: new Set(sentences.flatMap((x) => tokenizeWords(x.sentence.text, 256))) }
      read.set(key, cell)
    }
    return cell
  }
}

/** The scripts a cell's sentences write, read once. */
function cellScripts(cell: CellReading): Set<string> {
  cell.scripts ??= new Set(detectScript(cell.sentences.map((x) => x.sentence.text).join('\n')).counts.map((c) => c.script))
  return cell.scripts
}

/**
 * Share of a member's cell left in another member's language: the letters of its sentences detected in that
 * language ({@link LEFT_MIN_WORDS} distinct words of prose or more, every letter in a script that member writes the
 * slot in: `Function as a Serviceアセット` is a Japanese heading that keeps an English term) with {@link LEFT_WORD_SHARE} of their words found in the
 * other member's cell of the slot, over the cell's letters. A sentence no reading settled is asked as the choice
 * between the member's own language and that one when nearly all its words are that member's ({@link PAIR_WORD_SHARE},
 * {@link inPairLanguage}).
 * @param own The language of the member whose cell it is (`undefined`: unknown, so no choice of two is asked).
 */
function leftShare(sentences: readonly ReadSentence[], own: string | undefined, language: string, words: ReadonlySet<string>, scripts: ReadonlySet<string>): { share: number; letters: number; sentences: number } {
  let total = 0
  let left = 0
  let count = 0
  for (const s of sentences) {
    total += s.letters
    const shared = s.words.filter((w) => words.has(w)).length
    if (s.words.length < LEFT_MIN_WORDS || shared < LEFT_WORD_SHARE * s.words.length || !s.plain) continue
    // A letter of a script the other member's text does not write is a word translated around kept terms.
    s.scripts ??= detectScript(s.prose).counts.map((c) => c.script)
    if (s.scripts.some((c) => !scripts.has(c))) continue
    if (s.language === undefined) s.language = sentenceLanguage(s) ?? null
    const undecided = s.language === null && own !== undefined && shared >= PAIR_WORD_SHARE * s.words.length
    if (s.language !== language && !(undecided && inPairLanguage(s, own, language))) continue
    left += s.letters
    count++
  }
  return { share: total === 0 ? 0 : left / total, letters: left, sentences: count }
}

/**
 * Per slot, whether a member left its text in another member's language (see {@link LeftUntranslated}): the
 * commonest drift of real localisation, a paragraph still in the language it was to be translated from, which keeps
 * every anchor and about the source's length. Judged against each member written in another language than this
 * one: the sentences of this member's cell detected in that member's language whose words are that member's words
 * in the slot. Not where most of the family's other translations (members in neither language) leave the slot in
 * that language too: text a site keeps as written everywhere (a notice, a list of names) is its convention.
 * @param members The family's documents.
 * @param alignments Each member aligned to the pivot, in the same order.
 * @param d Index of the member judged.
 * @param cells The family's cells read once for all its members ({@link readFamilyCells}; default: read for this one).
 * @returns One entry per pivot slot: the language its text was left in, or `undefined`.
 */
export function leftUntranslated(members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], d: number, cells: FamilyCells = readFamilyCells(members, alignments)): Array<LeftUntranslated | undefined> {
  const slots = alignments[d]?.cells.length ?? 0
  const own = members[d]?.language?.iso6393
  const out: Array<LeftUntranslated | undefined> = Array.from({ length: slots }, () => undefined)
  if (own === undefined || own === 'und') return out
  for (let i = 0; i < slots; i++) {
    const sentences = cells(d, i).sentences
    if (sentences.length === 0) continue
    for (let m = 0; m < members.length; m++) {
      const language = members[m]!.language
      if (m === d || language === undefined || language.iso6393 === own || language.iso6393 === 'und') continue
      const theirs = cells(m, i)
      if (theirs.words.size === 0) continue
      const scripts = cellScripts(theirs)
      const left = leftShare(sentences, own, language.iso6393, theirs.words, scripts)
      if (left.letters < LEFT_MIN_LETTERS || left.share < (out[i]?.share ?? 0)) continue
      if (keptByOthers(members, cells, i, [d, m], language.iso6393, theirs.words, scripts)) continue
      out[i] = { language: language.bcp47, share: left.share, sentences: left.sentences }
    }
  }
  return out
}

/** Whether more than half of the other translations (in neither language) hold the slot in that language too. */
function keptByOthers(members: readonly ParsedDocument[], cells: FamilyCells, slot: number, pair: readonly number[], language: string, words: ReadonlySet<string>, scripts: ReadonlySet<string>): boolean {
  const own = members[pair[0]!]!.language?.iso6393
  const others = members.map((doc, k) => ({ doc, k })).filter(({ doc, k }) => !pair.includes(k) && doc.language?.iso6393 !== language && doc.language?.iso6393 !== own)
  if (others.length === 0) return false
  const keeping = others.filter(({ doc, k }) => leftShare(cells(k, slot).sentences, doc.language?.iso6393, language, words, scripts).share >= 0.5).length
  return keeping * 2 > others.length
}
