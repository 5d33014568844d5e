import type { AlignDocumentsOptions, DocumentAlignment } from '../align/types.js'
import { familySpeaksInTurns } from '../drift/roleDrift.js'
import { scoreDrift } from '../drift/scoreDrift.js'
import { anchorPlaces } from '../drift/anchorPlaces.js'
import { laterAnchors } from '../drift/laterAnchors.js'
import { sentenceCounts } from '../drift/sentenceCounts.js'
import { leftUntranslated, readFamilyCells } from '../drift/leftUntranslated.js'
import { sentencePrefixes } from '../drift/sentencePrefixes.js'
import { closingMarks } from '../drift/closingMarks.js'
import { cutReferences, leastCuts, ownSlots, sentenceCuts, type SentenceCut } from '../drift/sentenceCuts.js'
import type { DriftWeights } from '../drift/weights.js'
import { hubMoves } from '../pivot/hubMoves.js'
import { alignFamily } from '../pivot/alignFamily.js'
import { alignPair } from '../pivot/alignPair.js'
import { buildPivot, firstHub } from '../pivot/buildPivot.js'
import { PIVOT_FIT_THRESHOLD, pivotFit } from '../pivot/pivotFit.js'
import type { AlignmentCache, PivotAlignment } from '../pivot/types.js'
import type { AlignedUnit, AlignmentLevel, Diagnostic, DriftReport, NWayAlignment, PairVerdict, ParsedDocument, Pivot, TranslationFamily } from '../types.js'
import { sentenceUnits, turnUnits } from './alignedUnits.js'
import type { CorpusLexicon } from './pendingLexicons.js'
import { hubPair } from './hubPair.js'
import { originalByForeignText } from './originalByForeignText.js'
import { originalByPath } from './originalByPath.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'
import { fitText, nearestFamily } from '../pivot/familyFit.js'
import { documentInLanguage } from '../detect/languageVariant.js'

/** What the family stage needs besides the family: plain data, so that it can cross a thread boundary. */
export interface FamilySettings {
  /** Unit granularity. */
  level: AlignmentLevel
  /** `consensus`, a document id or language, or a pivot used for every family. */
  pivot: string | Pivot
  /** The source document of each family: a document id or path, or a language. */
  source?: string | undefined
  /** Parallelism threshold. */
  threshold: number
  /** Options of the document aligner (threshold included). */
  align: AlignDocumentsOptions
  /** Drift weights. */
  weights: Partial<DriftWeights> | undefined
  /** How many reasons each drift report lists (default 10). */
  topReasons?: number | undefined
  /** Lexicons of the language pairs, for the sentences of the units (learned on the corpus, on first use, or given). */
  lexicons?: CorpusLexicon[] | undefined
}

/** What one family gives to the dataset. */
export interface FamilyResult {
  /** The family's pivot, unless the family was dropped. */
  pivot: Pivot | undefined
  /** The slot × document table, unless the family was dropped. */
  table: NWayAlignment | undefined
  /** Drift reports of the members. */
  drift: DriftReport[]
  /** Aligned units. */
  units: AlignedUnit[]
  /** Diagnostics, in the order they arose. */
  diagnostics: Diagnostic[]
  /**
   * The family's source document: the one named by the `source` option, else, under a consensus pivot, the one its
   * paths name as the original (see {@link originalByPath}), else the one whose language the others' prose keeps
   * (see {@link originalByForeignText}), else the pivot's document.
   */
  source?: string | undefined
  /** Whether the `source` option named the family's source (its order is then the pivot's, whatever the others say). */
  sourceNamed?: boolean | undefined
  /** Each member's alignment to the pivot, in the table's document order (for the corpus-level content check). */
  alignments?: PivotAlignment[] | undefined
  /**
   * The hub's sentence alignment to each other member (`hubPair`), by member id, at sentence level: the content
   * check derives a moved family's units from them again instead of aligning the pairs anew. Not part of the dataset.
   */
  hubPairs?: Array<[string, DocumentAlignment]> | undefined
  /**
   * Per member (table order), per slot: what the hub's sentence alignment says of a cut (see `sentenceCuts`), `null`
   * where it says nothing (not `undefined`: the result goes through JSON between the steps of the sharded job).
   */
  cuts?: Array<Array<SentenceCut | null>> | undefined
}

