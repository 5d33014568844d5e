/**
 * A test of single code points against a one-code-point pattern (`/^\p{L}$/u`, `/^[\p{L}\p{M}]$/u`), each distinct
 * code point tested once per test and process, without a string per code point after the first test.
 * @param pattern Matches a string of exactly one code point when it is in the class (anchored, `u` flag).
 * @returns The test: whether a code point is in the class.
 */
export function codePointTest(pattern: RegExp): (point: number) => boolean {
  // Per code point below 0x10000: 0 not yet tested, 1 in the class, 2 not in it.
  const bmpKind = new Uint8Array(0x10000)
  const astralKind = new Map<number, boolean>()
  return (point: number): boolean => {
    if (point < 0x10000) {
      let kind = bmpKind[point]!
      if (kind === 0) bmpKind[point] = kind = pattern.test(String.fromCharCode(point)) ? 1 : 2
      return kind === 1
    }
    let inClass = astralKind.get(point)
    if (inClass === undefined) astralKind.set(point, (inClass = pattern.test(String.fromCodePoint(point))))
    return inClass
  }
}

/**
 * A counter of the code points of a text that match a one-code-point pattern (see {@link codePointTest}), counted
 * code point by code point without building the array of matches (`text.match(/…/gu)`).
 * @param pattern Matches a string of exactly one code point when it is in the class (anchored, `u` flag).
 * @returns The counter: a text's number of matching code points.
 */
export function codePointCounter(pattern: RegExp): (text: string) => number {
  const inClass = codePointTest(pattern)
  return (text: string): number => {
    let count = 0
    for (let i = 0; i < text.length; ) {
      const point = text.codePointAt(i)!
      i += point > 0xffff ? 2 : 1
      if (inClass(point)) count++
    }
    return count
  }
}
