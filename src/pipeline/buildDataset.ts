import { DEFAULT_PARALLEL_THRESHOLD } from '../align/document/assessParallelism.js'
import type { AlignDocumentsOptions, DocumentAlignment } from '../align/types.js'
import { summarizeLanguages } from '../detect/summarizeLanguages.js'
import { scoreDrift } from '../drift/scoreDrift.js'
import type { DriftWeights } from '../drift/weights.js'
import { alignFamily } from '../pivot/alignFamily.js'
import { alignPair } from '../pivot/alignPair.js'
import { buildPivot } from '../pivot/buildPivot.js'
import { findFamilies } from '../pivot/findFamilies.js'
import { PIVOT_FIT_THRESHOLD, pivotFit } from '../pivot/pivotFit.js'
import type { AlignmentCache } from '../pivot/types.js'
import type { AlignmentLevel, Dataset, DatasetDocument, Diagnostic, DriftReport, ParsedDocument, Pivot } from '../types.js'
import { VERSION } from '../version.js'
import { sentenceUnits, turnUnits } from './alignedUnits.js'
import { judgePairs } from './judgePairs.js'

/** A progress event of the alignment job. */
export interface ProgressEvent {
  /** Stage name: `load`, `pairs`, `families`. */
  stage: string
  /** Units of work done in the stage. */
  done: number
  /** Units of work in the stage. */
  total: number
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
  /** Parallelism threshold for families (default: the aligner's, 0.5). */
  parallelThreshold?: number | undefined
  /** Options of the document aligner. */
  align?: AlignDocumentsOptions | undefined
  /** Drift weights (default: `DEFAULT_DRIFT_WEIGHTS`). */
  weights?: Partial<DriftWeights> | undefined
  /** Corpus-level diagnostics to carry into the dataset (e.g. from loading). */
  diagnostics?: Diagnostic[] | undefined
  /** Progress callback. */
  onProgress?: ((event: ProgressEvent) => void) | undefined
}

function datasetDocument(doc: ParsedDocument): DatasetDocument {
  const { text, ...rest } = doc
  return { ...rest, characters: text.length }
}

/**
 * Build the whole dataset from parsed documents: pairwise parallelism verdicts, translation families, one pivot
 * per family, every member aligned to it, drift reports and aligned units. Deterministic: the same documents and
 * options give the same dataset.
 */
export function buildDataset(documents: readonly ParsedDocument[], options: BuildDatasetOptions = {}): Dataset {
  const level = options.level ?? 'sentence'
  const threshold = options.parallelThreshold ?? DEFAULT_PARALLEL_THRESHOLD
  const align: AlignDocumentsOptions = { ...options.align, threshold }
  const cache: AlignmentCache = new Map()
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1))
  const diagnostics: Diagnostic[] = [...(options.diagnostics ?? [])]
  const verdicts = judgePairs(sorted, { align, cache, onPair: (done, total) => options.onProgress?.({ stage: 'pairs', done, total }) })
  const families = findFamilies(sorted.map((d) => d.id), verdicts)
  const pivotChoice = options.pivot ?? 'consensus'
  const pivots: Pivot[] = []
  const alignments: Dataset['alignments'] = []
  const drift: DriftReport[] = []
  const units: Dataset['units'] = []
  families.forEach((family, f) => {
    options.onProgress?.({ stage: 'families', done: f, total: families.length })
    let members = family.documents.map((id) => sorted.find((d) => d.id === id)!)
    if (family.alone) {
      const doc = members[0]!
      const best = verdicts.filter((v) => v.a === doc.id || v.b === doc.id).sort((a, b) => b.score - a.score)[0]
      const why = best === undefined ? 'it is the only document' : `its best match, ${best.a === doc.id ? best.b : best.a}, scores ${best.score.toFixed(2)} < ${threshold} (${best.reasons[0] ?? 'no reason given'})`
      diagnostics.push({ ruleId: 'not-a-translation', source: 'paracorpus:pivot', severity: 'warning', file: doc.id, reason: `${doc.id} is not a translation of any other document: ${why}` })
      if (typeof pivotChoice === 'string') return
    }
    let pivot: Pivot
    if (typeof pivotChoice === 'string') {
      const from = pivotChoice === 'consensus' || members.some((d) => d.id === pivotChoice || d.language?.bcp47 === pivotChoice || d.language?.iso6393 === pivotChoice) ? pivotChoice : 'consensus'
      if (from !== pivotChoice) diagnostics.push({ ruleId: 'pivot-not-in-family', source: 'paracorpus:pivot', severity: 'info', file: family.id, reason: `--pivot ${pivotChoice} names no document of ${family.id}; used the consensus` })
      pivot = { ...buildPivot(members, { from, align, cache }), id: family.id }
    } else pivot = { ...pivotChoice, id: pivotChoice.id }
    let family_ = alignFamily(family.id, pivot, members, { align, cache })
    if (!members.some((d) => d.id === pivot.document)) {
      // A pivot from outside the family (a file): documents that do not follow it are not forced into it.
      const kept = members.filter((doc, d) => {
        const fit = pivotFit(pivot, family_.alignments[d]!, doc)
        if (fit >= PIVOT_FIT_THRESHOLD) return true
        diagnostics.push({ ruleId: 'not-a-translation-of-pivot', source: 'paracorpus:pivot', severity: 'warning', file: doc.id, reason: `${doc.id} does not follow pivot ${pivot.id}: its fit to the pivot (structure, extra text, anchors) is ${(fit * 100).toFixed(0)}% < ${PIVOT_FIT_THRESHOLD * 100}%; not aligned to it` })
        return false
      })
      if (kept.length === 0) return
      if (kept.length < members.length) {
        members = kept
        family_ = alignFamily(family.id, pivot, members, { align, cache })
      }
    }
    pivots.push(pivot)
    const { table, alignments: perDocument } = family_
    alignments.push(table)
    const reports = members.map((doc, d) => scoreDrift(pivot, doc, perDocument[d]!, { family: family.id, weights: options.weights }))
    drift.push(...reports)
    const hub = members.find((d) => d.id === pivot.document)
    if (level === 'sentence' && hub !== undefined) {
      const hubPairs = new Map<string, DocumentAlignment>()
      for (const doc of members) if (doc !== hub) hubPairs.set(doc.id, alignPair(hub, doc, { align, cache }, true))
      units.push(...sentenceUnits(family.id, pivot, hub, members, perDocument, hubPairs, reports))
    } else {
      if (level === 'sentence') diagnostics.push({ ruleId: 'turn-level-only', source: 'paracorpus:pivot', severity: 'info', file: family.id, reason: `${family.id}: the pivot has no document to align sentences through; units are at turn level` })
      units.push(...turnUnits(family.id, pivot, members, perDocument, reports))
    }
  })
  options.onProgress?.({ stage: 'families', done: families.length, total: families.length })
  const summary = summarizeLanguages(sorted)
  return {
    tool: { name: 'paracorpus', version: VERSION },
    options: { level, pivot: typeof pivotChoice === 'string' ? pivotChoice : pivotChoice.id, parallelThreshold: threshold },
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
