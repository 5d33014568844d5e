/**
 * Where a fault of `eval-drift-docs` lands in a family's table: the slots whose cells hold the text the fault changed.
 */
import type { Dataset } from '../../src/types.js'

/** Whitespace collapsed, for finding a probe in a segment's text. */
export const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim()

/**
 * Slots of a family's table whose cell of a document holds a segment with one of the probes; with `lendCode`, also
 * the slot of the paragraph a code segment holding a probe is lent to.
 * @param dataset The aligned corpus.
 * @param family The family's id.
 * @param doc The document's id.
 * @param probes Texts of the fault (in the original or the copy).
 * @param lendCode Whether the fault is in code or links (`code-removed`, `url-changed`), which the parser lends to a
 * paragraph.
 * @returns The slots' ids.
 */
export function slotsOf(dataset: Dataset, family: string, doc: string, probes: readonly string[], lendCode: boolean): Set<string> {
  const parsed = dataset.documents.find((d) => d.id === doc)
  const table = dataset.alignments.find((a) => a.family === family)
  const out = new Set<string>()
  if (parsed === undefined || table === undefined) return out
  const segments = new Set(parsed.segments.filter((s) => probes.some((p) => p !== '' && flat(s.text).includes(flat(p)))).map((s) => s.id))
  // A code segment fills no slot: its code and links are anchors of the paragraph it is lent to (the nearest one
  // before it, else the first), as the parser lends them (src/parse/codeAnchors.ts). Only a fault in that code or
  // those links is found there; a probe of another fault that a code block happens to hold names no slot.
  const content = (s: { role: string }): boolean => s.role !== 'code' && s.role !== 'boilerplate'
  parsed.segments.forEach((s, k) => {
    if (!lendCode || s.role !== 'code' || !segments.has(s.id)) return
    const host = parsed.segments.slice(0, k).reverse().find(content) ?? parsed.segments.find(content)
    if (host !== undefined) segments.add(host.id)
  })
  for (const row of table.rows) if (row.cells[doc]?.segments.some((s) => segments.has(s)) === true) out.add(row.slot)
  return out
}


/**
 * Slots of a family's table whose cell of a document holds a segment linking to `url` (its link target as written):
 * where a changed link is, however little text a reader sees of it (a badge, an image link) and wherever the parser
 * lent it (the links of a language switcher or a row of badges belong to a paragraph: see `lendCodeAnchors`).
 * @param dataset The aligned corpus.
 * @param family The family's id.
 * @param doc The document's id.
 * @param url A link target as the document writes it.
 * @returns The slots' ids.
 */
export function linkSlots(dataset: Dataset, family: string, doc: string, url: string): Set<string> {
  const parsed = dataset.documents.find((d) => d.id === doc)
  const table = dataset.alignments.find((a) => a.family === family)
  const out = new Set<string>()
  if (parsed === undefined || table === undefined) return out
  const segments = new Set(parsed.segments.filter((s) => (s.anchors ?? []).some((a) => a.kind === 'url' && a.text.trim() === url)).map((s) => s.id))
  for (const row of table.rows) if (row.cells[doc]?.segments.some((s) => segments.has(s)) === true) out.add(row.slot)
  return out
}
