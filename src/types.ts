/**
 * Shared data types that flow through the pipeline:
 * load → parse → detect → align → pivot/drift → export.
 *
 * Every stage imports its input types from here, never from a later stage.
 */

/** A point in the normalised document text (1-based line and column, 0-based offset in UTF-16 units). */
export interface SourcePoint {
  /** 1-based line. */
  line: number
  /** 1-based column. */
  column: number
  /** 0-based offset into the normalised text. */
  offset: number
}

/** A range of the normalised document text. */
export interface SourceRange {
  /** First character. */
  start: SourcePoint
  /** One past the last character. */
  end: SourcePoint
}

/** Severity of a diagnostic. */
export type DiagnosticSeverity = 'error' | 'warning' | 'info'

/**
 * A plain, serialisable form of a `vfile` message: what was found, where, and by which rule.
 * Stages create `vfile` messages and store them in this shape on documents and datasets.
 */
export interface Diagnostic {
  /** Stable rule id, e.g. `lost-marker`, `duplicate-line`, `low-confidence-language`. */
  ruleId: string
  /** Always `paracorpus:<stage>` (e.g. `paracorpus:parse`). */
  source: string
  /** Human-readable explanation naming the culprit. */
  reason: string
  /** How serious it is. */
  severity: DiagnosticSeverity
  /** Document id the message is about, when it is about one. */
  file?: string | undefined
  /** Where in the document, when known. */
  place?: SourceRange | undefined
  /** The rule's entry in `docs/rules.md` (`…/docs/rules.md#lost-marker`), as `url` of a `vfile` message. */
  url?: string | undefined
}

/** A document as read from disk: decoded, normalised text and its identity. */
export interface LoadedDocument {
  /** Stable id derived from the path (relative to the working directory, `/`-separated). */
  id: string
  /** Path as given or found on disk. */
  path: string
  /** SHA-256 (hex) of the raw bytes. */
  sha256: string
  /** Size of the raw file in bytes. */
  bytes: number
  /** Text: BOM stripped, CRLF/CR → LF, NFC. */
  text: string
  /** Warnings raised while loading (BOM stripped, line endings normalised, …). */
  diagnostics: Diagnostic[]
}

/** The role of a segment in an article. */
export type SegmentRole =
  | 'title'
  | 'heading'
  | 'intro'
  | 'body'
  | 'question'
  | 'answer'
  | 'boilerplate'
  | 'code'

/** Result of language identification for one text. */
export interface LanguageGuess {
  /** ISO 639-3 code, or `und` when undetermined. */
  iso6393: string
  /** BCP 47 tag (shortest form: `km`, `kk`, `ms`; `und` when undetermined). */
  bcp47: string
  /** ISO 15924 script code of the dominant script (`Khmr`, `Cyrl`, `Latn`, …; `Zyyy` when none). */
  script: string
  /** Confidence in [0, 1]. */
  confidence: number
  /** Best candidates, best first, scores in [0, 1]. */
  candidates: Array<{ iso6393: string; score: number }>
  /** `true` when the guess was inherited from a wider context (document prior) rather than measured. */
  inherited?: boolean | undefined
}

/** Kinds of inline elements whose place in a sentence's text the parse records: a link's shown text, inline code. */
export type InlineKind = 'link' | 'code'

/**
 * Where an inline element the parse met stands in a text: a link's shown text (`[text](…)`, `[text][ref]`, an
 * autolink, an inline `<a href>…</a>`, a wikilink) or inline code (`` `…` ``, `<code>…</code>`, a code span written
 * in an HTML block). White space at either end is left out; a link may hold code.
 */
export interface InlineRange {
  /** What the element is. */
  kind: InlineKind
  /** Offset of its first character in the text (UTF-16 code units). */
  start: number
  /** Offset one past its last character. */
  end: number
}

/** A sentence inside a segment. */
export interface Sentence {
  /** Id unique in the document: `<segment id>.<n>` (n from 1). */
  id: string
  /** Sentence text (trimmed). */
  text: string
  /** Offset of the first character in the document's normalised text. */
  start: number
  /** Offset one past the last character in the document's normalised text. */
  end: number
  /** Language of the sentence, when detection ran. */
  language?: LanguageGuess | undefined
  /** Links' shown texts and inline code in `text`, in order of their start (absent when there is none). */
  inline?: InlineRange[] | undefined
}

