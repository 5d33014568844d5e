import { QUESTION } from './lineShape.js'

const TRAILING = /[\s"'”’»›)\]}*_`:：]+$/u
const GREEK = /\p{Script=Greek}/u
// An example after the question mark: a label of one to three short words, a colon or comma, one token that is no
// plain word (`…振るべきでしょうか？ 例: @jameswomack/conventional-commit-spec`, `…있을까요? 예를 들어, @jameswomack/…`;
// not `Ready? Go: now`).
const EXAMPLE_AFTER = /[?？؟]\s*[^\s:：,，]{1,12}(?:\s[^\s:：,，]{1,12}){0,2}\s*[:：,，]\s*\S*[^\p{L}\p{M}\s]\S*$/u

/**
 * Whether a heading or a bold line asks a question: it ends with a question mark of any script (`?`, `？`, `؟`,
 * `፧`, `՞`…; `;` only in Greek text, where it is the question mark), closing quotes, brackets and emphasis marks
 * aside; or its question mark is followed only by a short parenthesis (`Why? (Linux)`) or a labelled example
 * (`…でしょうか？ 例: @scope/name`).
 * @param text The line.
 */
export function asksQuestion(text: string): boolean {
  const tail = text.trim().replace(TRAILING, '')
  const last = tail.slice(-1)
  if (last !== '' && QUESTION.test(last) && (last !== ';' || GREEK.test(tail))) return true
  const m = /[?？؟]\s*\([^()]{1,30}\)$/u.exec(tail + (text.trim().endsWith(')') ? ')' : ''))
  return m !== null || EXAMPLE_AFTER.test(tail)
}
