import anyAscii from 'any-ascii'
import type { Anchor } from '../align/anchors/Anchor.js'
import { casedScript } from '../pivot/casedScript.js'
import { findAnchor } from '../pivot/findAnchor.js'
import { isDecade, mayWriteInWords } from '../align/anchors/numberWords.js'
import { anchorsOfSegments, inWords } from '../pivot/pivotAnchors.js'
import { segmentAnchors } from '../align/anchors/segmentAnchors.js'
import { sameLink } from '../align/anchors/sameLink.js'
import { sameCode } from '../align/anchors/sameCode.js'
import { segmentRanges, withoutRanges } from '../parse/inlineRanges.js'
import type { PivotAnchor, PivotSlot, Segment } from '../types.js'

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

/** Score of a slot where numbers went missing or changed: any one is serious (0.5), all of them 1. */
function numberScore(count: number, of: number): number {
  return count === 0 || of === 0 ? 0 : 0.5 + (0.5 * count) / of
}

/**
 * A single digit (leading zeros aside: the `00` of `10:00` is one), not a fraction whose digits reduce to one
 * (`0.1`, `0,5`: a value like any other).
 * @param texts How the number is written (an anchor's text, or a pivot anchor's spellings).
 */
function small(anchor: { kind: string; normalized?: string; key?: string }, texts: readonly string[] = []): boolean {
  const digits = anchor.normalized ?? anchor.key ?? ''
  return anchor.kind === 'number' && strip(digits).length === 1 && !texts.some((t) => /\p{Nd}[.,\u066b]\p{Nd}/u.test(t))
}

function strip(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '')
}

/** `1960` and `60`: a decade written with or without its century (`1960s`, `60-х`, `साठ के दशक`). */
function sameDecade(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a]
  return /^(?:19|20)\d0$/.test(long) && /^\d0$/.test(short) && long.endsWith(short)
}

/**
 * The end of a year range written short or in full (`2019–20` and `2019–2020`, `1939 to 45` and `1939 bis 1945`):
 * a two-digit number and a four-digit year ending in those digits, where the text also has a year less than a
 * century before that one (the range's start).
 * @param a One number's digits.
 * @param b The other's.
 * @param years Other numbers of the text.
 */
function sameYearEnd(a: string, b: string, years: readonly string[]): boolean {
  const [full, short] = a.length === 4 ? [a, b] : [b, a]
  if (!/^(?:1\d|20)\d\d$/u.test(full) || !/^\d\d$/u.test(short) || !full.endsWith(short)) return false
  const end = Number(full)
  return years.some((y) => /^\d{4}$/u.test(y) && Number(y) < end && end - Number(y) < 100)
}

/**
 * A year of the Thai solar calendar (Buddhist era, 543 years ahead: `2560` = 2017), which Thai translations write
 * for Common Era years; read so only in text written in Thai script.
 */
function buddhistYear(found: string, key: string, text: string): boolean {
  return /^(?:1[5-9]|20)\d\d$/u.test(key) && found === String(Number(key) + 543) && /\p{Script=Thai}/u.test(text)
}

/**
 * A single digit that every member of the family wrote in digits (a date, a score, a model number: `3 марта`,
 * `Mate 9`, `below 1`), so that a translation without it lost it. Small numbers written as words are read as values
 * (`three`, `три`, `สาม`), so a translation that wrote it so has it; a word for one, or a noun's dual for two, is
 * not read as a number (see `mayWriteInWords`), so a translation that has one may have written the digit so.
 */
function digitsOnly(anchor: PivotAnchor, text: string): boolean {
  if (!/^0*[1-9]$/u.test(anchor.key) || anchor.variants.length === 0 || !anchor.variants.every((v) => /\p{Nd}/u.test(v))) return false
  return !mayWriteInWords(Number(anchor.key), text)
}

/** For each afternoon hour of the twelve-hour clock (index 1 to 11), that hour written on the 24-hour clock (`15:00`). */
const AFTERNOON_CLOCK: readonly RegExp[] = Array.from({ length: 12 }, (_, hour) => new RegExp(`(?<![\\p{Nd}.,])${hour + 12}[:.h]\\p{Nd}{2}(?!\\p{Nd})`, 'u'))

/** An hour of the twelve-hour clock (`3 p.m.`) that the translation writes on the 24-hour clock (`15:00`). */
function onTheClock(key: string, text: string): boolean {
  const hour = Number(key)
  return Number.isInteger(hour) && hour >= 1 && hour < 12 && AFTERNOON_CLOCK[hour]!.test(anyAscii(text))
}

