import { countLetters } from '../align/text/countLetters.js'
import { contentSegments } from '../pivot/contentSegments.js'
import { headingGaps } from '../pivot/headingGaps.js'
import { shareSpread } from '../pivot/slotFit.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { DriftCode, DriftReason, DriftReport, ParsedDocument, Pivot, PivotSlot, Segment, SlotCell } from '../types.js'
import { anchorsOfSegments } from '../pivot/pivotAnchors.js'
import { anchorDrift, nearbyAnchors, type NearbyAnchors } from './anchorDrift.js'
import { fillCutSlots } from './cutCells.js'
import type { ContentFinding } from './contentReasons.js'
import { cellAnchorKeys, keepsLaterAnchors } from './laterAnchors.js'
import { repeatedParagraphs } from './repeatedText.js'
import { roleDrift, speaksInTurns } from './roleDrift.js'
import { alignedCut, alignedCutMessage, type SentenceCut } from './sentenceCuts.js'
import { documentScore, slotDrift } from './documentScore.js'
import { DEFAULT_DRIFT_WEIGHTS, type DriftWeights } from './weights.js'
import { checkOptions } from '../errors/checkArgument.js'
import { DOCUMENT_SHAPE, PIVOT_SHAPE, checkShape } from '../errors/checkShape.js'
import { clamp01, median, round4 } from '../util/stats.js'

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
   * Whether the document's family is a dialogue, its questions and answers turns with speaker markers (see
   * `familySpeaksInTurns`); absent: whether this document marks its speakers. Outside a dialogue a question is a
   * heading that asks, which a translation may phrase as a statement.
   */
  dialogue?: boolean | undefined
}

/** A slot as people name it: its id and the first words of its text in the pivot's document. */
function slotName(slot: PivotSlot): string {
  return slot.label === undefined || slot.label === '' ? `slot ${slot.id}` : `slot ${slot.id} “${slot.label}”`
}

interface SlotContext {
  slot: PivotSlot
  cell: SlotCell | null
  segments: Segment[]
  share: number
  sharedBy: number
  /** Whether the segments shared with other slots keep the paragraphs those slots expect (see {@link keepsParagraphs}). */
  regrouped: boolean
  reordered: boolean
  /** Whether the document's family is a dialogue (see `familySpeaksInTurns`). */
  dialogue: boolean
  content: ContentFinding | undefined
  prefixes: readonly number[] | undefined
  counts: readonly number[] | undefined
  /**
   * Factor from the cell's share of the document's letters to its share of the text that fills the pivot's slots,
   * on the pivot's scale (see {@link filledScale}).
   */
  scale: number
  /** Expected share of the slots this document fills (the pivot's shares summed over its filled slots). */
  filled: number
  /**
   * Share of the document's letters in segments that fill no slot and stand between this slot's neighbours' cells
   * (see {@link unplacedBeside}): text the alignment left beside the cell, not text the translation lacks.
   */
  beside: number
  /** Sentences (with letters) of the cell. */
  sentences: number
  /** Whether another slot of this document has fewer sentences than most members (see `fewerSentences`). */
  fewerElsewhere: boolean
  cut: SentenceCut | undefined
  /** Code and links around the cell and expected beside the slot (see `nearbyAnchors`). */
  nearbyAnchors: NearbyAnchors | undefined
  /** The anchors the other members write only after their first sentences (see `laterAnchors`). */
  later?: readonly string[][] | undefined
}

/**
 * Paragraphs of a slot against the pivot's: more paragraphs with about the same text is a split (an unmarked
 * paragraph after an answer is then not taken for a continuation); more paragraphs and much more text is a
 * paragraph added; fewer is a merge inside the slot.
 */
