import { VFile } from 'vfile'
import type { Diagnostic, LanguageGuess } from '../types.js'
import { ruleUrl } from '../diagnostics/ruleUrl.js'

/** `source` of every diagnostic the detect stage raises. */
export const DETECT_SOURCE = 'paracorpus:detect'

/**
 * The `low-confidence-language` warning for a document whose language guess is weak, made as a
 * `vfile` message and stored as a {@link Diagnostic}.
 * @param file Document id.
 * @param guess The document's language guess.
 * @param threshold Confidence the guess fell short of.
 * @returns The diagnostic.
 */
export function lowConfidenceDiagnostic(file: string, guess: LanguageGuess, threshold: number): Diagnostic {
  const vfile = new VFile({ path: file })
  const runnerUp = guess.candidates[1]
  const reason =
    guess.iso6393 === 'und'
      ? `Cannot tell the language of \`${file}\`: too little text in a known script (${guess.script}); pass \`only\` or check the file`
      : `Language of \`${file}\` is uncertain: \`${guess.iso6393}\` with confidence ${guess.confidence} < ${threshold}` +
        (runnerUp === undefined ? '' : `, close to \`${runnerUp.iso6393}\``) +
        '; pass `only` to restrict the candidates'
  const message = vfile.message(reason, { ruleId: 'low-confidence-language', source: DETECT_SOURCE })
  message.fatal = false
  return {
    ruleId: message.ruleId ?? 'low-confidence-language',
    source: message.source ?? DETECT_SOURCE,
    reason: message.reason,
    severity: 'warning',
    file,
    url: ruleUrl('low-confidence-language'),
  }
}
