/**
 * A family's units and table after the content check: each member's slot drift taken from the revised reports, and,
 * when cells moved, the table's cells and the units derived again from them.
 */
import type { AlignDocumentsOptions, DocumentAlignment } from '../align/types.js'
import type { PivotAlignment } from '../pivot/types.js'
import type { AlignedUnit, DriftReport, NWayAlignment, ParsedDocument, Pivot } from '../types.js'
import { sentenceUnits, turnUnits } from './alignedUnits.js'
import { hubPair } from './hubPair.js'
import type { CorpusLexicon } from './pendingLexicons.js'

/**
 * Units with each member's slot drift taken from the revised reports.
 * @param units The family's units.
 * @param reports The members' revised drift reports.
 * @returns The units with each member's slot drift replaced where a report has it.
 */
export function reviseUnits(units: readonly AlignedUnit[], reports: readonly DriftReport[]): AlignedUnit[] {
  const slotScore = new Map<string, number>()
  for (const report of reports) for (const slot of report.slots) slotScore.set(`${report.document}\u0000${slot.slot}`, slot.score)
  return units.map((unit) => {
    const drift = Object.fromEntries(Object.entries(unit.drift).map(([doc, score]) => [doc, slotScore.get(`${doc}\u0000${unit.slot}`) ?? score]))
    return { ...unit, drift }
  })
}

/**
 * A family's table with every member's cells and extra segments taken from its alignments.
 * @param table The family's table.
 * @param alignments Each member's alignment to the pivot, after the content check.
 * @returns The table with cells and extra segments replaced.
 */
export function withCells(table: NWayAlignment, alignments: readonly PivotAlignment[]): NWayAlignment {
  const rows = table.rows.map((row, i) => ({ ...row, cells: Object.fromEntries(alignments.map((a) => [a.document, a.cells[i] ?? null] as const)) }))
  return { ...table, rows, extra: Object.fromEntries(alignments.map((a) => [a.document, a.extra] as const)) }
}

/**
 * A family's units after its cells moved: turn units follow the cells; sentence units are derived again from the
 * hub's sentence alignment to each member (a cell placed by content is one unit over its slot), with the new drift.
 * @param family The family's id.
 * @param pivot The family's pivot.
 * @param members The members, in the table's order.
 * @param alignments Each member's alignment after the content check.
 * @param drift The members' revised drift reports.
 * @param units The units before the check.
 * @param align Options of the document aligner.
 * @param lexicons Lexicons of the language pairs sentences are aligned with.
 * @param known The hub's pair alignments the family stage kept, if any.
 * @returns The family's units.
 */
export function unitsAfterRefit(family: string, pivot: Pivot, members: readonly ParsedDocument[], alignments: readonly PivotAlignment[], drift: readonly DriftReport[], units: readonly AlignedUnit[], align: AlignDocumentsOptions, lexicons: readonly CorpusLexicon[] | undefined, known: ReadonlyArray<[string, DocumentAlignment]> | undefined): AlignedUnit[] {
  if (units.every((u) => u.level === 'turn')) return turnUnits(family, pivot, members, alignments, drift)
  const hub = members.find((d) => d.id === pivot.document)
  if (hub === undefined) return reviseUnits(units, drift)
  // The family stage's hub pairs when it kept them (they do not depend on the cells), else aligned again.
  const given = new Map(known ?? [])
  const hubPairs = new Map<string, DocumentAlignment>()
  for (const doc of members) if (doc !== hub) hubPairs.set(doc.id, given.get(doc.id) ?? hubPair(hub, doc, align, undefined, lexicons))
  return sentenceUnits(family, pivot, hub, members, alignments, hubPairs, drift)
}

