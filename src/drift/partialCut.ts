import type { Pivot, SlotCell } from '../types.js'
import { writesAnchor, type AnchorPlace } from './anchorPlaces.js'
import { keepsLaterAnchors } from './laterAnchors.js'
import { endMark, endsAsWhole, type EndMark } from './closingMarks.js'
import { countLetters } from '../align/text/countLetters.js'
import { alignedCut, alignedCutMessage } from './sentenceCuts.js'
import { slotName, type AddReason, type SlotContext } from './slotContext.js'
import { median } from '../util/stats.js'

/**
 * A slot of two or more sentences that keeps well under its share of the text, with sentences of the pivot left
 * without a counterpart: a translation that stops early or skips part of a paragraph (0 at ¾ of the expected
 * length, 1 at half). And, from the sentences inside the slot: a cell of k sentences, fewer than the slot asks,
 * whose length is the share the other members' first k sentences hold rather than the whole slot's — the translation stops where their k-th
 * sentence does, and the rest has no counterpart (see {@link cutAfterSentences}); where most other members write
 * the slot in more sentences than this cell has, and this translation keeps the others' sentence count in its other
 * slots, the length only has to sit nearer that share than the whole (see {@link countedCut}).
 */
export function partialReason(ctx: SlotContext, add: AddReason): void {
  const { slot, cell } = ctx
  const expected = slot.sentences ?? 0
  if (cell === null || ctx.sharedBy > 1 || slot.share <= 0) return
  // A cell that holds the links, code and numbers the others write after its last sentence goes on past it.
  if (keepsLaterAnchors(ctx.later, ctx.sentences, new Set(ctx.held.keys()))) return
  // A slot the pivot writes as one sentence may still be cut where the reference of the alignment writes two.
  const k = cell.sentences.length
  const kept = keptShare(ctx, k, expected)
  const tail = tailCut(ctx, kept)
  if (expected < 2) {
    const aligned = pairedCut(ctx, kept)
    const peers = peerCut(ctx, kept)
    if (peers !== undefined && peers.score > Math.max(tail?.score ?? 0, aligned?.score ?? 0)) add('partial', peers.score, peerCutMessage(slotName(slot), kept, peers))
    else if (tail !== undefined && tail.score > (aligned?.score ?? 0)) add('partial', tail.score, tailCutMessage(slotName(slot), kept, tail))
    else if (aligned !== undefined) add('partial', aligned.score, alignedCutMessage(slotName(slot), aligned, ctx.cut?.reference))
    return
  }
  const prefix = k >= 1 ? ctx.prefixes?.[k - 1] : undefined
  // A cell that ends as the others end the whole slot, not as they end the sentence its count would stop at, wrote
  // the slot's sentences as fewer: its length and count tell no cut.
  const whole = endsAsWhole(ctx.marks, ctx.sentences, lastMark(ctx))
  // Sentences with letters on both sides (a closing quote or an emoji alone ends nothing), and no more than the
  // other members' own cells hold: the pivot's count is a median over every member, the document's own included.
  // A median between two counts asks for the larger: a cell's count is whole, so it is short of the one as of the other.
  const asked = Math.min(expected, ctx.counts !== undefined && ctx.counts.length >= 2 ? Math.ceil(median(ctx.counts)) : expected)
  // A cell with as many sentences as the slot asks is not read as stopping after them: the others' first sentences
  // hold less than their whole there only because some of them write the slot in more sentences than most do.
  const cut = prefix === undefined || whole || ctx.sentences >= asked ? 0 : cutAfterSentences(kept, prefix)
  const short = ctx.sentences >= asked || whole ? 0 : (PARTIAL_FROM - kept) / (PARTIAL_FROM - 0.55)
  const aligned = pairedCut(ctx, kept)
  const counted = ctx.fewerElsewhere || whole ? undefined : countedCut(ctx, kept)
  // A cell of one sentence, as most members write the slot, may still stop where those that write more end their first
  // (a cell of two where some write three is no such case: Starship's faithful Korean FAQ paragraph).
  const peers = ctx.sentences >= asked ? peerCut(ctx, kept) : undefined
  if (peers !== undefined && peers.score > Math.max(cut, short, counted?.score ?? 0, aligned?.score ?? 0, tail?.score ?? 0)) {
    add('partial', peers.score, peerCutMessage(slotName(slot), kept, peers))
    return
  }
  if (tail !== undefined && tail.score > Math.max(cut, short, counted?.score ?? 0, aligned?.score ?? 0)) {
    add('partial', tail.score, tailCutMessage(slotName(slot), kept, tail))
    return
  }
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
 * A cut in a slot the pivot (or most members) write as one sentence, told by the members that write it as more: the
 * cell is one sentence, at least {@link PEER_MEMBERS} other members' cells have more, it keeps under
 * {@link PARTIAL_FROM} of its slot's text, and its length sits nearer the share their first sentences hold than the
 * whole (see {@link cutAfterSentences}), without ending as they end the whole slot. A translation that writes such a
 * slot as one sentence where others write two keeps about the whole text; one that stops after its first keeps about
 * what their first sentence holds.
 * @param ctx The slot.
 * @param kept The share of its slot's text the cell keeps (see {@link keptShare}).
 */
function peerCut(ctx: SlotContext, kept: number): { score: number; prefix: number; more: number } | undefined {
  const k = ctx.sentences
  const prefix = k === 1 ? ctx.prefixes?.[0] : undefined
  const more = (ctx.counts ?? []).filter((c) => c > k).length
  if (prefix === undefined || more < PEER_MEMBERS || kept >= PARTIAL_FROM || endsAsWhole(ctx.marks, k, lastMark(ctx))) return undefined
  const score = cutAfterSentences(kept, prefix)
  return score >= 0.5 ? { score: Math.min(1, score), prefix, more } : undefined
}

/** Other members that must write a one-sentence cell's slot in more sentences for their sentence ends to tell a cut. */
const PEER_MEMBERS = 2

/** A cut told by the members that write a one-sentence slot as more, in words (after the slot's name). */
function peerCutMessage(slot: string, kept: number, cut: { prefix: number; more: number }): string {
  return `${slot} keeps ${(kept * 100).toFixed(0)}% of the text the pivot expects, what the first sentence holds in the ${cut.more} other translations that write it in more sentences (${(cut.prefix * 100).toFixed(0)}%): the rest has no counterpart`
}

/**
 * A cut the anchors tell (see `anchorPlaces`): the cell keeps well under its slot's text and lacks every link, code
 * span, number and address that at least half of the other members (two at least) write past the share it keeps —
 * {@link TAIL_MARGIN} past it at least — holding none of them. Scored 0.5 at the margin, 1 at {@link TAIL_STEP}
 * further. A translation that stops early has the anchors of the text it kept; one that writes the same text in
 * other words still writes the links and code.
 * @param ctx The slot.
 * @param kept The share of its slot's text the cell keeps (see {@link keptShare}).
 */
function tailCut(ctx: SlotContext, kept: number): { score: number; lacking: string[]; at: number } | undefined {
  if (ctx.places === undefined || kept <= 0 || kept >= 1) return undefined
  if (kept >= CUT_KEPT_BELOW) return orderedTail(ctx.places, ctx.held, kept)
  const shared = ctx.places.filter((p) => p.members >= 2 && 2 * p.members >= p.of)
  const tail = shared.filter((p) => p.at >= kept + TAIL_MARGIN)
  if (tail.length === 0 || tail.some((p) => writesAnchor(ctx.held, p.key))) return orderedTail(ctx.places, ctx.held, kept)
  const at = Math.min(...tail.map((p) => p.at))
  return { score: 0.5 + (at - kept - TAIL_MARGIN) / TAIL_STEP, lacking: tail.map((p) => p.key.slice(p.key.indexOf(':') + 1)), at }
}

/**
 * A cut the anchors' order tells, where their places cannot (a translation longer than most keeps more than the share
 * where the others write their last anchors, up to the whole slot's length, though no more): the cell writes the shared links, code and addresses the others write
 * first and lacks every one they write after the last it holds, in the second half of their text. Scored 0.5 — a few
 * words cut at the end of a long paragraph (a closing link) — rising as the lacking anchors stand further past the
 * share kept. Numbers are left out (a stale translation writes an older version number where the others write the
 * new one), and so is a cell that writes, after its last shared anchor, a link or code of a lacking one's kind that
 * no other member writes: it changed that anchor (a translated example value), it did not stop before it.
 * @param places Where the other members write the slot's anchors (see `anchorPlaces`).
 * @param held The anchors the cell writes, each with the share of its text before it.
 * @param kept The share of its slot's text the cell keeps.
 */
function orderedTail(places: readonly AnchorPlace[], held: ReadonlyMap<string, number>, kept: number): { score: number; lacking: string[]; at: number } | undefined {
  const kind = (key: string): string => key.slice(0, key.indexOf(':'))
  const shared = places.filter((p) => p.members >= 2 && 2 * p.members >= p.of && kind(p.key) !== 'number')
  const written = shared.filter((p) => writesAnchor(held, p.key))
  if (written.length === 0) return undefined
  const last = Math.max(...written.map((p) => p.at))
  const after = shared.filter((p) => p.at > last)
  if (after.length === 0 || after.some((p) => writesAnchor(held, p.key)) || shared.some((p) => p.at <= last && !writesAnchor(held, p.key))) return undefined
  const at = Math.min(...after.map((p) => p.at))
  if (at < ORDERED_FROM) return undefined
  // Where the cell writes its last shared anchor, and the kinds of what it writes after it that no other member writes.
  const alike = (key: string, among: readonly AnchorPlace[]): boolean => {
    const one = new Map([[key, 0]])
    return among.some((p) => writesAnchor(one, p.key))
  }
  const lastHeld = Math.max(...[...held].filter(([key]) => alike(key, written)).map(([, share]) => share))
  const changed = [...held].filter(([key, share]) => share > lastHeld && !alike(key, places)).map(([key]) => kind(key))
  if (after.some((p) => changed.includes(kind(p.key)))) return undefined
  return { score: Math.min(1, 0.5 + Math.max(0, at - kept) / TAIL_STEP), lacking: after.map((p) => p.key.slice(p.key.indexOf(':') + 1)), at }
}

/** Share of the others' text past which the anchors a cell lacks must all stand for their order to tell a cut. */
const ORDERED_FROM = 0.5

/**
 * The cut the alignment with the pivot's document tells (see `alignedCut`), unless it speaks of another paragraph
 * than the cell's while the cell holds the slot's text: the sentence aligner paired the slot with a shorter paragraph
 * of the translation, and the cell holds a paragraph of its own that keeps the slot's length ({@link CUT_KEPT_BELOW}
 * or more) in more sentences and writes every link, code span, number and address most other members write in the
 * slot (one at least). Anchors tell whose text a paragraph is: a paragraph the aligner moved into the slot from
 * beside it, the cut one left next to it, has the neighbour's anchors, not the slot's.
 * @param ctx The slot.
 * @param kept The share of its slot's text the cell keeps (see {@link keptShare}).
 */
function pairedCut(ctx: SlotContext, kept: number): ReturnType<typeof alignedCut> {
  const cut = ctx.cut
  if (cut === undefined) return undefined
  const elsewhere = cut.segment !== undefined && ctx.cell !== null && !ctx.cell.segments.includes(cut.segment)
  if (elsewhere && kept >= CUT_KEPT_BELOW && ctx.sentences > cut.sentences && keepsSharedAnchors(ctx)) return undefined
  return alignedCut(cut)
}

/** Whether the cell writes every distinctive anchor most other members write in the slot, and there is one. */
function keepsSharedAnchors(ctx: SlotContext): boolean {
  const shared = (ctx.places ?? []).filter((p) => p.members >= 2 && 2 * p.members >= p.of)
  return shared.length > 0 && shared.every((p) => writesAnchor(ctx.held, p.key))
}

/** How the cell's last sentence with letters ends (see `endMark`). */
function lastMark(ctx: SlotContext): EndMark {
  const ids = new Set(ctx.cell?.sentences ?? [])
  const texts = ctx.segments.flatMap((s) => s.sentences).filter((x) => ids.has(x.id) && countLetters(x.text) > 0)
  return texts.length === 0 ? 'none' : endMark(texts.at(-1)!.text)
}

/** A cut the anchors tell, in words (after the slot's name). */
function tailCutMessage(slot: string, kept: number, tail: { lacking: readonly string[]; at: number }): string {
  return `${slot} keeps ${(kept * 100).toFixed(0)}% of the text the pivot expects and lacks ${tail.lacking.join(', ')}, which the other translations write after ${(tail.at * 100).toFixed(0)}% of theirs: the rest has no counterpart`
}

/** Share of the slot's text past the share a cell keeps where the others' anchors must stand to tell a cut. */
const TAIL_MARGIN = 0.1

/** Share over which a cut told by the anchors goes from 0.5 to 1 (see {@link tailCut}). */
const TAIL_STEP = 0.4

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

/**
 * Slots where the document has fewer sentences than most members (slots of two sentences or more, filled by
 * segments no other slot shares): where there are any besides the one scored, its sentence count says nothing of a
 * cut (see `countedCut`).
 */
export function fewerSentenceSlots(pivot: Pivot, cells: ReadonlyArray<SlotCell | null>, slotsOfSegment: ReadonlyMap<string, number[]>, sentencesIn: readonly number[], counts: ReadonlyArray<readonly number[]> | undefined): boolean[] {
  return pivot.slots.map((slot, i) => {
    const cell = cells[i]
    if (cell === null || cell === undefined || (slot.sentences ?? 0) < 2 || cell.segments.some((id) => (slotsOfSegment.get(id)?.length ?? 1) > 1)) return false
    return fewerSentences(sentencesIn[i]!, counts?.[i]) !== undefined
  })
}
