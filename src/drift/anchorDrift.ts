/**
 * Anchor drift: what became of the numbers, links, code and names a pivot slot expects in a translation's text of
 * the slot (`anchor-lost`, `anchor-changed`). Numbers, code, names and the anchors around a slot are read by their
 * own modules (`anchorNumbers`, `anchorCode`, `anchorNames`, `nearbyAnchors`).
 */
import type { Anchor } from '../align/anchors/Anchor.js'
import { anchorsOfSegments, inWords } from '../pivot/pivotAnchors.js'
import { sameLink } from '../align/anchors/sameLink.js'
import { sameCode } from '../align/anchors/sameCode.js'
import type { PivotAnchor, Segment } from '../types.js'
import { numberScore, small, strip, sameDecade, sameYearEnd, buddhistYear, digitsOnly, onTheClock, samePadded, expectedKeys, isExpected, sameFraction, vagueMagnitude, decade, wholeOf, zeroFractionWhole, significant, atAnotherScale, writtenAsSum, inRomanNumerals, halfInWords, writtenInParts, partOfOne, occurrences } from './anchorNumbers.js'
import { wordyCode, joinOf, proseOf, codeHeld, versionsOf, versionsHeld, type CodePieces, codePieces, cellProse } from './anchorCode.js'
import { type NearbyAnchors, NO_NEARBY_ANCHORS, nearbyHeld } from './nearbyAnchors.js'
import { writesInCase, asName } from './anchorNames.js'

/** What became of a slot's anchors in a translation. */
export interface AnchorDrift {
  /** `anchor-lost` score in [0, 1]. */
  lost: number
  /** `anchor-changed` score in [0, 1]. */
  changed: number
  /** Lost anchors as the pivot spells them. */
  lostAnchors: string[]
  /** Changed numbers, URLs and addresses: `pivot → translation`. */
  changedAnchors: string[]
}

/**
 * Share of lost names in the `anchor-lost` score of a slot. A name not found is weak evidence: it is re-spelled,
 * translated (`Capitol Hill` → `Капитолийский холм`) or declined far more often than dropped, so it adds to the
 * slot's other evidence but never reaches 0.5 alone; a lost number is serious.
 */
const NAME_WEIGHT = 0.4

/**
 * Whether a found anchor is one no expected anchor explains, so it can stand for a changed one. A name never is;
 * nor a single digit, a number read from words (`fifty`, `十日`: it confirms an expected one but is no evidence of
 * a changed one), an expected number's Buddhist-era year, or the same significant digits at another scale.
 */
function isSpare(a: Anchor, expected: readonly PivotAnchor[], keys: ReadonlySet<string>, text: string, nearby: NearbyAnchors, pieces: CodePieces): boolean {
  if (a.kind === 'name' || small(a, [a.text]) || inWords(a)) return false
  if (isExpected(a, keys) || keys.has(`number:${wholeOf(a)}`)) return false
  if (a.kind === 'code' && (wordyCode(a) || [...expected, ...nearby.expected].some((e) => e.kind === 'code' && (versionsOf(e).some((v) => sameCode(v, a.normalized)) || joinOf(a.normalized, e.key, pieces.expected) || joinOf(e.key, a.normalized, pieces.found))))) return false
  if (a.kind === 'url' && [...expected, ...nearby.expected].some((e) => e.kind === 'url' && sameLink(e.key, a.normalized))) return false
  const years = expected.filter((e) => e.kind === 'number').map((e) => e.key)
  if (a.kind === 'number' && years.some((y) => sameYearEnd(y, a.normalized, years))) return false
  return !expected.some(
    (e) =>
      e.kind === 'number' &&
      (buddhistYear(a.normalized, e.key, text) ||
        (a.kind === 'number' && significant(e.key).length >= 2 && significant(e.key) === significant(a.normalized))),
  )
}

/**
 * Whether a number, URL, address or code the slot expects is in the translation: as written, or as the same value,
 * link or code written another way (see the helpers above).
 */
