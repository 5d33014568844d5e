/**
 * Code in anchor drift: expected code held as plain text or joined with other code, code written as words, a code
 * block's versions, and a cell's prose without the code the parse met. See `anchorDrift`.
 */
import type { Anchor } from '../align/anchors/Anchor.js'
import { sameCode } from '../align/anchors/sameCode.js'
import { segmentRanges, withoutRanges } from '../parse/inlineRanges.js'
import type { PivotAnchor, Segment } from '../types.js'
import type { NearbyAnchors } from './nearbyAnchors.js'

/**
 * Inline code written as a few words of letters (`bool`, `Unsupported`, `starship prompt`): a type, a label of
 * the program's screens or a command's words, which translators translate as words (`布尔值`, `不支持`, `starship
 * 프롬프트`) where the program itself is localised or the word reads as prose. Such code weighs as a name: a lost
 * or re-written one is a spelling, not a lost command. A code block is a command however it reads (`cargo
 * build`): never one.
 */
export function wordyCode(anchor: { normalized?: string; key?: string; block?: true | undefined }): boolean {
  return anchor.block !== true && /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,2}$/u.test(anchor.normalized ?? anchor.key ?? '')
}

/**
 * Code of one or two characters (`-`, `?`, `-b`, `su`): such strings occur by chance in any text, so they are found
 * in text only standing apart — a symbol between quotes or brackets, letters between those or spaces.
 */
function shortCode(code: string): boolean {
  return [...code].length <= 2
}

const WORD_CHAR = /[\p{L}\p{N}_]/u
const QUOTE_OR_BRACKET = /["'`«»“”‘’„「」『』()（）[\]<>]/u
const SPACE_QUOTE_OR_BRACKET = /[\s"'`«»“”‘’„「」『』()（）[\]<>]/u

/** Whether `part` stands in `whole` as whole words of code (not inside a longer name: `bool` is not in `boolean`). */
function holdsCode(whole: string, part: string): boolean {
  if (part === '') return false
  const short = shortCode(part)
  const apart = /[\p{L}\p{N}]/u.test(part) ? SPACE_QUOTE_OR_BRACKET : QUOTE_OR_BRACKET
  for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
    const before = whole[at - 1]
    const after = whole[at + part.length]
    if (short) {
      if ((before === undefined || apart.test(before)) && (after === undefined || apart.test(after))) return true
      continue
    }
    if ((before === undefined || !WORD_CHAR.test(before) || !WORD_CHAR.test(part[0]!)) && (after === undefined || !WORD_CHAR.test(after) || !WORD_CHAR.test(part[part.length - 1]!))) return true
  }
  return false
}

/**
 * Whether code `whole` is `part` joined with other pieces of code (`convert_underscores = False` where others wrote
 * `convert_underscores` and `False` apart): it holds `part` and at least one other of `pieces`, and nothing else
 * but spaces and punctuation. Code that holds `part` and more (`rm -rf build /` for `rm -rf build`) is code
 * written otherwise: an edited command, not the same one.
 */
export function joinOf(whole: string, part: string, pieces: readonly string[]): boolean {
  if (whole === part || !holdsCode(whole, part)) return false
  const held = pieces.filter((p) => p !== '' && p !== whole && holdsCode(whole, p))
  if (!held.includes(part)) held.push(part)
  if (held.length < 2) return false
  let rest = whole
  for (const p of [...held].sort((x, y) => y.length - x.length)) rest = rest.split(p).join(' ')
  return !/[\p{L}\p{N}]/u.test(rest)
}


/**
 * A text without the code the translation wrote as code (inline spans), for a text whose segments are not known: each
 * code anchor's string taken out wherever it stands (see {@link cellProse} for the segments' own code ranges).
 */
export function proseOf(text: string, found: readonly Anchor[]): string {
  let prose = text.replace(/\s+/gu, ' ')
  for (const a of found) if (a.kind === 'code' && a.normalized !== '') prose = prose.split(a.normalized.replace(/\n/gu, ' ')).join(' ')
  return prose
}

/**
 * Whether expected code is in the translation though not as a code anchor of its own: written as plain text
 * (`boot.img` without its backticks; not inside code the translation wrote, which is compared as code), or joined
 * with other expected code in one piece (see {@link joinOf}).
 * @param pieces The code the slot and its neighbours expect.
 */
export function codeHeld(key: string, found: readonly Anchor[], prose: string, pieces: readonly string[]): boolean {
  return (prose !== '' && holdsCode(prose, key.replace(/\n/gu, ' '))) || found.some((a) => a.kind === 'code' && (sameCode(a.normalized, key) || joinOf(a.normalized, key, pieces)))
}

/**
 * The versions of an expected code block: its key and each way a member wrote it (where no version of a block is
 * held by enough members, the slot expects any of them: see `mergeAnchors`), so that a translation holding an older
 * version of the block has not lost it. Other anchors: their key.
 */
export function versionsOf(anchor: PivotAnchor): string[] {
  if (anchor.kind !== 'code' || anchor.block !== true) return [anchor.key]
  return [...new Set([anchor.key, ...anchor.variants.map((v) => v.trim())])]
}

/** How many code blocks of the slot and the paragraphs around it are versions of an expected block (see {@link versionsOf}). */
export function versionsHeld(anchor: PivotAnchor, found: readonly Anchor[], nearby: NearbyAnchors): number {
  const versions = versionsOf(anchor)
  const blocks = new Set([...found, ...nearby.found].filter((a) => a.kind === 'code' && a.block === true).map((a) => a.normalized))
  return [...blocks].filter((b) => versions.some((v) => sameCode(v, b))).length
}

/** The code a slot and its neighbours expect, and the code the translation has there: what joined code is made of. */
export interface CodePieces {
  expected: readonly string[]
  found: readonly string[]
  /** The translation's text without the code it wrote as code, white space made single spaces ('' for none). */
  prose: string
}

/** The {@link CodePieces} of a slot: its expected code and the neighbours', the code found in its cell and around it, and its prose. */
export function codePieces(expected: readonly PivotAnchor[], found: readonly Anchor[], nearby: NearbyAnchors, prose: string): CodePieces {
  const code = (a: { kind: string }): boolean => a.kind === 'code'
  return { expected: [...expected, ...nearby.expected].filter(code).map((e) => e.key), found: [...found, ...nearby.found].filter(code).map((a) => a.normalized), prose }
}

/**
 * The text of a cell's segments without the code they write as code, where the parse met it (`Sentence.inline`): a
 * code span's string written elsewhere as plain text stays (`spinner` as code leaves `cli-spinners`), so expected
 * code the translation writes as plain text there is found (see `codeHeld`).
 * @param segments The cell's segments.
 */
export function cellProse(segments: ReadonlyArray<Pick<Segment, 'text' | 'sentences'>>): string {
  return segments.map((s) => withoutRanges(s.text, segmentRanges(s, 'code'))).join('\n').replace(/\s+/gu, ' ')
}
