import { checkNumber } from '../../errors/checkArgument.js'
import { checkText } from '../../errors/checkShape.js'
import { TextMemo } from '../../util/TextMemo.js'
/**
 * Word tokens for the lexical pass: Intl.Segmenter word segments (so scripts written without spaces, such as
 * Khmer or Thai, split into words too), lower-cased, keeping only segments that contain a letter.
 */

const segmenter = new Intl.Segmenter('und', { granularity: 'word' })
const LETTER = /\p{L}/u

/** Words read per distinct word kept, at most: a text that repeats a few words (`*a*a*a…`) is not read to its end. */
const READ_PER_WORD_KEPT = 16

/**
 * The distinct words of a text, lower-cased, in order of first occurrence.
 * @param text Any text.
 * @param maxWords Keep at most this many distinct words (default: `64`), to bound the work per item; at most
 *   `16 × maxWords` words are read, so the work is bounded even when the text repeats a few words.
 * @returns Distinct lower-cased words containing a letter.
 */
export function tokenizeWords(text: string, maxWords = 64): string[] {
  checkText(text, 'text')
  checkNumber(maxWords, 'maxWords', { min: 0 })
  const out: string[] = []
  const seen = new Set<string>()
  let budget = maxWords * READ_PER_WORD_KEPT
  for (const seg of segmenter.segment(text)) {
    if (seg.isWordLike !== true || !LETTER.test(seg.segment)) continue
    if (budget-- <= 0) break
    const word = seg.segment.toLocaleLowerCase('und')
    if (seen.has(word)) continue
    seen.add(word)
    out.push(word)
    if (out.length >= maxWords) break
  }
  return out
}

// A text is tokenised once however often it is aligned (both passes of a corpus lexicon, every pair it is in):
// word segmentation of scripts without spaces is the costliest step of the lexical pass.
const memo = new TextMemo<string[]>()
const wordsOf = (text: string): string[] => tokenizeWords(text)

/** Maps words of one side to dense integer ids. */
export class WordIds {
  private readonly ids = new Map<string, number>()

  /** Number of distinct words seen. */
  get size(): number {
    return this.ids.size
  }

  /**
   * The id of a word, if it was seen.
   * @param word A lower-cased word.
   * @returns Its id, or `undefined`.
   */
  idOf(word: string): number | undefined {
    return this.ids.get(word)
  }

  /**
   * Every word seen, indexed by id.
   * @returns Words in id order.
   */
  words(): string[] {
    return [...this.ids.keys()]
  }

  /**
   * Sorted distinct word ids of a text.
   * @param text Any text.
   * @returns Ids (new words get new ids).
   */
  encode(text: string): Int32Array {
    const words = text.length < 16 ? tokenizeWords(text) : memo.get(text, wordsOf)
    const out = new Int32Array(words.length)
    words.forEach((w, k) => {
      let id = this.ids.get(w)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(w, id)
      }
      out[k] = id
    })
    return out.sort()
  }
}
