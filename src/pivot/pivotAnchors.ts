import anyAscii from 'any-ascii'
import { diceCoefficient } from 'dice-coefficient'
import { extractAnchors } from '../align/anchors/extractAnchors.js'
import type { Anchor } from '../align/anchors/Anchor.js'
import { linkedForm, segmentAnchors } from '../align/anchors/segmentAnchors.js'
import { sameLink } from '../align/anchors/sameLink.js'
import { sameCode } from '../align/anchors/sameCode.js'
import { numbersInWords } from '../align/anchors/numberWords.js'
import type { PivotAnchor, Segment } from '../types.js'

/** Smallest Dice similarity of two name skeletons taken as the same name (default used by the pivot stage). */
export const NAME_MATCH = 0.6

/** Lower-case ASCII spelling of an anchor, used to tell one spelling from another. */
export function spelling(text: string): string {
  return anyAscii(text).toLowerCase().replace(/[^a-z0-9]/g, '')
}

/**
 * Whether two anchors are the same thing (possibly spelled differently): a name spelled otherwise, a link to the same
 * page or to its localised copy (see `sameLink`), code laid out otherwise (see `sameCode`).
 */
export function sameAnchor(a: { kind: string; normalized: string }, b: { kind: string; normalized: string }): boolean {
  if (a.kind !== b.kind) return false
  if (a.normalized === b.normalized) return true
  if (a.kind === 'url') return sameLink(a.normalized, b.normalized)
  if (a.kind === 'code') return sameCode(a.normalized, b.normalized)
  if (a.kind !== 'name') return false
  const shorter = a.normalized.length <= b.normalized.length ? a.normalized : b.normalized
  const longer = shorter === a.normalized ? b.normalized : a.normalized
  // Suffixing languages add case endings to names (Денвер → Денвердегі).
  if (shorter.length >= 4 && longer.startsWith(shorter)) return true
  let common = 0
  while (common < shorter.length && shorter[common] === longer[common]) common++
  if (common >= 3 && common >= 0.6 * shorter.length) return true
  return diceCoefficient(a.normalized, b.normalized) >= NAME_MATCH
}

/** The anchors without repeats (the first of each kind and normalised form), each with how many times it occurs. */
function distinct(anchors: Iterable<Anchor>): Anchor[] {
  const at = new Map<string, number>()
  const out: Anchor[] = []
  for (const a of anchors) {
    const key = `${a.kind}:${a.normalized}`
    const i = at.get(key)
    if (i === undefined) {
      at.set(key, out.length)
      out.push(a)
    } else out[i] = { ...out[i]!, count: (out[i]!.count ?? 1) + (a.count ?? 1), ...(a.block === true ? { block: true as const } : {}) }
  }
  return out
}

/**
 * The anchors of a text, deduplicated by kind and normalised form (`count`: how many times it occurs, when more than
 * once): those written in it (in text order), then numbers written in words or native numerals (see
 * `numbersInWords`) — the anchors pivot slots expect.
 */
export function anchorsOf(text: string): Anchor[] {
  return distinct([...extractAnchors(text), ...numbersInWords(text)])
}

/**
 * The anchors of parsed segments, deduplicated (`count`: how many times one occurs, when more than once): those of their text, those the parser kept beside it (link
 * URLs, inline code, heading ids — see `segmentAnchors`) and numbers written in words or native numerals
 * (`fifty`, `十四億`: see `numbersInWords`), after the numbers written in digits.
 * @param segments Segments of one document.
 */
export function anchorsOfSegments(segments: ReadonlyArray<Pick<Segment, 'role' | 'text'> & Partial<Pick<Segment, 'anchors' | 'slug'>>>): Anchor[] {
  return distinct([...segments.flatMap((segment) => withRepeats(segmentAnchors(segment), segment)), ...segments.flatMap((segment) => numbersInWords(segment.text))])
}

