/**
 * paracorpus: turn a folder of translated articles into an aligned, drift-scored parallel corpus.
 * @packageDocumentation
 */
export { ParacorpusError } from './errors/ParacorpusError.js'
export { InputError } from './errors/InputError.js'
export { UsageError } from './errors/UsageError.js'
export { OutputError } from './errors/OutputError.js'

export { readDocuments, readDocument, documentFromBytes, decodeText, normalizeText, resolvePaths, documentId } from './load/index.js'
export type { ReadDocumentsOptions, ReadResult, ReadOptions, SkippedDocument, ResolveOptions, ResolvedPaths, UnresolvedPath, DecodedText, NormalizedText } from './load/index.js'
export { segmentDocument, splitSentences, speakerLabel, findSpeakers, lineShape } from './parse/index.js'
export type { SegmentOptions, SentenceSpan, SentenceOptions, SpeakerLabel, Speakers, LineShape } from './parse/index.js'
export { parseDocument } from './pipeline/parseDocument.js'
export type { ParseDocumentOptions } from './pipeline/parseDocument.js'
export { loadCorpus } from './pipeline/loadCorpus.js'
export { loadCorpusParallel, PARALLEL_MIN_DOCUMENTS } from './pipeline/loadCorpusParallel.js'
export type { LoadCorpusParallelOptions, LoadFileEvent } from './pipeline/loadCorpusParallel.js'
export { detectScript, detectLanguage, detectDocument, summarizeLanguages, toBcp47 } from './detect/index.js'
export type { ScriptGuess, DetectLanguageOptions, DetectDocumentOptions, LanguageSummary, LanguageCount } from './detect/index.js'
export type { LoadCorpusOptions, Corpus } from './pipeline/loadCorpus.js'


export { alignBitext } from './align/alignBitext.js'
export { alignDocuments } from './align/document/alignDocuments.js'
export { alignBitextCorpus } from './align/alignBitextCorpus.js'
export { Lexicon } from './align/lexical/Lexicon.js'
export { trainCorpusLexicon } from './align/lexical/trainCorpusLexicon.js'
export { languagePairLexicon } from './align/lexical/languagePairLexicons.js'
export { tokenizeWords } from './align/lexical/tokenizeWords.js'
export { assessParallelism, DEFAULT_PARALLEL_THRESHOLD } from './align/document/assessParallelism.js'
export { extractAnchors } from './align/anchors/extractAnchors.js'
export { formatBead, parseBeadLines } from './align/format/beadLines.js'
export type { AlignOptions, AlignDocumentsOptions, DocumentAlignment, ItemStructure, Parallelism, ParallelismReason, ParallelismReasonCode, SegmentBead, SentenceBead, SignalName, SignalWeights, SimilarityScorer } from './align/types.js'
export type { ParallelismInput } from './align/document/assessParallelism.js'
export type { BitextCorpusAlignment, BitextPair } from './align/alignBitextCorpus.js'
export type { LexicalEvidence } from './align/lexical/Lexicon.js'
export type { WordModel1, WordModel1Direction } from './align/lexical/model1.js'
export type { AlignedBitext, TrainCorpusLexiconOptions } from './align/lexical/trainCorpusLexicon.js'
export type { LanguagePairLexicon } from './align/lexical/languagePairLexicons.js'
export type { TrainLexiconOptions } from './align/lexical/trainLexicon.js'
export type { Anchor, AnchorKind } from './align/anchors/Anchor.js'
export type { ExtractAnchorsOptions } from './align/anchors/extractAnchors.js'

export { toJson, toJsonl, toNwayJsonl, toTmx, toMoses, toHtml, toHtmlPages, datasetFiles, writeDataset, datasetSchema, familyLanguages, familyPairs, familySource, isExportFormat, EXPORT_FORMATS, DATASET_JSON, REPORT_HTML } from './export/index.js'
export type { ExportFormat, ExportFileSystem, WriteDatasetOptions, OutputFile, JsonlFile, JsonlRecord, NwayJsonlFile, NwayJsonlRecord, UnitMeta, TmxFile, TmxOptions, MosesPair, HtmlOptions, FamilyLanguage, FamilyPair, PairUnit, ExportOptions, PairSelection } from './export/index.js'