/** Kinds of anchors a segment carries besides its text: inline code spans and link targets. */
export type SegmentAnchorKind = 'code' | 'url'

/** Something written in a segment that survives translation unchanged: an inline code span or a link target. */
export interface SegmentAnchor {
  /** What it is. */
  kind: SegmentAnchorKind
  /** As written (the code span's content, the link's URL). */
  text: string
  /** A code block's code lent to the paragraph it belongs to (see `lendCodeAnchors`), not an inline span. */
  block?: true | undefined
}

/** How a document is written: Markdown (soft line breaks are spaces) or plain text. */
export type DocumentFormat = 'markdown' | 'text'

/** Where a language hint came from. */
export type LanguageHintSource = 'option' | 'path'

/** A language stated for a document before detection: by the user, or by its file name or folder. */
export interface LanguageHint {
  /** ISO 639-3 code. */
  iso6393: string
  /** BCP 47 tag as given or found (`ja`, `zh-CN`, `pt-BR`). */
  bcp47: string
  /** Who said so: an option (`--lang`, `languages`) or the path (`README.ja.md`, `docs/ja/…`). */
  source: LanguageHintSource
}

/** A typed unit of an article: a title, a paragraph, a speaker turn, a code block, or page furniture. */
export interface Segment {
  /** Id unique in the document: `s1`, `s2`, … in document order. */
  id: string
  /** What the segment is. */
  role: SegmentRole
  /** Text of the segment without its speaker marker; continuation paragraphs joined with `\n\n`. */
  text: string
  /** Speaker marker as written (`jr`, `Q`, …) for speaker turns. */
  marker?: string | undefined
  /** 1-based index of the question/answer exchange this turn belongs to. */
  turn?: number | undefined
  /** Number of source paragraphs merged into this segment (continuations). */
  paragraphs: number
  /** Where the segment is in the normalised text. */
  place: SourceRange
  /** Sentences, in order. */
  sentences: Sentence[]
  /** Language of the segment, when detection ran (never set on `code` segments). */
  language?: LanguageGuess | undefined
  /** A heading's id written as `{#id}` (removed from `text`; identical across translations, so an anchor). */
  slug?: string | undefined
  /** Inline code spans and link targets in the segment (code spans stay in `text`, URLs do not). */
  anchors?: SegmentAnchor[] | undefined
  /** Language named on a code block's fence (`bash`), for `code` segments. */
  codeLanguage?: string | undefined
}

/** A parsed article: segments, sentences and the anomalies found. */
export interface ParsedDocument {
  /** Document id (from its path, or given by the caller). */
  id: string
  /** Path on disk, when it came from a file. */
  path?: string | undefined
  /** SHA-256 of the raw bytes (or of the UTF-8 text when parsed from a string). */
  sha256: string
  /** Normalised text the offsets refer to. */
  text: string
  /** Segments in document order. */
  segments: Segment[]
  /** Anomalies found while loading, parsing and detecting. */
  diagnostics: Diagnostic[]
  /** Document language, when detection ran. */
  language?: LanguageGuess | undefined
  /** How the text was read (Markdown or plain text). */
  format?: DocumentFormat | undefined
  /** Front matter keys and values, when the document has front matter. */
  frontMatter?: Record<string, unknown> | undefined
  /** Language stated for the document before detection (option or path), when there is one. */
  languageHint?: LanguageHint | undefined
}

/**
 * An alignment bead: a group of source items matched to a group of target items.
 * `[]` on one side is an insertion or deletion.
 */
export interface Bead {
  /** 0-based indices into the source list, consecutive and ascending. */
  source: number[]
  /** 0-based indices into the target list, consecutive and ascending. */
  target: number[]
  /** Cost-derived similarity of the bead (higher is better; not bounded). */
  score: number
  /** Probability-like confidence in [0, 1] that the bead is correct. */
  confidence: number
}

/** Kinds of language-neutral anchors: things that survive translation (code spans and blocks, heading slugs too). */
export type PivotAnchorKind = 'number' | 'url' | 'email' | 'name' | 'code' | 'slug'

