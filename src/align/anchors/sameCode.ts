import { sameSkeleton } from './codeSkeleton.js'
import { sameChord } from './keyChord.js'
import { localeSegment } from './sameLink.js'
import { sameTextLines } from './textLines.js'

/**
 * Code as compared: quotation marks one mark and an ellipsis three dots (see {@link QUOTE}), without statement-ending semicolons and a shell prompt opening a line (`$ `), without white space
 * beside brackets and after commas (a chain broken over lines before its `.`: `dayjs()` and `.add(1, 'day')`), other
 * white space one space or one line break (a block's lines stay lines, each a command of its own) — so that
 * code laid out otherwise is the same code (`dayjs().startOf('month').add(1, 'day');` and the same chain broken over
 * lines, without its `;`), while white space that parts words or paths keeps them apart (`rm -rf / tmp` is not
 * `rm -rf /tmp`).
 * @param code Code as written, or as anchors keep it.
 */
export function codeShape(code: string): string {
  return code
    .replace(/…/gu, '...')
    .replace(QUOTE, "'")
    .replace(/;(?=\s|$)/gu, '')
    .replace(PROMPT, '')
    .replace(/\s*([()[\]{}])\s*/gu, '$1')
    .replace(/,\s+/gu, ',')
    .replace(/[^\S\n]*\n\s*/gu, '\n')
    .replace(/[^\S\n]+/gu, ' ')
    .trim()
}

/**
 * Quotation marks, which a translation writes in its own style around the same string (`'object'` and `"object"`, a
 * typographer's `‘object’`): one mark. So is an ellipsis typed as one character (`foo.x = …` for `foo.x = ...`).
 */
const QUOTE = /["‘’“”]/gu

/** A shell prompt opening a line (`$ npm create vite`): not part of the command, which translations copy without it. */
const PROMPT = /^[^\S\n]*\$[^\S\n]+/gmu

/**
 * Whether two pieces of code are the same code: laid out alike or not (see {@link codeShape}), the same command
 * with its placeholder words translated (see `sameSkeleton`: `cd /some/other/dir` and `cd /irgendein/anderes/verzeichnis`),
 * the same markup with the text of its elements translated, the same lines but those translated into another
 * script, or one key chord with each locale's key names (see `sameChord`: `Shift+Tab` and `Umschalt+Tab`).
 * @param a Code.
 * @param b Other code.
 */
export function sameCode(a: string, b: string): boolean {
  if (a === b) return true
  const x = codeShape(a)
  const y = codeShape(b)
  if (x === y || sameSkeleton(x, y) || sameChord(a, b)) return true
  const [lx, ly] = [withoutLocales(x), withoutLocales(y)]
  if ((lx !== x || ly !== y) && (lx === ly || sameSkeleton(lx, ly))) return true
  const [tx, ty] = [withoutElementText(lx), withoutElementText(ly)]
  return ((tx !== lx || ty !== ly) && (tx === ty || sameSkeleton(tx, ty))) || sameLines(a, b) || sameTextLines(a, b, sameLine)
}

/** Whether two lines are the same code laid out alike or not, or with placeholders written otherwise. */
function sameLine(a: string, b: string): boolean {
  const [x, y] = [codeShape(a), codeShape(b)]
  return x === y || sameSkeleton(x, y)
}

/** A block's lines as code compares them (see {@link codeShape}), blank lines left out. */
const linesOf = (code: string): string[] => code.split('\n').map(codeShape).filter((l) => l !== '')

/** A path's segment before a `/`, at the start of a path (after a space, a quote, a bracket, `=` or `/`). */
const PATH_SEGMENT = /(?<=^|[\s/'"`(=[])[A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,4})?(?=\/)/gu

/**
 * Code with each path segment naming a locale made one mark (`src/content/docs/de/about.md`, `/ru/about`): a
 * translation of a localised site's docs writes its own locale into example paths (`en/about.md` → `de/about.md`),
 * as its links lead to its own locale's pages (see `sameLink`). Other segments stay (`src/ui/`, `lib/go/`).
 */
function withoutLocales(code: string): string {
  return code.includes('/') ? code.replace(PATH_SEGMENT, (part) => (localeSegment(part) ? '\u00a4' : part)) : code
}

/**
 * Whether a line is text translated into another script: at least two letters outside the Latin alphabet, and as
 * many as its Latin letters (`Pre: value - добавляемое значение`, `Pre: 리스트에 추가할 값`; not a line of code with a
 * short string in another script).
 */
function translatedLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? []
  const other = letters.filter((l) => !/\p{Script=Latin}/u.test(l)).length
  return other >= 2 && other * 2 >= letters.length
}

/**
 * Whether two blocks of one number of lines (three at least) are the same code with some lines translated: each
 * line (laid out as {@link codeShape} lays out code) the same code, or one of the two written in another script (prose or a comment inside the block, such as the
 * pre- and post-conditions of pseudocode) — half of the lines at least the same code.
 */
function sameLines(x: string, y: string): boolean {
  const [a, b] = [linesOf(x), linesOf(y)]
  if (a.length !== b.length || a.length < 3) return false
  let same = 0
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k] || sameSkeleton(a[k]!, b[k]!)) same++
    else if (!translatedLine(a[k]!) && !translatedLine(b[k]!)) return false
  }
  return same * 2 >= a.length
}

/**
 * The text of an HTML or JSX element (between a tag and the next tag: `<body>Example of using Web Tracer…</body>`,
 * `<p>Hello Vite!</p>`): words a reader reads, which translations translate in full (`<body>コンソールエクスポーター…`).
 */
const ELEMENT_TEXT = /(<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>)([^<>]*\p{L}[^<>]*?)(?=<\/?[A-Za-z])/gu

/** Elements whose content is code, never text a reader reads (`<script setup>`, `<style>`). */
const CODE_ELEMENT = /^<(?:script|style)\b/iu
/** Code in an element's content: braces, semicolons, assignments, calls (`{{ count }}`, `x = 1;`, `f()`). */
const CODE_TEXT = /[{};=]|\w\(/u

/**
 * Code with the text of its elements made one mark (`<p>…</p>`): what stays when the text is translated. The content
 * of `<script>` and `<style>`, and content that reads as code (see {@link CODE_TEXT}), is code and stays.
 */
function withoutElementText(code: string): string {
  return code.replace(ELEMENT_TEXT, (whole, tag: string, text: string) => (CODE_ELEMENT.test(tag) || CODE_TEXT.test(text) ? whole : `${tag}…`))
}
