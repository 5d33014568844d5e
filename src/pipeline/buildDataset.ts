import { DEFAULT_PARALLEL_THRESHOLD } from '../align/document/assessParallelism.js'
import type { AlignDocumentsOptions } from '../align/types.js'
import { summarizeLanguages } from '../detect/summarizeLanguages.js'
import type { DriftWeights } from '../drift/weights.js'
import type { AlignmentCache } from '../pivot/types.js'
import type { AlignmentLevel, Dataset, DatasetDocument, Diagnostic, DriftReport, PairVerdict, ParsedDocument, Pivot, TranslationFamily } from '../types.js'
import { VERSION } from '../version.js'
import { checkDatasetOptions, checkParsedDocuments } from './checkPipelineOptions.js'
import { aloneDiagnostic, buildFamily, type FamilyResult, type FamilySettings } from './familyStage.js'
import { judgePairs } from './judgePairs.js'
import { decideFamilies, type DecidedFamilies } from './decideFamilies.js'
import { labelFromSource, relabelReports } from '../pivot/sourceLabels.js'
import { decideWithSecondRound, paragraphTrainingOfPairs } from './secondRound.js'
import { reviseByContent } from './contentStage.js'
import { trainingOfPairs } from './corpusLexicons.js'
import type { LanguagePairLexicon } from '../align/lexical/languagePairLexicons.js'
import { lexiconsAmongLanguages, pendingLexiconsOfCorpus, type CorpusLexicon } from './pendingLexicons.js'
import type { DocumentAlignment } from '../align/types.js'
import { resolveLanguageTag } from '../detect/resolveLanguageTag.js'
import { pairKey } from '../pivot/pairKey.js'

/** A progress event of the alignment job. */
export interface ProgressEvent {
  /**
   * Stage name: `load`, `pairs`, `families`; on a pool also `rejudge` (the second judging round's pairs, scored in
   * tasks of one language pair, at every level), `hub alignments` (with fewer families than threads, a family's
   * first hub aligned in its direction to each member the judged pairs do not answer for, one task each, before the
   * family's task) and, at sentence level, `hub pairs` (a family's hub aligned to each other member for its sentence
   * units, one task each; in both, `done` and `total` count that family's).
   */
  stage: string
  /** Units of work done in the stage. */
  done: number
  /** Units of work in the stage. */
  total: number
  /** `worker_threads` id of the thread that did the unit, when the stage ran on a pool (0: the calling thread). */
  thread?: number | undefined
}

/** Options of {@link buildDataset}. */
export interface BuildDatasetOptions {
  /** Unit granularity (default: `'sentence'`). */
  level?: AlignmentLevel | undefined
  /**
   * The pivot (default: `'consensus'`): `consensus`, a document id or language of each family, or a `Pivot`
   * (e.g. loaded from a file with `loadPivot`), used for every family and for documents alone.
   */
  pivot?: string | Pivot | undefined
  /**
   * The original the others translate, in each family: a document id or path, or a language (BCP 47 or ISO 639-3)
   * — e.g. `en` when every family's source is English. The consensus pivot is then built around it (its slots, the
   * family's roles, anchors and lengths), its drift is reported like any other, and exports put it first. Without it,
   * the pivot is built around the document the others disagree with least. A family without such a document
   * falls back to that (info `source-not-in-family`).
   */
  source?: string | undefined
  /** Parallelism threshold for families (default: the aligner's, 0.5). */
  parallelThreshold?: number | undefined
  /** Options of the document aligner. */
  align?: AlignDocumentsOptions | undefined
  /**
   * Learn a word lexicon per language pair from the confident 1-1 sentence beads of every pair judged parallel,
   * and align the sentences of the units again with it (default: `true`).
   */
  corpusLexicon?: boolean | undefined
  /**
   * Lexicons of language pairs to use instead of learning them (e.g. `Lexicon.parse(text)` turned into
   * `{ languages: ['deu', 'fra'], pairs: lexicon.pairs(), p1: lexicon.p1, p0: lexicon.p0 }`; codes in ISO 639-3
   * or BCP 47); language pairs without one still learn theirs (default: none).
   */
  lexicons?: readonly LanguagePairLexicon[] | undefined
  /** Drift weights (default: `DEFAULT_DRIFT_WEIGHTS`). */
  weights?: Partial<DriftWeights> | undefined
  /** How many reasons each drift report lists across the document, strongest first (default 10; a whole number). */
  topReasons?: number | undefined
  /** Corpus-level diagnostics to carry into the dataset (e.g. from loading). */
  diagnostics?: Diagnostic[] | undefined
  /** Progress callback. */
  onProgress?: ((event: ProgressEvent) => void) | undefined
}