/** An integer written in digits alone (`06`, `2024`; not `0.6` nor `6:30`): leading zeros do not change its value. */
const integerText = (text: string): boolean => /^\p{Nd}+$/u.test(text)

/**
 * `06` and `6`: the same integer with or without leading zeros (an hour, a month or a day: `06:30` where others write
 * `6:30`, `2024-01-05` beside `2024年1月5日`).
 */
function samePadded(a: Anchor, anchor: PivotAnchor): boolean {
  return integerText(a.text) && anchor.variants.length > 0 && anchor.variants.every(integerText) && strip(a.normalized) === strip(anchor.key)
}

/** The keys of expected anchors (`kind:key`), and each integer's without its leading zeros (see {@link samePadded}). */
function expectedKeys(expected: readonly PivotAnchor[]): Set<string> {
  const keys = new Set(expected.map((a) => `${a.kind}:${a.key}`))
  for (const a of expected) if (a.kind === 'number' && a.variants.length > 0 && a.variants.every(integerText)) keys.add(`number:${strip(a.key)}`)
  return keys
}

/** Whether a found anchor is an expected one as it is, or an expected integer written with or without leading zeros. */
const isExpected = (a: Anchor, keys: ReadonlySet<string>): boolean => keys.has(`${a.kind}:${a.normalized}`) || (a.kind === 'number' && integerText(a.text) && keys.has(`number:${strip(a.normalized)}`))

/** `0.08` and `.08`: a fraction below one written with or without its leading zero. */
function sameFraction(a: string, b: string): boolean {
  return a !== b && a.startsWith('0') && b.startsWith('0') && strip(a) === strip(b)
}

/**
 * A round power of ten that the family wrote only in words (`百億`, `zehn Milliarden`, `หมื่นล้าน` where others
 * wrote `tens of billions`, `десятки миллиардов`): words for a bare magnitude stand for an order of size more often
 * than for a count, so a translation that writes the size another way has not lost a number.
 */
function vagueMagnitude(anchor: PivotAnchor): boolean {
  return /^10{2,}$/u.test(anchor.key) && anchor.variants.every((v) => !/\p{Nd}/u.test(v))
}

/**
 * A decade (`the Seventies`, `السبعينيات`, `七十年代`, `60년대`), or the round ten that stands for one where the slot
 * also expects the decade (`60` of `60년대`): a period, which translators write in words of their own, transliterate
 * or leave out (`in the mid-Sixties`) far more often than a count or a date, so that a lost one weighs as a lost name.
 */
function decade(anchor: PivotAnchor, expected: readonly PivotAnchor[]): boolean {
  if (anchor.kind !== 'number' || !/^(?:1[5-9]|20)?\d0$/u.test(anchor.key)) return false
  if (anchor.variants.some((v) => isDecade(v))) return true
  return /^\d0$/u.test(anchor.key) && expected.some((e) => e !== anchor && e.kind === 'number' && /^(?:1[5-9]|20)\d0$/u.test(e.key) && e.key.endsWith(anchor.key) && e.variants.some((v) => isDecade(v)))
}

/** A number written with a fraction of zeros (`10.00`, `10,00`) is its whole part: the same value. */
function wholeOf(anchor: Anchor): string | undefined {
  const m = /^(.+?)[.,:\u066b]0+$/u.exec(anchor.text)
  return m === null ? undefined : strip(anyAscii(m[1]!).replace(/\D/g, ''))
}

/**
 * The whole part of an expected number the family writes with a fraction of zeros (`1.0` of `GKI 1.0`, a version),
 * which a translation may write whole (`GKI1`): the same value.
 */
function zeroFractionWhole(anchor: PivotAnchor): string | undefined {
  for (const v of anchor.variants) {
    const m = /^(\p{Nd}+)[.,\u066b]0+$/u.exec(v)
    if (m !== null) return strip(anyAscii(m[1]!))
  }
  return undefined
}

/** Significant digits of a value: its digits without the zeros a scale word puts after them (`221000000000` → `221`). */
const significant = (digits: string): string => strip(digits).replace(/0+$/, '')