function paragraphReasons(ctx: SlotContext, add: (code: DriftCode, score: number, message: string) => void): void {
  const { slot, segments } = ctx
  const expected = slot.paragraphs
  // A paragraph the content check found added is that, not a split.
  if (expected === undefined || ctx.sharedBy > 1 || ctx.content?.code === 'extra') return
  const paragraphs = segments.reduce((a, s) => a + s.paragraphs, 0)
  const growth = slot.share > 0 ? ctx.share / slot.share : 1
  if (paragraphs > expected) {
    if (growth >= ADDED_PARAGRAPH_GROWTH) add('extra', (growth - 1.1) / 0.4, `${slotName(slot)} has ${paragraphs} paragraphs where the pivot has ${expected}, and ${((growth - 1) * 100).toFixed(0)}% more text: a paragraph was added`)
    else if (segments.length === 1) add('split', 1 - expected / paragraphs, `${slotName(slot)} is split into ${paragraphs} paragraphs where the pivot has ${expected}`)
  } else if (paragraphs < expected && segments.length === 1) {
    add('merged', 1 - paragraphs / expected, `${slotName(slot)} has its ${expected} paragraphs merged into ${paragraphs}`)
  }
}

/**
 * A slot of two or more sentences that keeps well under its share of the text, with sentences of the pivot left
 * without a counterpart: a translation that stops early or skips part of a paragraph (0 at ¾ of the expected
 * length, 1 at half). And, from the sentences inside the slot: a cell of k sentences whose length is the share the
 * other members' first k sentences hold rather than the whole slot's — the translation stops where their k-th
 * sentence does, and the rest has no counterpart (see {@link cutAfterSentences}); where most other members write
 * the slot in more sentences than this cell has, and this translation keeps the others' sentence count in its other
 * slots, the length only has to sit nearer that share than the whole (see {@link countedCut}).
 */
function partialReason(ctx: SlotContext, add: (code: DriftCode, score: number, message: string) => void): void {
  const { slot, cell } = ctx
  const expected = slot.sentences ?? 0
  if (cell === null || ctx.sharedBy > 1 || slot.share <= 0) return
  // A cell that holds the links, code and numbers the others write after its last sentence goes on past it.
  if (keepsLaterAnchors(ctx.later, ctx.sentences, cellAnchorKeys(ctx.segments))) return
  // A slot the pivot writes as one sentence may still be cut where the reference of the alignment writes two.
  if (expected < 2) {
    const aligned = ctx.cut === undefined ? undefined : alignedCut(ctx.cut)
    if (aligned !== undefined) add('partial', aligned.score, alignedCutMessage(slotName(slot), aligned, ctx.cut?.reference))
    return
  }
  const k = cell.sentences.length
  const kept = keptShare(ctx, k, expected)
  const prefix = k >= 1 ? ctx.prefixes?.[k - 1] : undefined
  const cut = prefix === undefined ? 0 : cutAfterSentences(kept, prefix)
  // Sentences with letters on both sides (a closing quote or an emoji alone ends nothing), and no more than the
  // other members' own cells hold: the pivot's count is a median over every member, the document's own included.
  const asked = Math.min(expected, ctx.counts !== undefined && ctx.counts.length >= 2 ? median(ctx.counts) : expected)
  const short = ctx.sentences >= asked ? 0 : (PARTIAL_FROM - kept) / (PARTIAL_FROM - 0.55)
  const aligned = ctx.cut === undefined ? undefined : alignedCut(ctx.cut)
  const counted = ctx.fewerElsewhere ? undefined : countedCut(ctx, kept)
  if (aligned !== undefined && aligned.score > Math.max(cut, short, counted?.score ?? 0)) {
    add('partial', aligned.score, alignedCutMessage(slotName(slot), aligned, ctx.cut?.reference))
    return
  }
  if (counted !== undefined && counted.score > Math.max(cut, short)) {
    const { sentences, prefix: countedPrefix, more, others } = counted
    add('partial', counted.score, `${slotName(slot)} has ${sentences === 1 ? '1 sentence' : `${sentences} sentences`} where ${more} of the other ${others} translations have more, and keeps ${(kept * 100).toFixed(0)}% of the text the pivot expects, nearer what their first ${sentences === 1 ? 'sentence holds' : `${sentences} sentences hold`} (${(countedPrefix * 100).toFixed(0)}%) than the whole: the rest has no counterpart`)
    return
  }
  if (cut > short) add('partial', cut, `${slotName(slot)} keeps ${(kept * 100).toFixed(0)}% of the text the pivot expects, what the other translations' first ${k === 1 ? 'sentence holds' : `${k} sentences hold`} (${(prefix! * 100).toFixed(0)}%): the rest has no counterpart`)
  else add('partial', short, `${slotName(slot)} keeps ${(kept * 100).toFixed(0)}% of the text the pivot expects (${ctx.sentences} of ${asked} sentences): the rest is untranslated or cut`)
}

