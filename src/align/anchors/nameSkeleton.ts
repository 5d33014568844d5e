import { anyAscii } from '../text/anyAscii.js'
import { TextMemo } from '../../util/TextMemo.js'

/**
 * Reduce a name (any script) to a lower-case ASCII skeleton so that transliterations of one name compare well
 * with Dice bigrams: transliterate with `any-ascii`, drop non-letters, fold common transliteration variants
 * (`dzh`/`zh`/`dj` → `j`, `kh` → `h`, `ph` → `f`, `th` → `t`, `w` → `v`, `y` → `i`, `c`/`q` → `k`) and
 * collapse doubled letters.
 * @param name A word or name.
 * @returns The skeleton (may be empty).
 */
export function nameSkeleton(name: string): string {
  return memo.get(name, skeletonOf)
}

// Words recur across the items of a corpus (every cognate key and name anchor is a skeleton): each is reduced once.
const memo = new TextMemo<string>(1_000_000, 100_000)

function skeletonOf(name: string): string {
  let s = anyAscii(name).toLowerCase().replace(/[^a-z]/g, '')
  s = s.replace(/dzh|dj|zh|jh/g, 'j')
  s = s.replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/th/g, 't').replace(/gh/g, 'g')
  s = s.replace(/w/g, 'v').replace(/y/g, 'i').replace(/[cq]/g, 'k').replace(/x/g, 'ks')
  s = s.replace(/(.)\1+/g, '$1')
  return s
}
