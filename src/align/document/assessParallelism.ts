import type { Bead, Segment } from '../../types.js'
import type { Parallelism, ParallelismReason } from '../types.js'
import type { Anchor } from '../anchors/Anchor.js'
import { linkAnchors } from '../anchors/linkAnchors.js'
import { checkShape } from '../../errors/checkShape.js'

/** Default parallelism threshold: pairs scoring below it are reported as not parallel. */
export const DEFAULT_PARALLEL_THRESHOLD = 0.5

/** Inputs of {@link assessParallelism}. */
export interface ParallelismInput {
  /** Aligned (non-boilerplate) source segments. */
  source: readonly Segment[]
  /** Aligned (non-boilerplate) target segments. */
  target: readonly Segment[]
  /** Letters per source segment. */
  sourceLetters: readonly number[]
  /** Letters per target segment. */
  targetLetters: readonly number[]
  /** Anchors per source segment. */
  sourceAnchors: ReadonlyArray<readonly Anchor[]>
  /** Anchors per target segment. */
  targetAnchors: ReadonlyArray<readonly Anchor[]>
  /** Segment beads (indices into `source`/`target`). */
  beads: readonly Bead[]
  /** Cost saved per item against scrambled targets (see {@link Parallelism.orderGain}). */
  orderGain: number | undefined
  /** Confidence at which a bead counts as confidently aligned. */
  confidentAt: number
  /** Threshold of the verdict. */
  threshold: number
}

const WEIGHTS = { content: 0.5, anchors: 0.25, structure: 0.25 }

/**
 * Order gain (nats per item) that earns the content component full credit. Documents of one template (title,
 * intro, alternating short questions and long answers) align better in order than scrambled from their length
 * pattern alone, by up to about 1 nat per item; a translation, whose words, numbers and cognates also line up,
 * gains more.
 */
export const FULL_ORDER_GAIN = 2

function fmt(x: number): string {
  return x.toFixed(2)
}

/**
 * Share of all letters (both sides) inside beads with items on both sides, confidence ≥ `confidentAt` and a
 * length ratio within a factor 2 of the pair's overall ratio.
 */
function confidentShareOf(input: ParallelismInput, totalS: number, totalT: number): number {
  const { sourceLetters, targetLetters, beads, confidentAt } = input
  const ratio = totalT / totalS
  let covered = 0
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0 || bead.confidence < confidentAt) continue
    const ls = bead.source.reduce((a, i) => a + (sourceLetters[i] ?? 0), 0)
    const lt = bead.target.reduce((a, j) => a + (targetLetters[j] ?? 0), 0)
    const r = ls === 0 ? (lt === 0 ? ratio : Infinity) : lt / ls
    if (r > ratio * 2 || r < ratio / 2) continue
    covered += ls + lt
  }
  return covered / (totalS + totalT)
}

/** Anchors matched after cross-script linking, over those of the side with fewer; `undefined` when a side has none. */
function anchorOverlapOf(input: ParallelismInput): { overlap: number; matched: number; smaller: number } | undefined {
  const countS = input.sourceAnchors.reduce((a, x) => a + x.length, 0)
  const countT = input.targetAnchors.reduce((a, x) => a + x.length, 0)
  if (countS === 0 || countT === 0) return undefined
  const linked = linkAnchors(input.sourceAnchors, input.targetAnchors)
  const bag = new Map<number, number>()
  for (const ids of linked.source) for (const id of ids) bag.set(id, (bag.get(id) ?? 0) + 1)
  let matched = 0
  for (const ids of linked.target) {
    for (const id of ids) {
      const left = bag.get(id) ?? 0
      if (left > 0) {
        matched++
        bag.set(id, left - 1)
      }
    }
  }
  const smaller = Math.min(countS, countT)
  return { overlap: Math.min(1, matched / smaller), matched, smaller }
}

function turnCount(segments: readonly Segment[]): number {
  return new Set(segments.filter((s) => s.role === 'question' || s.role === 'answer').map((s) => s.turn ?? s.id)).size
}

/**
 * `min/max` of the two sides' question/answer turn counts times the share of Q/A beads whose roles agree; 0 when
 * only one side has turns; `undefined` when neither has.
 */
function structureMatchOf(source: readonly Segment[], target: readonly Segment[], beads: readonly Bead[]): { match: number; turnsS: number; turnsT: number } | undefined {
  const turnsS = turnCount(source)
  const turnsT = turnCount(target)
  if (turnsS === 0 && turnsT === 0) return undefined
  if (turnsS === 0 || turnsT === 0) return { match: 0, turnsS, turnsT }
  let qa = 0
  let agree = 0
  for (const bead of beads) {
    const rs = new Set(bead.source.map((i) => source[i]?.role))
    const rt = new Set(bead.target.map((j) => target[j]?.role))
    const qaS = rs.has('question') || rs.has('answer')
    const qaT = rt.has('question') || rt.has('answer')
    if (!qaS && !qaT) continue
    qa++
    if ((rs.has('question') && rt.has('question')) || (rs.has('answer') && rt.has('answer'))) agree++
  }
  return { match: (Math.min(turnsS, turnsT) / Math.max(turnsS, turnsT)) * (qa === 0 ? 0 : agree / qa), turnsS, turnsT }
}

