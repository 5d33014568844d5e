import type { Dataset } from '../../types.js'
import { formatTable } from '../formatTable.js'

/** What `paracorpus align` did besides building the dataset. */
export interface AlignRunFacts {
  /** Output directory. */
  out: string
  /** Paths of the files written. */
  written: readonly string[]
  /** Units left out of the JSONL files (a gap in some document). */
  skippedJsonl: number
  /** Units left out of the Moses files (an empty side). */
  skippedMoses: number
}


/**
 * The summary `paracorpus align` prints: corpus counts (documents, languages, families, aligned units, files
 * written) and a table with each document's language, family and drift.
 * @returns Text ending in a newline.
 */
export function alignSummary(dataset: Dataset, facts: AlignRunFacts): string {
  const multi = dataset.families.filter((f) => !f.alone && f.documents.length > 1).length
  const skipped: string[] = []
  if (facts.skippedJsonl > 0) skipped.push(`${facts.skippedJsonl} with a gap left out of JSONL`)
  if (facts.skippedMoses > 0) skipped.push(`${facts.skippedMoses} left out of Moses`)
  const head = formatTable([
    ['documents', String(dataset.documents.length)],
    ['languages', `${dataset.languages.length} (${dataset.languages.map((l) => `${l.bcp47} ${l.documents.length}`).join(', ')})`],
    ['families', `${dataset.families.length} (${multi} with translations, ${dataset.families.length - multi} alone)`],
    ['aligned units', `${dataset.units.length} (${dataset.options.level} level${skipped.length > 0 ? `; ${skipped.join(', ')}` : ''})`],
    ['files', `${facts.written.length} written to ${facts.out}`],
  ])
  const rows: string[][] = [['document', 'language', 'family', 'drift']]
  for (const doc of dataset.documents) {
    const family = dataset.families.find((f) => f.documents.includes(doc.id))
    const report = dataset.drift.find((r) => r.document === doc.id)
    const hub = dataset.pivots.some((p) => p.document === doc.id && p.id === report?.pivot)
    const drift = report === undefined ? (family?.alone === true ? '- (alone)' : '-') : `${report.score.toFixed(3)}${hub ? ' (pivot hub)' : ''}`
    rows.push([doc.id, doc.language?.bcp47 ?? 'und', family?.id ?? '-', drift])
  }
  return `${head}\n\n${formatTable(rows)}\n`
}
