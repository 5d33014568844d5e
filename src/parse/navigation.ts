import type { PlainText } from './plainText.js'

const LETTER = /\p{L}/gu

/**
 * Whether a block is a navigation bar: at least three links (a language switcher, a menu) whose visible text is
 * most (60 %) of the block's letters ("Talk to us: Discord | Reddit | YouTube"), or nothing but images (badges, logos) and links around them.
 * @param plain The block's plain text.
 */
export function isNavigation(plain: PlainText): boolean {
  const letters = plain.text.match(LETTER)?.length ?? 0
  if (letters === 0) return plain.images > 0 || plain.links > 0
  return plain.links >= 3 && plain.linkLetters >= 0.6 * letters
}
