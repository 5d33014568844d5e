import { contentSegments } from '../pivot/contentSegments.js'
import { headingGaps } from '../pivot/headingGaps.js'
import { shareSpread } from '../pivot/slotFit.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { DriftCode, DriftReason, DriftReport, ParsedDocument, Pivot, Segment } from '../types.js'
import { cellAnchorDrift } from './anchorDrift.js'
import { nearbyAnchors } from './nearbyAnchors.js'
import { writtenAnchors, type AnchorPlace } from './anchorPlaces.js'
import { filledScale, letterShares, sentenceCountsOfCells, sharesOfCells, unplacedBeside } from './cellShares.js'
import { fillCutSlots } from './cutCells.js'
import type { ContentFinding } from './contentReasons.js'
import type { SlotMarks } from './closingMarks.js'
import { fewerSentenceSlots, partialReason } from './partialCut.js'
import { repeatedParagraphs } from './repeatedText.js'
import { roleDrift, speaksInTurns } from './roleDrift.js'
import type { SentenceCut } from './sentenceCuts.js'
import { slotName, type AddReason, type SlotContext } from './slotContext.js'
import type { LeftUntranslated } from './leftUntranslated.js'
import { documentScore, slotDrift } from './documentScore.js'
import { ADDED_BETWEEN_SCORE, addedBetweenWholeCells } from './addedBetween.js'
import { DEFAULT_DRIFT_WEIGHTS, type DriftWeights } from './weights.js'
import { checkScoreDriftOptions } from './checkScoreOptions.js'
import { listedCell } from '../pivot/trailingRuns.js'
import { DOCUMENT_SHAPE, PIVOT_SHAPE, checkShape } from '../errors/checkShape.js'
import { usage } from '../errors/checkArgument.js'
import { clamp01, round4 } from '../util/stats.js'

/** Options of {@link scoreDrift}. */
export interface ScoreDriftOptions {
  /** Weights of the components (default: {@link DEFAULT_DRIFT_WEIGHTS}); missing keys take the default. */
  weights?: Partial<DriftWeights> | undefined
  /** Family id recorded in the report (default: `'family-1'`). */
  family?: string | undefined
  /** |z| of a length share below which length drift is 0 (default: `2`). */
  lengthTolerance?: number | undefined
  /** How many reasons the report lists at document level (default: `10`). */
  topReasons?: number | undefined
  /**
   * What the content of each slot's cell says against the other members' (per slot, in pivot order), from word
   * links learned over the corpus (see `contentAgreement`); absent: no content check.
   */
  content?: ReadonlyArray<ContentFinding | undefined> | undefined
  /**
   * Per slot (in pivot order), the share of the slot's text the other members' first sentences hold (see
   * `sentencePrefixes`); absent: `partial` reads lengths and sentence counts only.
   */
  sentencePrefixes?: ReadonlyArray<readonly number[] | undefined> | undefined
  /**
   * Per slot (in pivot order), how many sentences the other members' own cells hold (see `sentenceCounts`); absent:
   * `partial` does without them.
   */
  sentenceCounts?: ReadonlyArray<readonly number[]> | undefined
  /**
   * Per slot (in pivot order), the length of the paragraph paired with it against this document's own length ratio
   * to the pivot's document, and where the slot's sentences end there (see `sentenceCuts`); absent: `partial` does
   * without it (and where an entry is `null` or absent).
   */
  sentenceCuts?: ReadonlyArray<SentenceCut | null | undefined> | undefined
  /**
   * Per slot (in pivot order), the anchors the other members write only after their first sentences (see
   * `laterAnchors`); absent: `partial` does without them.
   */
  laterAnchors?: ReadonlyArray<readonly string[][] | undefined> | undefined
  /**
   * Per slot (in pivot order), where the other members write its links, code, numbers and addresses (see
   * `anchorPlaces`); absent: `partial` does without them.
   */
  anchorPlaces?: ReadonlyArray<readonly AnchorPlace[] | undefined> | undefined
  /**
   * Per slot (in pivot order), how the other members end its sentences (see `closingMarks`); absent: `partial` does
   * without them.
   */
  closingMarks?: ReadonlyArray<SlotMarks | undefined> | undefined
  /**
   * Whether the document's family is a dialogue, its questions and answers turns with speaker markers (see
   * `familySpeaksInTurns`); absent: whether this document marks its speakers. Outside a dialogue a question is a
   * heading that asks, which a translation may phrase as a statement.
   */
  dialogue?: boolean | undefined
  /**
   * Per segment id of this document that fills no slot, the score of its words saying nothing the other members say
   * in the slots it stands among (see `addedSegments`); absent: a segment in no slot is weighed by its length alone.
   */
  addedSegments?: ReadonlyMap<string, number> | undefined
  /**
   * Per slot (in pivot order), the language this document left the slot's text in, if it did: sentences in another
   * member's language that are that member's text of the slot (see `leftUntranslated`); absent: not checked.
   */
  untranslated?: ReadonlyArray<LeftUntranslated | undefined> | undefined
}

