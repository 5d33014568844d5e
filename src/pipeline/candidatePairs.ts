import { extractAnchors } from '../align/anchors/extractAnchors.js'
import type { ParsedDocument } from '../types.js'

/** Corpora with more documents than this have their pairs filtered by {@link candidatePairs} by default. */
export const PAIR_FILTER_MIN_DOCUMENTS = 50

/** Cheap facts about a document that translations of it share. */
interface Fingerprint {
  /** Normalised anchors (numbers, URLs, e-mails, name skeletons). */
  anchors: Set<string>
  /** Characters of the segments. */
  characters: number
}

function fingerprint(doc: ParsedDocument): Fingerprint {
  let characters = 0
  const anchors = new Set<string>()
  // Boilerplate counts too: what is taken for page furniture differs between translations.
  for (const segment of doc.segments) {
    characters += segment.text.length
    for (const anchor of extractAnchors(segment.text)) anchors.add(`${anchor.kind}:${anchor.normalized}`)
  }
  return { anchors, characters }
}

// Translations stay within a factor of 3 in length across scripts. (Turn counts are no filter: a translation
// that lost its speaker markers has none, and is exactly what drift must report.)
function compatible(a: Fingerprint, b: Fingerprint): boolean {
  const [short, long] = a.characters <= b.characters ? [a.characters, b.characters] : [b.characters, a.characters]
  return long <= 3 * Math.max(short, 1)
}

/**
 * Pairs of documents worth aligning: those whose cheap fingerprints could belong to translations of each other —
 * compatible length, and sharing an anchor that is rare in the corpus. A document without rare
 * anchors is paired with every compatible one.
 * Linear in the documents plus the pairs sharing a rare anchor, instead of quadratic.
 * @param documents Documents sorted by id.
 * @returns Pairs `[i, j]` of indices, `i < j`, in the order of a double loop over `documents`.
 */
export function candidatePairs(documents: readonly ParsedDocument[]): Array<[number, number]> {
  const prints = documents.map(fingerprint)
  // An anchor found in many documents ("2020", a frequent name) says nothing about which ones are translations.
  const common = Math.max(8, Math.ceil(0.02 * documents.length))
  const holders = new Map<string, number[]>()
  prints.forEach((p, i) => {
    for (const key of p.anchors) {
      const list = holders.get(key)
      if (list === undefined) holders.set(key, [i])
      else list.push(i)
    }
  })
  const rare = prints.map((p) => [...p.anchors].filter((key) => holders.get(key)!.length <= common))
  const shared = new Set<number>()
  const pairs: Array<[number, number]> = []
  const withoutAnchors = rare.flatMap((keys, i) => (keys.length === 0 ? [i] : []))
  for (let i = 0; i < documents.length; i++) {
    shared.clear()
    for (const key of rare[i]!) for (const j of holders.get(key)!) if (j > i) shared.add(j)
    const partners = new Set<number>()
    for (const j of shared.keys()) partners.add(j)
    const scanAll = rare[i]!.length === 0
    for (const j of scanAll ? documents.keys() : withoutAnchors) if (j > i) partners.add(j)
    for (const j of [...partners].sort((x, y) => x - y)) if (compatible(prints[i]!, prints[j]!)) pairs.push([i, j])
  }
  return pairs
}
