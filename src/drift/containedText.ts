/**
 * Paragraphs whose whole text is found inside a paragraph of another family in the same language, starting at a
 * word. The copy search matches sentences, but a script written without sentence marks (Thai, Lao) leaves a
 * paragraph as one sentence: a paste of the first sentences of a paragraph, or an original cut short and held whole
 * inside a paste that kept more, then matches no sentence of the other holder, though one text holds the other.
 */
import type { ParagraphPlace } from './copiedText.js'
import { casedKey, keyLetters, MIN_COPY_LETTERS } from './copyKeys.js'

/** One paragraph's text held whole inside another's. */
export interface Containment {
  /** The paragraph held whole. */
  inner: ParagraphPlace
  /** The paragraph holding it (the same text, or more). */
  outer: ParagraphPlace
}

/**
 * Every pair of paragraphs of two families in one language where one's text is found whole in the other's, word
 * for word: from the start of a word to the end of one, in the same case (the sentences as compared, see
 * `casedKey` — not case-folded: a sentence's first word quoted inside another sentence is no paste). Paragraphs of
 * fewer than {@link MIN_COPY_LETTERS} letters are not looked for.
 * @param places The paragraphs compared.
 * @returns The pairs, in the order of `places` (outer, then inner).
 */
export function containedParagraphs(places: readonly ParagraphPlace[]): Containment[] {
  const minLetters = MIN_COPY_LETTERS
  const texts = new Map<ParagraphPlace, string>()
  // Per language and the first `minLetters` characters of a paragraph's text: the paragraphs starting so.
  const starts = new Map<string, ParagraphPlace[]>()
  for (const place of places) {
    const text = place.sentences.map(casedKey).join(' ')
    texts.set(place, text)
    if (place.sentences.reduce((a, s) => a + keyLetters(s), 0) < minLetters || text.length < minLetters) continue
    const at = `${place.language}\u0000${text.slice(0, minLetters)}`
    const list = starts.get(at)
    if (list === undefined) starts.set(at, [place])
    else list.push(place)
  }
  const order = new Map(places.map((p, k) => [p, k] as const))
  const out: Containment[] = []
  for (const outer of places) {
    const text = texts.get(outer)!
    // Each word start of the holder's text.
    for (let i = 0; i >= 0 && i + minLetters <= text.length; i = nextWord(text, i)) {
      for (const inner of starts.get(`${outer.language}\u0000${text.slice(i, i + minLetters)}`) ?? []) {
        const found = texts.get(inner)!
        if (inner === outer || inner.family === outer.family || !text.startsWith(found, i) || (i + found.length < text.length && text[i + found.length] !== ' ')) continue
        // The same text both ways is one pair, found from the earlier holder.
        if (i === 0 && text.length === found.length && order.get(inner)! < order.get(outer)!) continue
        out.push({ inner, outer })
      }
    }
  }
  return out
}

/** Where the word after position `i` starts, or -1. */
function nextWord(text: string, i: number): number {
  const space = text.indexOf(' ', i)
  return space < 0 ? -1 : space + 1
}
