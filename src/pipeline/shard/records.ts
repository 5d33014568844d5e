/**
 * The JSONL records the steps of the sharded job read and write: one JSON object per line, told apart by `type`.
 * @packageDocumentation
 */
import type { SkippedDocument } from '../../load/readDocument.js'
import type { Diagnostic, PairVerdict, TranslationFamily } from '../../types.js'
import type { FamilyResult } from '../familyStage.js'
import type { PairTraining } from '../corpusLexicons.js'
import type { LanguagePairLexicon } from '../../align/lexical/languagePairLexicons.js'
import type { InputErrorData, ParsedFileDocument } from '../parseFile.js'

/** What the pairs and group steps know of a document: who it is, its language and its fingerprint. */
export interface FingerprintRecord {
  /** Record type. */
  type: 'fingerprint'
  /** Document id. */
  id: string
  /** Path it was read from. */
  path: string
  /** SHA-256 of its bytes (exact duplicates share it). */
  sha256: string
  /** ISO 639-3 code of its language, when detected. */
  language?: string | undefined
  /** BCP 47 tag of its language, when it names a variant the family decision tells apart (`zh-TW`; see `languageVariant`). */
  bcp47?: string | undefined
  /** Characters of its segments, dense scripts counted three times (see `candidatePairs`). */
  characters: number
  /** Its bucket keys: anchor keys `kind:normalized`, sorted. Documents sharing a rare one are candidate pairs. */
  anchors: string[]
}

/** A parsed, detected document with its fingerprint: the output of `prepare` for a file that could be read. */
export interface DocumentRecord {
  /** Record type. */
  type: 'document'
  /** The parsed document. */
  document: ParsedFileDocument
  /** Its fingerprint. */
  fingerprint: FingerprintRecord
}

/** A file that could not be read or parsed: an error record instead of a failed task. */
export interface ErrorRecord {
  /** Record type. */
  type: 'error'
  /** The input error, as plain data. */
  error: InputErrorData
}

/** A file skipped as empty. */
export interface SkippedRecord {
  /** Record type. */
  type: 'skipped'
  /** The file and the warning. */
  skipped: SkippedDocument
}

/** A corpus-level warning found while finding the inputs (a directory walk). */
export interface DiagnosticRecord {
  /** Record type. */
  type: 'diagnostic'
  /** The warning. */
  diagnostic: Diagnostic
}

/** What `prepare` writes for one input. */
export type PreparedRecord = DocumentRecord | FingerprintRecord | ErrorRecord | SkippedRecord | DiagnosticRecord

/** A batch of pairs to judge, by document id (`a` < `b`). */
export interface BatchRecord {
  /** Record type. */
  type: 'batch'
  /** Batch number, from 0, in pair order. */
  batch: number
  /** Pairs `[a, b]` of document ids. */
  pairs: Array<[string, string]>
}

/** The verdict of one pair. */
export interface VerdictRecord {
  /** Record type. */
  type: 'verdict'
  /** The verdict. */
  verdict: PairVerdict
}

/** The confident sentence pairs of one pair judged parallel: what `judge` gives the lexicon of its language pair. */
export interface PairTrainingRecord {
  /** Record type. */
  type: 'pair-training'
  /** The pair's ids and its confident 1-1 sentence pairs, sides in language-code order. */
  training: PairTraining
}

/**
 * The 1-1 paragraph pairs of one pair judged parallel: what `group` learns the second round's lexicons from (on
 * the pairs inside one first-round family).
 */
export interface ParagraphTrainingRecord {
  /** Record type. */
  type: 'paragraph-training'
  /** The pair's ids and its 1-1 paragraph pairs, sides in language-code order. */
  training: PairTraining
}

/** The word lexicon of one language pair, learned by `group` on every pair or given: read by `align-shard`. */
export interface LexiconRecord {
  /** Record type. */
  type: 'lexicon'
  /** The lexicon. */
  lexicon: LanguagePairLexicon
}

/**
 * Document pairs the second round of the family decision needs scored (see `planSecondRound`): what `group` writes,
 * instead of families, while a lone document has candidate families; `rejudge` scores them.
 */
export interface RejudgeRecord {
  /** Record type. */
  type: 'rejudge'
  /** Batch number, from 0: one batch per lone document (its candidate and rival families' members), then the unrelated pairs. */
  batch: number
  /** Pairs `[a, b]` of document ids (`a < b`). */
  pairs: Array<[string, string]>
}

/** A word lexicon of the second round (learned by `group` from the first round's families): read by `rejudge`. */
export interface RejudgeLexiconRecord {
  /** Record type. */
  type: 'rejudge-lexicon'
  /** The lexicon. */
  lexicon: LanguagePairLexicon
}

/** A planned pair's second-round score, written by `rejudge` and read by `group`. */
export interface RescoreRecord {
  /** Record type. */
  type: 'rescore'
  /** First document id (`a < b`). */
  a: string
  /** Second document id. */
  b: string
  /** The score, absent when no lexicon spans the pair's languages (nothing new to read). */
  score?: number | undefined
}

/** One translation family as the group step decided it. */
export interface FamilyRecord {
  /** Record type. */
  type: 'family'
  /** Key derived from the members' ids: stable and unique without coordination. */
  key: string
  /** Position of the family in the corpus (order of first document id), from 0. */
  index: number
  /** The family (`family-N`, N = `index` + 1). */
  family: TranslationFamily
  /** For a document alone although a verdict called it parallel: why it was left out. */
  leftOut?: string | undefined
}

/** Corpus-level notes of the family decision (`same-language-in-family`). */
export interface DecisionRecord {
  /** Record type. */
  type: 'decision'
  /** The notes, in family order. */
  diagnostics: Diagnostic[]
}

/** One built family: what `align-shard` writes. */
export interface FamilyResultRecord {
  /** Record type. */
  type: 'family-result'
  /** The family's key. */
  key: string
  /** Position of the family in the corpus. */
  index: number
  /** What the family gives to the dataset: pivot, slot × document table, drift, units, diagnostics. */
  result: FamilyResult
}

/** Any record of the sharded job. */
export type ShardRecord = PreparedRecord | BatchRecord | VerdictRecord | PairTrainingRecord | ParagraphTrainingRecord | RejudgeRecord | RejudgeLexiconRecord | RescoreRecord | FamilyRecord | DecisionRecord | LexiconRecord | FamilyResultRecord
