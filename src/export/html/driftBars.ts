import type { Dataset } from '../../types.js'
import type { FamilyLanguage } from '../familyLanguages.js'
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xmlText.js'
import { driftShade, formatScore } from './driftShade.js'

/**
 * A CSS bar chart of each document's overall drift in a family (one labelled bar per document, the value
 * printed beside it so that it does not rely on length or colour alone).
 * @param dataset The dataset holding the drift reports.
 * @param family Family id.
 * @param languages The family's documents and their tags, in column order.
 */
export function driftBars(dataset: Dataset, family: string, languages: readonly FamilyLanguage[]): string {
  const items = languages.map(({ document, tag }) => {
    const score = dataset.drift.find((r) => r.family === family && r.document === document)?.score
    const width = score === undefined ? 0 : Math.round(Math.min(1, Math.max(0, score)) * 1000) / 10
    const fill = score === undefined ? '' : `<span class="fill" style="width: ${width}%; background-color: ${driftShade(score)}; border-inline-end: 2px solid #8a3b12"></span>`
    return (
      `<li data-document="${attr(document)}"><span class="label"><span class="id">${text(document)}</span> (${text(tag)})</span>` +
      `<span class="bar" role="img" aria-label="${attr(`${document}: drift ${score === undefined ? 'unknown' : formatScore(score)}`)}">${fill}</span>` +
      `<span class="value">${score === undefined ? '–' : formatScore(score)}</span></li>`
    )
  })
  return `<ul class="bars" aria-label="${attr(`Drift per document in ${family}`)}">${items.join('')}</ul>`
}