/** An anchor expected in a pivot slot, with the spellings seen for it. */
export interface PivotAnchor {
  /** What it is. */
  kind: PivotAnchorKind
  /** Normalised, transliterated key (lowercase ASCII; digits only for numbers). */
  key: string
  /** Spellings seen in the documents (as written); the first is the pivot's own spelling. */
  variants: string[]
  /**
   * Share of the family's documents that have the anchor in this slot. Under a half, translations write it
   * another way by convention (a number in words, an ordinal), so a translation without it has not lost it.
   */
  support?: number | undefined
  /**
   * How many times the members that have the anchor write it in the slot (their median), when that is more than
   * once: a number written twice and changed once is still found once; a link whose text is its own address holds
   * it twice (text and target), and one of the two changed leaves it once.
   */
  count?: number | undefined
  /** Code of a code block (not an inline span) in some member: a command, never a word translated as a word. */
  block?: true | undefined
}

/** One position of the language-neutral skeleton of an article. */
export interface PivotSlot {
  /** Slot id: `title`, `intro-1`, `q-3`, `a-3`, `body-2`, `heading-1`, … */
  id: string
  /**
   * What the slot is, for people: the first words of its text in the family's source (a heading, a question), or in
   * the pivot's document where the source has no text or the pivot is not a consensus.
   */
  label?: string | undefined
  /** Role the slot has in the source structure. */
  role: SegmentRole
  /** Q&A exchange number for `question`/`answer` slots. */
  turn?: number | undefined
  /** Anchors expected in the slot. */
  anchors: PivotAnchor[]
  /** Expected share of the document's (non-boilerplate) length, in [0, 1]. */
  share: number
  /** Spread of that share across the family (standard deviation), used for length z-scores. */
  shareSpread?: number | undefined
  /** Number of sentences expected (median over the family), when known. */
  sentences?: number | undefined
  /** Number of paragraphs expected (median over the family), when known. */
  paragraphs?: number | undefined
}

/** How a pivot was obtained. */
export type PivotOrigin = 'consensus' | 'document' | 'file'

/** The language-neutral skeleton of a source article: ordered slots. */
export interface Pivot {
  /** Pivot id (the family id, or the file name it was loaded from). */
  id: string
  /** How it was built. */
  origin: PivotOrigin
  /** Document the pivot was taken from (origin `document`), or the hub of a consensus. */
  document?: string | undefined
  /** Ordered slots. */
  slots: PivotSlot[]
}

/** Parallelism verdict for a pair of documents. */
export interface PairVerdict {
  /** First document id. */
  a: string
  /** Second document id. */
  b: string
  /** Parallelism score in [0, 1]. */
  score: number
  /** Whether the pair is taken as mutual translations. */
  parallel: boolean
  /** Why, in words. */
  reasons: string[]
  /**
   * For two documents known to be in one language: the share of the shorter one's sentence text (letters, code
   * blocks aside) that the other holds word for word — a revision or a damaged copy of a document holds most of it,
   * a translation of another article of the same template little (see `sharedText`).
   */
  sharedText?: number | undefined
}

/** A group of documents that are translations of one another. */
export interface TranslationFamily {
  /** Family id: `family-1`, `family-2`, … in order of their first document. */
  id: string
  /** Member document ids, sorted. */
  documents: string[]
  /** Whether the family has a single member (a document that is not a translation of any other). */
  alone: boolean
  /** Mean parallelism score of the member pairs judged, in [0, 1] (absent for a document alone). */
  confidence?: number | undefined
  /**
   * The original the others translate: named with the `source` option, else the one member whose path every other
   * member's path extends (`README.md` beside `docs/README-ja.md`), else the one whose language the others' prose
   * keeps, else the pivot's document.
   */
  source?: string | undefined
}

/** What fills one pivot slot in one document. */
export interface SlotCell {
  /** Segment ids filling the slot (several when split). */
  segments: string[]
  /** Sentence ids of those segments that fall in the slot. */
  sentences: string[]
  /** Alignment confidence of the cell, in [0, 1]. */
  confidence: number
}

/** A slot × document table: every document of a family aligned to its pivot. */
export interface NWayAlignment {
  /** Family id. */
  family: string
  /** Pivot id. */
  pivot: string
  /** Document ids (column order). */
  documents: string[]
  /** One row per pivot slot, in pivot order; `null` is a gap. */
  rows: Array<{ slot: string; cells: Record<string, SlotCell | null> }>
  /** Segments of each document that fill no slot. */
  extra: Record<string, string[]>
}

