import { UsageError } from '../errors/UsageError.js'
import type { Anchor } from '../align/anchors/Anchor.js'
import type { ParsedDocument, Pivot, PivotAnchor, PivotSlot, SegmentRole } from '../types.js'
import { alignPair } from './alignPair.js'
import { alignToPivot } from './alignToPivot.js'
import { contentSegments } from './contentSegments.js'
import { anchorsOfSegments, mergeAnchors } from './pivotAnchors.js'
import { segmentShares } from './segmentShares.js'
import { MIN_SHARE_SPREAD } from './slotFit.js'
import { slotIds } from './slotIds.js'
import { structuralMismatch } from './structuralMismatch.js'
import type { PivotOptions } from './types.js'
import { checkOptions, checkString } from '../errors/checkArgument.js'
import { DOCUMENT_SHAPE, checkShapeArray } from '../errors/checkShape.js'

/** Options of {@link buildPivot}. */
export interface BuildPivotOptions extends PivotOptions {
  /**
   * Where the pivot comes from (default: `'consensus'`): `'consensus'` of all documents, or one document,
   * named by id or by language (BCP 47 or ISO 639-3 of its detected language).
   */
  from?: string | undefined
  /** With `from: 'consensus'`: the id of the document to build it around (the source), instead of choosing one. */
  hub?: string | undefined
  /** Pivot id (default: the id of the first document's family, or `pivot`). */
  id?: string | undefined
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Pick the document a pivot is built around. */
export function chooseHub(documents: readonly ParsedDocument[], from: string, options: PivotOptions = {}): ParsedDocument {
  checkShapeArray(documents, 'documents', 'a parsed document', DOCUMENT_SHAPE)
  checkString(from, 'from')
  checkOptions(options)
  if (from !== 'consensus') {
    const byId = documents.find((d) => d.id === from || d.path === from)
    const byLanguage = documents.find((d) => d.language !== undefined && (d.language.bcp47 === from || d.language.iso6393 === from))
    const hub = byId ?? byLanguage
    if (hub === undefined) throw new UsageError('INVALID_OPTION', `--pivot ${from} names no document of the family (give a document id, a language, \`consensus\` or a pivot file)`)
    return hub
  }
  // The document the others disagree with least: a translation that lost, added, split or merged a part
  // disagrees with every faithful one at that place, so it is never the skeleton while a faithful one exists.
  // Among near ties (half a mismatch): the one with most numbers, URLs and addresses (a translation that wrote a
  // number in words carries less to check), then the one most parallel to the others, then the first id.
  const ranked = documents.map((doc) => {
    let mismatch = 0
    for (const other of documents) if (other !== doc) mismatch += structuralMismatch(doc, other, options)
    const anchors = contentSegments(doc).reduce((a, s) => a + anchorsOfSegments([s]).filter((x) => x.kind !== 'name').length, 0)
    return { doc, mismatch, anchors, score: undefined as number | undefined }
  })
  // The summed parallelism of a document aligned to each other one (in its own direction: one alignment per
  // other document) is needed only to break a tie in anchors, so it is computed only then.
  const scoreOf = (r: (typeof ranked)[number]): number => {
    if (r.score !== undefined) return r.score
    let score = 0
    for (const other of documents) if (other !== r.doc) score += alignPair(r.doc, other, options).parallelism.score
    return (r.score = score)
  }
  const least = Math.min(...ranked.map((r) => r.mismatch))
  let best = ranked[0]!
  for (const r of ranked) {
    if (r.mismatch > least + 0.5 || r === best) continue
    if (best.mismatch > least + 0.5 || r.anchors > best.anchors || (r.anchors === best.anchors && scoreOf(r) > scoreOf(best) + 1e-9)) best = r
  }
  return best.doc
}

/**
 * Build the pivot structure of a translation family: an ordered list of language-neutral slots (role, expected
 * anchors, expected length share).
 *
 * By consensus (default): the slots follow the medoid document (the one most parallel to the others); every
 * other document is aligned to it, and each slot takes the role most documents give it, the anchors found in a
 * strict majority of the documents (with every spelling seen), the median length share and its spread across the
 * family. From one document: that document's structure alone.
 * @param documents Documents of one family (parsed, ideally with languages detected).
 * @throws {UsageError} when `from` names no document, or no documents are given.
 */
export function buildPivot(documents: readonly ParsedDocument[], options: BuildPivotOptions = {}): Pivot {
  checkShapeArray(documents, 'documents', 'a parsed document', DOCUMENT_SHAPE)
  checkOptions(options)
  if (documents.length === 0) throw new UsageError('INVALID_INPUT', 'buildPivot needs at least one document')
  const from = options.from ?? 'consensus'
  const named = from === 'consensus' && options.hub !== undefined ? documents.find((d) => d.id === options.hub) : undefined
  if (from === 'consensus' && options.hub !== undefined && named === undefined) throw new UsageError('INVALID_OPTION', `hub ${options.hub} is not one of the documents`)
  const hub = named ?? chooseHub(documents, from, options)
  const members = from === 'consensus' ? [hub, ...documents.filter((d) => d !== hub)] : [hub]
  const hubSegments = contentSegments(hub)
  const ids = slotIds(hubSegments)
  const hubShares = segmentShares(hubSegments)
  const perSlot = hubSegments.map((segment, i) => ({
    roles: [segment.role] as SegmentRole[],
    shares: [hubShares[i]!],
    anchors: [anchorsOfSegments([segment])],
    sentences: [segment.sentences.length],
    paragraphs: [segment.paragraphs],
  }))
  // Every other member is aligned to the hub's own structure; the slots then take the family's consensus.
  const provisional: Pivot = {
    id: 'provisional',
    origin: 'document',
    document: hub.id,
    slots: hubSegments.map((segment, i) => ({ id: ids[i]!, role: segment.role, anchors: [], share: hubShares[i]!, shareSpread: MIN_SHARE_SPREAD })),
  }
  for (const doc of members.slice(1)) {
    const aligned = alignToPivot(provisional, doc, { ...options, hub })
    const docSegments = contentSegments(doc)
    const docShares = segmentShares(docSegments)
    const byId = new Map(docSegments.map((s, i) => [s.id, { segment: s, share: docShares[i]! }] as const))
    const slotsOfSegment = new Map<string, number[]>()
    aligned.cells.forEach((cell, i) => {
      for (const id of cell?.segments ?? []) slotsOfSegment.set(id, [...(slotsOfSegment.get(id) ?? []), i])
    })
    aligned.cells.forEach((cell, i) => {
      if (cell === null) return
      const slot = perSlot[i]!
      const targets = cell.segments.map((id) => byId.get(id)).filter((t) => t !== undefined)
      // A segment filling several slots (merged) spreads its share over them in proportion to the hub's shares.
      let share = 0
      for (const t of targets) {
        const shared = slotsOfSegment.get(t.segment.id) ?? [i]
        const hubTotal = shared.reduce((a, k) => a + hubShares[k]!, 0)
        share += hubTotal === 0 ? t.share / shared.length : (t.share * hubShares[i]!) / hubTotal
      }
      slot.shares.push(share)
      if (targets.length === 1 && (slotsOfSegment.get(targets[0]!.segment.id)?.length ?? 0) === 1) slot.roles.push(targets[0]!.segment.role)
      slot.anchors.push(anchorsOfSegments(targets.map((t) => t.segment)))
      slot.sentences.push(cell.sentences.length)
      if (targets.every((t) => (slotsOfSegment.get(t.segment.id)?.length ?? 0) === 1)) slot.paragraphs.push(targets.reduce((a, t) => a + t.segment.paragraphs, 0))
    })
  }
  // Anchors a strict majority of the documents agree on (all of them in a family of two); numbers, URLs and
  // addresses that half of them agree on (two at least): where one translation changed or dropped a number and
  // another wrote it in a form not read, the rest still say what was expected.
  const minDocuments = Math.floor(members.length / 2) + 1
  const minExact = Math.max(2, Math.ceil(members.length / 2))
  // The family's spread of shares, pooled over slots: how much translations of this family vary in length.
  const deviations: number[] = []
  for (const slot of perSlot) {
    const m = median(slot.shares)
    for (const s of slot.shares.slice(1)) deviations.push(s - m)
    if (slot.shares.length > 1) deviations.push(slot.shares[0]! - m)
  }
  const pooled = deviations.length === 0 ? MIN_SHARE_SPREAD : Math.sqrt(deviations.reduce((a, d) => a + d * d, 0) / deviations.length)
  const slots: PivotSlot[] = perSlot.map((slot, i) => {
    const counts = new Map<SegmentRole, number>()
    for (const r of slot.roles) counts.set(r, (counts.get(r) ?? 0) + 1)
    let role = slot.roles[0]!
    for (const [r, c] of counts) if (c > (counts.get(role) ?? 0)) role = r
    const share = median(slot.shares)
    const result: PivotSlot = {
      id: ids[i]!,
      label: slotLabel(hubSegments[i]!.text),
      role,
      anchors: expectedAnchors(slot.anchors, minDocuments, minExact, Math.ceil((members.length - 1) / 3)),
      share: round(share),
      // Long slots vary more in absolute share: scale the pooled spread with the slot's size.
      shareSpread: round(Math.max(MIN_SHARE_SPREAD, pooled * Math.sqrt(Math.max(share, 1 / perSlot.length) * perSlot.length))),
      sentences: Math.round(median(slot.sentences)),
      paragraphs: Math.max(1, Math.round(median(slot.paragraphs))),
    }
    const turn = hubSegments[i]!.turn
    if (turn !== undefined) result.turn = turn
    return result
  })
  return { id: options.id ?? 'pivot', origin: from === 'consensus' ? 'consensus' : 'document', document: hub.id, slots }
}

/** Merged anchors of a slot: names kept from `minNames` documents, other anchors from `minExact` (fewer or as many). */
function expectedAnchors(perDocument: ReadonlyArray<readonly Anchor[]>, minNames: number, minExact: number, hubConfirmations: number): PivotAnchor[] {
  const names = new Set(mergeAnchors(perDocument, minNames, hubConfirmations).filter((a) => a.kind === 'name').map((a) => a.key))
  return mergeAnchors(perDocument, minExact, hubConfirmations).filter((a) => a.kind !== 'name' || names.has(a.key))
}

/** The first words of a text (about 48 characters, cut at a word where the script has spaces), for people. */
export function slotLabel(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  const chars = [...flat]
  if (chars.length <= 48) return flat
  const head = chars.slice(0, 48).join('')
  const cut = head.lastIndexOf(' ')
  return `${cut > 24 ? head.slice(0, cut) : head}…`
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6
}