export { buildPivot } from './pivot/buildPivot.js'
export { chooseHub } from './pivot/chooseHub.js'
export { alignToPivot } from './pivot/alignToPivot.js'
export { alignToSlots } from './pivot/alignToSlots.js'
export { alignFamily } from './pivot/alignFamily.js'
export { findFamilies } from './pivot/findFamilies.js'
export { groupFamilies } from './pivot/groupFamilies.js'
export type { FamilyCandidate, FamilyDecision, GroupFamiliesOptions } from './pivot/groupFamilies.js'
export { findSwaps } from './pivot/findSwaps.js'
export { loadPivot, parsePivot, serializePivot } from './pivot/pivotFile.js'
export { slotIds } from './pivot/slotIds.js'
export type { BuildPivotOptions } from './pivot/buildPivot.js'
export type { AlignToPivotOptions } from './pivot/alignToPivot.js'
export type { FamilyAlignment } from './pivot/alignFamily.js'
export type { SlotsAlignment } from './pivot/alignToSlots.js'
export type { Swaps } from './pivot/findSwaps.js'
export type { PivotAlignment, PivotOptions, AlignmentCache } from './pivot/types.js'
export { scoreDrift } from './drift/scoreDrift.js'
export { findAnchor } from './pivot/findAnchor.js'
export { DEFAULT_DRIFT_WEIGHTS, DRIFT_CODES } from './drift/weights.js'
export type { ScoreDriftOptions } from './drift/scoreDrift.js'
export type { AnchorMatch } from './pivot/findAnchor.js'
export type { DriftWeights } from './drift/weights.js'
export { alignCorpus } from './pipeline/alignCorpus.js'
export { buildDataset } from './pipeline/buildDataset.js'
export { judgePairs } from './pipeline/judgePairs.js'
export type { AlignCorpusOptions } from './pipeline/alignCorpus.js'
export type { BuildDatasetOptions, ProgressEvent } from './pipeline/buildDataset.js'
export type { JudgePairsOptions } from './pipeline/judgePairs.js'
export { prepareFile, prepareInputs, prepareText } from './pipeline/shard/prepare.js'
export { planPairs } from './pipeline/shard/planPairs.js'
export { judgeShard } from './pipeline/shard/judgeShard.js'
export { familyKey, groupShard } from './pipeline/shard/groupShard.js'
export { alignShard } from './pipeline/shard/alignShard.js'
export type { AlignShardOptions } from './pipeline/shard/alignShard.js'
export type { GroupShardOptions } from './pipeline/shard/groupShard.js'
export type { PairTraining } from './pipeline/corpusLexicons.js'
export { mergeShards } from './pipeline/shard/mergeShards.js'
export type { MergeShardsOptions } from './pipeline/shard/mergeShards.js'
export { formatJsonl, parseJsonl } from './pipeline/shard/jsonl.js'
export type * from './pipeline/shard/records.js'
export { VERSION } from './version.js'
export { RULE_IDS } from './diagnostics/ruleIds.js'
export type { RuleId } from './diagnostics/ruleIds.js'
export { ruleUrl } from './diagnostics/ruleUrl.js'

export type { ParacorpusErrorCode, ParacorpusErrorOptions } from './errors/ParacorpusError.js'
export type {
  AlignedUnit,
  AlignmentLevel,
  Bead,
  Dataset,
  DatasetDocument,
  DatasetOptions,
  Diagnostic,
  DriftCode,
  DriftReason,
  DriftReport,
  NWayAlignment,
  PairVerdict,
  Pivot,
  PivotAnchor,
  PivotAnchorKind,
  PivotOrigin,
  PivotSlot,
  SlotCell,
  SlotDrift,
  TranslationFamily,
  DiagnosticSeverity,
  LanguageGuess,
  LoadedDocument,
  ParsedDocument,
  Segment,
  SegmentAnchor,
  SegmentAnchorKind,
  DocumentFormat,
  LanguageHint,
  LanguageHintSource,
  SegmentRole,
  Sentence,
  InlineKind,
  InlineRange,
  SourcePoint,
  SourceRange,
} from './types.js'
