/** N-gram orders used by the language profiles. */
export const NGRAM_ORDERS: readonly number[] = [1, 2, 3, 4]

const NON_LETTERS = /[^\p{L}\p{M}]+/gu

/** The last text {@link letterRuns} was given and its answer: one text is cut for its n-grams, words and features in turn. */
let lastText: string | undefined
let lastRuns = ''

/**
 * A text as the n-gram and word models read it: NFC, lower-cased, every run of non-letters (digits, punctuation,
 * spaces) one space, trimmed. The answer for the last text is kept: a detection cuts the same text for its n-grams,
 * its words and its pair features.
 * @param text Any text.
 * @returns The words separated by single spaces (`''` for a text without letters).
 */
export function letterRuns(text: string): string {
  if (text !== lastText) {
    lastRuns = text.normalize('NFC').toLowerCase().replace(NON_LETTERS, ' ').trim()
    lastText = text
  }
  return lastRuns
}

/**
 * Character n-grams of a text, as used by the language profiles: lower-cased, every run of
 * non-letters (digits, punctuation, spaces) collapsed into one space, each word padded with spaces so
 * that word starts and ends are features of their own.
 * @param text Text (already reduced to its dominant script, see `scriptText`).
 * @returns The n-grams of every order in {@link NGRAM_ORDERS}, with repetitions.
 */
export function textNgrams(text: string): string[] {
  const words = letterRuns(text)
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
  const words = letterRuns(text)
  return words === '' ? [] : words.split(' ')
}