/**
 * Paragraphs of a slot against the pivot's: more paragraphs with about the same text is a split (an unmarked
 * paragraph after an answer is then not taken for a continuation); more paragraphs and much more text is a
 * paragraph added; fewer is a merge inside the slot. A lead-in line a translation writes before a list (a cell of
 * a lead-in ending with a colon and list items, see `listedCell`) grows a short item's cell by half yet adds a few
 * words to the page: it weighs no more than the same text would on no slot (its share of the document against a
 * slot's mean share, as `extra` of a segment that fills no slot).
 * @param slotCount How many slots the pivot has.
 */
function paragraphReasons(ctx: SlotContext, add: AddReason, slotCount: number): void {
  const { slot, segments } = ctx
  const expected = slot.paragraphs
  // A paragraph the content check found added is that, not a split.
  if (expected === undefined || ctx.sharedBy > 1 || ctx.content?.code === 'extra') return
  const paragraphs = segments.reduce((a, s) => a + s.paragraphs, 0)
  const growth = slot.share > 0 ? ctx.share / slot.share : 1
  if (paragraphs > expected) {
    if (growth >= ADDED_PARAGRAPH_GROWTH) add('extra', ctx.listed ? Math.min((growth - 1.1) / 0.4, (ctx.share - slot.share) * slotCount) : (growth - 1.1) / 0.4, `${slotName(slot)} has ${paragraphs} paragraphs where the pivot has ${expected}, and ${((growth - 1) * 100).toFixed(0)}% more text: a paragraph was added`)
    else if (segments.length === 1) add('split', 1 - expected / paragraphs, `${slotName(slot)} is split into ${paragraphs} paragraphs where the pivot has ${expected}`)
  } else if (paragraphs < expected && segments.length === 1) {
    add('merged', 1 - paragraphs / expected, `${slotName(slot)} has its ${expected} paragraphs merged into ${paragraphs}`)
  }
}

/** Text growth of a slot, against the pivot's share, above which a paragraph more is an added one (not a split). */
const ADDED_PARAGRAPH_GROWTH = 1.3

/**
 * Whether a slot holds more paragraphs than the pivot's and much more text: a paragraph was added there (weighed
 * as `extra` by `paragraphReasons`), not the slot's text split over several segments.
 */
function addedParagraph(ctx: SlotContext): boolean {
  const expected = ctx.slot.paragraphs
  if (expected === undefined || ctx.sharedBy > 1 || ctx.slot.share <= 0) return false
  return ctx.segments.reduce((a, s) => a + s.paragraphs, 0) > expected && ctx.share / ctx.slot.share >= ADDED_PARAGRAPH_GROWTH
}

/**
 * Whether a slot filled by several segments holds no more paragraphs than the members write there: the same
 * paragraphs segmented otherwise (an answer's later paragraphs read as paragraphs of their own where the question
 * was not read as one), not a paragraph cut in two.
 */
function sameParagraphs(ctx: SlotContext): boolean {
  const expected = ctx.slot.paragraphs
  return expected !== undefined && ctx.sharedBy === 1 && ctx.segments.reduce((a, s) => a + s.paragraphs, 0) <= expected
}

/** Share of a cell's letters left in another language below which the sentences left are not reported. */
const LEFT_SHARE = 0.2

/**
 * A slot whose text is left in another member's language (see `leftUntranslated`): `replaced`, the slot's
 * translation replaced by the text it was to translate, 0.5 + half the share of the cell left (1 when all of it is).
 */
function untranslatedReason(ctx: SlotContext, add: AddReason): void {
  const left = ctx.left
  if (left === undefined || left.share < LEFT_SHARE) return
  const what = left.share >= 0.995 ? 'all of its text' : `${Math.round(left.share * 100)}% of its text (${left.sentences} sentence${left.sentences === 1 ? '' : 's'})`
  add('replaced', 0.5 + 0.5 * left.share, `${slotName(ctx.slot)} is left in ${left.language}: ${what} is the ${left.language} text of the slot, not translated`)
}

