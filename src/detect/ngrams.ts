/** N-gram orders used by the language profiles. */
export const NGRAM_ORDERS: readonly number[] = [1, 2, 3, 4]

const NON_LETTERS = /[^\p{L}\p{M}]+/gu

/**
 * Character n-grams of a text, as used by the language profiles: lower-cased, every run of
 * non-letters (digits, punctuation, spaces) collapsed into one space, each word padded with spaces so
 * that word starts and ends are features of their own.
 * @param text Text (already reduced to its dominant script, see `scriptText`).
 * @returns The n-grams of every order in {@link NGRAM_ORDERS}, with repetitions.
 */
export function textNgrams(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().replace(NON_LETTERS, ' ').trim()
  if (words === '') return []
  const padded = ` ${words} `
  // Where each code point starts (a surrogate pair is one), so that an n-gram is one slice of the string.
  const cuts: number[] = []
  for (let i = 0; i < padded.length; i += isPair(padded, i) ? 2 : 1) cuts.push(i)
  cuts.push(padded.length)
  const length = cuts.length - 1
  const grams: string[] = []
  for (const order of NGRAM_ORDERS) {
    for (let i = 0; i + order <= length; i++) {
      const gram = padded.slice(cuts[i], cuts[i + order])
      if (gram === ' ') continue
      grams.push(gram)
    }
  }
  return grams
}

function isPair(text: string, i: number): boolean {
  const high = text.charCodeAt(i)
  if (high < 0xd800 || high > 0xdbff || i + 1 >= text.length) return false
  const low = text.charCodeAt(i + 1)
  return low >= 0xdc00 && low <= 0xdfff
}

/**
 * Words of a text, as used by the word profiles: lower-cased (NFC) runs of letters and marks;
 * digits and punctuation separate words (so `anak-anak` counts as `anak` twice).
 * @param text Text (already reduced to its dominant script, see `scriptText`).
 * @returns The words in order, with repetitions.
 */
export function textWords(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().replace(NON_LETTERS, ' ').trim()
  return words === '' ? [] : words.split(' ')
}
