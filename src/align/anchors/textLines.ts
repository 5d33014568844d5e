/**
 * A word of text as a reader reads it: letters and digits (an apostrophe or hyphen inside), quotes or brackets around,
 * sentence marks after — not a file's name, a path or a call (`somefile.bak`, `a/b`, `f(x)`).
 */
const PROSE_WORD = /^[("'‘“«`]*[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*[)"'’”»`]*[.,;:!?]*$/u
/** Text a reader reads: words of text (see {@link PROSE_WORD}) and dashes between white space. */
const prose = (text: string): boolean => text.split(/\s+/u).every((w) => w === '' || /^[-–—]$/u.test(w) || PROSE_WORD.test(w))
/** A word of letters (digits and marks aside). */
const WORD = /\p{L}[\p{L}\p{M}]*/gu
/** Fewest words of a line's text, on each side, for it to read as a sentence rather than a value (`build`, `dev`). */
const MIN_WORDS = 3

const wordsOf = (text: string): string[] => (text.match(WORD) ?? []).map((w) => w.toLowerCase())

/** The longest start two lines share, cut back to where a word ends (`feat!: ` of `feat!: send…` and `feat!: envia…`). */
function commonHead(a: string, b: string): string {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  while (n > 0 && /[\p{L}\p{M}\p{N}]/u.test(a[n - 1]!) && (/[\p{L}\p{M}\p{N}]/u.test(a[n] ?? '') || /[\p{L}\p{M}\p{N}]/u.test(b[n] ?? ''))) n--
  return a.slice(0, n)
}

/**
 * How two lines that differ compare as text: `undefined` unless, after the start they share (the code: a commit's
 * `feat!: `, a footer's `BREAKING CHANGE: `, a key's `description: `), each goes on in prose of {@link MIN_WORDS} words
 * at least, sharing few of them (a third of the longer's at most: names and numbers a translation keeps, `Node 6`,
 * `CHANGELOG`) — the line's text translated (`feat!: send an email to the customer when a product is shipped` and
 * `feat!: envia email para o cliente quando o produto é enviado`); `kept` when some code stands before it. A line that
 * keeps most of its words and changes one (`npm run build` and `npm run dev`, `add` and `adds`) is no translation.
 */
function textLine(a: string, b: string): 'kept' | 'text' | undefined {
  const head = commonHead(a, b)
  // The text starts a word after the code, where code carries text (see TEXT_HEAD): `feat:!` written for `feat!:` is
  // the code changed, and a command's arguments are no text however many words they are (`npm install express cors
  // dotenv` and `npm install react redux axios`).
  if (head !== '' && !TEXT_HEAD.test(head)) return undefined
  const [x, y] = [a.slice(head.length), b.slice(head.length)]
  if (!prose(x) || !prose(y)) return undefined
  const [wx, wy] = [new Set(wordsOf(x)), new Set(wordsOf(y))]
  if (wx.size < MIN_WORDS || wy.size < MIN_WORDS) return undefined
  const shared = [...wx].filter((w) => wy.has(w)).length
  if (shared * 3 > Math.max(wx.size, wy.size)) return undefined
  return head.trim() === '' ? 'text' : 'kept'
}

/**
 * The end of the code before a line's text, where code conventionally carries text: a label and its colon (`feat!: `,
 * `BREAKING CHANGE: `, `description: `) or a comment's opener (`# `, `// ` opening the line or after white space:
 * `pnpm link # use your preferred package manager`, `"dev": "vite", // start dev server`; `-- ` opening the line),
 * white space after. A `--` inside a command ends its options (`git log -- src lib tests`): what follows is arguments. A key's
 * value of three words or more that share none with the other's reads as text too (`packages: curl wget git` and
 * `packages: vim nano htop`): a list of values after a label is taken for a translated phrase.
 */
const TEXT_HEAD = /(?::|(?:^|\s)(?:#|\/\/)|^--)\s+$/u

/** A block's lines as written, each trimmed and its white space one space, blank lines left out. */
const linesOf = (code: string): string[] => code.split('\n').map((l) => l.trim().replace(/\s+/gu, ' ')).filter((l) => l !== '')

/**
 * Whether two blocks of one number of lines are the same code with the text of some lines translated: example
 * commit messages (`feat!: send an email…`, a `BREAKING CHANGE:` footer), a key's description, lines of prose in a
 * sample — each line the same code (`sameLine`), or the same start followed by text in other words (see
 * {@link textLine}); some code kept, in a line or before a line's text.
 * @param a A block's code.
 * @param b The other's.
 * @param sameLine Whether two lines are the same code.
 */
export function sameTextLines(a: string, b: string, sameLine: (x: string, y: string) => boolean): boolean {
  const [x, y] = [linesOf(a), linesOf(b)]
  if (x.length !== y.length || x.length === 0) return false
  let kept = false
  let text = false
  for (let k = 0; k < x.length; k++) {
    if (x[k] === y[k] || sameLine(x[k]!, y[k]!)) {
      // A line of punctuation alone (`---`, `}`) says nothing of the code around the text.
      kept ||= /[\p{L}\p{N}]/u.test(x[k]!)
      continue
    }
    const line = textLine(x[k]!, y[k]!)
    if (line === undefined) return false
    text = true
    kept ||= line === 'kept'
  }
  return text && kept
}