function datasetDocument(doc: ParsedDocument): DatasetDocument {
  const { text, ...rest } = doc
  return { ...rest, characters: text.length }
}

/** What {@link buildDataset} sets up before the pairwise stage. */
export interface DatasetPlan {
  /** Documents sorted by id. */
  sorted: ParsedDocument[]
  /** Settings of the family stage. */
  settings: FamilySettings
  /** Corpus-level diagnostics so far. */
  diagnostics: Diagnostic[]
  /** Lexicons given by the caller (languages as ISO 639-3). */
  lexicons: LanguagePairLexicon[] | undefined
  /** Whether to learn a lexicon per language pair. */
  corpusLexicon: boolean
}

/**
 * Weight of the sentence-internal boundary signal when the corpus job aligns documents (families, pivot, drift),
 * unless `align.weights.boundaries` says otherwise. The signal is on by default for `alignBitext` (sentence
 * alignment: strict F1 up on every gold of `scripts/eval-align.ts`), but the family and drift decisions are
 * calibrated on alignments without it: on the news dev row of `npm run eval:drift` it lowered family recall
 * 0.969 → 0.948 and document AUC 0.976 → 0.964 and lost merged, order, number and marker faults (TICO-19 dev
 * unchanged), so the corpus job leaves it off.
 */
const FAMILY_BOUNDARY_WEIGHT = 0

/** Sort the documents and resolve the options (shared by the one-thread and the pooled paths). */
export function planDataset(documents: readonly ParsedDocument[], options: BuildDatasetOptions): DatasetPlan {
  const level = options.level ?? 'sentence'
  const threshold = options.parallelThreshold ?? DEFAULT_PARALLEL_THRESHOLD
  const align: AlignDocumentsOptions = { ...options.align, weights: { boundaries: FAMILY_BOUNDARY_WEIGHT, ...options.align?.weights }, threshold }
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1))
  const lexicons = options.lexicons?.map((l) => ({ ...l, languages: [isoCode(l.languages[0]), isoCode(l.languages[1])] as [string, string] }))
  return {
    sorted,
    settings: { level, pivot: options.pivot ?? 'consensus', source: options.source, threshold, align, weights: options.weights, topReasons: options.topReasons },
    diagnostics: [...(options.diagnostics ?? [])],
    lexicons,
    corpusLexicon: options.corpusLexicon ?? true,
  }
}

function isoCode(code: string): string {
  return resolveLanguageTag(code)?.iso6393 ?? code
}

/**
 * The lexicons of the sentence pass from the pairwise stage's alignments (none at turn level, where units have no
 * sentences to align): each language pair's pooled training data, learned when a hub pair first needs it (see
 * `pendingLexiconsOfCorpus`), or the lexicon given for it.
 * @param plan From {@link planDataset}.
 * @param verdicts Verdicts of the judged pairs.
 * @param alignmentOf The alignment behind a verdict.
 */
export function planLexicons(plan: DatasetPlan, verdicts: readonly PairVerdict[], alignmentOf: (a: string, b: string) => DocumentAlignment | undefined): CorpusLexicon[] | undefined {
  if (plan.settings.level !== 'sentence') return undefined
  const training = plan.corpusLexicon ? trainingOfPairs(verdicts, new Map(plan.sorted.map((d) => [d.id, d] as const)), alignmentOf) : []
  const lexicons = pendingLexiconsOfCorpus(training, plan.lexicons, plan.corpusLexicon)
  return lexicons.length === 0 ? undefined : lexicons
}

/**
 * A family's result with its pivot's slots named in the source's words and its reasons saying so (see
 * `labelFromSource`), once every score is final.
 */
