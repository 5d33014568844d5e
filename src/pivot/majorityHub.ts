/**
 * A pivot a faulty translation cannot bend. The pivot's slots are laid out on one member's structure (the hub), so
 * a hub that lost a turn gives the pivot no slot for it (every faithful member is then reported with `extra`), one
 * that added, split or merged a paragraph gives it a slot too many or too few. Each member aligned to the hub tells
 * where its structure differs from the hub's: a slot it leaves empty, fills with several segments, shares with
 * another slot or writes in another number of paragraphs, segments it holds between two of the hub's slots, slots
 * it holds in the other order. Where more than half of the other members (two at least) differ from the hub in the
 * same way, most documents do not have the hub's structure there: the hub is in the minority. Then the other
 * members are tried as the hub, and the one in the minority at fewest places is taken, so that a slot is in the
 * pivot when most documents have it.
 */
import type { ParsedDocument } from '../types.js'
import { alignToHub } from './hubAlignments.js'
import { contentSegments } from './contentSegments.js'
import { structuralMismatch } from './structuralMismatch.js'
import type { PivotAlignment, PivotOptions } from './types.js'

/** How a hub stands with the other members. */
export interface HubStanding {
  /** The hub. */
  hub: ParsedDocument
  /** Places where more than half of the other members (two at least) differ from the hub in the same way. */
  minority: number
  /** Differences summed over the members and places. */
  differences: number
  /** The other members' alignments to the hub's structure, in member order. */
  alignments: PivotAlignment[]
}

/** The places where one member's structure differs from the hub's, as keys (each once). */
function differingPlaces(alignment: PivotAlignment, order: ReadonlyMap<string, number>, paragraphs: ReadonlyMap<string, number>, hubParagraphs: readonly number[]): Set<string> {
  const places = new Set<string>()
  const owners = new Map<string, number>()
  for (const cell of alignment.cells) for (const id of cell?.segments ?? []) owners.set(id, (owners.get(id) ?? 0) + 1)
  // The last slot filled before each document position (to place the segments that fill none).
  const slotBefore: number[] = []
  alignment.cells.forEach((cell, s) => {
    for (const id of cell?.segments ?? []) {
      const at = order.get(id)
      if (at !== undefined) slotBefore[at] = Math.max(slotBefore[at] ?? -1, s)
    }
  })
  alignment.cells.forEach((cell, s) => {
    if (cell === null) places.add(`empty ${s}`)
    else if (cell.segments.length !== 1) places.add(`several ${s}`)
    else if ((owners.get(cell.segments[0]!) ?? 0) > 1) places.add(`shared ${s}`)
    else if (paragraphs.get(cell.segments[0]!) !== hubParagraphs[s]) places.add(`paragraphs ${s}`)
  })
  for (const id of alignment.extra) {
    const at = order.get(id)
    if (at === undefined) continue
    let before = -1
    for (let p = 0; p < at; p++) before = Math.max(before, slotBefore[p] ?? -1)
    places.add(`between ${before}`)
  }
  for (const [a, b] of alignment.reordered) places.add(`order ${a < b ? `${a} ${b}` : `${b} ${a}`}`)
  return places
}

/**
 * How a hub stands with the other members of its family.
 * @param hub The hub.
 * @param others The other members.
 * @param options Aligner options and cache.
 * @param alignments The others' alignments to the hub, when known.
 */
export function hubStanding(hub: ParsedDocument, others: readonly ParsedDocument[], options: PivotOptions, alignments: PivotAlignment[] = alignToHub(hub, others, options)): HubStanding {
  const counts = new Map<string, number>()
  const hubParagraphs = contentSegments(hub).map((s) => s.paragraphs)
  alignments.forEach((alignment, d) => {
    const segments = contentSegments(others[d]!)
    const order = new Map(segments.map((s, i) => [s.id, i] as const))
    const paragraphs = new Map(segments.map((s) => [s.id, s.paragraphs] as const))
    for (const place of differingPlaces(alignment, order, paragraphs, hubParagraphs)) counts.set(place, (counts.get(place) ?? 0) + 1)
  })
  let minority = 0
  let differences = 0
  for (const count of counts.values()) {
    differences += count
    if (count >= 2 && 2 * count > others.length) minority++
  }
  return { hub, minority, differences, alignments }
}

/**
 * The hub of a consensus pivot: the one chosen when no place has most members against it, else the member in the
 * minority at fewest places (then with fewest differences). Members are tried in order of their summed structural
 * mismatch with the others (the pairs are aligned already), and the first in the minority nowhere is taken.
 * @param documents The family's members.
 * @param chosen The hub chosen by structure and anchors (see `chooseHub`).
 * @param options Aligner options and cache.
 * @returns The hub's standing (with the others' alignments to it, for the pivot's slots).
 */
export function majorityHub(documents: readonly ParsedDocument[], chosen: ParsedDocument, options: PivotOptions): HubStanding {
  const othersOf = (hub: ParsedDocument): ParsedDocument[] => documents.filter((d) => d !== hub)
  const first = hubStanding(chosen, othersOf(chosen), options)
  if (first.minority === 0 || documents.length < 3) return first
  const mismatch = (doc: ParsedDocument): number => othersOf(doc).reduce((a, other) => a + structuralMismatch(doc, other, options), 0)
  const candidates = othersOf(chosen).map((doc, k) => ({ doc, k, mismatch: mismatch(doc) }))
  candidates.sort((a, b) => a.mismatch - b.mismatch || a.k - b.k)
  let best = first
  for (const { doc } of candidates) {
    const standing = hubStanding(doc, othersOf(doc), options)
    if (standing.minority < best.minority || (standing.minority === best.minority && best !== first && standing.differences < best.differences)) best = standing
    if (best.minority === 0) break
  }
  return best
}