/**
 * The member a `source` option names: by id or path, else by language (BCP 47 or ISO 639-3; a variant however its
 * tag is spelled: see `documentInLanguage`).
 * @param members The family's documents.
 * @param source The option.
 */
export function findSource(members: readonly ParsedDocument[], source: string | undefined): ParsedDocument | undefined {
  if (source === undefined) return undefined
  return members.find((d) => d.id === source || d.path === source) ?? documentInLanguage(members, source)
}

/**
 * Where a family's pivot comes from for a `pivot` option given as text: `from` for `buildPivot` (the option, or
 * `consensus` when it names no member) and, by consensus, the member the `source` option names.
 * @param members The family's documents.
 * @param pivotChoice The `pivot` option.
 * @param sourceOption The `source` option.
 */
function pivotOrigin(members: readonly ParsedDocument[], pivotChoice: string, sourceOption: string | undefined): { from: string; source: ParsedDocument | undefined } {
  const from = pivotChoice === 'consensus' || members.some((d) => d.id === pivotChoice) || documentInLanguage(members, pivotChoice) !== undefined ? pivotChoice : 'consensus'
  return { from, source: findSource(members, from === 'consensus' ? sourceOption : undefined) }
}

/**
 * The hub the family stage tries first ({@link buildFamilyWithoutUnits} through `buildPivot`, see `firstHub`), when
 * its pivot is built from the members: every other member is then aligned to it in its direction, pairs a caller can
 * align beforehand, side by side, and hand to the stage in its cache (the same answers, less work on one thread).
 * @param family The family.
 * @param documents Its members, in the family's order.
 * @param settings As for {@link buildFamily}.
 * @param cache As for {@link buildFamily}.
 * @returns The hub's id, or `undefined` when the stage builds no pivot from the members.
 */
export function familyFirstHub(family: TranslationFamily, documents: readonly ParsedDocument[], settings: FamilySettings, cache: AlignmentCache): string | undefined {
  const pivotChoice = settings.pivot
  if (typeof pivotChoice !== 'string' || family.alone) return undefined
  const { from, source } = pivotOrigin(documents, pivotChoice, settings.source)
  return firstHub(documents, { from, hub: source?.id, align: settings.align, cache }).id
}

/**
 * The `not-a-translation` warning of a document alone in its family.
 * @param doc The document's id.
 * @param verdicts Every verdict of the corpus.
 * @param threshold Parallelism threshold.
 * @param leftOut Why the family decision left it out although a verdict called it parallel, when it did.
 * @param families The corpus's families: when given, a warning without `leftOut` names the family that fits the
 *   document best (see `nearestFamily`), the first place to look for what it translates.
 */
export function aloneDiagnostic(doc: string, verdicts: readonly PairVerdict[], threshold: number, leftOut?: string | undefined, families?: readonly TranslationFamily[] | undefined): Diagnostic {
  if (leftOut !== undefined) return { ruleId: 'not-a-translation', source: 'paracorpus:pivot', severity: 'warning', file: doc, reason: `${doc} is left out of every family: ${leftOut}`, url: ruleUrl('not-a-translation') }
  const best = verdicts.filter((v) => v.a === doc || v.b === doc).sort((a, b) => b.score - a.score)[0]
  const nearest = best === undefined || families === undefined ? undefined : nearestFamily(doc, families, verdicts)
  const family = nearest === undefined ? '' : `; the family nearest to it is ${nearest.family}, which fits it at ${fitText(nearest)}`
  const why = best === undefined ? 'it is the only document' : `its best match, ${best.a === doc ? best.b : best.a}, scores ${best.score.toFixed(2)} < ${threshold} (${best.reasons[0] ?? 'no reason given'})${family}`
  return { ruleId: 'not-a-translation', source: 'paracorpus:pivot', severity: 'warning', file: doc, reason: `${doc} is not a translation of any other document: ${why}`, url: ruleUrl('not-a-translation') }
}