/**
 * Is a document pair parallel? Three components, each in [0, 1]:
 * - **content**: share of all letters (both sides) inside beads with items on both sides, confidence ≥
 *   `confidentAt` and a length ratio within a factor 2 of the pair's overall ratio — multiplied by
 *   `min(1, orderGain / FULL_ORDER_GAIN)` (2 nats), because a DP finds length-plausible beads between unrelated
 *   texts too, and two documents of one template align better in order than scrambled from their length pattern
 *   alone: only a real translation, whose words, numbers and cognates line up as well, gains much more;
 * - **anchors**: matched anchors / anchors of the side with fewer (overlap coefficient after cross-script
 *   linking); left out when a side has none;
 * - **structure**: when both sides have question/answer turns, `min/max` of their turn counts times the share
 *   of Q/A beads whose roles agree; 0 when only one side has turns; left out when neither has.
 * The score is their weighted mean (content 0.5, anchors 0.25, structure 0.25, re-normalised over the
 * components present); `parallel` is `score ≥ threshold`.
 * @param input Segments, measurements and segment beads.
 * @returns The verdict with reasons.
 */
export function assessParallelism(input: ParallelismInput): Parallelism {
  checkShape(input, 'input', 'a parallelism input', { source: 'array', target: 'array', sourceLetters: 'array', targetLetters: 'array', sourceAnchors: 'array', targetAnchors: 'array' })
  const { source, target, sourceLetters, targetLetters, beads, threshold } = input
  const reasons: ParallelismReason[] = []
  const totalS = sourceLetters.reduce((a, b) => a + b, 0)
  const totalT = targetLetters.reduce((a, b) => a + b, 0)
  if (totalS === 0 || totalT === 0) {
    return {
      score: 0,
      parallel: false,
      threshold,
      confidentShare: 0,
      orderGain: input.orderGain,
      anchorOverlap: undefined,
      structureMatch: undefined,
      reasons: [{ code: 'empty-document', message: 'one side has no text to align' }],
    }
  }
  const confidentShare = confidentShareOf(input, totalS, totalT)
  reasons.push({
    code: confidentShare >= threshold ? 'confident-content' : 'low-confident-content',
    message: `${fmt(confidentShare)} of the text sits in confident beads of plausible length`,
  })
  const orderGain = input.orderGain
  const orderFactor = orderGain === undefined ? 1 : Math.min(1, Math.max(0, orderGain) / FULL_ORDER_GAIN)
  if (orderGain !== undefined) {
    reasons.push({
      code: orderGain >= 0.5 ? 'order-beyond-chance' : 'order-at-chance',
      message: `aligning in document order saves ${fmt(orderGain)} nats per item over scrambled order`,
    })
  }

  const anchors = anchorOverlapOf(input)
  const anchorOverlap = anchors?.overlap
  if (anchors !== undefined) {
    reasons.push({
      code: anchors.overlap >= 0.3 ? 'anchor-overlap' : 'low-anchor-overlap',
      message: `${anchors.matched} of ${anchors.smaller} anchors (numbers, URLs, names) are shared`,
    })
  }

  const structure = structureMatchOf(source, target, beads)
  const structureMatch = structure?.match
  if (structure !== undefined) {
    reasons.push({
      code: structure.match >= 0.5 ? 'structure-match' : 'structure-mismatch',
      message: `question/answer turns: ${structure.turnsS} vs ${structure.turnsT}; structure match ${fmt(structure.match)}`,
    })
  }

  let sum = WEIGHTS.content * confidentShare * orderFactor
  let weight = WEIGHTS.content
  if (anchorOverlap !== undefined) {
    sum += WEIGHTS.anchors * anchorOverlap
    weight += WEIGHTS.anchors
  }
  if (structureMatch !== undefined) {
    sum += WEIGHTS.structure * structureMatch
    weight += WEIGHTS.structure
  }
  const score = sum / weight
  const rank = (r: ParallelismReason): number => (r.code.startsWith('low') || r.code.endsWith('mismatch') ? 0 : 1)
  reasons.sort((a, b) => (score >= threshold ? rank(b) - rank(a) : rank(a) - rank(b)))
  return { score, parallel: score >= threshold, threshold, confidentShare, orderGain, anchorOverlap, structureMatch, reasons }
}
