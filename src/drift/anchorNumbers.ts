/**
 * Numbers in anchor drift: when a number the pivot expects is the same value written another way in a translation
 * (a decade, a year's short end, a Buddhist-era year, a time on the 24-hour clock, Roman numerals, a sum of scaled
 * parts, another scale word), and how a lost or changed number is scored. See `anchorDrift`.
 */
import anyAscii from 'any-ascii'
import type { Anchor } from '../align/anchors/Anchor.js'
import { isDecade, mayWriteInWords } from '../align/anchors/numberWords.js'
import { sameLink } from '../align/anchors/sameLink.js'
import type { PivotAnchor } from '../types.js'

/** Score of a slot where numbers went missing or changed: any one is serious (0.5), all of them 1. */
export function numberScore(count: number, of: number): number {
  return count === 0 || of === 0 ? 0 : 0.5 + (0.5 * count) / of
}

/**
 * A single digit (leading zeros aside: the `00` of `10:00` is one), not a fraction whose digits reduce to one
 * (`0.1`, `0,5`: a value like any other).
 * @param texts How the number is written (an anchor's text, or a pivot anchor's spellings).
 */
export function small(anchor: { kind: string; normalized?: string; key?: string }, texts: readonly string[] = []): boolean {
  const digits = anchor.normalized ?? anchor.key ?? ''
  return anchor.kind === 'number' && strip(digits).length === 1 && !texts.some((t) => /\p{Nd}[.,\u066b]\p{Nd}/u.test(t))
}

/** Digits without their leading zeros (one zero stays: `007` → `7`, `0` → `0`). */
export function strip(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '')
}

