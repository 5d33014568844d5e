import type { AlignmentLevel, Dataset, SegmentRole } from '../types.js'
import { resolveExportOptions, type ExportOptions } from './exportOptions.js'
import { familyLanguages, type FamilyLanguage } from './familyLanguages.js'
import { familySource } from './familySource.js'
import { familyTables } from './familyTables.js'
import { fileSafe } from './fileSafe.js'
import { mergeSharedSpans } from './mergeSharedSpans.js'
import { mosesLine } from './mosesLine.js'
import { spanTexts } from './spanTexts.js'
import { checkOptions } from '../errors/checkArgument.js'
import { DATASET_SHAPE, checkShape } from '../errors/checkShape.js'
import { round4 } from '../util/stats.js'

/** One aligned unit of a language pair: both documents have text. */
export interface PairUnit {
  /** Id of the first N-way unit it comes from (unique in the pair). */
  id: string
  /** Ids of the N-way units it comes from: several when one document merged what the pivot splits. */
  units: string[]
  /** Pivot slot of the first unit. */
  slot: string
  /** Role of that slot. */
  role: SegmentRole
  /** Text of each of the two documents (by id). */
  texts: Record<string, string>
  /** Confidence of each of the two documents' cells, in [0, 1]. */
  confidences: Record<string, number>
  /** Confidence of the pair: the product of its two cells' confidences, in [0, 1]. */
  confidence: number
  /** Drift of each of the two documents on the unit's slots (the highest), in [0, 1]. */
  drift: Record<string, number>
}

/** The aligned units of one pair of documents of a family. */
export interface FamilyPair {
  /** Family id. */
  family: string
  /** Granularity of the units. */
  level: AlignmentLevel
  /** The two documents with their language tags, sorted by tag (OPUS order: `en-fr`). */
  languages: [FamilyLanguage, FamilyLanguage]
  /** The family's source document when it is one of the two, else `undefined`. */
  source: string | undefined
  /** File stem `<family>.<l1>-<l2>` (file-safe tags, sorted). */
  stem: string
  /** Units kept, in order. */
  units: PairUnit[]
  /** Units left out because one of the two documents has no text there. */
  gaps: number
  /** Units left out because their confidence is below `minConfidence`. */
  belowConfidence: number
}

function byTag(a: FamilyLanguage, b: FamilyLanguage): number {
  return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0
}

/** The pairs of a family's columns to write: the source against every other document, or every two documents. */
function choosePairs(languages: readonly FamilyLanguage[], source: string | undefined, all: boolean): Array<[FamilyLanguage, FamilyLanguage]> {
  const pairs: Array<[FamilyLanguage, FamilyLanguage]> = []
  const hub = languages.find((l) => l.document === source)
  languages.forEach((a, i) => {
    if (!all && hub !== undefined) {
      if (a !== hub) pairs.push([hub, a].sort(byTag) as [FamilyLanguage, FamilyLanguage])
      return
    }
    for (const b of languages.slice(i + 1)) pairs.push([a, b].sort(byTag) as [FamilyLanguage, FamilyLanguage])
  })
  return pairs
}

/**
 * Pairwise units of every family of two or more documents, from the N-way table: for each pair of documents
 * (the family's source against each other document by default, every two documents with `pairs: 'all'`), a unit
 * is kept when both documents have text there, whatever the other documents have. Units sharing a sentence (or
 * segment) of either document are merged first, so no span appears in two units of a pair. A pair's confidence
 * is the product of its two cells' confidences; units below `minConfidence` are counted and left out.
 * "Has text" is judged on the Moses form of the text (whitespace collapsed, control characters dropped), so
 * the JSONL, TMX and Moses files of a pair hold the same units in the same order.
 * @param dataset Dataset from `alignCorpus`.
 * @param options Pairs to write and the lowest confidence kept.
 * @throws {UsageError} `INVALID_OPTION` on a bad option.
 */
export function familyPairs(dataset: Dataset, options: ExportOptions = {}): FamilyPair[] {
  checkShape(dataset, 'dataset', 'a dataset from `alignCorpus`', DATASET_SHAPE)
  checkOptions(options)
  const { pairs: selection, minConfidence } = resolveExportOptions(options)
  const out: FamilyPair[] = []
  for (const table of familyTables(dataset)) {
    const languages = familyLanguages(dataset, table.documents)
    const source = familySource(dataset, table.family)
    const level = table.units[0]?.level ?? dataset.options.level
    const spanText = spanTexts(dataset, table.documents, level)
    for (const [left, right] of choosePairs(languages, source, selection === 'all')) {
      const ids = [left.document, right.document]
      const pair: FamilyPair = {
        family: table.family,
        level,
        languages: [left, right],
        source: ids.includes(source ?? '') ? source : undefined,
        stem: `${fileSafe(table.family)}.${fileSafe(left.tag)}-${fileSafe(right.tag)}`,
        units: [],
        gaps: 0,
        belowConfidence: 0,
      }
      for (const merged of mergeSharedSpans(table.units, ids, spanText)) {
        const texts = ids.map((id) => merged.texts[id] ?? null)
        if (texts.some((t) => t === null || mosesLine(t) === '')) {
          if (texts.some((t) => t !== null)) pair.gaps++
          continue
        }
        const confidence = round4(ids.reduce((p, id) => p * (merged.confidences[id] ?? 0), 1))
        if (confidence < minConfidence) {
          pair.belowConfidence++
          continue
        }
        const first = merged.units[0]!
        pair.units.push({
          id: first.id,
          units: merged.units.map((u) => u.id),
          slot: first.slot,
          role: first.role,
          texts: Object.fromEntries(ids.map((id, k) => [id, texts[k]!])),
          confidences: Object.fromEntries(ids.map((id) => [id, merged.confidences[id] ?? 0])),
          confidence,
          drift: Object.fromEntries(ids.map((id) => [id, merged.drift[id] ?? 0])),
        })
      }
      out.push(pair)
    }
  }
  return out
}
