import { detectLanguage, type DetectLanguageOptions } from '../detect/detectLanguage.js'

/**
 * Language of each input line, one output line per input line: `iso639-3<TAB>confidence`
 * (a blank line gives `und<TAB>0`).
 * @param text Input text.
 * @param options Detection options.
 * @returns Output lines, newline-terminated.
 */
export function detectLines(text: string, options: DetectLanguageOptions = {}): string {
  const lines = text.split(/\r\n|\n|\r/)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
    .map((line) => {
      const guess = detectLanguage(line, options)
      return `${guess.iso6393}\t${guess.confidence === 0 ? '0' : guess.confidence.toFixed(4)}\n`
    })
    .join('')
}