function present(anchor: PivotAnchor, expected: readonly PivotAnchor[], found: readonly Anchor[], text: string, foundNumbers: readonly string[], pieces: CodePieces): boolean {
  if (anchor.kind === 'code' && versionsOf(anchor).some((v) => codeHeld(v, found, pieces.prose, pieces.expected))) return true
  const whole = anchor.kind === 'number' ? zeroFractionWhole(anchor) : undefined
  const same = (a: Anchor): boolean => {
    if (a.kind !== anchor.kind) return false
    if (a.normalized === anchor.key || samePadded(a, anchor)) return true
    if (a.kind === 'url') return sameLink(anchor.key, a.normalized)
    if (a.kind !== 'number') return false
    return a.normalized === whole || wholeOf(a) === anchor.key || sameFraction(a.normalized, anchor.key) || sameDecade(a.normalized, anchor.key) || buddhistYear(a.normalized, anchor.key, text) || sameYearEnd(anchor.key, a.normalized, foundNumbers)
  }
  return found.some(same) || (anchor.kind === 'number' && (writtenInParts(anchor, found) || partOfOne(anchor, expected, found)))
}

/** What {@link anchorDrift} may be told of a translation's text beside the text itself. */
export interface AnchorDriftOptions {
  /** Its anchors (default: those of the text, numbers in words included; give the segments' own to include link URLs and code). */
  readonly found?: readonly Anchor[] | undefined
  /** Code and links near the slot (default none). */
  readonly nearby?: NearbyAnchors | undefined
  /**
   * The text without the code written as code (default: each code anchor's string taken out wherever it stands; the
   * segments' {@link cellProse} takes out only their code).
   */
  readonly prose?: string | undefined
}

/**
 * {@link anchorDrift} of a cell: its segments' text, the anchors the parse found in them and their prose without the
 * code the parse met.
 * @param expected The slot's pivot anchors.
 * @param segments The cell's segments.
 * @param nearby Code and links near the slot (default none).
 * @param keep Which of the segments' anchors count (default all).
 */
export function cellAnchorDrift(expected: readonly PivotAnchor[], segments: readonly Segment[], nearby?: NearbyAnchors, keep: (a: Anchor) => boolean = () => true): AnchorDrift {
  return anchorDrift(expected, segments.map((s) => s.text).join('\n'), { found: anchorsOfSegments(segments).filter(keep), nearby, prose: cellProse(segments) })
}

/**
 * Compare the anchors a pivot slot expects with a translation's text of the slot.
 *
 * Numbers are compared by value (any digits; `1.5 million` = `150万`), URLs and e-mail addresses exactly: one that
 * is absent (or found fewer times than the family writes it, see `PivotAnchor.count`; such a shortfall is never
 * lost) while another number (URL) not expected in the slot stands there is **changed**, else **lost** —
 * except single digits some member wrote as a word (translations write them so), a bare magnitude in words, and
 * anchors that fewer than half of the family have (a convention: an ordinal or a year written out), lost without
 * drift; a lost decade weighs as a lost name. Names match across scripts, with
 * transliteration and case endings; a name spelled another way is the same name (standard transliteration is not
 * drift). A name absent from text in an uncased script (Arabic, Thai, Chinese…) where transliterated search did not
 * find it cannot be told lost from rewritten, so it does not count; a lost name in a cased script weighs
 * {@link NAME_WEIGHT} of a lost number.
 * @param expected The slot's pivot anchors.
 * @param text The translation's text of the slot.
 * @param options What else is known of the text (see {@link AnchorDriftOptions}; a cell's segments give all of it
 *   through {@link cellAnchorDrift}).
 */
