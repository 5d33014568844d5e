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
  const chars = [...` ${words} `]
  const grams: string[] = []
  for (const order of NGRAM_ORDERS) {
    for (let i = 0; i + order <= chars.length; i++) {
      const gram = chars.slice(i, i + order).join('')
      if (gram === ' ') continue
      grams.push(gram)
    }
  }
  return grams
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
