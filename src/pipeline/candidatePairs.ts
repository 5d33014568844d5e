import { segmentAnchors } from '../align/anchors/segmentAnchors.js'
import type { ParsedDocument } from '../types.js'
import { TEXT_KEY_PREFIX, textKeys } from './sharedText.js'
import { DENSE_LETTER_WEIGHT, scriptClass } from '../util/scripts.js'
import { pageKey } from '../align/anchors/sameLink.js'

/** Corpora with more documents than this have their pairs filtered by {@link candidatePairs} by default. */
export const PAIR_FILTER_MIN_DOCUMENTS = 50

/** Cheap facts about a document that translations of it share. */
export interface Fingerprint {
  /**
   * Normalised anchors (numbers, URLs by the page they link, e-mails, name skeletons), as `kind:normalized` keys (a
   * link by `pageKey`: a translation on a localised site links the localised copy of the page), and the keys of its
   * longer sentences (`textKeys`: shared word for word by a version of the document in its language).
   */
  anchors: ReadonlySet<string>
  /** Characters of the segments, dense scripts (Han, kana, Hangul) counted three times. */
  characters: number
}

const DENSE = scriptClass('dense', '', 'gu')

/**
 * The fingerprint {@link candidatePairs} compares documents by: their anchor and sentence keys and their length.
 * @param doc A parsed document.
 */
export function fingerprint(doc: ParsedDocument): Fingerprint {
  const anchors = new Set<string>()
  for (const segment of doc.segments) for (const anchor of segmentAnchors(segment)) anchors.add(`${anchor.kind}:${anchor.kind === 'url' ? pageKey(anchor.normalized) : anchor.normalized}`)
  for (const key of textKeys(doc)) anchors.add(key)
  return { anchors, characters: documentCharacters(doc) }
}

/**
 * A document's length as the fingerprint counts it: characters of every segment (boilerplate too: what is taken
 * for page furniture differs between translations), a Han, kana or Hangul character three times (it carries about
 * what three letters of an alphabet do).
 * @param doc A parsed document.
 */
export function documentCharacters(doc: ParsedDocument): number {
  let characters = 0
  for (const segment of doc.segments) characters += segment.text.length + (DENSE_LETTER_WEIGHT - 1) * (segment.text.match(DENSE)?.length ?? 0)
  return characters
}

/** Whether a fingerprint has an anchor key (its sentence keys aside). */
function anchored(print: Fingerprint): boolean {
  for (const key of print.anchors) if (!key.startsWith(TEXT_KEY_PREFIX)) return true
  return false
}

// Translations stay within a factor of 3 in length across scripts. (Turn counts are no filter: a translation
// that lost its speaker markers has none, and is exactly what drift must report.)
function compatible(a: Fingerprint, b: Fingerprint): boolean {
  const [short, long] = a.characters <= b.characters ? [a.characters, b.characters] : [b.characters, a.characters]
  return long <= 3 * Math.max(short, 1)
}

/** Its sentence keys (`textKeys`) a fingerprint has. */
function textKeyCount(print: Fingerprint): number {
  let count = 0
  for (const key of print.anchors) if (key.startsWith(TEXT_KEY_PREFIX)) count++
  return count
}

/**
 * Share of the sentence keys of the one of two documents with fewer that the other holds, from which the two are
 * versions of one document (its own sentences word for word: a revision, a damaged copy), not two pages that quote
 * a sentence alike.
 */
export const VERSION_SHARE = 0.5

/**
 * Add to the chosen pairs (keys `i * n + j`, `i < j`) those of a document with every partner of its version whose
 * length its own no longer fits: a copy that lost most of its text still shares a family with its original only if
 * it is parallel to the same others, which only judging it with them can tell (its length kept it from their pairs,
 * and their shared anchors, held by as many documents as the family has, may be too common to be indexed).
 * @param chosen Chosen pair keys, added to.
 * @param shortened Pairs `[i, v]` of a document and its version of another length.
 * @param n Number of documents.
 */
function withVersionsPartners(chosen: Set<number>, shortened: ReadonlyArray<readonly [number, number]>, n: number): void {
  if (shortened.length === 0) return
  const partners = new Map<number, number[]>()
  const needed = new Set(shortened.map(([, v]) => v))
  const add = (v: number, j: number): void => {
    const list = partners.get(v)
    if (list === undefined) partners.set(v, [j])
    else list.push(j)
  }
  for (const key of chosen) {
    const [i, j] = [Math.floor(key / n), key % n]
    if (needed.has(i)) add(i, j)
    if (needed.has(j)) add(j, i)
  }
  for (const [i, v] of shortened) for (const j of partners.get(v) ?? []) if (j !== i) chosen.add(i < j ? i * n + j : j * n + i)
}

/** How many best-sharing partners each document keeps (default of {@link candidatePairs}). */
export const CANDIDATES_PER_DOCUMENT = 24