/**
 * The share of its slot's text a cell keeps, against the text that fills the document's other slots: its share of
 * the letters that fill slots at all (so that paragraphs added elsewhere, or slots missing elsewhere, do not make
 * every slot look shorter or longer than it is), over the slot's expected share. A cell that keeps at most half its
 * slot's sentences is read as odds against the rest of the document (its share over the other slots' text, against
 * the slot's expected share over theirs): a cut shortens the document as well as the slot, so its share alone
 * understates the cut.
 * @param ctx The slot.
 * @param k Sentences of the cell.
 * @param expected Sentences the pivot expects in the slot.
 */
function keptShare(ctx: SlotContext, k: number, expected: number): number {
  const share = (ctx.share + ctx.beside) * ctx.scale
  const e = ctx.slot.share
  const rest = ctx.filled - share
  const expectedRest = ctx.filled - e
  if (2 * k > expected || rest <= 0 || expectedRest <= 0) return share / e
  return share / rest / (e / expectedRest)
}

/**
 * Whether a cell of `k` sentences has fewer than most of the other members' own cells of its slot: at least
 * {@link FEWER_MEMBERS} of them, {@link FEWER_SHARE} or more with more sentences than `k`.
 */
function fewerSentences(k: number, counts: readonly number[] | undefined): { more: number; others: number } | undefined {
  if (counts === undefined || counts.length < FEWER_MEMBERS) return undefined
  const more = counts.filter((c) => c > k).length
  return more >= FEWER_SHARE * counts.length ? { more, others: counts.length } : undefined
}

/**
 * A cut the sentence counts tell: the cell has fewer sentences than most other members' cells of the slot (see
 * {@link fewerSentences}), and its length sits nearer the share the others' first sentences hold than the whole —
 * scored 0.5 as soon as it is nearer, 1 at 0.05 (log) nearer. A translator who joins two sentences keeps about the
 * whole text; one who stops keeps about the first sentences' share. The lengths alone need 0.1 more (see
 * {@link cutAfterSentences}): a first sentence holding four fifths of a slot leaves a cut within the pair's spread.
 * Only for a translation that keeps the others' sentence count in its other slots (`fewerElsewhere` unset): a
 * language or translator that often joins sentences (or a script the segmenter cannot end sentences in) says
 * nothing by its count.
 */
function countedCut(ctx: SlotContext, kept: number): { score: number; sentences: number; prefix: number; more: number; others: number } | undefined {
  const sentences = ctx.sentences
  const fewer = fewerSentences(sentences, ctx.counts)
  const prefix = sentences >= 1 ? ctx.prefixes?.[sentences - 1] : undefined
  if (fewer === undefined || prefix === undefined || kept <= 0 || kept >= 1 || prefix <= 0 || prefix >= 1) return undefined
  const closer = Math.abs(Math.log(kept)) - Math.abs(Math.log(kept / prefix))
  if (closer < 0) return undefined
  return { score: 0.5 + closer / COUNTED_STEP, sentences, prefix, ...fewer }
}

/** Other members' cells a slot needs before its sentence count tells a cut. */
const FEWER_MEMBERS = 3

/** Share of those cells that must hold more sentences than the cell. */
const FEWER_SHARE = 2 / 3

/** Log ratio over which a counted cut's score goes from 0.5 to 1 (see {@link countedCut}). */
const COUNTED_STEP = 0.1

/**
 * How much closer a cell's kept share of its slot is to the share the others' first sentences hold than to the
 * whole (in log ratio), scored 0 at {@link CUT_MARGIN} and 1 at {@link CUT_MARGIN} + 0.2 (0.5 at 0.1 nearer). A cell
 * kept at 0.8 of the slot where the others' first sentence holds 0.8 is cut; one kept at 0.95 where it holds 0.3 is
 * whole.
 */
