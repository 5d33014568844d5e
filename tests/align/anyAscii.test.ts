import packaged from 'any-ascii'
import { describe, expect, it } from 'vitest'
import { anyAscii } from '../../src/align/text/anyAscii.js'

describe('anyAscii (the package table read as data)', () => {
  it('gives the package its own answer for every code point', () => {
    // One string per block of 256 code points, each code point on a line of its own (ASCII is kept as it is).
    const differ: number[] = []
    for (let block = 0; block <= 0x10ff; block++) {
      const points: string[] = []
      for (let cp = block << 8; cp < (block + 1) << 8; cp++) if (cp < 0xd800 || cp > 0xdfff) points.push(String.fromCodePoint(cp))
      const text = points.join('\n')
      if (anyAscii(text) !== packaged(text)) differ.push(block)
    }
    expect(differ).toEqual([])
  })

  it.each([
    ['Müller, Москва 東京 ١٢٣ ﷺ 😀 Ǆ'],
    ['lone \ud800 and \udfff surrogates'],
    ['only ASCII, with "quotes" and \\ backslashes'],
    ['\u{e0001}\u{f0000}\u{10fffd}'],
    [''],
  ])('gives the package its own answer for %j', (text) => {
    expect(anyAscii(text)).toBe(packaged(text))
  })
})