/** Machine codes of drift reasons. */
export type DriftCode = 'missing' | 'extra' | 'split' | 'merged' | 'length' | 'partial' | 'replaced' | 'anchor-lost' | 'anchor-changed' | 'role' | 'order'

/** One explained reason of drift. */
export interface DriftReason {
  /** What kind of drift. */
  code: DriftCode
  /** Slot concerned, when it is about one. */
  slot?: string | undefined
  /** Segment of the translation concerned, when it is about one (an `extra` segment). */
  segment?: string | undefined
  /** Severity in [0, 1]. */
  score: number
  /** Human-readable explanation. */
  message: string
}

/** Drift of one document on one slot. */
export interface SlotDrift {
  /** Slot id. */
  slot: string
  /** Combined drift on the slot, in [0, 1]. */
  score: number
  /** Per-component scores in [0, 1]. */
  components: Partial<Record<DriftCode, number>>
  /** Reasons, strongest first. */
  reasons: DriftReason[]
}

/** Drift of one translation against its family's pivot. */
export interface DriftReport {
  /** Document id. */
  document: string
  /** Family id. */
  family: string
  /** Pivot id. */
  pivot: string
  /** Weighted aggregate drift in [0, 1] (higher = more drift). */
  score: number
  /** Per-component document scores in [0, 1]. */
  components: Record<DriftCode, number>
  /** Per-slot drift, in pivot order. */
  slots: SlotDrift[]
  /** Strongest reasons across the document: by score, then in pivot order. */
  reasons: DriftReason[]
}

/** Granularity of aligned units in datasets. */
export type AlignmentLevel = 'turn' | 'sentence'

/** One aligned unit across the documents of a family: texts that translate each other. */
export interface AlignedUnit {
  /** Unit id, unique in the dataset: `<family>/<slot>` at turn level, `<family>/<slot>/<n>` at sentence level. */
  id: string
  /** Family id. */
  family: string
  /** Pivot slot id. */
  slot: string
  /** Granularity. */
  level: AlignmentLevel
  /** Role of the slot. */
  role: SegmentRole
  /** Text per document id (`null` where the document has a gap). */
  texts: Record<string, string | null>
  /**
   * Ids of the sentences (sentence level) or segments (turn level) behind each document's text, in text order;
   * empty for a gap. A span can fill two units when the document merged what the pivot splits.
   */
  spans: Record<string, string[]>
  /** Alignment confidence of the unit, in [0, 1] (the lowest over the cells that have text). */
  confidence: number
  /** Confidence of each document's cell, in [0, 1]: how likely its text matches the pivot's (0 for a gap). */
  confidences: Record<string, number>
  /** Drift of each document on the unit's slot, in [0, 1]. */
  drift: Record<string, number>
}

/** A document as stored in a dataset: the parsed document without its full text. */
export type DatasetDocument = Omit<ParsedDocument, 'text'> & {
  /** Length of the normalised text in characters. */
  characters: number
}

/** Options recorded in a dataset, so that it can be reproduced. */
export interface DatasetOptions {
  /** Granularity of the units. */
  level: AlignmentLevel
  /** Pivot choice: `consensus`, a document id or language, or a pivot file path. */
  pivot: string
  /** The source named by the user (a document id or path, or a language), when one was. */
  source?: string | undefined
  /** Parallelism threshold used to form families. */
  parallelThreshold: number
}

/** Everything `paracorpus align` produces, in one serialisable object (see `schema/dataset.schema.json`). */
export interface Dataset {
  /** Producer. */
  tool: { name: 'paracorpus'; version: string }
  /** Options the dataset was made with. */
  options: DatasetOptions
  /** Documents, sorted by id. */
  documents: DatasetDocument[]
  /** Languages found and their documents. */
  languages: Array<{ iso6393: string; bcp47: string; documents: string[] }>
  /** Parallelism verdict of every document pair. */
  verdicts: PairVerdict[]
  /** Translation families. */
  families: TranslationFamily[]
  /** One pivot per family with two or more documents (or a given pivot). */
  pivots: Pivot[]
  /** Slot × document tables, one per family with a pivot. */
  alignments: NWayAlignment[]
  /** Aligned units, family by family in pivot order. */
  units: AlignedUnit[]
  /** Drift of every document of a family with a pivot. */
  drift: DriftReport[]
  /** Corpus-level warnings and errors. */
  diagnostics: Diagnostic[]
}
