import type { Diagnostic } from '../types.js'

/** Diagnostics of one rule kept per file before the rest are summed up in one line. */
export const MAX_DIAGNOSTICS_PER_RULE = 20

/**
 * Keep the first {@link MAX_DIAGNOSTICS_PER_RULE} diagnostics of each rule of one file and replace the others by
 * one diagnostic of that rule counting them ("and 99,812 more"), so that a file repeating one line 100,000 times
 * gives 21 warnings, not 100,000. Order is kept; the count comes right after the last one kept.
 * @param diagnostics Diagnostics of one file.
 * @param max Diagnostics kept per rule.
 */
export function capDiagnostics(diagnostics: readonly Diagnostic[], max: number = MAX_DIAGNOSTICS_PER_RULE): Diagnostic[] {
  const total = new Map<string, number>()
  for (const d of diagnostics) total.set(d.ruleId, (total.get(d.ruleId) ?? 0) + 1)
  if ([...total.values()].every((n) => n <= max)) return [...diagnostics]
  const seen = new Map<string, number>()
  const kept: Diagnostic[] = []
  for (const d of diagnostics) {
    const n = (seen.get(d.ruleId) ?? 0) + 1
    seen.set(d.ruleId, n)
    if (n <= max) kept.push(d)
    const all = total.get(d.ruleId)!
    if (n === max && all > max) {
      const { place: _place, ...rest } = d
      kept.push({ ...rest, reason: `and ${(all - max).toLocaleString('en-US')} more \`${d.ruleId}\` ${d.severity === 'error' ? 'errors' : d.severity === 'info' ? 'notes' : 'warnings'} in this file (the first ${max} are listed)` })
    }
  }
  return kept
}
