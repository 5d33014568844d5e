import type { AlignmentLevel, Dataset, SegmentRole } from '../types.js'
import { familyLanguages } from './familyLanguages.js'
import { familyTables } from './familyTables.js'
import { fileSafe } from './fileSafe.js'
import { unitText } from './unitText.js'

/** One line of a Hugging Face `translation` JSONL file. */
export interface JsonlRecord {
  /** Text per language tag (a `datasets` `Translation` feature). */
  translation: Record<string, string>
  /** Where the unit comes from and how good it is. */
  meta: {
    /** Unit id. */
    id: string
    /** Family id. */
    family: string
    /** Pivot slot id. */
    slot: string
    /** Granularity. */
    level: AlignmentLevel
    /** Role of the slot. */
    role: SegmentRole
    /** Alignment confidence in [0, 1]. */
    confidence: number
    /** Drift of each language's document on the slot, in [0, 1]. */
    drift: Record<string, number>
    /** Document id behind each language tag. */
    documents: Record<string, string>
  }
}

/** The JSONL file of one family. */
export interface JsonlFile {
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
  /** Ids of the units left out because some document has a gap there. */
  skipped: string[]
}

/**
 * Hugging Face `translation` JSONL, one file per family of two or more documents: one aligned unit per line,
 * `{"translation": {"km": "…", "kk": "…"}, "meta": {…}}`. Keys are BCP 47 tags made unique in the family
 * (see `familyLanguages`). `datasets` wants the same languages on every line, so units with a gap in any
 * document are skipped and listed in `skipped`.
 * @param dataset Dataset from `alignCorpus`.
 */
export function toJsonl(dataset: Dataset): JsonlFile[] {
  return familyTables(dataset).map((table) => {
    const languages = familyLanguages(dataset, table.documents)
    const lines: string[] = []
    const skipped: string[] = []
    for (const unit of table.units) {
      const translation: Record<string, string> = {}
      const drift: Record<string, number> = {}
      const documents: Record<string, string> = {}
      let gap = false
      for (const { document, tag } of languages) {
        const text = unitText(unit, document)
        if (text === null) {
          gap = true
          break
        }
        translation[tag] = text
        const score = unit.drift[document]
        if (score !== undefined) drift[tag] = score
        documents[tag] = document
      }
      if (gap) {
        skipped.push(unit.id)
        continue
      }
      const record: JsonlRecord = {
        translation,
        meta: { id: unit.id, family: unit.family, slot: unit.slot, level: unit.level, role: unit.role, confidence: unit.confidence, drift, documents },
      }
      lines.push(`${JSON.stringify(record)}\n`)
    }
    return {
      family: table.family,
      name: `${fileSafe(table.family)}.jsonl`,
      languages: languages.map((l) => l.tag),
      content: lines.join(''),
      units: lines.length,
      skipped,
    }
  })
}
