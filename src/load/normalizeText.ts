import { checkString } from '../errors/checkArgument.js'

/** What normalisation changed. */
export interface NormalizedText {
  /** Text with LF line endings, in NFC. */
  text: string
  /** Number of CRLF or lone CR line endings rewritten to LF. */
  lineEndings: number
  /** Whether NFC changed the text. */
  recomposed: boolean
}

/**
 * Normalise text for processing: CRLF and lone CR become LF, a leading BOM is dropped, and the text is
 * put in Unicode NFC so that the same letters always compare equal.
 */
export function normalizeText(input: string): NormalizedText {
  checkString(input, 'input', true)
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  let lineEndings = 0
  text = text.replace(/\r\n?/g, () => {
    lineEndings++
    return '\n'
  })
  const nfc = text.normalize('NFC')
  return { text: nfc, lineEndings, recomposed: nfc !== text }
}