function cutAfterSentences(kept: number, prefix: number): number {
  if (kept <= 0 || prefix <= 0 || prefix >= CUT_PREFIX_BELOW || kept >= CUT_KEPT_BELOW) return 0
  const closer = Math.abs(Math.log(kept)) - Math.abs(Math.log(kept / prefix))
  return (closer - CUT_MARGIN) / 0.2
}

/**
 * Log-ratio margin by which a cell's length must sit closer to the others' first sentences than to their whole
 * before it counts at all. On the evaluation's dev draws no faithful cell with fewer sentences than its slot sits
 * closer to them at all.
 */
const CUT_MARGIN = 0

/** Shares of the slot above which the others' first sentences are too close to the whole to tell a cut. */
const CUT_PREFIX_BELOW = 0.9

/** Share of its slot at or above which a cell is taken as whole, whatever the sentences say. */
const CUT_KEPT_BELOW = 0.92

/** Share of a slot's expected length below which a slot with sentences missing is partial. */
const PARTIAL_FROM = 0.8

/** Text growth of a slot, against the pivot's share, above which a paragraph more is an added one (not a split). */
const ADDED_PARAGRAPH_GROWTH = 1.3

/**
 * Whether a slot filled by several segments holds no more paragraphs than the members write there: the same
 * paragraphs segmented otherwise (an answer's later paragraphs read as paragraphs of their own where the question
 * was not read as one), not a paragraph cut in two.
 */
function sameParagraphs(ctx: SlotContext): boolean {
  const expected = ctx.slot.paragraphs
  return expected !== undefined && ctx.sharedBy === 1 && ctx.segments.reduce((a, s) => a + s.paragraphs, 0) <= expected
}

function slotReasons(ctx: SlotContext, tolerance: number): DriftReason[] {
  const { slot, cell, segments } = ctx
  const reasons: DriftReason[] = []
  const add = (code: DriftCode, score: number, message: string): void => {
    if (score > 0) reasons.push({ code, slot: slot.id, score: round4(clamp01(score)), message })
  }
  if (cell === null || segments.length === 0) {
    add('missing', 1, `${slotName(slot)} (${slot.role}) has no counterpart`)
    return reasons
  }
  if (segments.length > 1 && !sameParagraphs(ctx)) add('split', 1 - 1 / segments.length, `${slotName(slot)} is split over ${segments.length} segments (${cell.segments.join(', ')})`)
  if (ctx.sharedBy > 1 && !ctx.regrouped) add('merged', 1 - 1 / ctx.sharedBy, `${slotName(slot)} is merged with ${ctx.sharedBy - 1} other slot(s) into ${cell.segments.join(', ')}`)
  paragraphReasons(ctx, add)
  partialReason(ctx, add)
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
    const anchors = anchorDrift(slot.anchors, segments.map((s) => s.text).join('\n'), anchorsOfSegments(segments), ctx.nearbyAnchors)
    add('anchor-lost', anchors.lost, `${slotName(slot)} lost ${anchors.lostAnchors.join(', ')}`)
    add('anchor-changed', anchors.changed, `${slotName(slot)} changed ${anchors.changedAnchors.join(', ')}`)
  }
  const role = roleDrift(slot, segments, ctx.dialogue, slotName(slot))
  if (role !== undefined) add('role', role.score, role.message)
  if (ctx.reordered) add('order', 1, `${slotName(slot)} appears out of pivot order`)
  return reasons
}

/**
 * Each slot's cell: its segments, its share of the document's letters (a segment shared by several slots split
 * between them by their expected shares) and how many slots share it at most.
 */
