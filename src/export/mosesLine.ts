import { stripInvalidXmlChars } from './xmlText.js'

/**
 * A segment as one Moses line: every run of whitespace (newlines, tabs, line/paragraph separators, NEL)
 * becomes one space, the ends are trimmed, and control characters are dropped, so the line count of
 * parallel files stays in step.
 */
export function mosesLine(text: string): string {
  return stripInvalidXmlChars(text.replace(/[\s\u0085]+/gu, ' ')).replace(/[\u0080-\u009F]/gu, '').trim()
}