function slotReasons(ctx: SlotContext, tolerance: number, slotCount: number): DriftReason[] {
  const { slot, cell, segments } = ctx
  const reasons: DriftReason[] = []
  const add = (code: DriftCode, score: number, message: string): void => {
    if (score > 0) reasons.push({ code, slot: slot.id, score: round4(clamp01(score)), message })
  }
  if (cell === null || segments.length === 0) {
    add('missing', 1, `${slotName(slot)} (${slot.role}) has no counterpart`)
    return reasons
  }
  if (segments.length > 1 && !ctx.listed && !sameParagraphs(ctx) && !addedParagraph(ctx)) add('split', 1 - 1 / segments.length, `${slotName(slot)} is split over ${segments.length} segments (${cell.segments.join(', ')})`)
  if (ctx.sharedBy > 1 && !ctx.regrouped) add('merged', 1 - 1 / ctx.sharedBy, `${slotName(slot)} is merged with ${ctx.sharedBy - 1} other slot(s) into ${cell.segments.join(', ')}`)
  paragraphReasons(ctx, add, slotCount)
  partialReason(ctx, add)
  untranslatedReason(ctx, add)
  if (ctx.content !== undefined) {
    add(ctx.content.code, ctx.content.score, `${slotName(slot)} ${ctx.content.detail}`)
    const last = reasons[reasons.length - 1]
    if (ctx.content.segment !== undefined && last?.code === ctx.content.code) last.segment = ctx.content.segment
  }
  const spread = shareSpread(slot)
  const z = (ctx.share * ctx.scale - slot.share) / spread
  // |z| up to the tolerance is ordinary translation variance; beyond it drift grows linearly to 1 at 3 more spreads.
  const lengthScore = clamp01((Math.abs(z) - tolerance) / 3)
  const filled = Math.abs(ctx.scale - 1) < 0.01 ? '' : ` (${(ctx.share * ctx.scale * 100).toFixed(1)}% on the scale of the slots it fills)`
  add('length', lengthScore, `${slotName(slot)} holds ${(ctx.share * 100).toFixed(1)}% of the text${filled}, expected ${(slot.share * 100).toFixed(1)}% (z = ${z.toFixed(1)})`)
  if (slot.anchors.length > 0) {
    const anchors = cellAnchorDrift(slot.anchors, segments, ctx.nearbyAnchors)
    add('anchor-lost', anchors.lost, `${slotName(slot)} lost ${anchors.lostAnchors.join(', ')}`)
    add('anchor-changed', anchors.changed, `${slotName(slot)} changed ${anchors.changedAnchors.join(', ')}`)
  }
  const role = roleDrift(slot, segments, ctx.dialogue, slotName(slot))
  if (role !== undefined) add('role', role.score, role.message)
  if (ctx.reordered) add('order', 1, `${slotName(slot)} appears out of pivot order`)
  return reasons
}

/** Each slot's context: its cell, its share and what the rest of the document and the other members say of it. */
function slotContexts(pivot: Pivot, doc: ParsedDocument, segments: readonly Segment[], alignment: PivotAlignment, placed: ReturnType<typeof fillCutSlots>, shareOf: (id: string) => number, options: ScoreDriftOptions): SlotContext[] {
  const byId = new Map(segments.map((s) => [s.id, s] as const))
  const slotsOfSegment = new Map<string, number[]>()
  placed.cells.forEach((cell, i) => {
    for (const id of cell?.segments ?? []) slotsOfSegment.set(id, [...(slotsOfSegment.get(id) ?? []), i])
  })
  // A paragraph the translation holds twice, in a slot's cell and where another slot stands empty (see `repeatedText`).
  const repeated = repeatedParagraphs(pivot, doc, placed.cells, (s) => shareOf(s.id))
  const reorderedSlots = new Set(alignment.reordered.flat())
  const dialogue = options.dialogue ?? speaksInTurns(segments)
  const sentencesIn = sentenceCountsOfCells(placed.cells, byId)
  const fewer = fewerSentenceSlots(pivot, placed.cells, slotsOfSegment, sentencesIn, options.sentenceCounts)
  const cellShares = sharesOfCells(pivot, placed.cells, byId, slotsOfSegment, shareOf)
  const { scale, filled } = filledScale(pivot, placed.cells, cellShares.map((c) => c.share))
  const nearby = nearbyAnchors(pivot.slots, placed.cells.map((c) => c?.segments), segments)
  const beside = unplacedBeside(placed.cells, placed.extra, segments, shareOf)
  return pivot.slots.map((slot, i) => {
    const { cellSegments, share, sharedBy, regrouped } = cellShares[i]!
    return { slot, cell: placed.cells[i] ?? null, segments: cellSegments, share, scale, filled, sharedBy, regrouped, beside: beside[i]!, reordered: reorderedSlots.has(slot.id), dialogue, content: options.content?.[i] ?? repeated[i], prefixes: options.sentencePrefixes?.[i], counts: options.sentenceCounts?.[i], sentences: sentencesIn[i]!, listed: listedCell(doc.text, cellSegments), fewerElsewhere: fewer.some((f, j) => f && j !== i), cut: options.sentenceCuts?.[i] ?? undefined, nearbyAnchors: nearby[i], later: options.laterAnchors?.[i], places: options.anchorPlaces?.[i], marks: options.closingMarks?.[i], left: options.untranslated?.[i], held: writtenAnchors(cellSegments, doc.text) }
  })
}