/**
 * A segment's anchors (listed once each) with how many times its text has each (`count`, when more than once); a link
 * target counts once more beside the URLs its text writes, so that a link whose text is its own address
 * (`[http://localhost:4321/](http://localhost:4321/)`, a bare `https://…`) holds that address twice, and one of the
 * two changed leaves it once.
 */
function withRepeats(anchors: readonly Anchor[], segment: Pick<Segment, 'role' | 'text'> & Partial<Pick<Segment, 'anchors'>>): Anchor[] {
  if (segment.role === 'code') return [...anchors]
  const times = new Map<string, number>()
  const targets = segment.anchors?.some((a) => a.kind === 'url') === true ? segmentAnchors({ role: segment.role, text: '', anchors: segment.anchors.filter((a) => a.kind === 'url') }).map((a) => a.normalized) : []
  for (const a of extractAnchors(segment.text)) {
    const key = `${a.kind}:${(a.kind === 'url' ? linkedForm(a.normalized, targets) : undefined) ?? a.normalized}`
    times.set(key, (times.get(key) ?? 0) + 1)
  }
  for (const t of targets) times.set(`url:${t}`, (times.get(`url:${t}`) ?? 0) + 1)
  return anchors.map((a) => {
    const n = times.get(`${a.kind}:${a.normalized}`) ?? 1
    return n > 1 ? { ...a, count: n } : a
  })
}

/** Whether a number anchor was read from words or native numerals rather than written in digits. */
export function inWords(anchor: Pick<Anchor, 'kind' | 'text'>): boolean {
  return anchor.kind === 'number' && !/\p{Nd}/u.test(anchor.text)
}

/**
 * Merge the anchors several documents have in one slot into pivot anchors: anchors that are the same thing
 * (equal numbers/URLs, similar name skeletons) form one pivot anchor with all their spellings as variants.
 * The key is the first member's normalised form and the first variant is the pivot's spelling (the most
 * frequent, then the hub's: documents are given hub first).
 * @param perDocument Anchors found in the slot, one list per document (hub first).
 * @param minDocuments Keep anchors found in at least this many documents.
 * @param hubConfirmations Also keep the hub's anchors that at least this many other documents confirm (default:
 *   `minDocuments - 1`): the hub is the document the others disagree with least, so what it holds and a few
 *   others confirm is expected even where damaged translations lost it.
 * @param hubOnly Keep only anchors the hub holds (the hub is the named original: what it lacks is not expected,
 *   however many translations hold it — the stale majority of a site whose original moved on).
 */
export function mergeAnchors(perDocument: ReadonlyArray<readonly Anchor[]>, minDocuments: number, hubConfirmations = minDocuments - 1, hubOnly = false, languages: ReadonlyArray<string | undefined> = []): PivotAnchor[] {
  const clusters: Cluster[] = []
  perDocument.forEach((anchors, d) => {
    for (const a of anchors) {
      let cluster = clusters.find((c) => c.members.some((m) => sameAnchor(m, a)))
      if (cluster === undefined) clusters.push((cluster = { kind: a.kind, key: a.normalized, members: [], documents: new Set(), counts: new Map() }))
      cluster.members.push(a)
      cluster.documents.add(d)
      // A link as each member writes it (its own locale's copy, `/ja/…` for `/en/…`): the most times it writes one
      // form, so that a page linking one page in two locales (a switcher, the original kept beside its copy) does
      // not count it twice.
      if (a.kind === 'url') cluster.counts.set(d, Math.max(cluster.counts.get(d) ?? 0, a.count ?? 1))
      else if (a.normalized === cluster.key) cluster.counts.set(d, (cluster.counts.get(d) ?? 0) + (a.count ?? 1))
    }
  })
  const kept = (c: Cluster): boolean => (c.documents.size >= minDocuments && (!hubOnly || c.documents.has(0))) || (c.documents.has(0) && confirmations(c, languages) >= Math.max(1, hubConfirmations))
  return joinVersions(clusters, kept, perDocument.length, minDocuments, hubOnly)
    .map((c) => {
      const anchor: PivotAnchor = { kind: c.kind, key: c.key, variants: orderVariants(c.members.map((m) => m.text)), support: Math.round((c.documents.size / perDocument.length) * 1e4) / 1e4 }
      const count = medianCount([...c.counts.values()])
      if ((c.kind === 'number' || c.kind === 'url' || c.versions === true) && count > 1) anchor.count = count
      if (c.members.some((m) => m.block === true)) anchor.block = true
      return anchor
    })
}