/**
 * A family built but for its sentence units: what {@link familyUnits} needs to add them from the hub's sentence
 * alignment to each other member (`hubPair`), which can then be computed anywhere, one member at a time.
 */
export interface FamilyWithoutUnits {
  /** The result, its `units` still empty. */
  result: FamilyResult
  /** The hub's id. */
  hub: string
  /** The members after the pivot's fit check, in table order, by id. */
  members: string[]
}

/**
 * The per-family stage of `buildDataset`: the family's pivot, every member aligned to it, drift reports and
 * aligned units. A pure function of its inputs (the cache only saves work), so families can run in any order
 * or thread. The `not-a-translation` warning of a family alone is not included (see {@link aloneDiagnostic}).
 * @param family The family.
 * @param documents Its members, in the family's order.
 * @param settings Level, pivot choice, threshold, aligner options, drift weights.
 * @param cache Pairwise alignments computed already (filled as new ones are computed).
 */
export function buildFamily(family: TranslationFamily, documents: readonly ParsedDocument[], settings: FamilySettings, cache: AlignmentCache): FamilyResult {
  const built = buildFamilyWithoutUnits(family, documents, settings, cache)
  if (!('hub' in built)) return built
  const byId = new Map(documents.map((d) => [d.id, d] as const))
  const hub = byId.get(built.hub)!
  const hubPairs = new Map<string, DocumentAlignment>()
  for (const id of built.members) if (id !== built.hub) hubPairs.set(id, hubPair(hub, byId.get(id)!, settings.align, cache, settings.lexicons))
  return familyUnits(family, built, hubPairs, documents)
}

/**
 * Add a family's sentence units from the hub's sentence alignment to each other member.
 * @param family The family.
 * @param built What {@link buildFamilyWithoutUnits} gave.
 * @param hubPairs `hubPair(hub, member)` by member id, in member order.
 * @param documents The family's documents (any order).
 * @returns The family's result (`built.result`, its units and hub pairs set).
 */
export function familyUnits(family: TranslationFamily, built: FamilyWithoutUnits, hubPairs: ReadonlyMap<string, DocumentAlignment>, documents: readonly ParsedDocument[]): FamilyResult {
  const { result } = built
  const byId = new Map(documents.map((d) => [d.id, d] as const))
  const members = built.members.map((id) => byId.get(id)!)
  result.units = sentenceUnits(family.id, result.pivot!, byId.get(built.hub)!, members, result.alignments!, hubPairs, result.drift)
  result.hubPairs = [...hubPairs]
  return result
}

/**
 * {@link buildFamily} up to its sentence units: the whole result when there are none to derive from hub pairs
 * (turn level, no hub, a family dropped), else the result without them and what {@link familyUnits} needs.
 * @param family The family.
 * @param documents Its members, in the family's order.
 * @param settings As for {@link buildFamily}.
 * @param cache As for {@link buildFamily}.
 */