/**
 * The expected number's digits at another power of ten (`$221bn` beside `221 Milliarden`, `1,2 и 1,5 млн` where
 * one scale word serves two numbers, a long-scale `Billion`, `億` for million): the number was kept and its scale
 * read or localised another way, which the text alone cannot settle. Two significant digits at least, so that a
 * lone `2` beside `2000` is not taken for it — unless another number of the text has the expected magnitude, whose
 * scale word the lone digit shares (`2 и 1,4 миллиарда`).
 */
function atAnotherScale(key: string, found: readonly Anchor[]): boolean {
  const digits = significant(key)
  const numbers = found.filter((a) => a.kind === 'number')
  const shared = digits.length === 1 && /000$/u.test(key) && numbers.some((a) => a.normalized.length === key.length && a.normalized !== key && /000$/u.test(a.normalized))
  return (digits.length >= 2 || shared) && numbers.some((a) => significant(a.normalized) === digits)
}

/**
 * A number written as a sum of scaled parts (`1억 370만` = 103,700,000, `2 thousand 500`): two numbers of the text,
 * the larger ending in at least as many zeros as the smaller has digits, that add up to the expected value.
 */
function writtenAsSum(key: string, found: readonly Anchor[]): boolean {
  if (!/^\d{1,30}$/u.test(key)) return false
  const target = BigInt(key)
  const numbers = found.filter((a) => a.kind === 'number' && /^\d{1,30}$/u.test(a.normalized)).map((a) => a.normalized)
  return numbers.some((big) => numbers.some((small) => small !== big && big.length > small.length && /0+$/u.test(big) && big.length - big.replace(/0+$/u, '').length >= small.length && BigInt(big) + BigInt(small) === target))
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** The value of a Roman numeral written in canonical form (`XIX` = 19), or `undefined`. */
function romanValue(token: string): number | undefined {
  let value = 0
  for (let i = 0; i < token.length; i++) {
    const here = ROMAN[token[i]!]!
    const next = ROMAN[token[i + 1] ?? ''] ?? 0
    value += here < next ? -here : here
  }
  return value > 0 && value < 4000 && toRoman(value) === token ? value : undefined
}

function toRoman(value: number): string {
  const parts: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let out = ''
  for (const [n, letters] of parts) while (value >= n) (value -= n), (out += letters)
  return out
}

/**
 * A number written in Roman numerals (centuries and monarchs: `XIX век`, `Ludwig XIV`): two letters at least, or
 * one beside text in another script, so that the English pronoun `I` is not read as one.
 */
function inRomanNumerals(key: string, text: string): boolean {
  for (const m of text.matchAll(/(?<![\p{L}\p{Nd}])[IVXLCDM]+(?![\p{L}\p{Nd}])/gu)) {
    if (m[0].length < 2 && /^[\p{Script=Latin}\s\p{P}\p{Nd}]*$/u.test(text)) continue
    if (String(romanValue(m[0]) ?? '') === key) return true
  }
  return false
}

/**
 * Words for a half (`and a half`, `ونصف`, `полтора`, `半`, `ครึ่ง`): a number ending in ½ is often written so, which
 * the number words do not read as a value; where the text has one, such a number is not called lost.
 */
const HALF = /(?:half|halb|einhalb|anderthalb|demi|y medi[oa]|setengah|paruh|полтор|половин|пол[-\s]|buçuk|yarım|आधा|डेढ़|ढाई|نصف|半|ครึ่ง|반)/iu

function halfInWords(key: string, anchor: PivotAnchor, text: string): boolean {
  return anchor.variants.some((v) => /[.,\u066b]5$/u.test(v)) && key.endsWith('5') && HALF.test(text)
}

/** A number with separators (a time `23.45`, a score `3:1`) the translation writes as its parts (`23 ч 45 мин`). */
function writtenInParts(anchor: PivotAnchor, found: readonly Anchor[]): boolean {
  const numbers = new Set(found.filter((a) => a.kind === 'number').map((a) => strip(a.normalized)))
  return anchor.variants.some((v) => {
    const parts = v.split(/[^\p{Nd}]+/u).filter((p) => p !== '')
    return parts.length > 1 && parts.every((p) => numbers.has(strip(anyAscii(p).replace(/\D/g, ''))))
  })
}

/**
 * The reverse of {@link writtenInParts}: the expected number is one part of a number the translation writes whole
 * (`23.45` or `6.30` where others wrote `23 ч 45 мин`, `6:30`, so the family expects `23` and `45`) — a time, two
 * digits after the mark, or any two parts both expected. Minutes keep their zero (`13.04` holds `04`, not an
 * expected `4`).
 */
function partOfOne(anchor: PivotAnchor, expected: readonly PivotAnchor[], found: readonly Anchor[]): boolean {
  const key = strip(anchor.key)
  const others = new Set(expected.filter((e) => e.kind === 'number' && strip(e.key) !== key).map((e) => strip(e.key)))
  return found.some((a) => {
    const m = a.kind === 'number' ? /^(\p{Nd}+)[.,:\u066b](\p{Nd}+)$/u.exec(a.text) : null
    if (m === null) return false
    const parts = [m[1]!, m[2]!].map((p) => strip(anyAscii(p)))
    const other = parts[0] === key ? parts[1]! : anyAscii(m[2]!) === anchor.key ? parts[0]! : undefined
    return other !== undefined && (m[2]!.length === 2 || others.has(other))
  })
}

/**
 * How many times the found anchors have a number (any `count` of a deduplicated list included), or a link: the most
 * times one form of it is written (the same page or its localised copy, see `sameLink`; a page linking it in two
 * locales writes it once in each, not twice).
 */
function occurrences(anchor: PivotAnchor, found: readonly Anchor[]): number {
  let n = 0
  for (const a of found) {
    if (a.kind !== anchor.kind) continue
    if (a.kind === 'url') n = sameLink(anchor.key, a.normalized) ? Math.max(n, a.count ?? 1) : n
    else if (a.normalized === anchor.key || wholeOf(a) === anchor.key) n += a.count ?? 1
  }
  return n
}

/**
 * Inline code written as a few words of letters (`bool`, `Unsupported`, `starship prompt`): a type, a label of
 * the program's screens or a command's words, which translators translate as words (`布尔值`, `不支持`, `starship
 * 프롬프트`) where the program itself is localised or the word reads as prose. Such code weighs as a name: a lost
 * or re-written one is a spelling, not a lost command. A code block is a command however it reads (`cargo
 * build`): never one.
 */
function wordyCode(anchor: { normalized?: string; key?: string; block?: true | undefined }): boolean {
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
function joinOf(whole: string, part: string, pieces: readonly string[]): boolean {
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
function proseOf(text: string, found: readonly Anchor[]): string {
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
function codeHeld(key: string, found: readonly Anchor[], prose: string, pieces: readonly string[]): boolean {
  return (prose !== '' && holdsCode(prose, key.replace(/\n/gu, ' '))) || found.some((a) => a.kind === 'code' && (sameCode(a.normalized, key) || joinOf(a.normalized, key, pieces)))
}

/**
 * Code and links near a slot: those of the translation's paragraphs around the slot's cell, and those the pivot
 * expects in the slots beside it. A code block belongs to the paragraph before it (see `lendCodeAnchors`), so
 * where a translation puts a sentence of its own before a block (`デバッグビルドを起動する場合:`) or the sentence that
 * introduces it after it, the block lands in a neighbouring slot; and where a translation adds, drops or joins a
 * paragraph, a link lands one segment off its slot (`[OpenTelemetry](/docs/what-is-opentelemetry/)` in a paragraph
 * of its own, a stale README's extra heading link before `[**FAQ**](…/wiki/FAQ)`). Such code or link is neither lost
 * there nor a changed one here: the structure codes report the move.
 */
export interface NearbyAnchors {
  /** Code and link anchors of the translation's segments from the previous slot's cell to the next slot's. */
  found: readonly Anchor[]
  /** Code and link anchors the pivot expects in the slots before and after. */
  expected: readonly PivotAnchor[]
}

/** Anchors that may land one segment off their slot and be found there: code and links. */
const movable = (a: { kind: string }): boolean => a.kind === 'code' || a.kind === 'url'

const NO_NEARBY_ANCHORS: NearbyAnchors = { found: [], expected: [] }

/**
 * The {@link NearbyAnchors} of each slot of a translation: the code and links of its segments from the first segment
 * of the previous slot's cell (or this cell's) to the last of the next slot's (or this cell's), in document order,
 * and those the pivot expects in the slots beside.
 * @param slots The pivot's slots.
 * @param cells The translation's segment ids per slot (`undefined`: a gap).
 * @param segments The translation's content segments in document order.
 */
export function nearbyAnchors(slots: readonly PivotSlot[], cells: ReadonlyArray<readonly string[] | undefined>, segments: readonly Segment[]): NearbyAnchors[] {
  // Without code or links in the pivot there is nothing to find nearby, nor a neighbour's to explain.
  if (!slots.some((s) => s.anchors.some(movable))) return slots.map(() => NO_NEARBY_ANCHORS)
  const at = new Map(segments.map((s, k) => [s.id, k] as const))
  const span = (i: number): [number, number] | undefined => {
    const ks = (cells[i] ?? []).map((id) => at.get(id)).filter((k): k is number => k !== undefined)
    return ks.length === 0 ? undefined : [Math.min(...ks), Math.max(...ks)]
  }
  const spans = slots.map((_, i) => span(i))
  const code = segments.map((s) => segmentAnchors(s).filter(movable))
  const codeOf = (from: number, to: number): Anchor[] => code.slice(from, to + 1).flat()
  return slots.map((_, i) => {
    const own = spans[i]
    const expected = [slots[i - 1], slots[i + 1]].flatMap((s) => (s?.anchors ?? []).filter(movable))
    if (own === undefined) return { found: [], expected }
    const from = spans[i - 1]?.[0] ?? own[0]
    const to = spans[i + 1]?.[1] ?? own[1]
    return { found: codeOf(Math.min(from, own[0]), Math.max(to, own[1])), expected }
  })
}

/**
 * The versions of an expected code block: its key and each way a member wrote it (where no version of a block is
 * held by enough members, the slot expects any of them: see `mergeAnchors`), so that a translation holding an older
 * version of the block has not lost it. Other anchors: their key.
 */
function versionsOf(anchor: PivotAnchor): string[] {
  if (anchor.kind !== 'code' || anchor.block !== true) return [anchor.key]
  return [...new Set([anchor.key, ...anchor.variants.map((v) => v.trim())])]
}

/** How many code blocks of the slot and the paragraphs around it are versions of an expected block (see {@link versionsOf}). */
function versionsHeld(anchor: PivotAnchor, found: readonly Anchor[], nearby: NearbyAnchors): number {
  const versions = versionsOf(anchor)
  const blocks = new Set([...found, ...nearby.found].filter((a) => a.kind === 'code' && a.block === true).map((a) => a.normalized))
  return [...blocks].filter((b) => versions.some((v) => sameCode(v, b))).length
}

/**
 * Whether expected code or a link is in the paragraphs around the slot's cell (see {@link NearbyAnchors}). A link the
 * slots beside expect too (a README's text link and the badge below it to one page, an FAQ's answers linking one
 * guide) found there is theirs, not this slot's moved one, where the slot's own cell links somewhere no slot near it
 * expects (`spareLink`): that link is this one changed.
 */
function nearbyHeld(anchor: PivotAnchor, nearby: NearbyAnchors, pieces: CodePieces, spareLink: boolean): boolean {
  if (anchor.kind === 'code') return versionsOf(anchor).some((v) => codeHeld(v, nearby.found, '', pieces.expected))
  if (anchor.kind !== 'url' || (spareLink && nearby.expected.some((e) => e.kind === 'url' && sameLink(anchor.key, e.key)))) return false
  return nearby.found.some((a) => a.kind === 'url' && sameLink(anchor.key, a.normalized))
}

/** The code a slot and its neighbours expect, and the code the translation has there: what joined code is made of. */
interface CodePieces {
  expected: readonly string[]
  found: readonly string[]
  /** The translation's text without the code it wrote as code, white space made single spaces ('' for none). */
  prose: string
}

function codePieces(expected: readonly PivotAnchor[], found: readonly Anchor[], nearby: NearbyAnchors, prose: string): CodePieces {
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

const LETTER = /\p{L}/gu
const LATIN_LETTER = /\p{Script=Latin}/u

/**
 * Whether a translation's text writes its own words in a cased script, where a lost name can be told from one
 * written otherwise (see `asName`). Judged on its letters outside the Latin script when they are a quarter of its
 * letters or more: Latin words in Japanese, Chinese, Arabic, Thai… text are names, code and terms left as they are
 * (`EMFILEエラー`, where others write `EMFILE Error`: `Error` is written in katakana), not the script of its words.
 */
function writesInCase(text: string): boolean {
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
function asName(anchor: PivotAnchor, found: readonly Anchor[], text: string, nearby: NearbyAnchors, pieces: CodePieces, cased: boolean): 'held' | 'lost' | 'unseen' | undefined {
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
