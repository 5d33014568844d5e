/**
 * Text copied from another article: a paragraph of a member whose sentences are found, word for word, in a
 * document of another family in the same language, or whose whole text is found inside such a document's paragraph
 * or holds one whole (`containedText.ts`: a script without sentence marks keeps a paragraph as one sentence). A
 * translator who pastes the wrong paragraph (in place of the slot's, or beside it) leaves such a copy; its words
 * were never translated from the slot, yet word links cannot tell, because the copied words are linked by the very
 * cells they were copied into.
 *
 * A copy has two holders and one of them is the original: the copy is taken to be the holder whose paragraph fits
 * its place worse, in this order — its own words found far less in its family's other members' cells of its slot
 * than the other holder's are in theirs (by {@link STRONG_EVIDENCE_MARGIN}: a paragraph pasted in the wrong place
 * says what its neighbours do not, while the original says what they say even when its translation was cut short
 * or split, which the structure below would misread); the copied text as a strict part of one holder's
 * paragraph (a copy of part of it) but the whole of the other's; a paragraph that is not a whole cell of its own
 * (one paragraph of several, an extra segment) against one that is; then the words' evidence again, when it differs
 * clearly. A holder in no judged family (a document alone) is never the copy, and the other holder is when its
 * words clearly do not belong where they stand. Text that most members of a family share with another family in
 * the same slot (boilerplate, in every language) is not a copy, nor is text two articles share at the same places in
 * more than one language (see `commonText.ts`). When none of these tells, neither holder is reported.
 */

import { commonTextOf } from './commonText.js'
import { containedParagraphs } from './containedText.js'
import { keyLetters, MIN_COPY_LETTERS, sentenceKey } from './copyKeys.js'

export { MIN_COPY_LETTERS, sentenceKey } from './copyKeys.js'

/** A paragraph whose letters are at least this share in sentences found in another family's document is a copy. */
export const COPY_SHARE = 0.5

/**
 * Standard deviations by which the words of the original must match its family's other members better than the
 * copy matches its family's, when structure cannot tell (the same words, compared with two families' cells).
 */
export const EVIDENCE_MARGIN = 1

/** Standard deviations by which the paragraphs' own words' evidence decides before their structure does. */
export const STRONG_EVIDENCE_MARGIN = 1.5

/**
 * Own words' evidence (standard deviations from the usual rate) at or under which a holder's words clearly do not belong in
 * its slot: the copy, when the other holder is in no judged family.
 */
export const MISPLACED_EVIDENCE = -2

/** One paragraph of a document, where it stands. */
export interface ParagraphPlace {
  /** Document id. */
  document: string
  /** The document's family id (its own id when it is alone). */
  family: string
  /** Language variant of the document (`languageVariant`; its tag as written when its language is unknown). */
  language: string
  /** Segment holding the paragraph. */
  segment: string
  /** The slot whose own cell holds the paragraph (`undefined`: an extra segment or a cell shared by slots). */
  slot: number | undefined
  /** Whether the paragraph is the whole of that cell (its one paragraph of its one segment). */
  whole: boolean
  /** Sentence texts of the paragraph, in order. */
  sentences: string[]
  /**
   * How well the paragraph's words match the family's other members in its slot, both directions pooled, in
   * standard deviations from the usual rate (see `memberAffinity`), when any word is linked.
   */
  evidence: number | undefined
  /**
   * How well the paragraph's own words are found in the other members' cells of its slot (standard deviations from
   * the usual rate), when enough of them are linked: a paragraph cut short or split keeps its words there, one
   * pasted from elsewhere does not.
   */
  ownEvidence?: number | undefined
  /** The document is in no family whose slots were judged (alone, or in one too small): it holds only originals. */
  unjudged?: boolean | undefined
}

/** A paragraph found to be a copy, and where it was copied from. */
export interface CopiedParagraph {
  /** The copy. */
  place: ParagraphPlace
  /** The document holding the original. */
  from: string
  /** Share of the paragraph's letters in copied sentences. */
  share: number
}

/**
 * The paragraphs of a segment's text and the sentences in each (a sentence goes to the paragraph it is found in,
 * searching on from the previous one).
 * @param text The segment's text (paragraphs separated by blank lines).
 * @param sentences The segment's sentence texts, in order.
 */
