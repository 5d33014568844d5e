import type { Dataset } from '../types.js'
import { familyLanguages } from './familyLanguages.js'
import { familyTables } from './familyTables.js'
import { fileSafe } from './fileSafe.js'
import { mosesLine } from './mosesLine.js'
import type { OutputFile } from './outputFile.js'
import { unitText } from './unitText.js'

/** The Moses line-aligned files of one family. */
export interface MosesFamily {
  /** Family id. */
  family: string
  /** Language tags, in column order. */
  languages: string[]
  /** One file per language, `<family>.<l1>-<l2>[-…].<lang>` (tags of the name sorted), in column order. */
  files: OutputFile[]
  /** Number of lines in each file. */
  lines: number
  /** Ids of the units left out because some document has no text there. */
  skipped: string[]
}

/**
 * Moses/OPUS line-aligned plain text, per family of two or more documents: one UTF-8, LF-terminated file per
 * language (tags as in `familyLanguages`), named `<family>.<l1>-<l2>[-…].<lang>` with the tags of the name
 * sorted (OPUS: `en-fr`), line *i* of every file being the same aligned unit. Whitespace inside a segment becomes
 * single spaces; units with an empty side are skipped (no empty lines), so all files have equal line counts.
 * @param dataset Dataset from `alignCorpus`.
 */
export function toMoses(dataset: Dataset): MosesFamily[] {
  return familyTables(dataset).map((table) => {
    const languages = familyLanguages(dataset, table.documents)
    const columns: string[][] = languages.map(() => [])
    const skipped: string[] = []
    for (const unit of table.units) {
      const row: string[] = []
      for (const { document } of languages) {
        const text = unitText(unit, document)
        const line = text === null ? '' : mosesLine(text)
        if (line === '') break
        row.push(line)
      }
      if (row.length < languages.length) {
        skipped.push(unit.id)
        continue
      }
      row.forEach((line, i) => columns[i]?.push(line))
    }
    const pair = languages
      .map((l) => fileSafe(l.tag))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .join('-')
    const files = languages.map((l, i) => {
      const lines = columns[i] ?? []
      return { name: `${fileSafe(table.family)}.${pair}.${fileSafe(l.tag)}`, content: lines.map((line) => `${line}\n`).join('') }
    })
    return { family: table.family, languages: languages.map((l) => l.tag), files, lines: columns[0]?.length ?? 0, skipped }
  })
}
