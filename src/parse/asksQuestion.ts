import { QUESTION } from './lineShape.js'

const TRAILING = /[\s"'”’»›)\]}*_`:：]+$/u
const GREEK = /\p{Script=Greek}/u

/**
 * Whether a heading or a bold line asks a question: it ends with a question mark of any script (`?`, `？`, `؟`,
 * `፧`, `՞`…; `;` only in Greek text, where it is the question mark), closing quotes, brackets and emphasis marks
 * aside; or its question mark is followed only by a short parenthesis (`Why? (Linux)`).
 * @param text The line.
 */
export function asksQuestion(text: string): boolean {
  const tail = text.trim().replace(TRAILING, '')
  const last = tail.slice(-1)
  if (last !== '' && QUESTION.test(last) && (last !== ';' || GREEK.test(tail))) return true
  const m = /[?？؟]\s*\([^()]{1,30}\)$/u.exec(tail + (text.trim().endsWith(')') ? ')' : ''))
  return m !== null
}