function sharesOfCells(pivot: Pivot, cells: ReadonlyArray<SlotCell | null>, byId: ReadonlyMap<string, Segment>, slotsOfSegment: ReadonlyMap<string, number[]>, shareOf: (id: string) => number): Array<{ cellSegments: Segment[]; share: number; sharedBy: number; regrouped: boolean }> {
  return pivot.slots.map((slot, i) => {
    const cellSegments = (cells[i]?.segments ?? []).map((id) => byId.get(id)).filter((s): s is Segment => s !== undefined)
    let share = 0
    let sharedBy = 1
    const sharing = new Set<number>()
    for (const s of cellSegments) {
      const shared = slotsOfSegment.get(s.id) ?? [i]
      sharedBy = Math.max(sharedBy, shared.length)
      for (const k of shared) sharing.add(k)
      const expected = shared.reduce((a, k) => a + (pivot.slots[k]?.share ?? 0), 0)
      const own = shareOf(s.id)
      share += expected === 0 ? own / shared.length : (own * slot.share) / expected
    }
    return { cellSegments, share, sharedBy, regrouped: sharedBy > 1 && keepsParagraphs(cellSegments, [...sharing].map((k) => pivot.slots[k]!)) }
  })
}

/**
 * Whether segments shared by several slots keep as many paragraphs as those slots expect: the same paragraphs
 * grouped otherwise (a heading the translation asks as a question, whose list items then continue its answer), not
 * two paragraphs joined into one. A slot whose paragraphs are not known expects one.
 */
function keepsParagraphs(segments: readonly Segment[], slots: readonly PivotSlot[]): boolean {
  return segments.reduce((a, s) => a + s.paragraphs, 0) >= slots.reduce((a, s) => a + (s.paragraphs ?? 1), 0)
}

/**
 * How a document's shares compare with the pivot's once the text that fills no slot, and the slots it leaves
 * empty, are set aside: the pivot's shares summed over the slots the document fills (`filled`), over the document's
 * shares of those cells (`scale`: a cell's share times it is its share of the text that fills those slots, on the
 * pivot's scale). A translation that adds a section holds every slot's text in a smaller share of its letters; one
 * that lacks a section, in a larger one.
 * @param pivot The pivot.
 * @param cells The document's cells.
 * @param shares Each cell's share of the document's letters.
 */
function filledScale(pivot: Pivot, cells: ReadonlyArray<SlotCell | null>, shares: readonly number[]): { scale: number; filled: number } {
  let filled = 0
  let held = 0
  pivot.slots.forEach((slot, i) => {
    if (cells[i] === null || cells[i] === undefined) return
    filled += slot.share
    held += shares[i]!
  })
  return filled > 0 && held > 0 ? { scale: filled / held, filled } : { scale: 1, filled: 1 }
}

/**
 * Per slot with a cell, the share of the document's letters in segments that fill no slot and stand between the
 * cells of the slots before and after it (the nearest filled ones): a paragraph of the slot's text the alignment
 * left out of its cell (a list item, a line the parser read as another kind), which a cut must not be read from.
 * @param cells The document's cells.
 * @param extra Its segments that fill no slot.
 * @param segments Its content segments, in reading order.
 * @param shareOf A segment's share of the document's letters.
 */
function unplacedBeside(cells: ReadonlyArray<SlotCell | null>, extra: readonly string[], segments: readonly Segment[], shareOf: (id: string) => number): number[] {
  const position = new Map(segments.map((s, i) => [s.id, i] as const))
  const at = (cell: SlotCell | null | undefined): number[] => (cell?.segments ?? []).map((id) => position.get(id)).filter((p): p is number => p !== undefined)
  const left = extra.map((id) => ({ id, p: position.get(id) })).filter((x): x is { id: string; p: number } => x.p !== undefined)
  if (left.length === 0) return cells.map(() => 0)
  return cells.map((cell, i) => {
    if (cell === null || at(cell).length === 0) return 0
    let after = -1
    for (let k = i - 1; k >= 0 && after < 0; k--) after = Math.max(-1, ...at(cells[k]))
    let before = Infinity
    for (let k = i + 1; k < cells.length && before === Infinity; k++) before = Math.min(Infinity, ...at(cells[k]))
    return left.filter((x) => x.p > after && x.p < before).reduce((a, x) => a + shareOf(x.id), 0)
  })
}

/** Per cell, its sentences that hold letters (a closing quote alone ends nothing), as `sentenceCounts` counts them. */
function sentenceCountsOfCells(cells: ReadonlyArray<SlotCell | null>, byId: ReadonlyMap<string, Segment>): number[] {
  return cells.map((cell) => {
    if (cell === null) return 0
    const ids = new Set(cell.sentences)
    return cell.segments.flatMap((id) => byId.get(id)?.sentences ?? []).filter((x) => ids.has(x.id) && countLetters(x.text) > 0).length
  })
}

