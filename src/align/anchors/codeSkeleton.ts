import { TextMemo } from '../../util/TextMemo.js'
import { sameLink } from './sameLink.js'

/**
 * One piece of code as its skeleton reads it: a URL, an option (`-x`, a long option, `+x`), a word (letters, digits, `_`, joined
 * by `-`: `some-command`, `some_function`), or one other character (an operator, a bracket, a quote, a dot).
 */
interface Piece {
  kind: 'url' | 'option' | 'word' | 'symbol'
  text: string
  /** White space stands before it. */
  spaced: boolean
  /**
   * A word of a command's name: the first word where a shell command begins (the code's start, after `|`, `&&`, `;`,
   * `(`, a prompt or a line break) and the words joined to it by `/` or `.` (`target/release/rustdesk`, `./configure`).
   */
  command: boolean
  /** A word after a dot that follows a word (`txt` of `file.txt`, `bak` of `{,.bak}`): a file's extension. */
  extension: boolean
}

/**
 * An element of a skeleton: a fixed piece (URL, option, symbol, a number, an extension), or a run of words joined
 * by white space or `/` (`ssh somehost cat`, `some/other/dir`), whose arguments translators may write in words of
 * their own.
 */
type Element = { fixed: Piece } | { run: Piece[]; joins: string[] }

