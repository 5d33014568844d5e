import type { PlainText } from './plainText.js'
import { lineShape } from './lineShape.js'

const LETTER = /\p{L}/gu
const ANY_LETTER = /\p{L}/u

/**
 * Whether a block is a navigation bar: at least three links (a language switcher, a menu) whose visible text is
 * most (60 %) of the block's letters ("Talk to us: Discord | Reddit | YouTube"), or nothing but images (badges, logos)
 * and links around them. A line that ends as a sentence ends ("… [features](…) を提供する開発サーバー。") is prose
 * however many of its words are links: a bar of links is no sentence (a block of several lines is judged as a whole,
 * as a header of a menu, a language bar and a line of thanks is).
 * @param plain The block's plain text.
 */
export function isNavigation(plain: PlainText): boolean {
  // Fewer than three links: only a block of images and links without letters; its letters need not be counted.
  if (plain.links < 3) return (plain.images > 0 || plain.links > 0) && !ANY_LETTER.test(plain.text)
  const letters = plain.text.match(LETTER)?.length ?? 0
  if (letters === 0) return true
  return plain.linkLetters >= 0.6 * letters && !(!plain.text.includes('\n') && lineShape(plain.text).terminal)
}
