import type { Diagnostic, ParsedDocument } from '../types.js'
import { DOCUMENT_SHAPE, checkShapeArray } from '../errors/checkShape.js'
import { toBcp47 } from './languageCodes.js'

/** Documents of one language in a corpus. */
export interface LanguageCount {
  /** ISO 639-3 code (`und` for undetermined documents). */
  iso6393: string
  /** BCP 47 tag: the documents' own when they all write one (`zh-TW`), else the language's (`zh`). */
  bcp47: string
  /** Ids of the documents in this language, in input order. */
  documents: string[]
}

/** Languages found in a corpus. */
export interface LanguageSummary {
  /** Documents looked at. */
  documents: number
  /** One entry per language, most documents first (ties by code). */
  languages: LanguageCount[]
  /** Ids of documents without a detected language (not run through detection, or `und`). */
  undetermined: string[]
  /** `paracorpus:detect` diagnostics of the documents (low-confidence languages). */
  warnings: Diagnostic[]
}

/**
 * Summarise the languages of detected documents: which languages, how many documents each, and the
 * detection warnings.
 * @param docs Documents returned by `detectDocument`.
 * @returns The summary.
 */
export function summarizeLanguages(docs: readonly ParsedDocument[]): LanguageSummary {
  checkShapeArray(docs, 'docs', 'a parsed document', DOCUMENT_SHAPE)
  const byCode = new Map<string, LanguageCount>()
  const undetermined: string[] = []
  const warnings: Diagnostic[] = []
  for (const doc of docs) {
    const language = doc.language
    if (language === undefined || language.iso6393 === 'und') undetermined.push(doc.id)
    const code = language?.iso6393 ?? 'und'
    const entry = byCode.get(code) ?? { iso6393: code, bcp47: language?.bcp47 ?? 'und', documents: [] }
    // Variants of one language (`zh-CN`, `zh-TW`) are counted together under the language's own tag.
    if (entry.documents.length > 0 && entry.bcp47 !== (language?.bcp47 ?? 'und')) entry.bcp47 = toBcp47(code)
    entry.documents.push(doc.id)
    byCode.set(code, entry)
    for (const d of doc.diagnostics) if (d.source === 'paracorpus:detect') warnings.push(d)
  }
  const languages = [...byCode.values()].sort(
    (a, b) => b.documents.length - a.documents.length || (a.iso6393 < b.iso6393 ? -1 : 1),
  )
  return { documents: docs.length, languages, undetermined, warnings }
}
