/**
 * Text two articles share: paragraphs of two families that hold the same sentences in more than one language, at
 * the same places. Two articles can share text in their source (a definition, a statement repeated with a word
 * changed), and their translators then render it the same way, or nearly, each time. A translator who pastes
 * another article's paragraph does so in one language: the two paragraphs' slots hold the same text there and
 * nowhere else. So a sentence found word for word in two families is theirs when, in another language too, the
 * same two slots of the two families hold the same sentence or one that differs by a word or two (character
 * trigrams, Dice ≥ {@link NEAR_DICE}); it is then no copy, in either holder.
 */
import type { ParagraphPlace } from './copiedText.js'
import { letters, MIN_COPY_LETTERS, sentenceKey } from './copyKeys.js'

/** Languages in which two slots of two families must share sentences for that text to be theirs, not a copy. */
export const COMMON_TEXT_LANGUAGES = 2

/**
 * Dice of character trigrams from which two sentences of one language are the same text with a word or two
 * changed (`The ECDC states that …` / `The ECDC says …`). Translations of two different sentences stay far under it.
 */
export const NEAR_DICE = 0.8

/**
 * Families holding one sentence beyond which it is not looked at here: text in that many articles is the corpus's
 * boilerplate, which the copy search leaves out by itself (and pairs of them would grow with the square).
 */
const MAX_HOLDER_FAMILIES = 16

/** Where a paragraph stands in its family, whatever its language: the family and the slot. */
function spot(p: ParagraphPlace): string {
  return `${p.family}\u0000${p.slot ?? `-${p.segment}`}`
}

/** Key of an unordered pair of places in two families. */
function spotPair(a: ParagraphPlace, b: ParagraphPlace): string {
  const x = spot(a)
  const y = spot(b)
  return x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`
}

function trigrams(text: string): Set<string> {
  const chars = [...text]
  const out = new Set<string>()
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''))
  return out
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0 || (2 * Math.min(a.size, b.size)) / (a.size + b.size) < NEAR_DICE) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const t of small) if (large.has(t)) shared++
  return (2 * shared) / (a.size + b.size)
}

/**
 * Which pairs of paragraphs hold text their two families share in {@link COMMON_TEXT_LANGUAGES} languages or more,
 * at the same two slots: word for word in one, word for word or nearly in another.
 * @param places Every paragraph compared in the search for copies.
 * @param holders Per language and sentence key, the paragraphs holding it.
 * @param held Pairs of paragraphs of one language, one holding the other's whole text inside its own (see
 *   `containedText.ts`): shared text too, in that language.
 * @returns Whether two paragraphs of two families hold such shared text.
 */
export function commonTextOf(places: readonly ParagraphPlace[], holders: ReadonlyMap<string, readonly ParagraphPlace[]>, held: ReadonlyArray<readonly [ParagraphPlace, ParagraphPlace]> = []): (a: ParagraphPlace, b: ParagraphPlace) => boolean {
  const languages = new Map<string, Set<string>>()
  const share = (a: ParagraphPlace, b: ParagraphPlace): void => {
    const key = spotPair(a, b)
    let seen = languages.get(key)
    if (seen === undefined) languages.set(key, (seen = new Set()))
    seen.add(a.language)
  }
  for (const [a, b] of held) share(a, b)
  for (const list of holders.values()) {
    if (new Set(list.map((p) => p.family)).size > MAX_HOLDER_FAMILIES) continue
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!
        const b = list[j]!
        if (a.family !== b.family) share(a, b)
      }
    }
  }
  const open = [...languages].filter(([, seen]) => seen.size < COMMON_TEXT_LANGUAGES)
  if (open.length > 0) {
    // Per place (family and slot) and language: the trigrams of its sentences long enough to compare.
    const wanted = new Set(open.flatMap(([key]) => key.split('\u0001')))
    const sentences = new Map<string, Array<Set<string>>>()
    for (const place of places) {
      if (!wanted.has(spot(place))) continue
      const at = `${spot(place)}\u0001${place.language}`
      let list = sentences.get(at)
      if (list === undefined) sentences.set(at, (list = []))
      for (const sentence of place.sentences) {
        const key = sentenceKey(sentence)
        if (letters(key) >= MIN_COPY_LETTERS) list.push(trigrams(key))
      }
    }
    const allLanguages = [...new Set(places.map((p) => p.language))].sort()
    for (const [key, seen] of open) {
      const [x, y] = key.split('\u0001') as [string, string]
      for (const language of allLanguages) {
        if (seen.size >= COMMON_TEXT_LANGUAGES) break
        if (seen.has(language)) continue
        const a = sentences.get(`${x}\u0001${language}`) ?? []
        const b = sentences.get(`${y}\u0001${language}`) ?? []
        if (a.some((s) => b.some((t) => dice(s, t) >= NEAR_DICE))) seen.add(language)
      }
    }
  }
  const common = new Set([...languages].filter(([, seen]) => seen.size >= COMMON_TEXT_LANGUAGES).map(([key]) => key))
  return (a, b) => common.has(spotPair(a, b))
}
