// Markup a translation's tooling (a machine translator, an editor's reflow) breaks as it rewrites a page, in ways
// that turn the page's prose into code for a CommonMark reader, though the page says what its source says.

/** A fence line: its indentation, its fence and the rest of the line (an info string, or nothing when it may close). */
const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/u
/**
 * An ordered-list marker written in digits other than ASCII (`٤.`, `४)`, `৩.`): a list item to its writer, which
 * CommonMark, whose markers are ASCII digits, reads as a paragraph, so that the item's indented lines become code.
 */
const LOCAL_DIGITS_ITEM = /^([ \t]{0,3})(\p{Nd}{1,9})(?=[.)](?:[ \t]|$))/u
const ASCII_DIGITS = /^[0-9]+$/u

/** The indentation of a line in columns (a tab to the next multiple of four). */
function columns(indent: string): number {
  let width = 0
  for (const c of indent) width = c === '\t' ? width + 4 - (width % 4) : width + 1
  return width
}

/**
 * The same number in ASCII digits when every digit is one UTF-16 unit (so the text keeps its length), else `undefined`.
 * @param digits A run of decimal digits of one script.
 */
function asciiDigits(digits: string): string | undefined {
  let out = ''
  for (const c of digits) {
    const code = c.codePointAt(0)!
    if (code > 0xffff) return undefined
    // A script's decimal digits are ten code points in a row, zero first (Unicode's rule for `Nd`).
    let zero = code
    while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)) && code - (zero - 1) <= 9) zero--
    out += String(code - zero)
  }
  return out
}

/**
 * A fence opened inside a container (a list item: indented) and closed by a bare fence line written less indented
 * than it: CommonMark ends the list item there and opens a new code block at the bare line, which runs over the
 * page's next sections up to the following fence. The writer closed the block at the bare line (its indentation
 * lost): the line is blanked, so the block ends with its list item, where the next line less indented than the
 * item's text stands (a blank line is part of a fenced block, and a lost closing line closes nothing else).
 * @param lines The document's lines, changed in place (each keeps its length).
 */
function closeSlippedFences(lines: string[]): void {
  let open: { indent: string; fence: string } | undefined
  lines.forEach((line, k) => {
    const m = FENCE.exec(line)
    if (m === null) return
    const [, indent = '', fence = '', rest = ''] = m
    if (open === undefined) {
      open = { indent, fence }
      return
    }
    if (fence[0] !== open.fence[0] || fence.length < open.fence.length || rest.trim() !== '') return
    // Two columns at least: a list item's text is indented by its marker's width (`- `), less is a slip of one space.
    if (columns(open.indent) - columns(indent) >= 2) lines[k] = ' '.repeat(line.length)
    open = undefined
  })
}

/**
 * Mend the markup of a Markdown page that its translation's tooling broke so that prose reads as code, keeping every
 * offset in place (the result has the same length as the input): a list number written in the digits of the
 * page's script (`٤.`) is read in ASCII digits, a list marker as its writer meant; a fence opened in a list item and
 * closed by a bare fence line that lost its indentation ends with its list item (see {@link closeSlippedFences}).
 * @param text The document text.
 * @returns The mended text, as long as `text`.
 */
export function mendSlippedMarkup(text: string): string {
  const lines = text.split('\n')
  let inFence: string | undefined
  lines.forEach((line, k) => {
    const fence = FENCE.exec(line)
    if (fence !== null) {
      if (inFence === undefined) inFence = fence[2]!
      else if (fence[2]![0] === inFence[0] && fence[2]!.length >= inFence.length && fence[3]!.trim() === '') inFence = undefined
      return
    }
    if (inFence !== undefined) return
    const item = LOCAL_DIGITS_ITEM.exec(line)
    // After a blank line (or first): where a list may start whatever its number, so the digits never reach a paragraph's text.
    if (item === null || ASCII_DIGITS.test(item[2]!) || (k > 0 && lines[k - 1]!.trim() !== '')) return
    const ascii = asciiDigits(item[2]!)
    if (ascii !== undefined && ascii.length === item[2]!.length) lines[k] = item[1]! + ascii + line.slice(item[0].length)
  })
  closeSlippedFences(lines)
  return lines.join('\n')
}