export function buildFamilyWithoutUnits(family: TranslationFamily, documents: readonly ParsedDocument[], settings: FamilySettings, cache: AlignmentCache): FamilyResult | FamilyWithoutUnits {
  const { level, align } = settings
  const pivotChoice = settings.pivot
  const diagnostics: Diagnostic[] = []
  const result: FamilyResult = { pivot: undefined, table: undefined, drift: [], units: [], diagnostics }
  if (family.alone && typeof pivotChoice === 'string') return result
  let members = [...documents]
  let pivot: Pivot
  if (typeof pivotChoice === 'string') {
    const { from, source } = pivotOrigin(members, pivotChoice, settings.source)
    if (from !== pivotChoice) diagnostics.push({ ruleId: 'pivot-not-in-family', source: 'paracorpus:pivot', severity: 'info', file: family.id, reason: `--pivot ${pivotChoice} names no document of ${family.id}; used the consensus`, url: ruleUrl('pivot-not-in-family') })
    if (settings.source !== undefined && from === 'consensus' && source === undefined) diagnostics.push({ ruleId: 'source-not-in-family', source: 'paracorpus:pivot', severity: 'info', file: family.id, reason: `--source ${settings.source} names no document of ${family.id}; the pivot is built around the document the others disagree with least`, url: ruleUrl('source-not-in-family') })
    pivot = { ...buildPivot(members, { from, hub: source?.id, align, cache }), id: family.id }
  } else pivot = { ...pivotChoice, id: pivotChoice.id }
  let family_ = alignFamily(family.id, pivot, members, { align, cache })
  if (!members.some((d) => d.id === pivot.document)) {
    // A pivot from outside the family (a file): documents that do not follow it are not forced into it.
    const kept = members.filter((doc, d) => {
      const fit = pivotFit(pivot, family_.alignments[d]!, doc)
      if (fit >= PIVOT_FIT_THRESHOLD) return true
      diagnostics.push({ ruleId: 'not-a-translation-of-pivot', source: 'paracorpus:pivot', severity: 'warning', file: doc.id, reason: `${doc.id} does not follow pivot ${pivot.id}: its fit to the pivot (structure, extra text, anchors) is ${(fit * 100).toFixed(0)}% < ${PIVOT_FIT_THRESHOLD * 100}%; not aligned to it`, url: ruleUrl('not-a-translation-of-pivot') })
      return false
    })
    if (kept.length === 0) return result
    if (kept.length < members.length) {
      members = kept
      family_ = alignFamily(family.id, pivot, members, { align, cache })
    }
  }
  result.pivot = pivot
  const named = typeof pivotChoice === 'string' ? findSource(members, settings.source) : undefined
  if (named !== undefined) result.sourceNamed = true
  // The family's source: named, else, under a consensus pivot, the original its paths or the others' text name
  // (labels only: the pivot stays the consensus), else the pivot's document (`--pivot DOC|LANG` names it).
  const inferred = pivotChoice === 'consensus' ? originalByPath(members) ?? originalByForeignText(members) : undefined
  result.source = named?.id ?? inferred ?? (members.some((d) => d.id === pivot.document) ? pivot.document : undefined)
  const { table } = family_
  // Without a named source, a move most members report is the hub's (see `hubMoves`).
  const perDocument = result.sourceNamed === true ? family_.alignments : [...hubMoves(family_.alignments)]
  result.table = table
  result.alignments = perDocument
  const hubDoc = members.find((d) => d.id === pivot.document)
  const hubIndex = members.findIndex((d) => d.id === pivot.document)
  const cuts = members.map((doc, d) => {
    const references = hubDoc === undefined || perDocument[d]!.method !== 'hub' ? [] : cutReferences(members, perDocument, hubIndex, d)
    const perReference = references.map((r) => sentenceCuts(pivot, members[r]!, doc, alignPair(members[r]!, doc, { align, cache }, true), r === hubIndex ? undefined : ownSlots(perDocument[r]!)))
    return references.length === 0 ? pivot.slots.map(() => null) : leastCuts(perReference).map((cut) => cut ?? null)
  })
  result.cuts = cuts
  const dialogue = familySpeaksInTurns(members)
  const cells = readFamilyCells(members, perDocument)
  const reports = members.map((doc, d) => scoreDrift(pivot, doc, perDocument[d]!, { family: family.id, weights: settings.weights, topReasons: settings.topReasons, dialogue, sentencePrefixes: sentencePrefixes(members, perDocument, d), sentenceCounts: sentenceCounts(members, perDocument, d), sentenceCuts: cuts[d], laterAnchors: laterAnchors(members, perDocument, d), anchorPlaces: anchorPlaces(members, perDocument, d), closingMarks: closingMarks(members, perDocument, d), untranslated: leftUntranslated(members, perDocument, d, cells) }))
  result.drift = reports
  const hub = members.find((d) => d.id === pivot.document)
  if (level === 'sentence' && hub !== undefined) return { result, hub: hub.id, members: members.map((d) => d.id) }
  if (level === 'sentence') diagnostics.push({ ruleId: 'turn-level-only', source: 'paracorpus:pivot', severity: 'info', file: family.id, reason: `${family.id}: the pivot has no document to align sentences through; units are at turn level`, url: ruleUrl('turn-level-only') })
  result.units = turnUnits(family.id, pivot, members, perDocument, reports)
  return result
}
