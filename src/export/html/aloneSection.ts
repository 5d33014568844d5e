import type { Dataset } from '../../types.js'
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xmlText.js'
import { formatScore } from './driftShade.js'
import { reasonList } from './reasonList.js'

/**
 * HTML section listing the documents that are not a translation of any other (families of one), each with
 * its parallelism verdicts against the other documents, best first, and their reasons.
 * @returns The section, or an empty string when every document has a family.
 */
export function aloneSection(dataset: Dataset): string {
  const alone = dataset.families.filter((f) => f.alone || f.documents.length < 2)
  if (alone.length === 0) return ''
  const byId = new Map(dataset.documents.map((d) => [d.id, d]))
  const out: string[] = ['<section class="alone" aria-labelledby="alone-title">', '<h2 id="alone-title">Documents without a parallel</h2>', '<ul>']
  for (const family of alone) {
    for (const document of family.documents) {
      const language = byId.get(document)?.language?.bcp47 ?? 'und'
      const verdicts = dataset.verdicts.filter((v) => v.a === document || v.b === document).sort((x, y) => y.score - x.score)
      out.push(`<li data-document="${attr(document)}"><span class="id">${text(document)}</span> (${text(language)}, ${text(family.id)})`)
      if (verdicts.length === 0) out.push('<p>No other document to compare with.</p>')
      else {
        out.push('<ul>')
        for (const v of verdicts) {
          const other = v.a === document ? v.b : v.a
          out.push(`<li>vs <span class="id">${text(other)}</span>: ${v.parallel ? 'parallel' : 'not parallel'} (score ${formatScore(v.score)})${reasonList(v.reasons)}</li>`)
        }
        out.push('</ul>')
      }
      out.push('</li>')
    }
  }
  out.push('</ul>', '</section>')
  return out.join('\n')
}