export function anchorDrift(expected: readonly PivotAnchor[], text: string, options: AnchorDriftOptions = {}): AnchorDrift {
  const found = options.found ?? anchorsOfSegments([{ role: 'body', text }])
  const nearby = options.nearby ?? NO_NEARBY_ANCHORS
  const prose = options.prose ?? proseOf(text, found)
  const keys = expectedKeys(expected)
  const pieces = codePieces(expected, found, nearby, prose)
  const spare: Anchor[] = found.filter((a) => isSpare(a, expected, keys, text, nearby, pieces))
  // A single digit written as a digit where another single digit was expected is that digit changed.
  // Zeros alone (the `00` of `15:00`) are minutes or decimals, not a digit written for another.
  const spareDigits: Anchor[] = found.filter((a) => small(a, [a.text]) && !inWords(a) && !isExpected(a, keys) && /[1-9]/u.test(a.normalized))
  const foundNumbers = found.filter((a) => a.kind === 'number').map((a) => a.normalized)
  const cased = writesInCase(text)
  const lostAnchors: string[] = []
  const changedAnchors: string[] = []
  let exact = 0
  let exactLost = 0
  let exactChanged = 0
  let names = 0
  let namesLost = 0
  for (const anchor of expected) {
    const shown = anchor.variants[0] ?? anchor.key
    const weighed = asName(anchor, found, text, nearby, pieces, cased)
    if (weighed !== undefined) {
      if (weighed !== 'unseen') names++
      if (weighed === 'lost') {
        namesLost++
        lostAnchors.push(shown)
      }
      continue
    }
    const hit = present(anchor, expected, found, text, foundNumbers, pieces) || nearbyHeld(anchor, nearby, pieces, spare.some((a) => a.kind === 'url'))
    // A number or link the family writes more than once that the translation has fewer times: one of them changed,
    // when another number (link) stands in its place (a link whose text is its address, one of the two changed).
    const times = hit && (anchor.kind === 'number' || anchor.kind === 'url') && anchor.count !== undefined ? occurrences(anchor, found) : 0
    const fewer = times > 0 && times < anchor.count!
    // Fewer code blocks than the family writes in versions of its own (see `versionsOf`): one was lost.
    if (hit && anchor.kind === 'code' && anchor.count !== undefined && versionsHeld(anchor, found, nearby) < anchor.count) {
      exact++
      exactLost++
      lostAnchors.push(shown)
      continue
    }
    if (hit && !fewer) {
      exact++
      continue
    }
    if (!fewer && anchor.kind === 'number' && (atAnotherScale(anchor.key, found) || writtenAsSum(anchor.key, found) || halfInWords(anchor.key, anchor, text) || inRomanNumerals(anchor.key, text) || onTheClock(strip(anchor.key), text))) continue
    // A single digit is compared with single digits only: a date or count elsewhere in the slot (`10월` beside the
    // `두` of `two`) is no evidence that it changed.
    const single = small({ kind: anchor.kind, key: anchor.key }, anchor.variants)
    const other = single ? -1 : spare.findIndex((a) => a.kind === anchor.kind)
    const digit = single ? spareDigits.findIndex((a) => a.kind === 'number') : -1
    if (other >= 0 || digit >= 0) {
      const [pool, at] = other >= 0 ? [spare, other] : [spareDigits, digit]
      exact++
      exactChanged++
      changedAnchors.push(`${shown} → ${pool[at]!.text}`)
      pool.splice(at, 1)
    } else if (fewer || (anchor.support ?? 1) < 0.5 || (single && !digitsOnly(anchor, text)) || vagueMagnitude(anchor)) {
      // A repeat left out is a translator's choice far more often than a lost number (`760 … the same 760`).
      continue
    } else if (decade(anchor, expected)) {
      names++
      namesLost++
      lostAnchors.push(shown)
    } else {
      exact++
      exactLost++
      lostAnchors.push(shown)
    }
  }
  const lost = Math.max(numberScore(exactLost, exact), names === 0 ? 0 : (NAME_WEIGHT * namesLost) / names)
  return { lost, changed: numberScore(exactChanged, exact), lostAnchors, changedAnchors }
}
