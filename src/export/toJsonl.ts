import type { AlignmentLevel, Dataset, SegmentRole } from '../types.js'
import type { ExportOptions } from './exportOptions.js'
import { familyPairs } from './familyPairs.js'

/** One line of a pairwise Hugging Face `translation` JSONL file. */
export interface JsonlRecord {
  /** Text of the two languages, by tag (a `datasets` `Translation` feature). */
  translation: Record<string, string>
  /** Where the unit comes from and how good it is. */
  meta: {
    /** Id of the first aligned unit it comes from. */
    id: string
    /** Ids of the aligned units it comes from (several when one side merged what the pivot splits). */
    units: string[]
    /** Family id. */
    family: string
    /** Pivot slot of the first unit. */
    slot: string
    /** Granularity. */
    level: AlignmentLevel
    /** Role of the slot. */
    role: SegmentRole
    /** Tag of the family's source document when it is one of the two, else `null`. */
    source: string | null
    /** Confidence of the pair in [0, 1]: the product of its two cells' confidences. */
    confidence: number
    /** Confidence of each language's cell, in [0, 1]. */
    confidences: Record<string, number>
    /** Drift of each language's document on the unit's slot, in [0, 1]. */
    drift: Record<string, number>
    /** Document id behind each language tag. */
    documents: Record<string, string>
  }
}

/** The pairwise JSONL file of one pair of documents of a family. */
export interface JsonlFile {
  /** Family id. */
  family: string
  /** File name: `<family>.<l1>-<l2>.jsonl`. */
  name: string
  /** The two language tags, sorted. */
  languages: [string, string]
  /** Tag of the family's source document when it is one of the two, else `null`. */
  source: string | null
  /** One JSON record per line, each line ending in `\n`. */
  content: string
  /** Number of lines. */
  units: number
  /** Units left out because one side has no text. */
  gaps: number
  /** Units left out because their confidence is below `minConfidence`. */
  belowConfidence: number
}

/**
 * Hugging Face `translation` JSONL, one file per pair of documents of a family (the source against each other
 * document by default; see `familyPairs`): one unit per line,
 * `{"translation": {"en": "…", "km": "…"}, "meta": {…, "confidence", "confidences", …}}`, every line with the
 * same two languages and the same `meta` keys. Line *i* is line *i* of the pair's Moses files and `<tu>` *i* of
 * its TMX file.
 * @param dataset Dataset from `alignCorpus`.
 * @param options Pairs to write and the lowest confidence kept.
 * @throws {UsageError} `INVALID_OPTION` on a bad option.
 */
export function toJsonl(dataset: Dataset, options: ExportOptions = {}): JsonlFile[] {
  return familyPairs(dataset, options).map((pair) => {
    const [left, right] = pair.languages
    const source = pair.languages.find((l) => l.document === pair.source)?.tag ?? null
    const lines = pair.units.map((unit) => {
      const record: JsonlRecord = {
        translation: { [left.tag]: unit.texts[left.document]!, [right.tag]: unit.texts[right.document]! },
        meta: {
          id: unit.id,
          units: unit.units,
          family: pair.family,
          slot: unit.slot,
          level: pair.level,
          role: unit.role,
          source,
          confidence: unit.confidence,
          confidences: { [left.tag]: unit.confidences[left.document]!, [right.tag]: unit.confidences[right.document]! },
          drift: { [left.tag]: unit.drift[left.document]!, [right.tag]: unit.drift[right.document]! },
          documents: { [left.tag]: left.document, [right.tag]: right.document },
        },
      }
      return `${JSON.stringify(record)}\n`
    })
    return {
      family: pair.family,
      name: `${pair.stem}.jsonl`,
      languages: [left.tag, right.tag],
      source,
      content: lines.join(''),
      units: lines.length,
      gaps: pair.gaps,
      belowConfidence: pair.belowConfidence,
    }
  })
}
