/**
 * Drift reasons from a cell's content agreement with the other members (see `contentAgreement.ts`): `replaced`
 * when neither side finds the other — the cell holds other text in place of the slot's. (One-sided shortfalls,
 * which would point at a cut or an addition, are too noisy with lexicons learned from a few hundred paragraphs:
 * on the evaluation they raised more false alarms than they found faults, so they are not reported.)
 */
import type { DriftCode } from '../types.js'
import type { CellAgreement } from './contentAgreement.js'

/** A reason found from content, without its slot name (the scorer words the message). */
export interface ContentFinding {
  /** The code: `replaced` (the cell says something else), `extra` (a paragraph of it says nothing the others say). */
  code: Extract<DriftCode, 'replaced' | 'extra'>
  /** Severity in [0, 1]. */
  score: number
  /** What was measured, in words (after the slot's name). */
  detail: string
  /** The member's segment concerned, when the finding is about one paragraph of the cell (an `extra` one). */
  segment?: string | undefined
}

/** A cell whose matches, in both directions, are at most this share of the usual rate… */
export const REPLACED_RATIO = 0.55
/** …and at least this many standard deviations below it on each side, holds other text (score 0.5 there, 1 at twice as many). */
const REPLACED_Z = 2

/** With one direction too short to judge, both pooled must be at most this share of the usual rate… */
const POOLED_RATIO = 0.35
/** …and at least this many standard deviations below it. */
const POOLED_Z = 2.5

function pct(x: number): string {
  return `${Math.round(x * 100)}%`
}

/**
 * What the content agreement of one cell says, if anything.
 * @param agreement The cell's agreement with the others.
 * @returns A finding, or `undefined` when the cell says what the others say (or cannot be judged).
 */
export function contentFinding(agreement: CellAgreement | undefined): ContentFinding | undefined {
  if (agreement === undefined) return undefined
  const { precision, recall, precisionZ, recallZ, others, pooled, pooledZ } = agreement
  const who = others === 1 ? 'the other translation' : `the other ${others} translations`
  if (precision === undefined || recall === undefined || precisionZ === undefined || recallZ === undefined) {
    // One direction has too few linked words to judge alone (a short cell, a weak lexicon): both pooled, held to a stricter bar.
    if (pooled === undefined || pooledZ === undefined || pooled > POOLED_RATIO || -pooledZ < POOLED_Z) return undefined
    const score = Math.min(1, 0.5 + (0.5 * (-pooledZ - POOLED_Z)) / POOLED_Z)
    return { code: 'replaced', score, detail: `says something else than ${who}: its words and theirs match at ${pct(pooled)} of the usual rate` }
  }
  const ratio = Math.max(precision, recall)
  const z = -Math.max(precisionZ, recallZ)
  if (ratio > REPLACED_RATIO || z < REPLACED_Z) return undefined
  const score = Math.min(1, 0.5 + (0.5 * (z - REPLACED_Z)) / REPLACED_Z)
  return { code: 'replaced', score, detail: `says something else than ${who}: its words and theirs match at ${pct(precision)} and ${pct(recall)} of the usual rate` }
}

/** A continuation paragraph whose words are found at most at this share of the usual rate in the others' cells… */
const ADDED_RATIO = 0.35
/**
 * The same bar for both directions pooled, used when the paragraph has too few linked words of its own: lower, as
 * the second half of a split paragraph in a script without spaces can pool to a quarter of the usual rate.
 */
const ADDED_POOLED_RATIO = 0.15
/** …and at least this many standard deviations below it, was added (score 0.5 there, 1 at twice as many). */
const ADDED_Z = 2.5

/**
 * What the content of each paragraph of a cell says, if anything: an unmarked paragraph after the first that
 * says nothing the other translations say in that slot was added (not a continuation, not a split).
 * @param paragraphs Each paragraph against the slot: its words found in the others' cells (`precision`), both
 *   directions pooled (`ratio`), and their deviations.
 * @returns A finding on the first such paragraph, or `undefined`.
 */
export function addedParagraph(paragraphs: ReadonlyArray<{ precision: number | undefined; precisionZ: number | undefined; ratio: number | undefined; z: number | undefined }>): ContentFinding | undefined {
  for (let k = 1; k < paragraphs.length; k++) {
    // Its own words, or (too few of them linked) both directions pooled: half of a split paragraph still finds
    // its words, and the others' words about half as often.
    if (!saysNothingThere(paragraphs[k]!)) continue
    const own = paragraphs[k]!.precision !== undefined
    const precision = (own ? paragraphs[k]!.precision : paragraphs[k]!.ratio)!
    const precisionZ = (own ? paragraphs[k]!.precisionZ : paragraphs[k]!.z)!
    const score = Math.min(1, 0.5 + (0.5 * (-precisionZ - ADDED_Z)) / ADDED_Z)
    return { code: 'extra', score, detail: `has a paragraph (${k + 1} of ${paragraphs.length}) that says nothing the other translations say there: its words match at ${pct(precision)} of the usual rate — a paragraph was added` }
  }
  return undefined
}

/**
 * Whether a text says nothing the other translations say in a slot: its own words found at most at
 * {@link ADDED_RATIO} of the usual rate, or (too few of them linked) both directions pooled at most at
 * {@link ADDED_POOLED_RATIO}, {@link ADDED_Z} deviations under it. The second half of a split paragraph keeps its words.
 * @param a The text against the slot.
 * @param ownWordsOnly Judge only from the text's own words (a short half of a split finds few of the others' words).
 */
export function saysNothingThere(a: { precision: number | undefined; precisionZ: number | undefined; ratio: number | undefined; z: number | undefined }, ownWordsOnly = false): boolean {
  const own = a.precision !== undefined
  if (ownWordsOnly && !own) return false
  const precision = own ? a.precision : a.ratio
  const precisionZ = own ? a.precisionZ : a.z
  return precision !== undefined && precisionZ !== undefined && precision <= (own ? ADDED_RATIO : ADDED_POOLED_RATIO) && -precisionZ >= ADDED_Z
}
