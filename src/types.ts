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
}

/** A typed unit of an article: a title, a paragraph, a speaker turn, or page furniture. */
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
  /** Language of the segment, when detection ran. */
  language?: LanguageGuess | undefined
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
