import { escapeXmlText as text } from '../xmlText.js'

/** Reasons (of a parallelism verdict) as a nested HTML list; an empty string when there are none. */
export function reasonList(reasons: readonly string[]): string {
  return reasons.length === 0 ? '' : `<ul>${reasons.map((r) => `<li>${text(r)}</li>`).join('')}</ul>`
}
