/**
 * A counter of the code points of a text that match a one-code-point pattern (`/^\p{L}$/u`, `/^[\p{L}\p{M}]$/u`),
 * counted code point by code point with each distinct one tested once per counter and process, without building the
 * array of matches (`text.match(/…/gu)`) or a string per code point after the first test.
 * @param pattern Matches a string of exactly one code point when it is in the class (anchored, `u` flag).
 * @returns The counter: a text's number of matching code points.
 */
export function codePointCounter(pattern: RegExp): (text: string) => number {
  // Per code point below 0x10000: 0 not yet tested, 1 in the class, 2 not in it.
  const bmpKind = new Uint8Array(0x10000)
  const astralKind = new Map<number, boolean>()
  return (text: string): number => {
    let count = 0
    for (let i = 0; i < text.length; ) {
      const point = text.codePointAt(i)!
      i += point > 0xffff ? 2 : 1
      if (point < 0x10000) {
        let kind = bmpKind[point]!
        if (kind === 0) bmpKind[point] = kind = pattern.test(String.fromCharCode(point)) ? 1 : 2
        if (kind === 1) count++
      } else {
        let inClass = astralKind.get(point)
        if (inClass === undefined) astralKind.set(point, (inClass = pattern.test(String.fromCodePoint(point))))
        if (inClass) count++
      }
    }
    return count
  }
}
