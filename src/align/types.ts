/**
 * Types of the alignment stage: options, per-item metadata, plug-ins and document-level results.
 */
import type { Bead, SegmentRole } from '../types.js'
import type { Anchor } from './anchors/Anchor.js'
import type { Lexicon } from './lexical/Lexicon.js'

/** Optional structure known about one item (sentence or segment) to align. */
export interface ItemStructure {
  /** Role of the item in its article (question/answer/…), when known. */
  role?: SegmentRole | undefined
  /** 1-based question/answer exchange number, when known. */
  turn?: number | undefined
  /** `true` when the item starts a new paragraph or segment. */
  paragraphStart?: boolean | undefined
}

/**
 * A user-supplied similarity between a group of source items and a group of target items
 * (e.g. cosine of multilingual sentence embeddings). Nothing is bundled and nothing is downloaded.
 */
export interface SimilarityScorer {
  /**
   * Similarity of two item groups in [0, 1] (1 = same meaning, ~0 = unrelated).
   * @param source Source texts of the group (consecutive items).
   * @param target Target texts of the group (consecutive items).
   * @returns A number in [0, 1].
   */
  similarity(source: readonly string[], target: readonly string[]): number
}

/** Weights of the cost signals (each multiplies that signal's cost in nats). */
export interface SignalWeights {
  /** Gale–Church length cost (default: `1`). */
  length?: number | undefined
  /** Anchor agreement (default: `1`). */
  anchors?: number | undefined
  /** Punctuation/shape agreement (default: `1`). */
  shape?: number | undefined
  /** Structure agreement (roles, turns, paragraph starts; default: `1`). */
  structure?: number | undefined
  /** Plug-in similarity, when a scorer is given (default: `4`). */
  similarity?: number | undefined
  /** Lexical pass: words linked by a lexicon learned on the pair itself (default: see `DEFAULT_LEXICAL_WEIGHT`). */
  lexical?: number | undefined
  /** Cognates and transliterated words, relative to the anchors' weight (default: see `DEFAULT_COGNATE_WEIGHT`). */
  cognates?: number | undefined
  /**
   * Translation model: IBM Model 1 learned with the lexicon, each bead's words scored against their unigram
   * frequencies (default: see `DEFAULT_TRANSLATION_WEIGHT`).
   */
  translation?: number | undefined
  /**
   * Sentence-internal boundaries: a bead that ends inside a sentence on one side (after a clause mark, before a
   * lowercase letter) and between sentences on the other (default: see `DEFAULT_BOUNDARY_WEIGHT`, times `BOUNDARY_MISMATCH` nats).
   */
  boundaries?: number | undefined
}

/** Options of {@link alignBitext}. */
export interface AlignOptions {
  /**
   * Largest number of items on one side of a bead (default: `3`, so 1-3 and 3-1 are allowed;
   * `2` allows 1-2, 2-1 and 2-2; `1` allows only 1-1, 1-0 and 0-1). Clamped to [1, 4].
   */
  maxBead?: number | undefined
  /** Per-item structure of the source side, index-aligned with the source texts (default: none). */
  sourceStructure?: ReadonlyArray<ItemStructure | undefined> | undefined
  /** Per-item structure of the target side (default: none). */
  targetStructure?: ReadonlyArray<ItemStructure | undefined> | undefined
  /** Optional similarity plug-in (default: none). */
  scorer?: SimilarityScorer | undefined
  /** Signal weights (default: see {@link SignalWeights}). */
  weights?: SignalWeights | undefined
  /**
   * Largest number of DP cells (n × m) the first pass searches exactly; bigger inputs use coarse-to-fine banded
   * DP (default: `2_500`, i.e. 50 × 50). The later passes search a band around the first pass's path, then the
   * windows between its confident 1-1 beads.
   */
  exactLimit?: number | undefined
  /** Half-width of the band around the projected coarse path, in items (default: `8`). */
  bandWidth?: number | undefined
  /**
   * Temperature of the posterior used for confidence: bead marginals are computed under
   * `exp(-cost / temperature)` (default: `1`, calibrated on synthetic gold; see docs/align.md).
   */
  temperature?: number | undefined
  /**
   * Signals to use (default: all). `['length']` gives plain Gale–Church. Leave out `'lexical'` to skip the
   * lexical pass (which only runs when the pair has enough confident 1-1 beads to learn from).
   */
  signals?: ReadonlyArray<SignalName> | undefined
  /**
   * A lexicon of the language pair (learned on a corpus with `trainCorpusLexicon`, or read with
   * `Lexicon.parse`) for the lexical signal, instead of the one learned on the pair itself (default: none).
   */
  lexicon?: Lexicon | undefined
  /**
   * Prior probabilities of the bead types, keyed `"a-b"` (`"1-1"`, `"2-1"`, `"1-0"`…); missing types keep the
   * defaults (default: Gale–Church's, extended).
   */
  beadPriors?: Readonly<Record<string, number>> | undefined
  /**
   * Re-estimate the bead-type priors on the pair from a first alignment (counts blended with `beadPriors`
   * worth 40 beads, each bead weighted by its confidence) and align again with them (default: `false`: on the
   * dev gold the first alignment's errors fall mostly in the rare types, so learning inflates them).
   */
  learnPriors?: boolean | undefined
}

