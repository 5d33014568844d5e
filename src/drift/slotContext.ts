import type { DriftCode, PivotSlot, Segment, SlotCell } from '../types.js'
import type { NearbyAnchors } from './nearbyAnchors.js'
import type { AnchorPlace } from './anchorPlaces.js'
import type { SlotMarks } from './closingMarks.js'
import type { ContentFinding } from './contentReasons.js'
import type { SentenceCut } from './sentenceCuts.js'
import type { LeftUntranslated } from './leftUntranslated.js'

/** A slot as people name it: its id and the first words of its text in the pivot's document. */
export function slotName(slot: PivotSlot): string {
  return slot.label === undefined || slot.label === '' ? `slot ${slot.id}` : `slot ${slot.id} “${slot.label}”`
}

/** Adds a reason of the given code to a slot (a score of 0 or below adds nothing). */
export type AddReason = (code: DriftCode, score: number, message: string) => void

/** A slot of the pivot as one document fills it: its cell, its share, and what the other members say of it. */
export interface SlotContext {
  /** The slot. */
  slot: PivotSlot
  /** The document's cell of the slot (`null`: no counterpart). */
  cell: SlotCell | null
  /** The cell's segments, in reading order. */
  segments: Segment[]
  /** The cell's share of the document's letters (a segment shared by several slots split between them). */
  share: number
  /** How many slots share the cell's segments at most. */
  sharedBy: number
  /** Whether the segments shared with other slots keep the paragraphs those slots expect (see `keepsParagraphs`). */
  regrouped: boolean
  /** Whether the slot's content appears out of pivot order. */
  reordered: boolean
  /** Whether the document's family is a dialogue (see `familySpeaksInTurns`). */
  dialogue: boolean
  /** What the cell's content says against the other members' (see `contentAgreement`, `repeatedText`). */
  content: ContentFinding | undefined
  /** The share of the slot's text the other members' first sentences hold (see `sentencePrefixes`). */
  prefixes: readonly number[] | undefined
  /** How many sentences the other members' own cells hold (see `sentenceCounts`). */
  counts: readonly number[] | undefined
  /**
   * Factor from the cell's share of the document's letters to its share of the text that fills the pivot's slots,
   * on the pivot's scale (see `filledScale`).
   */
  scale: number
  /** Expected share of the slots this document fills (the pivot's shares summed over its filled slots). */
  filled: number
  /**
   * Share of the document's letters in segments that fill no slot and stand between this slot's neighbours' cells
   * (see `unplacedBeside`): text the alignment left beside the cell, not text the translation lacks.
   */
  beside: number
  /** Whether the cell's segments are a lead-in and the list of its points (see `listedCell`). */
  listed: boolean
  /** Sentences (with letters) of the cell. */
  sentences: number
  /** Whether another slot of this document has fewer sentences than most members (see `fewerSentences`). */
  fewerElsewhere: boolean
  /** Where the slot's sentences end in the paragraph paired with it (see `sentenceCuts`). */
  cut: SentenceCut | undefined
  /** Code and links around the cell and expected beside the slot (see `nearbyAnchors`). */
  nearbyAnchors: NearbyAnchors | undefined
  /** The distinctive anchors the cell writes itself, with where (see `writtenAnchors`). */
  held: ReadonlyMap<string, number>
  /** Where the other members write the slot's distinctive anchors (see `anchorPlaces`). */
  places?: readonly AnchorPlace[] | undefined
  /** The anchors the other members write only after their first sentences (see `laterAnchors`). */
  later?: readonly string[][] | undefined
  /** How the other members end the slot's sentences (see `closingMarks`). */
  marks?: SlotMarks | undefined
  /** The language the cell's text was left in, if it was (see `leftUntranslated`). */
  left?: LeftUntranslated | undefined
}
