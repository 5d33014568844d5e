/**
 * The words of each member's cell, per slot, for the content check: a cell counts only when it is the member's
 * own (its segments fill no other slot), so a merge or a gap is judged by structure, not by content.
 */
import { tokenizeWords } from '../align/lexical/tokenizeWords.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { ParsedDocument, Pivot } from '../types.js'
import { languageVariant } from '../detect/languageVariant.js'

/** Distinct words kept per cell: enough for a long paragraph, bounded for a hostile one. */
const MAX_WORDS_PER_CELL = 400

/** One family's cells as sorted word ids, per member and slot. */
export interface FamilyWords {
  /** Family id. */
  family: string
  /** The pivot's slot ids, in order. */
  slots: string[]
  /** Member ids, in the family's order. */
  documents: string[]
  /** Language variant of each member (`languageVariant`: `ja` and `ja-JP` are one, `zh-TW` apart from `zh`; `undefined` when unknown: such a member is not checked). */
  languages: Array<string | undefined>
  /** `[member][slot]`: sorted distinct word ids of the cell, or `undefined` when the cell is not the member's own. */
  words: Array<Array<Int32Array | undefined>>
}

/** One vocabulary per language, shared by every family of a corpus, so that word ids match across families. */
export class Vocabularies {
  private readonly byLanguage = new Map<string, Map<string, number>>()
  private readonly words = new Map<string, string[]>()
  // The same cell and segment texts are encoded several times (cells, the refit, a moved family's cells again).
  private readonly encoded = new Map<string, Map<string, Int32Array>>()

  /**
   * The word with an id.
   * @param language Language tag.
   * @param id Word id.
   */
  word(language: string, id: number): string | undefined {
    return this.words.get(language)?.[id]
  }

  /**
   * Sorted distinct word ids of a text in a language.
   * @param language Language tag.
   * @param text Any text.
   */
  encode(language: string, text: string): Int32Array {
    let memo = this.encoded.get(language)
    if (memo === undefined) this.encoded.set(language, (memo = new Map()))
    let known = memo.get(text)
    if (known === undefined) memo.set(text, (known = this.encodeNew(language, text)))
    return known
  }

  private encodeNew(language: string, text: string): Int32Array {
    let ids = this.byLanguage.get(language)
    if (ids === undefined) this.byLanguage.set(language, (ids = new Map()))
    let list = this.words.get(language)
    if (list === undefined) this.words.set(language, (list = []))
    const words = tokenizeWords(text, MAX_WORDS_PER_CELL)
    const out = new Int32Array(words.length)
    words.forEach((w, k) => {
      let id = ids.get(w)
      if (id === undefined) {
        ids.set(w, (id = ids.size))
        list.push(w)
      }
      out[k] = id
    })
    return out.sort()
  }
}

/**
 * The words of every member's own cells.
 * @param family Family id.
 * @param pivot The family's pivot.
 * @param members The members, in the order of `alignments`.
 * @param alignments Each member's alignment to the pivot.
 * @param vocabularies The corpus's vocabularies (extended with new words).
 */
export function familyWords(family: string, pivot: Pivot, members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], vocabularies: Vocabularies): FamilyWords {
  const words = members.map((doc, d) => {
    const language = languageVariant(doc.language) ?? doc.language?.bcp47
    const alignment = alignments[d]
    const slotsOf = new Map<string, number>()
    for (const cell of alignment?.cells ?? []) for (const id of cell?.segments ?? []) slotsOf.set(id, (slotsOf.get(id) ?? 0) + 1)
    const byId = new Map(doc.segments.map((s) => [s.id, s] as const))
    return pivot.slots.map((_, i) => {
      const cell = alignment?.cells[i]
      if (language === undefined || cell === null || cell === undefined || cell.segments.length === 0) return undefined
      if (cell.segments.some((id) => slotsOf.get(id) !== 1)) return undefined
      const text = cell.segments.map((id) => byId.get(id)?.text ?? '').join('\n')
      return vocabularies.encode(language, text)
    })
  })
  return { family, slots: pivot.slots.map((s) => s.id), documents: members.map((d) => d.id), languages: members.map((d) => languageVariant(d.language) ?? d.language?.bcp47), words }
}