/** Name of a cost signal. */
export type SignalName = 'length' | 'anchors' | 'shape' | 'structure' | 'similarity' | 'lexical' | 'cognates' | 'translation' | 'boundaries'

/** A segment-level bead of a document alignment: segment ids instead of indices. */
export interface SegmentBead {
  /** Ids of the source segments (consecutive in reading order among aligned segments). */
  source: string[]
  /** Ids of the target segments. */
  target: string[]
  /** Cost-derived score of the bead (higher is better). */
  score: number
  /** Posterior confidence in [0, 1]. */
  confidence: number
  /** Sentence beads inside this segment bead (indices into the concatenated sentences of each side). */
  sentences: SentenceBead[]
}

/** A sentence-level bead inside a segment bead: sentence ids on both sides. */
export interface SentenceBead {
  /** Ids of the source sentences. */
  source: string[]
  /** Ids of the target sentences. */
  target: string[]
  /** Posterior confidence in [0, 1]. */
  confidence: number
}

/** Why a pair was or was not judged parallel. */
export type ParallelismReasonCode =
  | 'confident-content'
  | 'low-confident-content'
  | 'anchor-overlap'
  | 'low-anchor-overlap'
  | 'structure-match'
  | 'structure-mismatch'
  | 'order-beyond-chance'
  | 'order-at-chance'
  | 'empty-document'

/** One reason behind a parallelism verdict. */
export interface ParallelismReason {
  /** Machine-readable code. */
  code: ParallelismReasonCode
  /** Human-readable explanation with the measured value. */
  message: string
}

/** Is this pair parallel at all? */
export interface Parallelism {
  /** Score in [0, 1]: weighted mean of the components. */
  score: number
  /** `score >= threshold`. */
  parallel: boolean
  /** Threshold used. */
  threshold: number
  /** Share of aligned letters (both sides) that sit in confident non-empty beads, in [0, 1]. */
  confidentShare: number
  /**
   * Alignment cost saved per item against the best of two scrambled targets (reversed, rotated by half), in
   * nats; `undefined` when a side has fewer than 2 items. Parallel texts save ≳ 0.5, unrelated ones ≈ 0.
   */
  orderGain: number | undefined
  /** Anchor overlap (shared anchors / anchors of the side with fewer), in [0, 1]; `undefined` when a side has none. */
  anchorOverlap: number | undefined
  /** Structure match in [0, 1]; `undefined` when no structure is known on both sides. */
  structureMatch: number | undefined
  /** Reasons, most important first. */
  reasons: ParallelismReason[]
}

/** Result of {@link alignDocuments}. */
export interface DocumentAlignment {
  /** Source document id. */
  sourceId: string
  /** Target document id. */
  targetId: string
  /** Parallelism verdict. */
  parallelism: Parallelism
  /** Segment beads (with sentence beads inside); empty when the pair is not parallel and `force` is off. */
  segments: SegmentBead[]
  /** Segment-level beads as indices into the non-boilerplate segments (for diagnostics). */
  segmentBeads: Bead[]
}

/** Options of {@link alignDocuments}. */
export interface AlignDocumentsOptions extends AlignOptions {
  /** Parallelism threshold (default: `0.5`). */
  threshold?: number | undefined
  /** Align even when the pair is judged not parallel (default: `false`). */
  force?: boolean | undefined
  /** Confidence above which a bead counts as confidently aligned (default: `0.5`). */
  confidentAt?: number | undefined
}

export type { Anchor }
