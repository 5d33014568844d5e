import type { Dataset } from '../types.js'
import { resolveExportOptions, type ExportOptions } from './exportOptions.js'
import { familyLanguages } from './familyLanguages.js'
import { familyTables } from './familyTables.js'
import { fileSafe } from './fileSafe.js'
import { mergeSharedSpans } from './mergeSharedSpans.js'
import { mosesLine } from './mosesLine.js'
import { spanTexts } from './spanTexts.js'
import type { UnitMeta } from './unitMeta.js'
import { checkOptions } from '../errors/checkArgument.js'
import { DATASET_SHAPE, checkShape } from '../errors/checkShape.js'

/** One line of an N-way Hugging Face `translation` JSONL file. */
export interface NwayJsonlRecord {
  /** Text per language tag, every document of the family (a `datasets` `Translation` feature). */
  translation: Record<string, string>
  /** Where the unit comes from and how good it is. */
  meta: UnitMeta
}

/** The N-way JSONL file of one family. */
export interface NwayJsonlFile {
  /** Family id. */
  family: string
  /** File name: `<family>.jsonl`. */
  name: string
  /** Language tags used as `translation` keys, in column order. */
  languages: string[]
  /** One JSON record per line, each line ending in `\n`. */
  content: string
  /** Number of lines. */
  units: number
  /** Ids of the (first) units left out because some document has no text there. */
  skipped: string[]
  /** Ids of the (first) units left out because a cell's confidence is below `minConfidence`. */
  belowConfidence: string[]
}

/**
 * N-way Hugging Face `translation` JSONL, one file per family of two or more documents: one unit per line with
 * the text of every document, `{"translation": {"km": "…", "kk": "…", "en": "…"}, "meta": {…}}`. `datasets`
 * wants the same languages on every line, so a unit is kept only when every document has text (pairwise files,
 * `toJsonl`, keep far more). Units sharing a sentence of any document are merged first, so no span fills two
 * lines; a unit whose lowest cell confidence is below `minConfidence` is left out.
 * @param dataset Dataset from `alignCorpus`.
 * @param options The lowest confidence kept (`pairs` does not apply).
 * @throws {UsageError} `INVALID_OPTION` on a bad option.
 */
export function toNwayJsonl(dataset: Dataset, options: ExportOptions = {}): NwayJsonlFile[] {
  checkShape(dataset, 'dataset', 'a dataset from `alignCorpus`', DATASET_SHAPE)
  checkOptions(options)
  const { minConfidence } = resolveExportOptions(options)
  return familyTables(dataset).map((table) => {
    const languages = familyLanguages(dataset, table.documents)
    const level = table.units[0]?.level ?? dataset.options.level
    const lines: string[] = []
    const skipped: string[] = []
    const belowConfidence: string[] = []
    for (const merged of mergeSharedSpans(table.units, table.documents, spanTexts(dataset, table.documents, level))) {
      const first = merged.units[0]!
      const record: NwayJsonlRecord = {
        translation: {},
        meta: { id: first.id, units: merged.units.map((u) => u.id), family: table.family, slot: first.slot, level, role: first.role, confidence: 1, confidences: {}, drift: {}, documents: {} },
      }
      for (const { document, tag } of languages) {
        const text = merged.texts[document] ?? null
        if (text === null || mosesLine(text) === '') break
        record.translation[tag] = text
        record.meta.confidences[tag] = merged.confidences[document] ?? 0
        record.meta.drift[tag] = merged.drift[document] ?? 0
        record.meta.documents[tag] = document
      }
      if (Object.keys(record.translation).length < languages.length) {
        skipped.push(first.id)
        continue
      }
      record.meta.confidence = Math.min(...Object.values(record.meta.confidences))
      if (record.meta.confidence < minConfidence) {
        belowConfidence.push(first.id)
        continue
      }
      lines.push(`${JSON.stringify(record)}\n`)
    }
    return { family: table.family, name: `${fileSafe(table.family)}.jsonl`, languages: languages.map((l) => l.tag), content: lines.join(''), units: lines.length, skipped, belowConfidence }
  })
}
