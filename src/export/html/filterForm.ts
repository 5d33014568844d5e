import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xmlText.js'

/**
 * The report's filter form (hidden until the script runs): drift reason code, confidence below a threshold,
 * text search, and, where the page has slot groups, buttons to open or close them all. A live status line
 * says how many rows are shown.
 * @param codes Drift reason codes found on the page, for the code menu.
 * @param groups Whether the page has slot groups (alignment tables).
 */
export function filterForm(codes: readonly string[], groups: boolean): string {
  const options = ['<option value="">any</option>', ...codes.map((c) => `<option value="${attr(c)}">${text(c)}</option>`)].join('')
  return (
    '<form class="filters" role="search" aria-label="Filter the report" hidden>' +
    `<label>Drift reason <select name="code">${options}</select></label>` +
    '<label>Confidence below <input name="below" type="number" min="0" max="1" step="0.05" inputmode="decimal"></label>' +
    `<label>Search ${groups ? 'texts' : 'documents'} <input name="q" type="search"></label>` +
    (groups ? '<button type="button" data-expand="open">Open all</button><button type="button" data-expand="close">Close all</button>' : '') +
    '<p class="status" role="status" aria-live="polite"></p></form>'
  )
}