/**
 * How many other members confirm an anchor the hub holds: versions of one translation (documents in one language,
 * the hub's own language included) confirm it once; documents of unknown language each once.
 */
function confirmations(c: Cluster, languages: ReadonlyArray<string | undefined>): number {
  const hubLanguage = languages[0]
  const seen = new Set<string>()
  let n = 0
  for (const d of c.documents) {
    if (d === 0) continue
    const language = languages[d]
    if (language === undefined) n++
    else if (language !== hubLanguage && !seen.has(language)) {
      seen.add(language)
      n++
    }
  }
  return n
}

/** Anchors that are one thing across documents, as `mergeAnchors` gathers them. */
interface Cluster {
  kind: Anchor['kind']
  key: string
  members: Anchor[]
  /** The documents that hold it (0: the hub). */
  documents: Set<number>
  /** How many times each document writes it as the key, a link in its most written form (joined versions of code blocks: how many versions it holds). */
  counts: Map<number, number>
  /** Versions of code blocks joined (see {@link joinVersions}). */
  versions?: true
}

/**
 * The clusters kept, and the versions of one code block as one: where no version of a block is held by a strict
 * majority of the `members` (a site whose translations keep an older config block than the original's, a few of
 * each: Tauri's tabs of npm, yarn and pnpm blocks), yet one version is held by two documents at least and together
 * they are held by `minDocuments` and a strict majority, the slot expects code blocks of whichever version, as many
 * as most of their holders write there (the lower median): a member with fewer lost one, a member with its own
 * version lost none. The joined cluster stands where its most held version stood (the hub's among ties), keyed by
 * it, its variants every version's (`anchorDrift` reads any of them as held). Not with `hubOnly`: a named original's
 * version is the one expected.
 */
function joinVersions(clusters: readonly Cluster[], kept: (c: Cluster) => boolean, members: number, minDocuments: number, hubOnly: boolean): Cluster[] {
  const versions = hubOnly ? [] : clusters.filter((c) => c.kind === 'code' && c.documents.size * 2 <= members && c.members.some((m) => m.block === true))
  const documents = new Set(versions.flatMap((c) => [...c.documents]))
  const enough = documents.size >= minDocuments && documents.size * 2 > members && versions.some((c) => c.documents.size >= 2)
  if (versions.length < 2 || !enough) return clusters.filter(kept)
  const main = versions.reduce((best, c) => (c.documents.size > best.documents.size || (c.documents.size === best.documents.size && c.documents.has(0) && !best.documents.has(0)) ? c : best))
  const counts = new Map([...documents].map((d) => [d, versions.filter((c) => c.documents.has(d)).length] as const))
  const joined: Cluster = { ...main, members: [...main.members, ...versions.filter((c) => c !== main).flatMap((c) => c.members)], documents, counts, versions: true }
  return clusters.flatMap((c) => (c === main ? [joined] : versions.includes(c) || !kept(c) ? [] : [c]))
}

/** The lower median of some counts (0 for none): a count most holders reach. */
function medianCount(counts: number[]): number {
  if (counts.length === 0) return 0
  counts.sort((a, b) => a - b)
  return counts[Math.floor((counts.length - 1) / 2)]!
}

/** Distinct spellings, the pivot's own first (most frequent, then first seen). */
function orderVariants(texts: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || texts.indexOf(a) - texts.indexOf(b))
}
