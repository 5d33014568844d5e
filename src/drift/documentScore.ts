import type { DriftCode, DriftReason, Pivot, SlotDrift } from '../types.js'
import { clamp01, round4 } from '../util/stats.js'
import { DRIFT_CODES, type DriftWeights } from './weights.js'

/** A segment of the document that fills no pivot slot. */
export interface UnplacedSegment {
  id: string
  role: string
  /** Its share of the document's letters. */
  share: number
  /**
   * What found it added whatever its length (its words say nothing the other members say around it, see
   * `addedSegments`; it stands between two whole cells, see `addedBetween`): the finding's score and why, in words;
   * absent: it is weighed by its length alone.
   */
  added?: { score: number; detail: string } | undefined
}

/** What {@link documentScore} gives: the report's document-level fields. */
export interface DocumentScore {
  score: number
  components: Record<DriftCode, number>
  reasons: DriftReason[]
}

/** The heaviest weight, which a reason of score 1 scales to 1. */
function heaviest(weights: DriftWeights): number {
  return Math.max(...DRIFT_CODES.map((c) => weights[c]), 1e-9)
}

/**
 * A slot's drift from its reasons: per code the strongest reason's score, and the noisy-or of every reason's score
 * scaled by its code's weight over the heaviest weight.
 * @param slot The slot's id.
 * @param reasons Its reasons (sorted here, strongest first).
 * @param weights The codes' weights.
 */
export function slotDrift(slot: string, reasons: DriftReason[], weights: DriftWeights): SlotDrift {
  const maxWeight = heaviest(weights)
  reasons.sort((a, b) => b.score - a.score || weights[b.code] - weights[a.code])
  const components: Partial<Record<DriftCode, number>> = {}
  let keep = 1
  for (const r of reasons) {
    components[r.code] = Math.max(components[r.code] ?? 0, r.score)
    keep *= 1 - (weights[r.code] / maxWeight) * r.score
  }
  return { slot, score: round4(1 - keep), components, reasons }
}

/** Each slot's weight in the document's means: `0.5/n + 0.5·share` (every slot counts, long ones more). */
function slotWeights(pivot: Pivot): number[] {
  const n = pivot.slots.length
  return pivot.slots.map((s) => 0.5 / Math.max(1, n) + 0.5 * s.share)
}

/**
 * The `extra` score of a segment that fills no slot: its share of the text against a slot's mean share, or, when
 * it was found added whatever its length, that finding's score if higher.
 */
function unplacedScore(u: UnplacedSegment, slots: number): number {
  return Math.max(clamp01(u.share * slots), u.added?.score ?? 0)
}

/** The `extra` reason of each segment that fills no slot (see {@link unplacedScore}). */
function extraReasons(unplaced: readonly UnplacedSegment[], slots: number): DriftReason[] {
  return unplaced.map((u) => {
    const said = u.added !== undefined && u.added.score > clamp01(u.share * slots) ? `, and ${u.added.detail}: a paragraph was added` : ''
    return { code: 'extra', segment: u.id, score: round4(unplacedScore(u, slots)), message: `segment ${u.id} (${u.role}, ${(u.share * 100).toFixed(1)}% of the text) fills no pivot slot${said}` }
  })
}

/**
 * The evidence a slot's reasons give the document score: the noisy-or of their scores squared, each scaled by its
 * code's weight over the heaviest. A reason at the firing level (0.5) counts a quarter of one at 1, so that many weak
 * reasons — the length and sentence variance of a long faithful translation — do not add up above one strong one.
 * @param reasons The slot's reasons.
 * @param weights The codes' weights.
 */
function slotEvidence(reasons: readonly DriftReason[], weights: DriftWeights): number {
  const maxWeight = heaviest(weights)
  let keep = 1
  for (const r of reasons) keep *= 1 - (weights[r.code] / maxWeight) * r.score * r.score
  return 1 - keep
}