const PIECE =
  /(?<url>https?:\/\/[^\s'"`<>()|]+)|(?<option>(?<![\p{L}\p{M}\p{N}_-])(?:--?|\+)\p{L}[\p{L}\p{M}\p{N}_]*(?:-[\p{L}\p{M}\p{N}_]+)*)|(?<word>[\p{L}\p{M}\p{N}_]+(?:-[\p{L}\p{M}\p{N}_]+)*)|(?<space>\s+)|(?<symbol>[^])/gu

/** Operators around which white space does not matter (`2> logfile` and `2>logfile`, `<< EOF` and `<<EOF`). */
const OPERATOR = /^[<>|&;()[\]{},]$/u

/** Symbols after which a shell command begins. */
const COMMAND_START = /^[|&;(`\n]$/u

/** Prompt characters, which a command follows at a line's start (`$ npm create vite`). */
const PROMPT = /^[$>%#]$/u

/** Symbols a command's name is written with (`./configure`, `target/release/rustdesk`, `~/bin/tool`). */
const IN_A_PATH = /^[/.~]$/u

function piecesOf(code: string): Piece[] {
  const out: Piece[] = []
  let spaced = false
  let expectCommand = true
  let naming = false
  let lineStart = true
  for (const m of code.matchAll(PIECE)) {
    const g = m.groups!
    if (g.space !== undefined) {
      spaced = true
      naming = false
      if (g.space.includes('\n')) expectCommand = lineStart = true
      continue
    }
    const kind = g.url !== undefined ? 'url' : g.option !== undefined ? 'option' : g.word !== undefined ? 'word' : 'symbol'
    // A shell prompt (`$ `, `> `, `% ` at a line's start) is followed by a command.
    const starts = kind === 'symbol' && (COMMAND_START.test(m[0]) || (lineStart && PROMPT.test(m[0])))
    if (expectCommand && !starts) [naming, expectCommand] = [true, false]
    const before = out[out.length - 1]
    const extension = kind === 'word' && !spaced && before?.text === '.' && !before.spaced && (out[out.length - 2]?.kind === 'word' || out[out.length - 2]?.text === ',' || out[out.length - 2]?.text === '*')
    out.push({ kind, text: m[0], spaced, command: kind === 'word' && naming, extension })
    if (starts) [expectCommand, naming] = [true, false]
    else if (kind !== 'word' && !IN_A_PATH.test(m[0])) naming = false
    spaced = false
    lineStart = false
  }
  return out
}

/** Whether a word is fixed in a skeleton: a number, or an extension. */
const fixedWord = (p: Piece): boolean => p.extension || /^\p{N}+$/u.test(p.text)

/** An argument word (not a command's name, a number nor an extension): what a translator may write in other words. */
const argument = (p: Piece | undefined): boolean => p !== undefined && p.kind === 'word' && !p.command && !fixedWord(p)

function elementsOf(code: string): Element[] {
  const out: Element[] = []
  const pieces = piecesOf(code)
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!
    const last = out[out.length - 1]
    const run = last !== undefined && 'run' in last ? last : undefined
    // `/` between two argument words, without white space, joins them into one run (a path of placeholders).
    if (run !== undefined && p.text === '/' && !p.spaced && argument(run.run[run.run.length - 1]) && argument(pieces[k + 1]) && !pieces[k + 1]!.spaced) {
      run.run.push(pieces[++k]!)
      run.joins.push('/')
    } else if (p.kind !== 'word' || fixedWord(p)) out.push({ fixed: p })
    else if (run !== undefined && p.spaced && !p.command) {
      run.run.push(p)
      run.joins.push(' ')
    } else out.push({ run: [p], joins: [] })
  }
  return out
}

const memo = new TextMemo<readonly Element[]>()

/** The parts of a word joined by `-` or `_`, lower-cased (`some-command`: `some`, `command`). */
const partsOf = (word: string): string[] => word.toLowerCase().split(/[-_]+/u).filter((p) => p !== '')

/** Whether two words share a part (`your-repo` and `ihr-repo`). */
function shareAPart(a: readonly Piece[], b: readonly Piece[]): boolean {
  const parts = new Set(a.flatMap((p) => partsOf(p.text)))
  return b.some((p) => partsOf(p.text).some((part) => parts.has(part)))
}

/** The digits of an argument word (`tree1`: `1`), which a translator writing it in its own words keeps. */
const digitsOf = (p: Piece): string => p.text.match(/\p{N}+/gu)?.join(',') ?? ''

/**
 * Whether a word reads as a placeholder, which a translator may write in words of their own: a phrase (`some-dir`,
 * `your_repo`), a word with digits (`tree1`), or a word in letters other than ASCII (`verzeichnis` is ASCII;
 * `répertoire`, `目录` are not; a modifier letter marks how a word is said, `/viːt/`). A bare ASCII word (`build`, `main`, `true`, `install`, `npm`) is a value or a
 * program: another one is other code (`npm run dev` and `npm run build`, `enabled: true` and `enabled: false`).
 */
const placeholderLike = (p: Piece): boolean => partsOf(p.text).length >= 2 || /\p{N}/u.test(p.text) || /(?!\p{Lm})[^\p{ASCII}]/u.test(p.text)

/**
 * Whether one word written for another is a placeholder written in other words — the one notion of a placeholder
 * for a command's name and its arguments alike: either reads as a placeholder (see {@link placeholderLike}), and
 * they do not open with the same word (`apt-get` and `apt-cache`, `my-app` and `my-project` are other names of one
 * kind, where `some-command` and `irgendein-befehl`, `your-repo` and `ihr-repo` are one placeholder translated).
 */
function placeholderFor(p: Piece, q: Piece): boolean {
  if (!placeholderLike(p) && !placeholderLike(q)) return false
  const [x, y] = [partsOf(p.text), partsOf(q.text)]
  return x.length < 2 || y.length < 2 || x[0] !== y[0]
}

/** Letters other than ASCII (a modifier letter aside): a word written in a translation's own words. */
const NON_ASCII_LETTER = /(?!\p{Lm})[^\p{ASCII}]/u

/**
 * Whether two runs of one length are placeholders written in other words, word for word, each side reading as one
 * (see {@link placeholderLike}, {@link placeholderFor}), and each pair translated: one side in letters other than
 * ASCII, or both ASCII inside angle brackets keeping a word (`:name_of_emoji:` and `:에모지의_이름:`, `<your-repo>`
 * and `<ihr-repo>` say what to write there, however little code stands around them). Two ASCII names of one kind are
 * other code (`{user_id}` and `{order_id}`, `<user_name>` and `<file_path>`, `:white_check_mark:` and
 * `:heavy_check_mark:`); so are `<p>` and `<div>`, `:smile:` and `:미소:` (no phrase, no placeholder).
 * @param before The element before the runs, if any.
 */
function placeholders(x: readonly Piece[], y: readonly Piece[], before: Element | undefined): boolean {
  const angled = before !== undefined && 'fixed' in before && before.fixed.text === '<'
  const translated = (p: Piece, q: Piece): boolean =>
    NON_ASCII_LETTER.test(p.text) || NON_ASCII_LETTER.test(q.text) || (angled && partsOf(p.text).some((w) => partsOf(q.text).includes(w)))
  return x.length === y.length && x.every((p, k) => !p.command && placeholderLike(p) && placeholderLike(y[k]!) && placeholderFor(p, y[k]!) && translated(p, y[k]!))
}

/** A word as code writes it: lower-case ASCII letters and digits, parts joined by `-` or `_` (`pnpm`, `exporter-trace-otlp-http`). */
const LOWER_CODE = /^[a-z0-9]*[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/u

/** The parts of an ASCII identifier written in camel case, lower-cased (`devPath`: `dev`, `path`); none for others. */
const camelParts = (word: string): string[] => (/^[A-Za-z0-9]+$/u.test(word) && /[a-z][A-Z]/u.test(word) ? word.split(/(?<=[a-z0-9])(?=[A-Z])/u).map((w) => w.toLowerCase()) : [])

/**
 * Two camel-case identifiers that open with the same part and differ after it (`devPath` and `devUrl`): other names
 * of one kind, as {@link placeholderFor} reads phrases joined by `-` (`myService` and `meuServico`, a placeholder
 * translated, open otherwise).
 */
function sameCamelHead(a: string, b: string): boolean {
  const [x, y] = [camelParts(a), camelParts(b)]
  return x.length >= 2 && y.length >= 2 && x[0] === y[0]
}

/**
 * Whether two runs of one length are other code however they stand (in a path, in quotes): a camel-case identifier
 * written for another of its kind (`"devPath"` and `"devUrl"`; see {@link sameCamelHead}), or, where the run keeps some of its words, a lower-case word of
 * code changed for another that is not a placeholder written otherwise (`"yarn dev"` and `"pnpm dev"`,
 * `@opentelemetry/exporter-trace-otlp-proto` and `@opentelemetry/exporter-trace-otlp-http`). A translated string or
 * path changes all its words (`"example.com"` and `"exemple.com"`, `/some/other/dir`), or writes prose (`Hello Vite!`
 * and `Hallo Vite!`).
 */
function changedCode(x: readonly Piece[], y: readonly Piece[]): boolean {
  if (x.length !== y.length) return false
  const differ = (p: Piece, k: number): boolean => p.text !== y[k]!.text
  if (x.some((p, k) => differ(p, k) && sameCamelHead(p.text, y[k]!.text))) return true
  if (x.every(differ)) return false
  return x.some((p, k) => differ(p, k) && LOWER_CODE.test(p.text) && LOWER_CODE.test(y[k]!.text) && !placeholderFor(p, y[k]!))
}

/** Symbols after which words are free text: quotes and angle brackets (`"example.com"`, `<your-repo>`, `>logfile`). */
const QUOTING = /^['"`<>«“„‘]$/u

/**
 * Whether the arguments of a run may be written in other words: the run is a path (`some/other/dir`), stands in
 * quotes or brackets, or each word that differs is a placeholder written otherwise (see {@link placeholderFor}; in
 * another number of words, those of one side all read as placeholders).
 */
function freeRun(a: { run: Piece[]; joins: string[] }, b: { run: Piece[]; joins: string[] }, previous: Element | undefined): boolean {
  if (changedCode(a.run, b.run)) return false
  if (a.joins.includes('/') || b.joins.includes('/')) return true
  // Inside quotes or brackets: the run opens glued to one (`"example.com"`, `<your-repo>`, `>logfile`), not after a
  // closing one (`cd "my app"` then a line `npm run dev`).
  if (previous !== undefined && 'fixed' in previous && QUOTING.test(previous.fixed.text) && (!a.run[0]!.spaced || !b.run[0]!.spaced)) return true
  if (a.run.length === b.run.length) return a.run.every((p, k) => p.command || p.text === b.run[k]!.text || placeholderFor(p, b.run[k]!))
  const differing = (x: readonly Piece[], y: readonly Piece[]): Piece[] => x.filter((p, k) => p.text !== y[k]?.text && !p.command)
  return differing(a.run, b.run).every(placeholderLike) || differing(b.run, a.run).every(placeholderLike)
}

/**
 * Whether a run of words stands for another: the same words; or, word for word, the same command name and any
 * arguments (`ssh somehost cat` and `ssh andererhost cat`, `tree1` and `strom1`); or, in another number of words
 * joined alike, none the same (`'error message'` and `'Fehlermeldung'`, `/critical/directory/or/file` and
 * `/direktori/berkas/penting`) — the digits they hold kept. A command's name is kept unless it is itself a
 * placeholder phrase (`some-command`) whose words the other writes none of (`irgendein-befehl`).
 */
function sameRun(a: { run: Piece[]; joins: string[] }, b: { run: Piece[]; joins: string[] }, previous: Element | undefined): boolean {
  const [x, y] = [a.run, b.run]
  const joins = a.joins.join('') === b.joins.join('')
  if (joins && x.length === y.length && x.every((p, k) => p.text === y[k]!.text)) return true
  if (x[0]!.command !== y[0]!.command || !freeRun(a, b, previous)) return false
  // A command's name written otherwise is a placeholder's (`some-command`, `irgendein-befehl`), or another program
  // (`npm` and `yarn`, `apt-get` and `apt-cache`).
  if (x[0]!.command && x[0]!.text !== y[0]!.text && !placeholderFor(x[0]!, y[0]!)) return false
  if (x.length === y.length) return joins && x.every((p, k) => digitsOf(p) === digitsOf(y[k]!))
  const joinedAlike = new Set([...a.joins, ...b.joins]).size <= 1
  const digits = (run: readonly Piece[]): string => run.map(digitsOf).filter((d) => d !== '').join(';')
  return joinedAlike && (!shareAPart(x, y) || quotedText(a, b, previous)) && digits(x) === digits(y)
}

/**
 * Whether two runs are the text of a string (a label, a message, a value of JSON): inside quotes, glued to the
 * opening one (`"Astro documentation for {{feature}}"`, `label="Stars"`), with a word of text on either side — one a
 * reader reads rather than a program: capitalised or in letters other than ASCII (`Astro`, `für`). Such text keeps
 * some words of the other in another number of words when translated (`"Astro Documentation"` and
 * `"Astro-Dokumentation"`); a run of code words in quotes keeps its words' number (`"zip g++"` and `"g++"`).
 */
function quotedText(a: { run: Piece[] }, b: { run: Piece[] }, previous: Element | undefined): boolean {
  const quoted = previous !== undefined && 'fixed' in previous && /^['"`«“„‘]$/u.test(previous.fixed.text)
  const text = (run: readonly Piece[]): boolean => run.some((p) => !LOWER_CODE.test(p.text) && (NON_ASCII_LETTER.test(p.text) || /^\p{Lu}\p{Ll}/u.test(p.text)))
  return quoted && !a.run[0]!.spaced && !b.run[0]!.spaced && (text(a.run) || text(b.run))
}

function sameFixed(a: Piece, b: Piece, previous: Element | undefined): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'url' ? !sameLink(a.text.toLowerCase(), b.text.toLowerCase()) : a.text !== b.text) return false
  return a.spaced === b.spaced || a.kind === 'symbol' || afterOperator(previous)
}

/**
 * Whether two pieces of code are the same command with its placeholders written otherwise: the same skeleton —
 * command names, options (`-x`, long options), operators and other punctuation, numbers and words with digits, URLs (a
 * link to a localised copy is the same link), file extensions — with the arguments in words of their own
 * (`cd /some/other/dir` and `cd /irgendein/anderes/verzeichnis`, `git clone <your-repo>` and `git clone <ihr-repo>`,
 * `ssh somehost cat /etc/hosts` and `ssh andererhost cat /etc/hosts`). A removed, added or changed option, number, command name or symbol is other
 * code; so is a run of arguments that keeps some of its words and changes others in number (`zip g++` and `g++`).
 * Code that keeps none of its words and has no option, number, URL or extension is other code (`<p>` and `<div>`).
 * White space counts where it parts words (`rm -rf / tmp` is not `rm -rf /tmp`), not beside operators.
 * @param a Code (as anchors keep it).
 * @param b Other code.
 */
export function sameSkeleton(a: string, b: string): boolean {
  const x = memo.get(a, elementsOf)
  const y = memo.get(b, elementsOf)
  if (x.length !== y.length || x.length === 0) return false
  let kept = false
  for (let k = 0; k < x.length; k++) {
    const p = x[k]!
    const q = y[k]!
    if ('fixed' in p) {
      if (!('fixed' in q) || !sameFixed(p.fixed, q.fixed, x[k - 1])) return false
      continue
    }
    if (!('run' in q) || !sameRun(p, q, x[k - 1])) return false
    if (k > 0 && p.run[0]!.spaced !== q.run[0]!.spaced && !afterOperator(x[k - 1])) return false
    kept ||= p.run.some((r, i) => r.text === q.run[i]?.text) || (p.run[0]!.command && x.length > 1) || placeholders(p.run, q.run, x[k - 1])
  }
  // Without a word kept, a command's name (or placeholder phrase for one) beside other code, a placeholder written
  // otherwise, or an option, number, URL or extension, nothing says it is one command: `<p>` and `<div>`, `<link
  // href>` and `<root>`, `/viːt/` and `/vit/` are other code.
  return kept || x.some((e) => 'fixed' in e && e.fixed.kind !== 'symbol')
}

/** Whether an element is an operator, beside which white space does not matter. */
const afterOperator = (e: Element | undefined): boolean => e !== undefined && 'fixed' in e && OPERATOR.test(e.fixed.text)
