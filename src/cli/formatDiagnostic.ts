import type { Diagnostic } from '../types.js'

/** One-line rendering of a diagnostic: `file:line:col severity reason [rule]`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.place === undefined ? (d.file ?? '') : `${d.file ?? ''}:${d.place.start.line}:${d.place.start.column}`
  return `${where} ${d.severity} ${d.reason} [${d.ruleId}]`.trim()
}
