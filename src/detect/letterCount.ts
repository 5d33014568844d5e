const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u

/** Per code point below 0x10000: 0 not yet tested, 1 a letter or mark, 2 not one. */
const bmpKind = new Uint8Array(0x10000)
const astralKind = new Map<number, boolean>()

/**
 * How many letters and marks a text holds (`/[\p{L}\p{M}]/gu` matches), counted code point by code point with each
 * distinct one tested once per process, without building the array of matches.
 * @param text Any text.
 * @returns The count.
 */
export function letterCount(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; ) {
    const point = text.codePointAt(i)!
    i += point > 0xffff ? 2 : 1
    if (point < 0x10000) {
      let kind = bmpKind[point]!
      if (kind === 0) bmpKind[point] = kind = LETTER_OR_MARK.test(String.fromCharCode(point)) ? 1 : 2
      if (kind === 1) count++
    } else {
      let letter = astralKind.get(point)
      if (letter === undefined) astralKind.set(point, (letter = LETTER_OR_MARK.test(String.fromCodePoint(point))))
      if (letter) count++
    }
  }
  return count
}