/**
 * The text that fills no slot, as evidence: each such segment's share of the document's letters times its `extra`
 * reason's score (its length against a slot's mean share, or what its words say: see {@link unplacedScore}) squared, as a slot's reasons count (see
 * {@link slotEvidence}): a paragraph added counts with its whole share, a line or list item the alignment left beside
 * its cell with a small fraction of it.
 */
function unplacedEvidence(unplaced: readonly UnplacedSegment[], slots: number): number {
  return unplaced.reduce((a, u) => a + u.share * unplacedScore(u, slots) ** 2, 0)
}

/** How far the strongest evidence of one slot lifts the document score on its own (a slot whose heaviest reason is 1 gives 0.1). */
const EVIDENCE_LIFT = 0.1

/**
 * The strongest evidence in one place: the highest of the slots' evidence (see {@link slotEvidence}) and of the
 * `extra` reasons of the segments that fill no slot, each scaled and squared as a slot's reasons are.
 */
function strongestEvidence(slots: readonly SlotDrift[], extras: readonly DriftReason[], weights: DriftWeights): number {
  const maxWeight = heaviest(weights)
  const free = extras.map((r) => (weights[r.code] / maxWeight) * r.score * r.score)
  return Math.max(0, ...slots.map((sd) => slotEvidence(sd.reasons, weights)), ...free)
}

/**
 * The document's drift from its slots' drift and the segments that fill no slot.
 *
 * Each component is the mean of its slot scores weighted by `0.5/n + 0.5·share` (every slot counts, long ones
 * more), except `extra`: the share of the document's letters in segments that fill no slot. The score is
 * `1 − (1 − S)(1 − Ê)(1 − 0.1·M)`: S the same weighted mean over the slots' evidence (see {@link slotEvidence}), Ê the
 * text that fills no slot (see {@link unplacedEvidence}) scaled by its weight over the heaviest, M the strongest evidence
 * of one place (see {@link strongestEvidence}): one sure, serious finding — a paragraph added, a link changed, a code
 * block lost, in one slot of fifty — ranks a translation above one whose slots only vary a little, however many.
 * @param pivot The pivot (its slots, in order, are those of `slots`).
 * @param slots Each slot's drift, in pivot order.
 * @param unplaced The document's segments that fill no slot.
 * @param weights The codes' weights.
 * @param topReasons How many reasons the document lists: strongest first, then in pivot order.
 */
export function documentScore(pivot: Pivot, slots: readonly SlotDrift[], unplaced: readonly UnplacedSegment[], weights: DriftWeights, topReasons: number): DocumentScore {
  const n = pivot.slots.length
  const w = slotWeights(pivot)
  const weightSum = w.reduce((a, b) => a + b, 0) || 1
  const mean = (of: (sd: SlotDrift) => number): number => slots.reduce((a, sd, i) => a + w[i]! * of(sd), 0) / weightSum
  const components = Object.fromEntries(DRIFT_CODES.map((c) => [c, c === 'extra' ? 0 : round4(mean((sd) => sd.components[c] ?? 0))])) as Record<DriftCode, number>
  components.extra = round4(unplaced.reduce((a, u) => a + u.share, 0))
  // A pivot without slots (a hub of furniture only) leaves every segment unplaced: each then counts whole.
  const extras = extraReasons(unplaced, n)
  const strongest = strongestEvidence(slots, extras, weights)
  const score = round4(1 - (1 - mean((sd) => slotEvidence(sd.reasons, weights))) * (1 - (weights.extra / heaviest(weights)) * unplacedEvidence(unplaced, Math.max(1, n))) * (1 - EVIDENCE_LIFT * strongest))
  const slotOrder = new Map(pivot.slots.map((slot, i) => [slot.id, i] as const))
  const order = (r: DriftReason): number => (r.slot === undefined ? n : slotOrder.get(r.slot) ?? n)
  const reasons = [...slots.flatMap((s) => s.reasons), ...extras]
    .sort((a, b) => b.score - a.score || order(a) - order(b) || weights[b.code] - weights[a.code])
    .slice(0, topReasons)
  return { score, components, reasons }
}