/** A segment's share of the letters of the given segments (0 for an unknown id or a document without letters). */
function letterShares(segments: readonly Segment[]): (id: string) => number {
  const letters = new Map(segments.map((s) => [s.id, countLetters(s.text)] as const))
  const total = [...letters.values()].reduce((a, b) => a + b, 0)
  return (id) => (total === 0 ? 0 : (letters.get(id) ?? 0) / total)
}

/**
 * Slots where the document has fewer sentences than most members (slots of two sentences or more, filled by
 * segments no other slot shares): where there are any besides the one scored, its sentence count says nothing of a
 * cut (see `countedCut`).
 */
function fewerSentenceSlots(pivot: Pivot, cells: ReadonlyArray<SlotCell | null>, slotsOfSegment: ReadonlyMap<string, number[]>, sentencesIn: readonly number[], counts: ScoreDriftOptions['sentenceCounts']): boolean[] {
  return pivot.slots.map((slot, i) => {
    const cell = cells[i]
    if (cell === null || cell === undefined || (slot.sentences ?? 0) < 2 || cell.segments.some((id) => (slotsOfSegment.get(id)?.length ?? 1) > 1)) return false
    return fewerSentences(sentencesIn[i]!, counts?.[i]) !== undefined
  })
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
    return { slot, cell: placed.cells[i] ?? null, segments: cellSegments, share, scale, filled, sharedBy, regrouped, beside: beside[i]!, reordered: reorderedSlots.has(slot.id), dialogue, content: options.content?.[i] ?? repeated[i], prefixes: options.sentencePrefixes?.[i], counts: options.sentenceCounts?.[i], sentences: sentencesIn[i]!, fewerElsewhere: fewer.some((f, j) => f && j !== i), cut: options.sentenceCuts?.[i] ?? undefined, nearbyAnchors: nearby[i], later: options.laterAnchors?.[i] }
  })
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
 * The document score is `1 − (1 − S)(1 − Ê)`: S is the same weighted mean over the slots' evidence (their reasons'
 * scores squared, so that many weak reasons do not add up above one strong one), Ê the text that fills no slot,
 * each segment's share times its `extra` score squared, scaled by its weight — in [0, 1], 0 for a faithful
 * translation, 1 when nothing of the pivot is found (see `documentScore`). Weights thus act inside each slot;
 * raising one raises every slot where that component fires.
 */
export function scoreDrift(pivot: Pivot, doc: ParsedDocument, alignment: PivotAlignment, options: ScoreDriftOptions = {}): DriftReport {
  checkShape(pivot, 'pivot', 'a pivot', PIVOT_SHAPE)
  checkShape(doc, 'doc', 'a parsed document', DOCUMENT_SHAPE)
  checkShape(alignment, 'alignment', 'a pivot alignment', { document: 'string', cells: 'array', extra: 'array' })
  checkOptions(options)
  const weights: DriftWeights = { ...DEFAULT_DRIFT_WEIGHTS, ...options.weights }
  const segments = contentSegments(doc)
  const byId = new Map(segments.map((s) => [s.id, s] as const))
  const shareOf = letterShares(segments)
  const cut = fillCutSlots(pivot, segments, alignment, shareOf)
  // A heading's slot sharing a paragraph with other slots has no counterpart (see `headingGaps`).
  const placed = { ...cut, cells: headingGaps(pivot.slots, cut.cells, segments) }
  const contexts = slotContexts(pivot, doc, segments, alignment, placed, shareOf, options)
  const slots = contexts.map((ctx) => slotDrift(ctx.slot.id, slotReasons(ctx, options.lengthTolerance ?? 2), weights))
  const unplaced = placed.extra.map((id) => ({ id, role: byId.get(id)?.role ?? '?', share: shareOf(id) }))
  const { score, components, reasons } = documentScore(pivot, slots, unplaced, weights, options.topReasons ?? 10)
  return { document: doc.id, family: options.family ?? 'family-1', pivot: pivot.id, score, components, slots, reasons }
}