export function paragraphSentences(text: string, sentences: readonly string[]): string[][] {
  const paragraphs = text.split(/\n\s*\n/u)
  const out = paragraphs.map((): string[] => [])
  let p = 0
  let from = 0
  for (const sentence of sentences) {
    const needle = sentence.trim()
    for (let q = p; q < paragraphs.length; q++) {
      const at = paragraphs[q]!.indexOf(needle, q === p ? from : 0)
      if (at < 0) continue
      p = q
      from = at + needle.length
      break
    }
    out[p]!.push(sentence)
  }
  return out
}

/**
 * Which holder of a shared paragraph is the copy: `a`, `b`, or `undefined` when nothing tells.
 * @param parts Whether each holder has text beyond what the two share (`[a, b]`).
 */
function copyOf(a: ParagraphPlace, b: ParagraphPlace, parts: readonly [boolean, boolean]): 'a' | 'b' | undefined {
  const verdict = placeVerdict(a, b, parts)
  if (a.unjudged !== true && b.unjudged !== true) return verdict
  if (a.unjudged === b.unjudged) return undefined
  // A document in no judged family cannot be reported, and holds its paragraphs where they are: the judged holder
  // is the copy when its place says so, or when its words clearly do not belong in its slot.
  const [judged, mark] = a.unjudged === true ? [b, 'b' as const] : [a, 'a' as const]
  return verdict === mark || (judged.ownEvidence !== undefined && judged.ownEvidence <= MISPLACED_EVIDENCE) ? mark : undefined
}

/** Which holder fits its place worse: by strong evidence, by structure, then by evidence (see the module's doc). */
function placeVerdict(a: ParagraphPlace, b: ParagraphPlace, [aPart, bPart]: readonly [boolean, boolean]): 'a' | 'b' | undefined {
  if (a.ownEvidence !== undefined && b.ownEvidence !== undefined && Math.abs(a.ownEvidence - b.ownEvidence) >= STRONG_EVIDENCE_MARGIN) return a.ownEvidence < b.ownEvidence ? 'a' : 'b'
  const margin = a.evidence === undefined || b.evidence === undefined ? 0 : Math.abs(a.evidence - b.evidence)
  if (aPart !== bPart) return aPart ? 'b' : 'a'
  if (a.whole !== b.whole) return a.whole ? 'b' : 'a'
  if (margin >= EVIDENCE_MARGIN) return a.evidence! < b.evidence! ? 'a' : 'b'
  return undefined
}

/**
 * Paragraphs held whole inside another's text (see `containedText.ts`; one sentence each in a script without
 * sentence marks): per paragraph, the letters it shares with each such holder (only sentences long enough to be
 * compared count, as when sentences are matched), and per paragraph, those it holds with text of its own beyond.
 */
function heldText(held: ReadonlyArray<{ inner: ParagraphPlace; outer: ParagraphPlace }>, common: (a: ParagraphPlace, b: ParagraphPlace) => boolean, total: (p: ParagraphPlace) => number): { contained: Map<ParagraphPlace, Map<ParagraphPlace, number>>; beyond: Map<ParagraphPlace, Set<ParagraphPlace>> } {
  const contained = new Map<ParagraphPlace, Map<ParagraphPlace, number>>()
  const beyond = new Map<ParagraphPlace, Set<ParagraphPlace>>()
  for (const { inner, outer } of held) {
    if (common(inner, outer)) continue
    const n = inner.sentences.reduce((a, s) => a + (keyLetters(s) >= MIN_COPY_LETTERS ? keyLetters(s) : 0), 0)
    if (n === 0) continue
    for (const [x, y] of [[inner, outer], [outer, inner]] as const) {
      let m = contained.get(x)
      if (m === undefined) contained.set(x, (m = new Map()))
      m.set(y, n)
    }
    if (total(outer) > total(inner)) {
      let set = beyond.get(outer)
      if (set === undefined) beyond.set(outer, (set = new Set()))
      set.add(inner)
    }
  }
  return { contained, beyond }
}

/**
 * The paragraphs copied from a document of another family.
 * @param places Every paragraph of the corpus's family members, in a fixed order (the result follows it).
 * @returns The copies found, in the order of `places`.
 */
