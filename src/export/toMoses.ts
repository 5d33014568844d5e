import type { Dataset } from '../types.js'
import type { ExportOptions } from './exportOptions.js'
import { familyPairs } from './familyPairs.js'
import { fileSafe } from './fileSafe.js'
import { mosesLine } from './mosesLine.js'
import type { OutputFile } from './outputFile.js'
import { checkOptions } from '../errors/checkArgument.js'
import { DATASET_SHAPE, checkShape } from '../errors/checkShape.js'

/** The Moses line-aligned files of one pair of documents of a family. */
export interface MosesPair {
  /** Family id. */
  family: string
  /** The two language tags, sorted. */
  languages: [string, string]
  /** Two files, `<family>.<l1>-<l2>.<l1>` and `<family>.<l1>-<l2>.<l2>`, in that order. */
  files: [OutputFile, OutputFile]
  /** Number of lines in each file. */
  lines: number
  /** Units left out because one side has no text. */
  gaps: number
  /** Units left out because their confidence is below `minConfidence`. */
  belowConfidence: number
}

/**
 * Moses/OPUS line-aligned plain text, one pair of UTF-8, LF-terminated files per pair of documents of a family
 * (the source against each other document by default; see `familyPairs`), named as OPUS does:
 * `<family>.<l1>-<l2>.<l1>` and `.<l2>`, tags sorted (`family-1.en-km.en`). Line *i* of both files is the same
 * unit, and line *i* of the pair's JSONL file. Whitespace inside a segment becomes single spaces; a unit with an
 * empty side is left out, so there are no empty lines and both files have the same number of lines.
 * @param dataset Dataset from `alignCorpus`.
 * @param options Pairs to write and the lowest confidence kept.
 * @throws {UsageError} `INVALID_OPTION` on a bad option.
 */
export function toMoses(dataset: Dataset, options: ExportOptions = {}): MosesPair[] {
  checkShape(dataset, 'dataset', 'a dataset from `alignCorpus`', DATASET_SHAPE)
  checkOptions(options)
  return familyPairs(dataset, options).map((pair) => {
    const files = pair.languages.map((language) => ({
      name: `${pair.stem}.${fileSafe(language.tag)}`,
      content: pair.units.map((unit) => `${mosesLine(unit.texts[language.document] ?? '')}\n`).join(''),
    })) as [OutputFile, OutputFile]
    return {
      family: pair.family,
      languages: [pair.languages[0].tag, pair.languages[1].tag],
      files,
      lines: pair.units.length,
      gaps: pair.gaps,
      belowConfidence: pair.belowConfidence,
    }
  })
}
