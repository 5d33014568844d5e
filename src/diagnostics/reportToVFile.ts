import type { VFile } from 'vfile'
import type { Diagnostic } from '../types.js'
import { ruleUrl } from './ruleUrl.js'

/** `source` of every message paracorpus adds to a `VFile`. */
export const VFILE_SOURCE = 'paracorpus'

/**
 * Add diagnostics to a `VFile` as messages, the way unified plugins report: `ruleId`, `source: 'paracorpus'`,
 * `place`, `url` to the rule's documentation, and `fatal` from the severity (`true` error, `false` warning,
 * `undefined` info).
 * @param file The file to report on.
 * @param diagnostics The diagnostics, in order.
 */
export function reportToVFile(file: VFile, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const message = file.message(d.reason, { place: d.place, ruleId: d.ruleId, source: VFILE_SOURCE })
    message.url = d.url ?? ruleUrl(d.ruleId)
    message.fatal = d.severity === 'error' ? true : d.severity === 'warning' ? false : undefined
  }
}
