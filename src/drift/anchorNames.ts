/**
 * Names in anchor drift: whether a name the pivot expects is held, lost or unseen (text in an uncased script) in a
 * translation, and how a heading id is generated from text. See `anchorDrift`.
 */
import type { Anchor } from '../align/anchors/Anchor.js'
import { casedScript } from '../pivot/casedScript.js'
import { findAnchor } from '../pivot/findAnchor.js'
import type { PivotAnchor } from '../types.js'
import { wordyCode, codeHeld, type CodePieces } from './anchorCode.js'
import type { NearbyAnchors } from './nearbyAnchors.js'

const LETTER = /\p{L}/gu
const LATIN_LETTER = /\p{Script=Latin}/u

/**
 * Whether a translation's text writes its own words in a cased script, where a lost name can be told from one
 * written otherwise (see `asName`). Judged on its letters outside the Latin script when they are a quarter of its
 * letters or more: Latin words in Japanese, Chinese, Arabic, Thai… text are names, code and terms left as they are
 * (`EMFILEエラー`, where others write `EMFILE Error`: `Error` is written in katakana), not the script of its words.
 */
export function writesInCase(text: string): boolean {
  const letters = text.match(LETTER) ?? []
  const others = letters.filter((l) => !LATIN_LETTER.test(l))
  return casedScript(others.length * 4 >= letters.length && others.length > 0 ? others.join('') : text)
}

/** Letters and digits of a text, lower case and without marks (`What's next?` → `whatsnext`). */
const idLetters = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

/**
 * Whether a heading's text is the one its site makes the id from (`What is a distribution?` for
 * `what-is-a-distribution`): a heading without a written `{#id}` has that id, which translations write out to keep it.
 */
function generatesId(text: string, id: string): boolean {
  const letters = idLetters(id)
  return letters !== '' && idLetters(text) === letters
}

/**
 * How an anchor weighed as a name fares in a translation's slot: a heading id, code of a few plain words, a name;
 * `undefined` for the others (numbers, URLs, other code). `unseen`: a name absent from text in an uncased script,
 * which cannot be told lost from rewritten (it does not count).
 */
export function asName(anchor: PivotAnchor, found: readonly Anchor[], text: string, nearby: NearbyAnchors, pieces: CodePieces, cased: boolean): 'held' | 'lost' | 'unseen' | undefined {
  const minor = (anchor.support ?? 1) < 0.5
  if (anchor.kind === 'slug') {
    // A heading id (`{#distributed-traces}`) that translations add to keep the source's generated one: where a
    // heading has none, its id is made from its own text. Markup, weighed as a name.
    return found.some((a) => a.kind === 'slug' && a.normalized === anchor.key) || minor || generatesId(text, anchor.key) ? 'held' : 'lost'
  }
  if (anchor.kind === 'code' && wordyCode(anchor)) {
    return codeHeld(anchor.key, found, pieces.prose, pieces.expected) || codeHeld(anchor.key, nearby.found, '', pieces.expected) || minor ? 'held' : 'lost'
  }
  if (anchor.kind !== 'name') return undefined
  if (findAnchor(anchor, found, text).status !== 'lost') return 'held'
  return cased && !minor ? 'lost' : 'unseen'
}
