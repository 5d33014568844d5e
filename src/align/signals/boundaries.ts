import { SENTENCE_END } from '../../util/sentenceEnd.js'
import { TextMemo } from '../../util/TextMemo.js'
/**
 * Sentence-internal boundaries: where one side cuts a sentence in two and the other does not. A translator (or a
 * sentence splitter) may end a clause with a colon or semicolon and go on in a new item (`… sur cette haute
 * montagne éblouissante :` / `une telle expérience est vraiment réservée aux seuls alpinistes .`); the items on
 * either side of such a cut belong to one sentence, so a bead boundary there is only likely when the other side
 * cuts inside a sentence too. Every bead ends at a boundary of each side; a bead ending at an open boundary on one
 * side and a closed one on the other costs (see {@link boundaryCost}).
 *
 * A boundary (between item `p − 1` and item `p`) is **open** when item `p − 1` ends with a clause mark (terminal
 * punctuation that does not end a sentence, Unicode `Terminal_Punctuation` but not `Sentence_Terminal`: `, ; :
 * ، ؛ ， 、 ፣` …), or, on a side whose items mostly start with a capital, when item `p` starts with a lowercase
 * letter, or, on a side whose items mostly end with sentence-final punctuation, when item `p − 1` ends with none.
 * Script-independent: uncased scripts only lack the lowercase cue, and a side that does not mark sentence ends
 * (Thai) or capitalise them only the cue it does not mark.
 */

