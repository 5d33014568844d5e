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

// A date names a year (1500–2199) or a time of day: "March 3, 2021", "2021年3月5日", "14:05". A version ("v0.96+",
// "Python 3.10") is a number too, but not a date.
const DATE_NUMBER = /(?<!\p{Nd})(?:1[5-9]|2[01])\p{Nd}{2}(?!\p{Nd})|(?<!\p{Nd})\p{Nd}{1,2}[:：]\p{Nd}{2}(?!\p{Nd})/u

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
  if (shape.digits && !shape.terminal && shape.words <= 5 && shape.letters <= 30 && DATE_NUMBER.test(line.text)) return 'dangling-date'
  if (line.repeated && !shape.terminal && shape.words <= 12) return 'repeated-caption'
  return undefined
}

/** A short unpunctuated line with no digits: a byline or a label when it stands next to furniture. */
export function isBylineShaped(shape: LineShape): boolean {
  return !shape.terminal && !shape.digits && !shape.asks && shape.words <= 3
}