/**
 * Why a segment in no slot counts as a paragraph added whatever its length, if it does: its words say nothing the
 * other members say around it (`addedSegments`, the stronger finding), or it stands between two whole cells
 * (`addedBetween`).
 * @param byWords The score of its words' finding, if any.
 * @param between Whether it stands between the cells of two neighbouring slots that each hold their whole text.
 */
function addedFinding(byWords: number | undefined, between: boolean): { score: number; detail: string } | undefined {
  if (byWords !== undefined && byWords >= (between ? ADDED_BETWEEN_SCORE : 0)) return { score: byWords, detail: 'its words say nothing the other translations say around it' }
  if (between) return { score: ADDED_BETWEEN_SCORE, detail: 'it stands between the cells of two neighbouring slots that each hold their whole text' }
  return undefined
}

/**
 * Score the drift of one translation against a pivot, per slot and per document, with reasons.
 *
 * Per slot, each component is in [0, 1]: `missing` (no counterpart), `split` (1 − 1/k for k segments), `merged`
 * (1 − 1/k for k slots in one segment), `length` (|z| of the slot's length share against the pivot's expected
 * share and spread, 0 up to `lengthTolerance`, 1 three spreads further), `anchor-lost` / `anchor-changed` (share of
 * the slot's anchors absent / spelled differently), `role` (a question that is not one, lost its marker, or lost its
 * question mark), `order` (content swapped with another slot). A slot's score is the noisy-or of its components
 * scaled by weight / max weight.
 *
 * Per document, each component Cᶜ is the mean of its slot scores weighted by `0.5/n + 0.5·share` (every slot
 * counts, long ones more), except `extra`: the share of the document's letters in segments that fill no slot.
 * The document score is `1 − (1 − S)(1 − Ê)(1 − 0.1·M)`: S is the same weighted mean over the slots' evidence (their
 * reasons' scores squared, so that many weak reasons do not add up above one strong one), Ê the text that fills no
 * slot, each segment's share times its `extra` score squared, scaled by its weight, M the strongest evidence of one
 * slot or added segment — in [0, 1], 0 for a faithful
 * translation, 1 when nothing of the pivot is found (see `documentScore`). Weights thus act inside each slot;
 * raising one raises every slot where that component fires.
 */
export function scoreDrift(pivot: Pivot, doc: ParsedDocument, alignment: PivotAlignment, options: ScoreDriftOptions = {}): DriftReport {
  checkShape(pivot, 'pivot', 'a pivot', PIVOT_SHAPE)
  checkShape(doc, 'doc', 'a parsed document', DOCUMENT_SHAPE)
  checkShape(alignment, 'alignment', 'a pivot alignment', { document: 'string', cells: 'array', extra: 'array' })
  if (alignment.cells.length !== pivot.slots.length) usage('alignment', `a pivot alignment with one cell per pivot slot (${pivot.slots.length})`, alignment.cells, 'align the document to this pivot')
  checkScoreDriftOptions(options, pivot.slots.length)
  const weights: DriftWeights = { ...DEFAULT_DRIFT_WEIGHTS, ...options.weights }
  const segments = contentSegments(doc)
  const byId = new Map(segments.map((s) => [s.id, s] as const))
  const shareOf = letterShares(segments)
  const cut = fillCutSlots(pivot, segments, alignment, shareOf)
  // A heading's slot sharing a paragraph with other slots has no counterpart (see `headingGaps`).
  const placed = { ...cut, cells: headingGaps(pivot.slots, cut.cells, segments) }
  const contexts = slotContexts(pivot, doc, segments, alignment, placed, shareOf, options)
  const slots = contexts.map((ctx) => slotDrift(ctx.slot.id, slotReasons(ctx, options.lengthTolerance ?? 2, contexts.length), weights))
  const between = addedBetweenWholeCells(pivot.slots, placed.cells, contexts.map((c) => ({ share: c.share * c.scale, sharedBy: c.sharedBy })), placed.extra, segments)
  const unplaced = placed.extra.map((id) => ({ id, role: byId.get(id)?.role ?? '?', share: shareOf(id), added: addedFinding(options.addedSegments?.get(id), between.has(id)) }))
  const { score, components, reasons } = documentScore(pivot, slots, unplaced, weights, options.topReasons ?? 10)
  return { document: doc.id, family: options.family ?? 'family-1', pivot: pivot.id, score, components, slots, reasons }
}