const CLAUSE_MARK = /\p{Terminal_Punctuation}/u
const LOWERCASE = /\p{Ll}/u
const LETTER = /\p{L}/u
const UPPERCASE = /[\p{Lu}\p{Lt}]/u
/** A speaker or list label opening an item (`jr: …`, `a: …`): a new turn, whatever its case. */
const LABEL = /^\S{1,15}[:：]\s/u
/** Closing quotes, brackets and spaces skipped at the end of an item; opening ones (and dashes) at its start. */
const CLOSER = /[\s\p{Pe}\p{Pf}"'»”’›」』]/u
const OPENER = /[\s\p{Ps}\p{Pi}\p{Pd}"'«“‘‹「『]/u

/** The item's last character that is not a closing quote, bracket or space (read from the end, not the whole item). */
function lastMark(text: string): string {
  let k = text.length
  while (k > 0) {
    const code = text.codePointAt(k - 1) ?? 0
    // A low surrogate: the character is the pair that ends here.
    const from = code >= 0xdc00 && code <= 0xdfff && k >= 2 ? k - 2 : k - 1
    const ch = text.slice(from, k)
    if (!CLOSER.test(ch)) return ch
    k = from
  }
  return ''
}

/** Where the item starts once opening quotes, brackets, dashes and spaces are skipped. */
function firstAt(text: string): number {
  let k = 0
  while (k < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(k) ?? 0)
    if (!OPENER.test(ch)) return k
    k += ch.length
  }
  return k
}

/**
 * Share of a side's items that must end with sentence-final punctuation for a missing one to mark an open
 * boundary (a side that does not mark sentence ends says nothing by its missing marks).
 */
export const MARKED_SIDE_SHARE = 0.7

/** How an item ends. */
export type ItemEnd = 'sentence' | 'clause' | 'none'

/**
 * How an item ends: with sentence-final punctuation, a clause mark, or neither (closing quotes and brackets
 * skipped).
 * @param text One item.
 * @returns The kind of its last mark.
 */
export function itemEnd(text: string): ItemEnd {
  const last = lastMark(text)
  if (SENTENCE_END.test(last)) return 'sentence'
  if (CLAUSE_MARK.test(last)) return 'clause'
  return 'none'
}

/** How an item starts: with a lowercase letter, an uppercase (or titlecase) one, or anything else. */
export type ItemStart = 'lower' | 'upper' | 'other'

/**
 * How the item starts (opening quotes, brackets and dashes skipped).
 * @param text One item.
 * @returns The case of its first letter, `'other'` when it does not start with a cased letter.
 */
export function itemStart(text: string): ItemStart {
  const at = firstAt(text)
  if (LABEL.test(text.slice(at, at + 20))) return 'other'
  const first = String.fromCodePoint(text.codePointAt(at) ?? 0x20)
  if (!LETTER.test(first)) return 'other'
  if (LOWERCASE.test(first)) return 'lower'
  return UPPERCASE.test(first) ? 'upper' : 'other'
}

/**
 * Does the item start with a lowercase letter (opening quotes, brackets and dashes skipped)?
 * @param text One item.
 * @returns `true` for a lowercase first letter.
 */
export function startsLowercase(text: string): boolean {
  return itemStart(text) === 'lower'
}

/**
 * Open boundaries of one side: entry `p` (0 … count) is 1 when the cut between item `p − 1` and item `p` falls
 * inside a sentence, else 0. The two ends of the side are closed.
 * @param texts The side's items.
 * @returns `count + 1` flags.
 */
export function openBoundaries(texts: readonly string[]): Uint8Array {
  const count = texts.length
  const open = new Uint8Array(count + 1)
  const edges = texts.map(edgesOf)
  const nonEmpty = edges.filter((e) => !e.blank).length
  const marked = edges.filter((e) => e.end === 'sentence').length >= MARKED_SIDE_SHARE * nonEmpty
  const capitalised = edges.filter((e) => e.start === 'upper').length >= MARKED_SIDE_SHARE * edges.filter((e) => e.start !== 'other').length
  for (let p = 1; p < count; p++) {
    const before = edges[p - 1]!
    if (before.blank) continue
    const end = before.end
    // A lowercase start continues an item that ends with no mark or with a full stop (an abbreviation the
    // sentence splitter took for a sentence end), not one that asks or exclaims.
    const continues = capitalised && edges[p]!.start === 'lower' && (end === 'none' || before.fullStop)
    if (end === 'clause' || (marked && end === 'none') || continues) open[p] = 1
  }
  return open
}

/** What {@link openBoundaries} reads of an item. */
interface ItemEdges {
  /** How it ends ({@link itemEnd}). */
  end: ItemEnd
  /** How it starts ({@link itemStart}). */
  start: ItemStart
  /** Whether its last mark is a full stop. */
  fullStop: boolean
  /** Whether it is blank. */
  blank: boolean
}

/** Items' edges by text: the same sentences and segments are aligned many times (every pair, the order test, hub pairs). */
const edgesMemo = new TextMemo<ItemEdges>(4_000_000, 100_000)

function edgesOf(text: string): ItemEdges {
  return edgesMemo.get(text, (t) => ({ end: itemEnd(t), start: itemStart(t), fullStop: lastMark(t) === '.', blank: t.trim() === '' }))
}

/**
 * Cost of a bead ending at an open boundary on one side and a closed one on the other, in nats (tuned on pud-dev
 * and the text+berg dev file, strict F1 of the corpus aligner: 1 → 0.9703 / 0.9125, 2 → 0.9706 / 0.9267,
 * 3 → 0.9717 / 0.9267, 4 → 0.9724 / 0.9164; PUD's injected splits are all cut inside a sentence, so it asks for
 * more than the real German–French file bears).
 */
export const BOUNDARY_MISMATCH = 3

/**
 * Cost of a bead that ends at source boundary `i` and target boundary `j`.
 * @param sourceOpen Open flags of the source side.
 * @param targetOpen Open flags of the target side.
 * @param i Source boundary (the bead's source end).
 * @param j Target boundary.
 * @returns `BOUNDARY_MISMATCH` when exactly one side cuts inside a sentence, else 0.
 */
export function boundaryCost(sourceOpen: Uint8Array, targetOpen: Uint8Array, i: number, j: number): number {
  return (sourceOpen[i] ?? 0) === (targetOpen[j] ?? 0) ? 0 : BOUNDARY_MISMATCH
}
