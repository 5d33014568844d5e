import type { Dataset } from '../../types.js'
import { familyPairs, type FamilyPair } from '../familyPairs.js'
import { escapeXmlText as text } from '../xmlText.js'
import { formatScore } from './driftShade.js'

/** Pairs of a dataset by family, computed once per dataset for all its family sections. */
const computed = new WeakMap<Dataset, Map<string, FamilyPair[]>>()

/**
 * HTML table of a family's language pairs as the pairwise exports write them: units kept, gaps (a unit one of the
 * two lacks) and mean pair confidence, the source's pairs marked.
 * @param dataset The dataset.
 * @param family Family id.
 * @returns The table, or an empty string when the family has no pair.
 */
export function pairTable(dataset: Dataset, family: string): string {
  let byFamily = computed.get(dataset)
  if (byFamily === undefined) {
    byFamily = new Map()
    for (const pair of familyPairs(dataset, { pairs: 'all' })) byFamily.set(pair.family, [...(byFamily.get(pair.family) ?? []), pair])
    computed.set(dataset, byFamily)
  }
  const pairs = byFamily.get(family) ?? []
  if (pairs.length === 0) return ''
  const out = ['<h3>Language pairs</h3>', '<table class="pairs">', `<caption class="visually-hidden">${text(family)}: units kept, gaps and mean confidence per language pair</caption>`]
  out.push('<thead><tr><th scope="col">pair</th><th scope="col">units kept</th><th scope="col">gaps</th><th scope="col">mean confidence</th></tr></thead><tbody>')
  for (const pair of pairs) {
    const mean = pair.units.length === 0 ? undefined : pair.units.reduce((a, u) => a + u.confidence, 0) / pair.units.length
    const name = pair.languages.map((l) => (l.document === pair.source ? `${l.tag} (source)` : l.tag)).join(' – ')
    out.push(`<tr><th scope="row">${text(name)}</th><td>${pair.units.length}</td><td>${pair.gaps}</td><td>${mean === undefined ? '–' : formatScore(mean)}</td></tr>`)
  }
  out.push('</tbody></table>')
  return out.join('\n')
}
