import { sameSkeleton } from './codeSkeleton.js'

/**
 * Code as compared: without statement-ending semicolons, without white space beside brackets and after commas (a
 * chain broken over lines before its `.`: `dayjs()` and `.add(1, 'day')`), other white space one space — so that
 * code laid out otherwise is the same code (`dayjs().startOf('month').add(1, 'day');` and the same chain broken over
 * lines, without its `;`), while white space that parts words or paths keeps them apart (`rm -rf / tmp` is not
 * `rm -rf /tmp`).
 * @param code Code as written, or as anchors keep it.
 */
export function codeShape(code: string): string {
  return code
    .replace(/;(?=\s|$)/gu, '')
    .replace(/\s*([()[\]{}])\s*/gu, '$1')
    .replace(/,\s+/gu, ',')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * Whether two pieces of code are the same code: laid out alike or not (see {@link codeShape}), or the same command
 * with its placeholder words translated (see `sameSkeleton`: `cd /some/other/dir` and `cd /irgendein/anderes/verzeichnis`).
 * @param a Code.
 * @param b Other code.
 */
export function sameCode(a: string, b: string): boolean {
  if (a === b) return true
  const x = codeShape(a)
  const y = codeShape(b)
  return x === y || sameSkeleton(x, y)
}