function inSourceWords(result: FamilyResult, byId: ReadonlyMap<string, ParsedDocument>): FamilyResult {
  const source = result.source === undefined ? undefined : byId.get(result.source)
  if (source === undefined || result.pivot === undefined || result.table === undefined) return result
  const pivot = labelFromSource(result.pivot, source, result.table)
  return pivot === result.pivot ? result : { ...result, pivot, drift: relabelReports(result.drift, result.pivot, pivot) }
}

/**
 * The dataset from the plan, the verdicts and each family's result (in family order), after the corpus-level
 * content check (`reviseByContent`), slots named in each family's source (`labelFromSource`).
 * @param plan From {@link planDataset}.
 * @param verdicts Pair verdicts, in pair order.
 * @param decided Translation families and the notes of their decision.
 * @param familyResults One result per family, in the same order.
 */
export function assembleDataset(plan: DatasetPlan, verdicts: PairVerdict[], decided: DecidedFamilies, familyResults: readonly FamilyResult[]): Dataset {
  const { sorted, settings, diagnostics } = plan
  const families: TranslationFamily[] = decided.families
  diagnostics.push(...decided.diagnostics)
  const byId = new Map(sorted.map((d) => [d.id, d] as const))
  const results = reviseByContent(families, familyResults, byId, settings.weights, settings.align, settings.lexicons, settings.topReasons).map((result) => inSourceWords(result, byId))
  const pivots: Pivot[] = []
  const alignments: Dataset['alignments'] = []
  const drift: DriftReport[] = []
  const units: Dataset['units'] = []
  families.forEach((family, f) => {
    if (family.alone) diagnostics.push(aloneDiagnostic(family.documents[0]!, verdicts, settings.threshold, decided.leftOut.get(family.documents[0]!), families))
    const result = results[f]!
    if (result.source !== undefined) family.source = result.source
    diagnostics.push(...result.diagnostics)
    if (result.pivot !== undefined) pivots.push(result.pivot)
    if (result.table !== undefined) alignments.push(result.table)
    drift.push(...result.drift)
    units.push(...result.units)
  })
  const summary = summarizeLanguages(sorted)
  const pivotChoice = settings.pivot
  return {
    tool: { name: 'paracorpus', version: VERSION },
    options: { level: settings.level, pivot: typeof pivotChoice === 'string' ? pivotChoice : pivotChoice.id, source: settings.source, parallelThreshold: settings.threshold },
    documents: sorted.map(datasetDocument),
    languages: summary.languages.map((l) => ({ iso6393: l.iso6393, bcp47: l.bcp47, documents: [...l.documents].sort() })),
    verdicts,
    families,
    pivots,
    alignments,
    units,
    drift,
    diagnostics,
  }
}

/**
 * Build the whole dataset from parsed documents: pairwise parallelism verdicts, translation families, one pivot
 * per family, every member aligned to it, drift reports and aligned units. Deterministic: the same documents and
 * options give the same dataset.
 */
export function buildDataset(documents: readonly ParsedDocument[], options: BuildDatasetOptions = {}): Dataset {
  checkParsedDocuments(documents)
  checkDatasetOptions(options)
  const plan = planDataset(documents, options)
  const { sorted, settings } = plan
  const cache: AlignmentCache = new Map()
  const verdicts = judgePairs(sorted, { align: settings.align, cache, onPair: (done, total) => options.onProgress?.({ stage: 'pairs', done, total }) })
  const decided = decideWithSecondRound(sorted, verdicts, settings.threshold, () => paragraphTrainingOfPairs(verdicts, new Map(sorted.map((d) => [d.id, d] as const)), (a, b) => cache.get(pairKey(a, b))), settings.align)
  const families = decided.families
  const byId = new Map(sorted.map((d) => [d.id, d] as const))
  const lexicons = planLexicons(plan, verdicts, (a, b) => cache.get(pairKey(a, b)))
  plan.settings.lexicons = lexicons
  const results = families.map((family, f) => {
    options.onProgress?.({ stage: 'families', done: f, total: families.length })
    const members = family.documents.map((id) => byId.get(id)!)
    return buildFamily(family, members, { ...settings, lexicons: lexiconsAmongLanguages(lexicons, members.map((d) => d.language?.iso6393)) }, cache)
  })
  options.onProgress?.({ stage: 'families', done: families.length, total: families.length })
  // The pairwise alignments are not read after the family stage: freed before the content check.
  cache.clear()
  return assembleDataset(plan, verdicts, decided, results)
}
