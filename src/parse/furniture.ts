import type { LineShape } from './lineShape.js'
import type { SpeakerLabel } from './speakerLabel.js'
import type { EchoIndex } from './echoIndex.js'

/** What the furniture rules need to know about one line. */
export interface LineFacts {
  /** The line text. */
  text: string
  /** Its surface shape. */
  shape: LineShape
  /** Its `Label:` prefix, when it has one and the label is not a speaker. */
  label: SpeakerLabel | undefined
  /** Whether the same line occurs elsewhere verbatim. */
  repeated: boolean
}

// A date names a year (1500–2199, in any script's digits) or a time of day: "March 3, 2021", "2021年3月5日",
// "١٢ مارس ٢٠٢١", "14:05". A version ("v0.96+", "Python 3.10") is a number too, but not a date.
const FOUR_DIGITS = /(?<!\p{Nd})\p{Nd}{4}(?!\p{Nd})/gu
const TIME = /(?<!\p{Nd})\p{Nd}{1,2}[:：]\p{Nd}{2}(?!\p{Nd})/u
const ND = /\p{Nd}/u

/**
 * The value of a decimal digit of any script: its place in its run of ten (Unicode keeps each script's 0–9 in a row).
 * Runs that follow one another with no gap (the mathematical digits: bold, double-struck, … 0–9) decompose to ASCII
 * digits, which say their value directly.
 */
function digitValue(digit: string): number {
  const compatible = digit.normalize('NFKD')
  if (compatible >= '0' && compatible <= '9' && compatible.length === 1) return compatible.charCodeAt(0) - 48
  const cp = digit.codePointAt(0)!
  let value = 0
  while (value < 9 && ND.test(String.fromCodePoint(cp - value - 1))) value++
  return value
}

/** Whether a line names a year or a time of day. */
function namesDate(text: string): boolean {
  if (TIME.test(text)) return true
  for (const m of text.matchAll(FOUR_DIGITS)) {
    const year = [...m[0]].reduce((n, d) => n * 10 + digitValue(d), 0)
    if (year >= 1500 && year <= 2199) return true
  }
  return false
}

/** Why a line was taken for page furniture. */
export type FurnitureCue = 'dangling-label' | 'label-echo' | 'furniture-label' | 'dangling-date' | 'repeated-caption'

/**
 * Decide whether a line is page furniture from general cues only: a dangling `Label:` with nothing after it,
 * a `Label:` that echoes text found earlier (a caption or a video title repeating the headline),
 * a label already seen on furniture, a short line that is only a date (it names a year or a time: a short line
 * with a version number, "注意：仅支持 Nushell v0.96+", is a remark), a short unpunctuated line repeated
 * verbatim (image alt text and its caption).
 * @param line The line.
 * @param earlier The lines kept so far (title first).
 * @param furnitureLabels Label keys already seen on furniture; updated when a new one is found.
 */
export function furnitureCue(line: LineFacts, earlier: EchoIndex, furnitureLabels: Set<string>): FurnitureCue | undefined {
  const { shape, label } = line
  if (label !== undefined) {
    if (label.rest === '') {
      furnitureLabels.add(label.key)
      return 'dangling-label'
    }
    if (furnitureLabels.has(label.key)) return 'furniture-label'
    if (earlier.echoes(label.rest)) {
      furnitureLabels.add(label.key)
      return 'label-echo'
    }
  }
  if (shape.digits && !shape.terminal && shape.words <= 5 && shape.letters <= 30 && namesDate(line.text)) return 'dangling-date'
  if (line.repeated && !shape.terminal && shape.words <= 12) return 'repeated-caption'
  return undefined
}

/** A short unpunctuated line with no digits: a byline or a label when it stands next to furniture. */
export function isBylineShaped(shape: LineShape): boolean {
  return !shape.terminal && !shape.digits && !shape.asks && shape.words <= 3
}