export function copiedParagraphs(places: readonly ParagraphPlace[]): CopiedParagraph[] {
  // Per language and sentence: the paragraphs holding it.
  const holders = new Map<string, ParagraphPlace[]>()
  for (const place of places) {
    for (const sentence of place.sentences) {
      if (keyLetters(sentence) < MIN_COPY_LETTERS) continue
      const key = `${place.language}\u0000${sentenceKey(sentence)}`
      const list = holders.get(key)
      if (list === undefined) holders.set(key, [place])
      else if (!list.includes(place)) list.push(place)
    }
  }
  const held = containedParagraphs(places)
  const common = commonTextOf(places, holders, held.map(({ inner, outer }) => [inner, outer] as const))
  const total = (place: ParagraphPlace): number => place.sentences.reduce((a, s) => a + keyLetters(s), 0)
  const { contained, beyond } = heldText(held, common, total)
  const twinsOf = (place: ParagraphPlace): Map<ParagraphPlace, number> => {
    const twins = new Map<ParagraphPlace, number>()
    for (const sentence of place.sentences) {
      const n = keyLetters(sentence)
      if (n < MIN_COPY_LETTERS) continue
      for (const other of holders.get(`${place.language}\u0000${sentenceKey(sentence)}`) ?? []) {
        if (other.family !== place.family && !common(place, other)) twins.set(other, (twins.get(other) ?? 0) + n)
      }
    }
    for (const [other, n] of contained.get(place) ?? []) twins.set(other, Math.max(n, twins.get(other) ?? 0))
    return twins
  }
  // Whether each of two holders has text beyond what they share: a sentence of its own, or, when one's text is held
  // whole in the other's, the other's text beyond it.
  const partsOf = (a: ParagraphPlace, b: ParagraphPlace): [boolean, boolean] => {
    if (contained.get(a)?.has(b) === true) return [beyond.get(a)?.has(b) === true, beyond.get(b)?.has(a) === true]
    const keys = new Set(a.sentences.map(sentenceKey).filter((k) => b.sentences.some((s) => sentenceKey(s) === k)))
    return [a.sentences.some((s) => !keys.has(sentenceKey(s))), b.sentences.some((s) => !keys.has(sentenceKey(s)))]
  }
  // Per family and slot: the members holding it, and those holding text shared with another family there.
  const members = new Map<string, { all: Set<string>; shared: Set<string> }>()
  const twinsOfPlace = new Map<ParagraphPlace, Map<ParagraphPlace, number>>()
  for (const place of places) {
    if (place.slot === undefined) continue
    const key = `${place.family}\u0000${place.slot}`
    let entry = members.get(key)
    if (entry === undefined) members.set(key, (entry = { all: new Set(), shared: new Set() }))
    entry.all.add(place.document)
    const twins = twinsOf(place)
    twinsOfPlace.set(place, twins)
    if ([...twins.values()].some((n) => n >= COPY_SHARE * total(place))) entry.shared.add(place.document)
  }
  // Text most members of the family share with another family in that slot is the articles' common text
  // (boilerplate), not a copy.
  const boilerplate = (place: ParagraphPlace): boolean => {
    const slotMembers = place.slot === undefined ? undefined : members.get(`${place.family}\u0000${place.slot}`)
    return slotMembers !== undefined && slotMembers.all.size > 1 && 2 * slotMembers.shared.size > slotMembers.all.size
  }
  const found = new Map<ParagraphPlace, CopiedParagraph>()
  for (const place of places) {
    if (boilerplate(place)) continue
    const size = total(place)
    if (size === 0) continue
    // The other families' paragraphs sharing its sentences, with the letters shared with each. When the paragraph
    // is mostly shared text but the other holder fits its place worse, the other holder is the copy, though the
    // shared text is less of it (its original was cut short or split where the copy kept more).
    for (const [other, shared] of twinsOfPlace.get(place) ?? twinsOf(place)) {
      if (shared / size < COPY_SHARE) continue
      const verdict = copyOf(place, other, partsOf(place, other))
      if (verdict === 'b' && !found.has(other) && !boilerplate(other)) found.set(other, { place: other, from: place.document, share: shared / Math.max(1, total(other)) })
      if (verdict !== 'a') continue
      if (!found.has(place)) found.set(place, { place, from: other.document, share: shared / size })
      break
    }
  }
  return places.filter((p) => found.has(p)).map((p) => found.get(p)!)
}
