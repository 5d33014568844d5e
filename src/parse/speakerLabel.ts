import { scriptClass } from '../util/scripts.js'
import { checkText } from '../errors/checkShape.js'
/** A `Label:` prefix found at the start of a line. */
export interface SpeakerLabel {
  /** The label as written (`jr`, `Q`, `Interviewer`). */
  label: string
  /** Case-folded key for comparing labels. */
  key: string
  /** Text after the colon, trimmed. */
  rest: string
  /** Length of the prefix (label, colon and following spaces) in characters. */
  length: number
}

// A short label (at most three words, 24 characters, six of a dense script, with a letter in it) followed by a colon
// (ASCII or fullwidth). `http://` is not a label, nor is a path of code (`The Rust tauri::api::dialog APIs`: a
// double colon), nor a time (`at 10:30`: a digit on both sides of the colon);
// a turn may well begin with a number (`问：1770年…`, `Q: 2020 was…`).
const LABEL = /^[*_]{0,2}([\p{L}\p{N}][\p{L}\p{M}\p{N}.'’\-]*(?: [\p{L}\p{M}\p{N}.'’\-]+){0,2})[*_]{0,2}\s?[:：](?![:：])[*_]{0,2}(?!\/\/)\s*/u

// A word of a dense script (Han, Kana, Hangul) is one or two characters: three words are at most six of them.
const DENSE = scriptClass('dense', '', 'g')
const DENSE_AT_MOST = 6

/**
 * Furthest a label's colon can be from the start of a line: two emphasis markers, a label of 24 characters, two markers
 * and a space before it. Most lines have no colon that near their start, and are not matched against {@link LABEL}.
 */
const LABEL_COLON_AT_MOST = 29

/** Whether a colon (ASCII or fullwidth) is among the first `last + 1` code units of a line. */
function colonWithin(line: string, last: number): boolean {
  const end = Math.min(line.length, last + 1)
  for (let i = 0; i < end; i++) {
    const code = line.charCodeAt(i)
    if (code === 0x3a || code === 0xff1a) return true
  }
  return false
}

/** Read a `Label:` prefix at the start of a line, if there is one. */
export function speakerLabel(line: string): SpeakerLabel | undefined {
  checkText(line, 'line')
  if (!colonWithin(line, LABEL_COLON_AT_MOST)) return undefined
  const match = LABEL.exec(line)
  if (match === null) return undefined
  const label = match[1]!
  if (label.length > 24 || !/\p{L}/u.test(label) || (label.match(DENSE)?.length ?? 0) > DENSE_AT_MOST) return undefined
  if (/\p{Nd}$/u.test(label) && /^\p{Nd}/u.test(line.slice(match[0].length))) return undefined
  return { label, key: label.toLowerCase(), rest: line.slice(match[0].length).trim(), length: match[0].length }
}
