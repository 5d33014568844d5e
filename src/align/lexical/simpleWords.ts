/**
 * The words `Intl.Segmenter` finds in a text written only with characters whose word-break classes are simple:
 * Latin (up to Latin Extended-B) and Cyrillic letters without combining marks, ASCII digits and punctuation, and a
 * few common quotation marks and dashes. For these the word-break rules of Unicode (UAX #29, WB5–WB13b) reduce to
 * a few joins, done here without creating an ICU segmenter: the first one in a process costs about 25 ms of CPU,
 * which a short run (`paracorpus bitext` on one pair) would otherwise pay. Any other character (another script, a
 * combining mark, a soft hyphen, an emoji…) sends the text to `Intl.Segmenter`; `tests/align/simpleWords.test.ts`
 * compares the two on real and generated text.
 */

/** Word-break classes (UAX #29) of the characters handled here. */
const OTHER = 0
const LETTER = 1
const NUMERIC = 2
const EXTEND_NUM_LET = 3
const MID_LETTER = 4
const MID_NUM = 5
/** MidNumLet and Single_Quote (which acts as MidNumLet outside Hebrew). */
const MID_NUM_LET = 6
const UNSUPPORTED = 7

/** Classes of the code points below `TABLE_END`. */
const TABLE_END = 0x0500

const CLASSES = buildClasses()

/** Classes of a few characters above the table: quotation marks, dashes, the ellipsis. */
const EXTRA = new Map<number, number>([
  [0x2013, OTHER],
  [0x2014, OTHER],
  [0x2018, MID_NUM_LET],
  [0x2019, MID_NUM_LET],
  [0x201c, OTHER],
  [0x201d, OTHER],
  [0x201e, OTHER],
  [0x2026, OTHER],
])

function buildClasses(): Uint8Array {
  const classes = new Uint8Array(TABLE_END)
  const letter = /\p{L}/u
  const unsupported = /[\p{M}\p{Cf}]/u
  for (let code = 0; code < TABLE_END; code++) {
    const ch = String.fromCharCode(code)
    // Spacing modifiers, combining marks and Greek have classes of their own (Extend, MidLetter, MidNum…).
    if ((code >= 0x0250 && code < 0x0400) || unsupported.test(ch)) classes[code] = UNSUPPORTED
    else if (letter.test(ch)) classes[code] = LETTER
    else if (code >= 0x30 && code <= 0x39) classes[code] = NUMERIC
    else classes[code] = OTHER
  }
  classes[0x5f] = EXTEND_NUM_LET // _
  classes[0x3a] = MID_LETTER // :
  classes[0xb7] = MID_LETTER // ·
  classes[0x2c] = MID_NUM // ,
  classes[0x3b] = MID_NUM // ;
  classes[0x2e] = MID_NUM_LET // .
  classes[0x27] = MID_NUM_LET // '
  // Cyrillic thousands sign (So) and the Cyrillic combining marks are left to the segmenter with the marks above;
  // so is the cedilla, a symbol that ICU's word rules join to letters.
  classes[0x0482] = UNSUPPORTED
  classes[0xb8] = UNSUPPORTED
  return classes
}

function classOf(code: number): number {
  return code < TABLE_END ? (CLASSES[code] ?? UNSUPPORTED) : (EXTRA.get(code) ?? UNSUPPORTED)
}

/** Letters, digits and connectors join whatever their order (WB5, WB8–WB10, WB13a, WB13b). */
function joins(cls: number): boolean {
  return cls === LETTER || cls === NUMERIC || cls === EXTEND_NUM_LET
}

/**
 * The word classes of a text's characters, or `undefined` when a character is not handled here.
 * @param text Any text.
 */
function classesOf(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length)
  for (let k = 0; k < text.length; k++) {
    const cls = classOf(text.charCodeAt(k))
    if (cls === UNSUPPORTED) return undefined
    out[k] = cls
  }
  return out
}

/**
 * End of the word starting at `start`: letters, digits and connectors, and a middle character between two letters
 * (MidLetter, MidNumLet: WB6, WB7) or between two digits (MidNum, MidNumLet: WB11, WB12).
 */
function wordEnd(cls: Uint8Array, start: number): number {
  let j = start + 1
  while (j < cls.length) {
    const c = cls[j]!
    if (joins(c)) {
      j++
      continue
    }
    const before = cls[j - 1]
    const after = cls[j + 1]
    if (before === LETTER && after === LETTER && (c === MID_LETTER || c === MID_NUM_LET)) j += 2
    else if (before === NUMERIC && after === NUMERIC && (c === MID_NUM || c === MID_NUM_LET)) j += 2
    else break
  }
  return j
}

/**
 * Visit the word segments of a text that contain a letter, in order, as `Intl.Segmenter` (granularity `word`)
 * gives them — when the text is written only with the characters handled here.
 * @param text Any text.
 * @param visit Called with each word; return `false` to stop.
 * @returns `false` when the text has a character not handled here (nothing was visited), else `true`.
 */
export function visitSimpleWords(text: string, visit: (word: string) => boolean): boolean {
  const cls = classesOf(text)
  if (cls === undefined) return false
  let k = 0
  while (k < cls.length) {
    if (!joins(cls[k]!)) {
      k++
      continue
    }
    const end = wordEnd(cls, k)
    let letter = false
    for (let q = k; q < end && !letter; q++) letter = cls[q] === LETTER
    if (letter && !visit(text.slice(k, end))) return true
    k = end
  }
  return true
}