/** `1960` and `60`: a decade written with or without its century (`1960s`, `60-х`, `साठ के दशक`). */
export function sameDecade(a: string, b: string): boolean {
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
export function sameYearEnd(a: string, b: string, years: readonly string[]): boolean {
  const [full, short] = a.length === 4 ? [a, b] : [b, a]
  if (!/^(?:1\d|20)\d\d$/u.test(full) || !/^\d\d$/u.test(short) || !full.endsWith(short)) return false
  const end = Number(full)
  return years.some((y) => /^\d{4}$/u.test(y) && Number(y) < end && end - Number(y) < 100)
}

/**
 * A year of the Thai solar calendar (Buddhist era, 543 years ahead: `2560` = 2017), which Thai translations write
 * for Common Era years; read so only in text written in Thai script.
 */
export function buddhistYear(found: string, key: string, text: string): boolean {
  return /^(?:1[5-9]|20)\d\d$/u.test(key) && found === String(Number(key) + 543) && /\p{Script=Thai}/u.test(text)
}

/**
 * A single digit that every member of the family wrote in digits (a date, a score, a model number: `3 марта`,
 * `Mate 9`, `below 1`), so that a translation without it lost it. Small numbers written as words are read as values
 * (`three`, `три`, `สาม`), so a translation that wrote it so has it; a word for one, or a noun's dual for two, is
 * not read as a number (see `mayWriteInWords`), so a translation that has one may have written the digit so.
 */
export function digitsOnly(anchor: PivotAnchor, text: string): boolean {
  if (!/^0*[1-9]$/u.test(anchor.key) || anchor.variants.length === 0 || !anchor.variants.every((v) => /\p{Nd}/u.test(v))) return false
  return !mayWriteInWords(Number(anchor.key), text)
}

/** For each afternoon hour of the twelve-hour clock (index 1 to 11), that hour written on the 24-hour clock (`15:00`). */
const AFTERNOON_CLOCK: readonly RegExp[] = Array.from({ length: 12 }, (_, hour) => new RegExp(`(?<![\\p{Nd}.,])${hour + 12}[:.h]\\p{Nd}{2}(?!\\p{Nd})`, 'u'))

/** An hour of the twelve-hour clock (`3 p.m.`) that the translation writes on the 24-hour clock (`15:00`). */
export function onTheClock(key: string, text: string): boolean {
  const hour = Number(key)
  return Number.isInteger(hour) && hour >= 1 && hour < 12 && AFTERNOON_CLOCK[hour]!.test(anyAscii(text))
}

/** An integer written in digits alone (`06`, `2024`; not `0.6` nor `6:30`): leading zeros do not change its value. */
const integerText = (text: string): boolean => /^\p{Nd}+$/u.test(text)

/**
 * `06` and `6`: the same integer with or without leading zeros (an hour, a month or a day: `06:30` where others write
 * `6:30`, `2024-01-05` beside `2024年1月5日`).
 */
export function samePadded(a: Anchor, anchor: PivotAnchor): boolean {
  return integerText(a.text) && anchor.variants.length > 0 && anchor.variants.every(integerText) && strip(a.normalized) === strip(anchor.key)
}

/** The keys of expected anchors (`kind:key`), and each integer's without its leading zeros (see {@link samePadded}). */
export function expectedKeys(expected: readonly PivotAnchor[]): Set<string> {
  const keys = new Set(expected.map((a) => `${a.kind}:${a.key}`))
  for (const a of expected) if (a.kind === 'number' && a.variants.length > 0 && a.variants.every(integerText)) keys.add(`number:${strip(a.key)}`)
  return keys
}

/** Whether a found anchor is an expected one as it is, or an expected integer written with or without leading zeros. */
export const isExpected = (a: Anchor, keys: ReadonlySet<string>): boolean => keys.has(`${a.kind}:${a.normalized}`) || (a.kind === 'number' && integerText(a.text) && keys.has(`number:${strip(a.normalized)}`))

/** `0.08` and `.08`: a fraction below one written with or without its leading zero. */
export function sameFraction(a: string, b: string): boolean {
  return a !== b && a.startsWith('0') && b.startsWith('0') && strip(a) === strip(b)
}

/**
 * A round power of ten that the family wrote only in words (`百億`, `zehn Milliarden`, `หมื่นล้าน` where others
 * wrote `tens of billions`, `десятки миллиардов`): words for a bare magnitude stand for an order of size more often
 * than for a count, so a translation that writes the size another way has not lost a number.
 */
export function vagueMagnitude(anchor: PivotAnchor): boolean {
  return /^10{2,}$/u.test(anchor.key) && anchor.variants.every((v) => !/\p{Nd}/u.test(v))
}

/**
 * A decade (`the Seventies`, `السبعينيات`, `七十年代`, `60년대`), or the round ten that stands for one where the slot
 * also expects the decade (`60` of `60년대`): a period, which translators write in words of their own, transliterate
 * or leave out (`in the mid-Sixties`) far more often than a count or a date, so that a lost one weighs as a lost name.
 */
export function decade(anchor: PivotAnchor, expected: readonly PivotAnchor[]): boolean {
  if (anchor.kind !== 'number' || !/^(?:1[5-9]|20)?\d0$/u.test(anchor.key)) return false
  if (anchor.variants.some((v) => isDecade(v))) return true
  return /^\d0$/u.test(anchor.key) && expected.some((e) => e !== anchor && e.kind === 'number' && /^(?:1[5-9]|20)\d0$/u.test(e.key) && e.key.endsWith(anchor.key) && e.variants.some((v) => isDecade(v)))
}

/** A number written with a fraction of zeros (`10.00`, `10,00`) is its whole part: the same value. */
export function wholeOf(anchor: Anchor): string | undefined {
  const m = /^(.+?)[.,:\u066b]0+$/u.exec(anchor.text)
  return m === null ? undefined : strip(anyAscii(m[1]!).replace(/\D/g, ''))
}

/**
 * The whole part of an expected number the family writes with a fraction of zeros (`1.0` of `GKI 1.0`, a version),
 * which a translation may write whole (`GKI1`): the same value.
 */
export function zeroFractionWhole(anchor: PivotAnchor): string | undefined {
  for (const v of anchor.variants) {
    const m = /^(\p{Nd}+)[.,\u066b]0+$/u.exec(v)
    if (m !== null) return strip(anyAscii(m[1]!))
  }
  return undefined
}

/** Significant digits of a value: its digits without the zeros a scale word puts after them (`221000000000` → `221`). */
export const significant = (digits: string): string => strip(digits).replace(/0+$/, '')

/**
 * The expected number's digits at another power of ten (`$221bn` beside `221 Milliarden`, `1,2 и 1,5 млн` where
 * one scale word serves two numbers, a long-scale `Billion`, `億` for million): the number was kept and its scale
 * read or localised another way, which the text alone cannot settle. Two significant digits at least, so that a
 * lone `2` beside `2000` is not taken for it — unless another number of the text has the expected magnitude, whose
 * scale word the lone digit shares (`2 и 1,4 миллиарда`).
 */
export function atAnotherScale(key: string, found: readonly Anchor[]): boolean {
  const digits = significant(key)
  const numbers = found.filter((a) => a.kind === 'number')
  const shared = digits.length === 1 && /000$/u.test(key) && numbers.some((a) => a.normalized.length === key.length && a.normalized !== key && /000$/u.test(a.normalized))
  return (digits.length >= 2 || shared) && numbers.some((a) => significant(a.normalized) === digits)
}

/**
 * A number written as a sum of scaled parts (`1억 370만` = 103,700,000, `2 thousand 500`): two numbers of the text,
 * the larger ending in at least as many zeros as the smaller has digits, that add up to the expected value.
 */
export function writtenAsSum(key: string, found: readonly Anchor[]): boolean {
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
export function inRomanNumerals(key: string, text: string): boolean {
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

/** A number ending in ½ (`1.5`, `2,5`) in a text with a word for a half (see {@link HALF}). */
export function halfInWords(key: string, anchor: PivotAnchor, text: string): boolean {
  return anchor.variants.some((v) => /[.,\u066b]5$/u.test(v)) && key.endsWith('5') && HALF.test(text)
}

/** A number with separators (a time `23.45`, a score `3:1`) the translation writes as its parts (`23 ч 45 мин`). */
export function writtenInParts(anchor: PivotAnchor, found: readonly Anchor[]): boolean {
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
export function partOfOne(anchor: PivotAnchor, expected: readonly PivotAnchor[], found: readonly Anchor[]): boolean {
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
export function occurrences(anchor: PivotAnchor, found: readonly Anchor[]): number {
  let n = 0
  for (const a of found) {
    if (a.kind !== anchor.kind) continue
    if (a.kind === 'url') n = sameLink(anchor.key, a.normalized) ? Math.max(n, a.count ?? 1) : n
    else if (a.normalized === anchor.key || wholeOf(a) === anchor.key) n += a.count ?? 1
  }
  return n
}
