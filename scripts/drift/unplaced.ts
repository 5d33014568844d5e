/**
 * Why a fault of `eval-drift-docs` lands on no slot of its family's table: the kind of the Markdown blocks the fault
 * concerns (the harness's own reading, `markdownBlocks`) and what the parser and aligner made of their text.
 */
import type { Dataset } from '../../src/types.js'
import { flat } from './faultSlots.js'
import { linesOf, markdownBlocks, visibleText, type BlockKind } from './markdownBlocks.js'

/**
 * What became of a fault's text, in the first of the documents (original, then copy) where it got furthest:
 * `no family` (neither document is in the family), `in no segment` (the parser's segments do not hold it),
 * `code segment` / `boilerplate segment` (held only by segments of those roles, which fill no slot), `segment in no
 * slot` (held by a content segment that no row of the table has).
 */
export type UnplacedCause = 'no family' | 'in no segment' | 'code segment' | 'boilerplate segment' | 'segment in no slot'

/** One fault on no slot: its cause and the kinds of the blocks its probes were drawn from. */
export interface Unplaced {
  cause: UnplacedCause
  kinds: BlockKind[]
}

/** The kinds of the blocks of a text whose visible text holds one of the probes (`paragraph` when none does). */
export function probeKinds(text: string, probes: readonly string[]): BlockKind[] {
  const lines = linesOf(text)
  const kinds = new Set<BlockKind>()
  for (const b of markdownBlocks(lines)) {
    const seen = flat(visibleText(lines.slice(b.start, b.end)))
    if (probes.some((p) => p !== '' && seen.includes(flat(p)))) kinds.add(b.kind)
  }
  return [...kinds].sort()
}

const ORDER: readonly UnplacedCause[] = ['no family', 'in no segment', 'code segment', 'boilerplate segment', 'segment in no slot']

/** What became of the probes in one document of the family. */
function causeIn(dataset: Dataset, family: string, doc: string, probes: readonly string[]): UnplacedCause {
  const parsed = dataset.documents.find((d) => d.id === doc)
  const table = dataset.alignments.find((a) => a.family === family)
  if (parsed === undefined || table === undefined) return 'no family'
  const holding = parsed.segments.filter((s) => probes.some((p) => p !== '' && flat(s.text).includes(flat(p))))
  if (holding.length === 0) return 'in no segment'
  const content = holding.filter((s) => s.role !== 'code' && s.role !== 'boilerplate')
  if (content.length === 0) return holding.some((s) => s.role === 'code') ? 'code segment' : 'boilerplate segment'
  return 'segment in no slot'
}

/**
 * Why a fault's probes name no slot: of the original (when it is in the family) and the copy, the cause that got
 * furthest (a segment in no slot before a code segment before no segment at all).
 * @param dataset The aligned corpus of the round.
 * @param family The copy's family id (undefined when the copy is in none).
 * @param docs The original's and the copy's ids, each with whether it is in the family.
 * @param probes The fault's probes.
 * @param texts The original's and the copy's text, to read the probes' block kinds from.
 */
export function unplacedCause(dataset: Dataset, family: string | undefined, docs: ReadonlyArray<{ id: string; member: boolean }>, probes: readonly string[], texts: readonly string[]): Unplaced {
  const causes = family === undefined ? ['no family' as const] : docs.map((d) => (d.member ? causeIn(dataset, family, d.id, probes) : 'no family'))
  const cause = causes.reduce((a, c) => (ORDER.indexOf(c) > ORDER.indexOf(a) ? c : a), 'no family')
  return { cause, kinds: [...new Set(texts.flatMap((t) => probeKinds(t, probes)))].sort() }
}
