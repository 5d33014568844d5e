import type { FamilyPair } from '../../export/familyPairs.js'
import type { Dataset } from '../../types.js'
import { nearestFamily } from '../../pivot/familyFit.js'
import { formatTable } from '../formatTable.js'

/** What `paracorpus align` did besides building the dataset. */
export interface AlignRunFacts {
  /** Output directory. */
  out: string
  /** Paths of the files written. */
  written: readonly string[]
  /** The language pairs written (JSONL, TMX and Moses), with their units kept and left out. */
  pairs: readonly FamilyPair[]
  /** Lowest confidence kept (0 keeps every unit). */
  minConfidence: number
}

function mean(values: readonly number[]): string {
  return values.length === 0 ? '-' : (values.reduce((a, b) => a + b, 0) / values.length).toFixed(3)
}

/** One row per language pair: units kept, left out for a gap or a low confidence, mean confidence kept. */
function pairRows(pairs: readonly FamilyPair[], minConfidence: number): string[][] {
  const rows: string[][] = [['pair', 'source', 'units', 'gaps', `below ${minConfidence}`, 'mean confidence']]
  for (const pair of pairs) {
    const source = pair.languages.find((l) => l.document === pair.source)?.tag ?? '-'
    rows.push([
      `${pair.family} ${pair.languages[0].tag}-${pair.languages[1].tag}`,
      source,
      String(pair.units.length),
      String(pair.gaps),
      String(pair.belowConfidence),
      mean(pair.units.map((u) => u.confidence)),
    ])
  }
  return rows
}

/** The drift cell of a document alone: `- (alone)`, with the family nearest to it and its mean score when one was judged. */
function aloneText(doc: string, dataset: Dataset): string {
  const nearest = nearestFamily(doc, dataset.families, dataset.verdicts)
  return nearest === undefined ? '- (alone)' : `- (alone; nearest ${nearest.family}, ${nearest.mean.toFixed(2)})`
}

/**
 * The summary `paracorpus align` prints: corpus counts (documents, languages, families, aligned units, files
 * written), a table with each document's language, family (and its confidence) and drift (for a document alone,
 * the family nearest to it), and one with each language pair's units
 * kept and left out.
 * @returns Text ending in a newline.
 */
export function alignSummary(dataset: Dataset, facts: AlignRunFacts): string {
  const multi = dataset.families.filter((f) => !f.alone && f.documents.length > 1).length
  const kept = facts.pairs.reduce((n, p) => n + p.units.length, 0)
  const head = formatTable([
    ['documents', String(dataset.documents.length)],
    ['languages', `${dataset.languages.length} (${dataset.languages.map((l) => `${l.bcp47} ${l.documents.length}`).join(', ')})`],
    ['families', `${dataset.families.length} (${multi} with translations, ${dataset.families.length - multi} alone)`],
    ['aligned units', `${dataset.units.length} (${dataset.options.level} level)`],
    ...(facts.pairs.length > 0 ? [['pairs', `${facts.pairs.length} (${kept} units kept)`]] : []),
    ['files', `${facts.written.length} written to ${facts.out}`],
  ])
  const rows: string[][] = [['document', 'language', 'family (confidence)', 'drift']]
  for (const doc of dataset.documents) {
    const family = dataset.families.find((f) => f.documents.includes(doc.id))
    const report = dataset.drift.find((r) => r.document === doc.id)
    const hub = dataset.pivots.some((p) => p.document === doc.id && p.id === report?.pivot)
    const drift = report === undefined ? (family?.alone === true ? aloneText(doc.id, dataset) : '-') : `${report.score.toFixed(3)}${hub ? ' (pivot hub)' : ''}`
    const confidence = family?.confidence === undefined ? '' : ` (${family.confidence.toFixed(2)})`
    rows.push([doc.id, doc.language?.bcp47 ?? 'und', family === undefined ? '-' : `${family.id}${confidence}`, drift])
  }
  const pairs = facts.pairs.length === 0 ? '' : `\n\n${formatTable(pairRows(facts.pairs, facts.minConfidence))}`
  return `${head}\n\n${formatTable(rows)}${pairs}\n`
}