/**
 * Pairs of documents worth aligning: for each document, the `perDocument` compatible documents (length within a
 * factor 3, or sharing a sentence word for word) that share the most anchor weight with it — each shared anchor
 * weighs its inverse document frequency, so a name or number found in a handful of documents counts far more than
 * "2020" — plus every compatible document when it has no anchor at all, or shares its anchors only with its own
 * versions (a translation that wrote its code blocks in its words, beside a copy of itself). A translation shares its article's rare
 * anchors with every other translation of it (numbers in any digits, URLs, names across scripts), so it ranks them
 * first whatever else the corpus holds; a version of a document in its language (a revision, a copy that lost a
 * section) shares its sentences, and is kept whatever its length; a version that lost so much that its length no
 * longer fits its original's is also paired with every partner of its original (see `withVersionsPartners`).
 * Near-linear: keys held by more than a few percent of the corpus are not indexed.
 * @param documents Documents sorted by id.
 * @param perDocument Partners kept per document (default {@link CANDIDATES_PER_DOCUMENT}).
 * @returns Pairs `[i, j]` of indices, `i < j`, in the order of a double loop over `documents`.
 */
export function candidatePairs(documents: readonly ParsedDocument[], perDocument = CANDIDATES_PER_DOCUMENT): Array<[number, number]> {
  return candidatePairsOf(documents.map(fingerprint), perDocument)
}

/**
 * {@link candidatePairs} from the documents' fingerprints alone (the documents themselves need not be at hand).
 * @param prints Fingerprints of the documents sorted by id.
 * @param perDocument Partners kept per document.
 * @returns Pairs `[i, j]` of indices, `i < j`, in the order of a double loop over `prints`.
 */
export function candidatePairsOf(prints: readonly Fingerprint[], perDocument = CANDIDATES_PER_DOCUMENT): Array<[number, number]> {
  const n = prints.length
  const holders = new Map<string, number[]>()
  prints.forEach((p, i) => {
    for (const key of p.anchors) {
      const list = holders.get(key)
      if (list === undefined) holders.set(key, [i])
      else list.push(i)
    }
  })
  const indexedAt = Math.max(8, Math.ceil(0.05 * n))
  const chosen = new Set<number>()
  const withoutAnchors: number[] = []
  prints.forEach((p, i) => {
    if (!anchored(p)) withoutAnchors.push(i)
  })
  const weights = new Map<number, number>()
  const sharingText = new Map<number, number>()
  const sharingAnchors = new Set<number>()
  const textCounts = prints.map(textKeyCount)
  // Pairs `[i, v]`: `v` holds most of `i`'s sentences (or `i` of `v`'s), and their lengths are too far apart for one
  // to vouch for the other's (a copy that lost most of its text beside its original).
  const shortened: Array<[number, number]> = []
  for (let i = 0; i < n; i++) {
    weights.clear()
    sharingText.clear()
    sharingAnchors.clear()
    for (const key of prints[i]!.anchors) {
      const list = holders.get(key)!
      if (list.length <= 1 || list.length > indexedAt) continue
      const idf = Math.log(n / list.length)
      const text = key.startsWith(TEXT_KEY_PREFIX)
      for (const j of list) {
        if (j === i) continue
        weights.set(j, (weights.get(j) ?? 0) + idf)
        if (text) sharingText.set(j, (sharingText.get(j) ?? 0) + 1)
        else sharingAnchors.add(j)
      }
    }
    for (const [j, shared] of sharingText) if (!compatible(prints[i]!, prints[j]!) && VERSION_SHARE * Math.min(textCounts[i]!, textCounts[j]!) <= shared) shortened.push([i, j])
    const ranked = [...weights].filter(([j]) => sharingText.has(j) || compatible(prints[i]!, prints[j]!)).sort((a, b) => b[1] - a[1] || a[0] - b[0])
    for (const [j] of ranked.slice(0, perDocument)) chosen.add(i < j ? i * n + j : j * n + i)
    // A document that shares no anchor with a compatible one is compared with every compatible document. Its own
    // versions (a copy, a revision: most of its sentences word for word) are aside: they hold its anchors whatever
    // they are, so they say nothing of where its translations are.
    const version = (j: number): boolean => VERSION_SHARE * Math.min(textCounts[i]!, textCounts[j]!) <= (sharingText.get(j) ?? 0)
    const open = !anchored(prints[i]!) || !ranked.some(([j]) => sharingAnchors.has(j) && !version(j) && compatible(prints[i]!, prints[j]!)) ? prints.keys() : withoutAnchors
    for (const j of open) if (j !== i && compatible(prints[i]!, prints[j]!)) chosen.add(i < j ? i * n + j : j * n + i)
  }
  withVersionsPartners(chosen, shortened, n)
  return [...chosen].sort((a, b) => a - b).map((k) => [Math.floor(k / n), k % n] as [number, number])
}
