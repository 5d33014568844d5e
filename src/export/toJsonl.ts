import type { Dataset } from '../types.js'
import type { ExportOptions } from './exportOptions.js'
import { familyPairs } from './familyPairs.js'
import type { UnitMeta } from './unitMeta.js'
import { checkOptions } from '../errors/checkArgument.js'
import { DATASET_SHAPE, checkShape } from '../errors/checkShape.js'

/** One line of a pairwise Hugging Face `translation` JSONL file. */
export interface JsonlRecord {
  /** Text of the two languages, by tag (a `datasets` `Translation` feature). */
  translation: Record<string, string>
  /** Where the unit comes from and how good it is, and the tag of the family's source when it is one of the two. */
  meta: UnitMeta & { source: string | null }
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
  checkShape(dataset, 'dataset', 'a dataset from `alignCorpus`', DATASET_SHAPE)
  checkOptions(options)
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
