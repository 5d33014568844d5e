import type { Anchor } from '../align/anchors/Anchor.js'
import type { PivotAnchor, PivotSlot, Segment, SegmentRole } from '../types.js'
import { mergeAnchors } from './pivotAnchors.js'
import { MIN_SHARE_SPREAD } from './slotFit.js'
import type { SlotObservations } from './slotObservations.js'
import { median, round6 } from '../util/stats.js'

/**
 * The family's spread of length shares, pooled over slots: how much translations of this family vary in length
 * (root mean square of each member's share less the slot's median).
 */
function pooledShareSpread(perSlot: readonly SlotObservations[]): number {
  const deviations: number[] = []
  for (const slot of perSlot) {
    const m = median(slot.shares)
    for (const s of slot.shares.slice(1)) deviations.push(s - m)
    if (slot.shares.length > 1) deviations.push(slot.shares[0]! - m)
  }
  return deviations.length === 0 ? MIN_SHARE_SPREAD : Math.sqrt(deviations.reduce((a, d) => a + d * d, 0) / deviations.length)
}

/**
 * How many translations the members are: versions of one translation (documents in one language) count once,
 * documents of unknown language each once.
 */
function translations(members: number, languages: ReadonlyArray<string | undefined>): number {
  const known = languages.filter((l): l is string => l !== undefined)
  return known.length === 0 ? members : new Set(known).size + (members - known.length)
}

/** The role most members give a slot (the hub's among ties). */
function majorityRole(roles: readonly SegmentRole[]): SegmentRole {
  const counts = new Map<SegmentRole, number>()
  for (const r of roles) counts.set(r, (counts.get(r) ?? 0) + 1)
  let role = roles[0]!
  for (const [r, c] of counts) if (c > (counts.get(role) ?? 0)) role = r
  return role
}

/**
 * Merged anchors of a slot: names kept from `minNames` documents, other anchors from `minExact` (fewer or as many);
 * with `hubOnly` (the hub is the named original), only those the hub holds.
 */
function expectedAnchors(perDocument: ReadonlyArray<readonly Anchor[]>, minNames: number, minExact: number, hubConfirmations: number, hubOnly: boolean, languages: ReadonlyArray<string | undefined>): PivotAnchor[] {
  const names = new Set(mergeAnchors(perDocument, minNames, hubConfirmations, hubOnly, languages).filter((a) => a.kind === 'name').map((a) => a.key))
  return mergeAnchors(perDocument, minExact, hubConfirmations, hubOnly, languages).filter((a) => a.kind !== 'name' || names.has(a.key))
}

/**
 * The pivot's slots from what the members hold in each: the role most give it, the anchors found in a strict
 * majority (names) or in half of them, two at least (numbers, URLs, addresses: where one translation changed or
 * dropped a number and another wrote it in a form not read, the rest still say what was expected), the median
 * length share with the family's pooled spread scaled to the slot's size, and the median sentence and paragraph
 * counts.
 * @param hubSegments The hub's content segments (one per slot).
 * @param ids Their slot ids.
 * @param perSlot What the members hold in each slot (see `observeSlots`).
 * @param members How many documents the pivot is built from.
 * @param sourceHub Whether the hub is the named original (`source`): then no anchor it lacks is expected, however
 *   many translations hold it (default: `false`).
 */
export function consensusSlots(hubSegments: readonly Segment[], ids: readonly string[], perSlot: readonly SlotObservations[], members: number, sourceHub = false, languages: ReadonlyArray<string | undefined> = []): PivotSlot[] {
  const minDocuments = Math.floor(members / 2) + 1
  const minExact = Math.max(2, Math.ceil(members / 2))
  const hubConfirmations = Math.ceil((translations(members, languages) - 1) / 3)
  const pooled = pooledShareSpread(perSlot)
  return perSlot.map((slot, i) => {
    const share = median(slot.shares)
    const result: PivotSlot = {
      id: ids[i]!,
      label: slotLabel(hubSegments[i]!.text),
      role: majorityRole(slot.roles),
      anchors: expectedAnchors(slot.anchors, minDocuments, minExact, hubConfirmations, sourceHub, languages),
      share: round6(share),
      // Long slots vary more in absolute share: scale the pooled spread with the slot's size.
      shareSpread: round6(Math.max(MIN_SHARE_SPREAD, pooled * Math.sqrt(Math.max(share, 1 / perSlot.length) * perSlot.length))),
      sentences: Math.round(median(slot.sentences)),
      paragraphs: Math.max(1, Math.round(median(slot.paragraphs))),
    }
    const turn = hubSegments[i]!.turn
    if (turn !== undefined) result.turn = turn
    return result
  })
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
