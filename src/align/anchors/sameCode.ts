import { sameSkeleton } from './codeSkeleton.js'

/**
 * Code as compared: without statement-ending semicolons and a shell prompt opening a line (`$ `), without white space
 * beside brackets and after commas (a chain broken over lines before its `.`: `dayjs()` and `.add(1, 'day')`), other
 * white space one space or one line break (a block's lines stay lines, each a command of its own) — so that
 * code laid out otherwise is the same code (`dayjs().startOf('month').add(1, 'day');` and the same chain broken over
 * lines, without its `;`), while white space that parts words or paths keeps them apart (`rm -rf / tmp` is not
 * `rm -rf /tmp`).
 * @param code Code as written, or as anchors keep it.
 */
export function codeShape(code: string): string {
  return code
    .replace(/;(?=\s|$)/gu, '')
    .replace(PROMPT, '')
    .replace(/\s*([()[\]{}])\s*/gu, '$1')
    .replace(/,\s+/gu, ',')
    .replace(/[^\S\n]*\n\s*/gu, '\n')
    .replace(/[^\S\n]+/gu, ' ')
    .trim()
}

/** A shell prompt opening a line (`$ npm create vite`): not part of the command, which translations copy without it. */
const PROMPT = /^[^\S\n]*\$[^\S\n]+/gmu

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
