import type { Bead, ParsedDocument, Segment } from '../../types.js'
import type { AlignDocumentsOptions, AlignOptions, DocumentAlignment, ItemStructure, SegmentBead, SentenceBead } from '../types.js'
import { alignSentences, sentencesOf } from './sentenceBeads.js'
import { alignItems, itemsAlignmentCost } from '../alignBitext.js'
import { PairItems } from '../pairItems.js'
import { countLetters } from '../text/countLetters.js'
import { latinShareOf } from '../anchors/extractAnchors.js'
import { contentAnchors } from '../anchors/segmentAnchors.js'
import type { Anchor } from '../anchors/Anchor.js'
import { pageKey } from '../anchors/sameLink.js'
import { assessParallelism, DEFAULT_PARALLEL_THRESHOLD } from './assessParallelism.js'
import { checkOptions } from '../../errors/checkArgument.js'
import { DOCUMENT_SHAPE, checkShape } from '../../errors/checkShape.js'

/** Prior of a 2-2 bead between segments (sentences use the aligner's lower default). */
export const SEGMENT_SWAP_PRIOR = 0.004

/**
 * Cost saved per item by aligning the target in its own order rather than reversed or rotated by half (the
 * cheaper of the two). Uses segments when both sides have at least 4, else sentences; `undefined` below 2 items.
 * @param segments The segments' items, measured once for every alignment of them (the segment pass's too).
 */
function measureOrderGain(segS: readonly Segment[], segT: readonly Segment[], segments: PairItems, options: AlignOptions): number | undefined {
  const useSegments = Math.min(segS.length, segT.length) >= 4
  const unit = (list: readonly Segment[]): string[] => list.flatMap((s) => (s.sentences.length > 0 ? s.sentences.map((x) => x.text) : [s.text]))
  const items = useSegments ? segments : new PairItems(unit(segS), unit(segT))
  const m = items.target.length
  if (items.source.length < 2 || m < 2) return undefined
  const plain: AlignOptions = { ...options, sourceStructure: undefined, targetStructure: undefined }
  const actual = itemsAlignmentCost(items, undefined, plain)
  const half = Math.floor(m / 2)
  const indices = Array.from({ length: m }, (_, k) => k)
  const reversed = itemsAlignmentCost(items, [...indices].reverse(), plain)
  const rotated = itemsAlignmentCost(items, [...indices.slice(half), ...indices.slice(0, half)], plain)
  return (Math.min(reversed, rotated) - actual) / (items.source.length + m)
}

/**
 * Anchors as the parallelism verdict compares them: a link by the page it links (see `pageKey`), so that a
 * translation on a localised site, which links the localised copies (`/ja/virtualization/`) of the pages its original
 * links (`/virtualization/`), shares those links with it. The segment pass reads the text, not these.
 */
function verdictAnchors(perSegment: Anchor[][]): Anchor[][] {
  return perSegment.map((list) => list.map((a) => (a.kind === 'url' ? { ...a, normalized: pageKey(a.normalized) } : a)))
}

function idsOf<T extends { id: string }>(list: readonly T[], indices: readonly number[]): string[] {
  return indices.map((i) => list[i]?.id ?? '')
}

/**
 * Align two parsed articles hierarchically: segments first (boilerplate and code skipped, code blocks counted as
 * anchors of the paragraph before them; roles and turns as structure),
 * then the sentences inside each segment bead. Before the sentence pass the pair is judged for parallelism
 * ({@link assessParallelism}); a pair below the threshold is returned with `parallelism.parallel === false` and
 * no beads unless `force` is set.
 * @param source Source article.
 * @param target Target article.
 * @param options Alignment options (passed to both levels) plus threshold, force and confidentAt.
 * @returns Segment beads with their sentence beads, and the parallelism verdict.
 * @throws {UsageError} `INVALID_OPTION` for bad alignment options.
 */
export function alignDocuments(
  source: ParsedDocument,
  target: ParsedDocument,
  options: AlignDocumentsOptions = {},
): DocumentAlignment {
  checkShape(source, 'source', 'a parsed document', DOCUMENT_SHAPE)
  checkShape(target, 'target', 'a parsed document', DOCUMENT_SHAPE)
  checkOptions(options)
  const threshold = options.threshold ?? DEFAULT_PARALLEL_THRESHOLD
  const confidentAt = options.confidentAt ?? 0.5
  const { threshold: _t, force: _f, confidentAt: _c, ...alignOptions } = options
  const segS = source.segments.filter((s) => s.role !== 'boilerplate' && s.role !== 'code')
  const segT = target.segments.filter((s) => s.role !== 'boilerplate' && s.role !== 'code')
  const structure = (segments: readonly Segment[]): ItemStructure[] =>
    segments.map((s) => ({ role: s.role, turn: s.turn, paragraphStart: true }))
  // Whole turns and paragraphs do get swapped (a moved section): at segment level a swap must stay
  // expressible as a 2-2 bead for the drift stage to see it, so 2-2 keeps Gale–Church's prior there.
  const segmentPriors = { '2-2': SEGMENT_SWAP_PRIOR, ...alignOptions.beadPriors }
  const items = new PairItems(
    segS.map((s) => s.text),
    segT.map((s) => s.text),
  )
  const segmentOptions = { ...alignOptions, beadPriors: segmentPriors, sourceStructure: structure(segS), targetStructure: structure(segT) }
  const segmentBeads: Bead[] = alignItems(items, segmentOptions)
  const orderGain = measureOrderGain(segS, segT, items, alignOptions)
  const latinS = latinShareOf(segS.map((s) => s.text)) >= 0.5
  const latinT = latinShareOf(segT.map((s) => s.text)) >= 0.5
  const parallelism = assessParallelism({
    source: segS,
    target: segT,
    sourceLetters: segS.map((s) => countLetters(s.text)),
    targetLetters: segT.map((s) => countLetters(s.text)),
    sourceAnchors: verdictAnchors(contentAnchors(source.segments, segS, { latin: latinS })),
    targetAnchors: verdictAnchors(contentAnchors(target.segments, segT, { latin: latinT })),
    beads: segmentBeads,
    orderGain,
    confidentAt,
    threshold,
  })
  if (!parallelism.parallel && options.force !== true) {
    return { sourceId: source.id, targetId: target.id, parallelism, segments: [], segmentBeads: [] }
  }
  const segments: SegmentBead[] = segmentBeads.map((bead) => {
    const s = sentencesOf(source, bead.source.map((i) => segS[i]).filter((x): x is Segment => x !== undefined))
    const t = sentencesOf(target, bead.target.map((j) => segT[j]).filter((x): x is Segment => x !== undefined))
    const inner: SentenceBead[] = alignSentences(s, t, bead.confidence, alignOptions)
    return {
      source: idsOf(segS, bead.source),
      target: idsOf(segT, bead.target),
      score: bead.score,
      confidence: bead.confidence,
      sentences: inner,
    }
  })
  return { sourceId: source.id, targetId: target.id, parallelism, segments, segmentBeads }
}
