import { describe, expect, it } from 'vitest'
import { diceCoefficient } from 'dice-coefficient'
import { EchoIndex } from '../../src/parse/echoIndex.js'

// The comparison the index replaces: every kept line lower-cased and compared with the text again.
function echoesNaively(text: string, kept: readonly string[]): boolean {
  const rest = text.toLocaleLowerCase('und')
  return kept.some((e) => {
    const other = e.toLocaleLowerCase('und')
    return (rest.length >= 8 && other.startsWith(rest)) || diceCoefficient(rest, other) >= 0.8
  })
}

function indexOf(kept: readonly string[]): EchoIndex {
  const index = new EchoIndex()
  for (const line of kept) index.add(line)
  return index
}

describe('EchoIndex', () => {
  const headline = 'Floods close the old bridge for a week'
  it.each([
    ['a caption repeating the headline', 'Floods close the old bridge for a week', true],
    ['a caption repeating the headline in other case', 'FLOODS CLOSE THE OLD BRIDGE FOR A WEEK', true],
    ['the opening words of the headline', 'Floods close the old', true],
    ['a near copy of the headline', 'Floods closed the old bridge for a week', true],
    ['an unrelated sentence', 'The council meets again on Tuesday', false],
    ['a short opening (under eight characters)', 'Floods', false],
    ['an empty text', '', false],
    ['one letter', 'F', false],
  ])('%s: %s → %s', (_name, text, expected) => {
    expect(indexOf([headline, 'Photo credit']).echoes(text)).toBe(expected)
    expect(echoesNaively(text, [headline, 'Photo credit'])).toBe(expected)
  })

  it('agrees with the pairwise Sørensen–Dice comparison on random lines', () => {
    let seed = 17
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const alphabet = ['a', 'b', 'c', 'A', 'B', ' ', 'é', 'İ', 'ß', 'я', '中']
    const line = (): string => Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]!).join('')
    let echoes = 0
    for (let round = 0; round < 300; round++) {
      const kept = Array.from({ length: 1 + Math.floor(random() * 6) }, line)
      const text = random() < 0.3 ? kept[0]!.slice(0, Math.floor(random() * 12)) : line()
      const expected = echoesNaively(text, kept)
      if (expected) echoes++
      expect(indexOf(kept).echoes(text), JSON.stringify({ text, kept })).toBe(expected)
    }
    expect(echoes).toBeGreaterThan(20)
  })
})
